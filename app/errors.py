"""Every error the service answers with, as one hierarchy with the HTTP status on the class.

    AppError
    ├── BadRequest (400)
    │   ├── InvalidQuery
    │   └── InvalidCursor
    ├── NotFound (404)
    │   └── DocumentNotFound
    ├── PayloadTooLarge (413)
    ├── Unprocessable (422)
    └── ServiceUnavailable (503)
        ├── IndexNotReady
        └── SearchTimedOut

One handler (app.main) turns each into an RFC 9457 `application/problem+json` body.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "AppError",
    "BadRequest",
    "DocumentNotFound",
    "IndexNotReady",
    "InvalidCursor",
    "InvalidQuery",
    "NotFound",
    "PayloadTooLarge",
    "SearchTimedOut",
    "ServiceUnavailable",
    "Unprocessable",
]


class AppError(Exception):
    status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal Server Error"
    slug: ClassVar[str] = "internal"

    def __init__(self, detail: str, **extensions: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extensions = extensions

    @property
    def headers(self) -> dict[str, str]:
        return {}


class BadRequest(AppError):
    status = 400
    title = "Bad Request"
    slug = "bad-request"


class InvalidQuery(BadRequest):
    title = "Invalid query"
    slug = "invalid-query"


class InvalidCursor(BadRequest):
    title = "Invalid cursor"
    slug = "invalid-cursor"


class NotFound(AppError):
    status = 404
    title = "Not Found"
    slug = "not-found"


class DocumentNotFound(NotFound):
    title = "Document not found"
    slug = "document-not-found"


class PayloadTooLarge(AppError):
    status = 413
    title = "Payload too large"
    slug = "too-large"


class Unprocessable(AppError):
    status = 422
    title = "Unprocessable request"
    slug = "validation-error"


class ServiceUnavailable(AppError):
    status = 503
    title = "Service Unavailable"
    slug = "unavailable"
    retry_after: ClassVar[int] = 5

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class IndexNotReady(ServiceUnavailable):
    title = "Index not ready"
    slug = "index-not-ready"
    retry_after = 30


class SearchTimedOut(ServiceUnavailable):
    title = "Search timed out"
    slug = "search-timed-out"
    retry_after = 1
