"""What the OpenAPI document says that the routes' decorators cannot: it follows from the middleware.

- reads need no key unless ARCHIVE_REQUIRE_KEY_FOR_READS is on, so their security is optional (`{}`);
- 304 where the ETag layer answers it, 429 wherever rate limits can apply, 405 on paths with several
  methods (`Allow` lists them; every write declares it too, a read replica's answer), 406 everywhere (app/negotiation.py);
- HEAD and OPTIONS are answered on every path (app/methods.py) and not listed as operations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from app.config import Settings
from app.httpcache import ETAG_PREFIXES
from app.ratelimit import is_limited_path
from app.routes.responses import problem_spec

__all__ = ["install_openapi", "refine_openapi"]

NOT_MODIFIED = {
    "description": "Not modified: the `If-None-Match` tag is still current (no body)",
    "headers": {"ETag": {"description": "The representation's tag", "schema": {"type": "string"}}},
}
OPERATION_METHODS = frozenset({"get", "put", "post", "delete", "patch"})


def refine_openapi(spec: dict[str, Any], *, require_key_for_reads: bool) -> None:
    """Add to `spec`, in place, what the settings and the middleware make true of each operation."""
    for path, item in spec.get("paths", {}).items():
        methods = [method for method in item if method in OPERATION_METHODS]
        for method in methods:
            operation = item[method]
            responses: dict[str, Any] = operation.setdefault("responses", {})
            if method == "get" and not require_key_for_reads and operation.get("security"):
                # `{}` first: an anonymous read is the normal case, a key is accepted.
                operation["security"] = [{}, *operation["security"]]
            if method == "get" and path.startswith(ETAG_PREFIXES):
                responses.setdefault("304", NOT_MODIFIED)
            if len(methods) > 1:
                responses.setdefault("405", problem_spec(405))
            if is_limited_path(path):
                responses.setdefault("429", problem_spec(429))
            responses.setdefault("406", problem_spec(406))
            operation["responses"] = dict(sorted(responses.items()))


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Make `app.openapi()` return the refined document (built once, as FastAPI caches it)."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            refine_openapi(build(), require_key_for_reads=settings.require_key_for_reads)
        return build()  # FastAPI's cached document, refined

    app.openapi = openapi  # type: ignore[method-assign]
