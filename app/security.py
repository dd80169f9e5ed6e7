"""Access control and protective headers: API keys, `ReadAccess`/`WriteAccess`, security headers, body limit.

Keys come from `ARCHIVE_API_KEYS` and `ARCHIVE_API_KEYS_FILE`; every key listed is valid, so a new key
can be added before the old one is removed. Only SHA-256 digests of the keys are kept, and a presented
key is compared against all of them in constant time. Keys never reach a log: requests are identified
by a short fingerprint of the key (`key_id`), never by the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.asgi import add_missing_headers, header, response_header, send_problem, set_header
from app.config import Settings
from app.errors import BodyTooLarge, InvalidApiKey, MissingApiKey

__all__ = [
    "BodySizeLimitMiddleware",
    "HtmlCspMiddleware",
    "KeyRing",
    "ReadAccess",
    "ReadKey",
    "SecurityHeadersMiddleware",
    "WriteAccess",
    "WriteKey",
    "bearer_token",
    "require_read",
    "require_write",
]

logger = logging.getLogger("app.security")


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8")).digest()


def key_id(digest: bytes) -> str:
    """A fingerprint safe to log: 8 hex digits of the key's SHA-256."""
    return "k-" + digest.hex()[:8]


class KeyRing:
    """The valid API keys: from settings, plus a keys file re-read whenever it changes."""

    def __init__(self, keys: Iterable[str], path: Path | None = None) -> None:
        self._fixed = tuple(_digest(key) for key in keys if key)
        self._path = path
        self._lock = threading.Lock()
        self._file_stamp: tuple[int, int] | None = None
        self._from_file: tuple[bytes, ...] = ()
        if path is not None:
            # Fail at startup rather than serve with keys silently missing.
            self._from_file = self._read(path)
            self._file_stamp = self._stamp(path)

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyRing:
        return cls((key.get_secret_value() for key in settings.api_keys), settings.api_keys_file)

    @staticmethod
    def _stamp(path: Path) -> tuple[int, int]:
        stat = path.stat()
        return (stat.st_mtime_ns, stat.st_size)

    @staticmethod
    def _read(path: Path) -> tuple[bytes, ...]:
        lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
        return tuple(_digest(line) for line in lines if line and not line.startswith("#"))

    def _digests(self) -> tuple[bytes, ...]:
        if self._path is None:
            return self._fixed
        try:
            stamp = self._stamp(self._path)
        except OSError:
            stamp = None
        if stamp != self._file_stamp:
            with self._lock:
                try:
                    self._from_file = self._read(self._path) if stamp is not None else ()
                except OSError:
                    self._from_file = ()
                self._file_stamp = stamp
                # The count and path only: never the keys.
                logger.warning("API keys file %s (re)read: %d keys", self._path, len(self._from_file))
        return self._fixed + self._from_file

    @property
    def configured(self) -> bool:
        return bool(self._digests())

    def match(self, presented: str) -> str | None:
        """The key id of `presented` when it is a valid key, else None; constant time over all keys."""
        candidate = _digest(presented)
        found: bytes | None = None
        # No early exit: every key is compared, so timing tells nothing about which one (or none) matched.
        for digest in self._digests():
            if hmac.compare_digest(candidate, digest):
                found = digest
        return key_id(found) if found is not None else None


def bearer_token(scope: Scope) -> str | None:
    """The credentials of an `Authorization: Bearer …` header, if any."""
    value = header(scope, "authorization")
    if value is None:
        return None
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key from ARCHIVE_API_KEYS or ARCHIVE_API_KEYS_FILE. Needed for writes, and for "
    "reads when ARCHIVE_REQUIRE_KEY_FOR_READS=true.",
)
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _authenticate(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None:
        raise MissingApiKey("Send an API key as `Authorization: Bearer <key>`.")
    keyring: KeyRing = request.app.state.keyring
    found = keyring.match(credentials.credentials)
    if found is None:
        raise InvalidApiKey("The API key is not valid.")
    request.state.key_id = found
    return found


async def require_write(request: Request, credentials: BearerDep) -> str:
    """A valid API key, or 401 without one and 403 with a wrong one; returns the key id."""
    return _authenticate(request, credentials)


async def require_read(request: Request, credentials: BearerDep) -> str | None:
    """Open unless `require_key_for_reads`; then the same check as writes."""
    settings: Settings = request.app.state.settings
    if settings.require_key_for_reads:
        return _authenticate(request, credentials)
    return None


# For `dependencies=[WriteAccess]` on a route or router; `key: WriteKey` as a parameter gives the key id.
WriteAccess = Depends(require_write)
ReadAccess = Depends(require_read)
WriteKey = Annotated[str, WriteAccess]
ReadKey = Annotated[str | None, ReadAccess]


# API responses are data, never pages: nothing may run, load or frame them.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# The docs pages load their scripts and styles from this origin (app/docs.py); ReDoc injects styles and
# runs its search in a blob: worker. Inline scripts are allowed one by one, by hash (see HtmlCspMiddleware).
HTML_CSP = (
    "default-src 'none'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Adds the security headers to every response, keeping any a route set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        defaults = [*SECURITY_HEADERS.items(), ("Content-Security-Policy", API_CSP)]
        if scope.get("scheme") == "https":
            defaults.append(("Strict-Transport-Security", "max-age=31536000"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                add_missing_headers(message, defaults)
            await send(message)

        await self.app(scope, receive, send_with_headers)


_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)


def html_csp(body: bytes) -> str:
    """The docs-page CSP, with a 'sha256-…' source for each inline script of `body`."""
    hashes = "".join(
        " 'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode("ascii") + "'"
        for script in _INLINE_SCRIPT.findall(body)
        if script.strip()
    )
    return HTML_CSP.format(hashes=hashes)


class HtmlCspMiddleware:
    """Gives HTML responses (the docs pages) a CSP that allows exactly their own inline scripts.

    Sits inside GZip so it sees the plain body; HTML pages here are small and buffered whole.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffer_html(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = response_header(message, "content-type") or ""
                if content_type.startswith("text/html"):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = b"".join(chunks)
                set_header(start, "Content-Security-Policy", html_csp(body), replace=False)
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, buffer_html)


class _BodyOverLimit(Exception):
    """Raised into the app by the guarded receive; the middleware answers 413 instead."""


class BodySizeLimitMiddleware:
    """413 for a body over `max_bytes`: at once from Content-Length, else as soon as the stream passes it."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _error(self) -> BodyTooLarge:
        return BodyTooLarge(f"The request body is larger than the limit of {self.max_bytes} bytes.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = header(scope, "content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            await send_problem(scope, receive, send, self._error())
            return

        received = 0
        exceeded = False
        started = False

        async def guarded_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _BodyOverLimit
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            # Once over the limit, whatever the app makes of the aborted read (FastAPI turns it into a
            # 400) is dropped in favour of the 413 below.
            if exceeded and not started:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception:
            if not exceeded or started:
                raise
        if exceeded and not started:
            await send_problem(scope, receive, send, self._error())
