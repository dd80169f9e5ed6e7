"""HTTP caching: ETag and If-None-Match (304) on record lookups, and a Cache-Control on every response.

The ETag is a hash of the JSON body, so it works for any record route without the route's help and
changes exactly when the representation does (a rebuild that leaves a record unchanged keeps its tag).
It is weak (`W/"…"`) because GZip, further out, may re-encode the bytes.
"""

from __future__ import annotations

import hashlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.asgi import header, response_header, set_header

__all__ = ["ETAG_PREFIXES", "HttpCacheMiddleware", "etag_matches"]

ETAG_PREFIXES = ("/v1/documents/", "/v1/entities/")
# Reads here may be stored but must be revalidated (cheap with the ETag): a rebuild can change them.
REVALIDATE_PREFIXES = ("/v1/", "/docs", "/redoc", "/openapi.json")
REVALIDATE = "no-cache"
# Errors, writes, health and metrics describe a moment: never stored.
NO_STORE = "no-store"


def etag_matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 weak comparison of an If-None-Match list against one tag."""
    candidates = [tag.strip() for tag in if_none_match.split(",")]
    opaque = etag.removeprefix("W/")
    return any(tag == "*" or tag.removeprefix("W/") == opaque for tag in candidates)


def _cache_control(scope: Scope, status: int) -> str:
    readable = scope["method"] in ("GET", "HEAD") and (200 <= status < 300 or status == 304)
    return REVALIDATE if readable and scope["path"].startswith(REVALIDATE_PREFIXES) else NO_STORE


class HttpCacheMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tagged = scope["method"] == "GET" and scope["path"].startswith(ETAG_PREFIXES)
        start: Message | None = None
        chunks: list[bytes] = []

        async def send_cached(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                set_header(message, "Cache-Control", _cache_control(scope, message["status"]), replace=False)
                content_type = response_header(message, "content-type") or ""
                if tagged and message["status"] == 200 and content_type.startswith("application/json"):
                    start = message  # held back until the whole body is known
                    return
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                await self._send_tagged(scope, send, start, b"".join(chunks))
                return
            await send(message)

        await self.app(scope, receive, send_cached)

    @staticmethod
    async def _send_tagged(scope: Scope, send: Send, start: Message, body: bytes) -> None:
        etag = 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if_none_match = header(scope, "if-none-match")
        if if_none_match is not None and etag_matches(if_none_match, etag):
            not_modified: Message = {"type": "http.response.start", "status": 304, "headers": []}
            for name in ("cache-control", "vary", "content-location"):
                value = response_header(start, name)
                if value is not None:
                    set_header(not_modified, name, value)
            set_header(not_modified, "ETag", etag)
            await send(not_modified)
            await send({"type": "http.response.body", "body": b""})
            return
        set_header(start, "ETag", etag)
        await send(start)
        await send({"type": "http.response.body", "body": body})
