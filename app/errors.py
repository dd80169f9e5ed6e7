"""Every error the service answers with, as one hierarchy with the HTTP status on the class.

    AppError
    ├── EntityMoved (308)
    ├── BadRequest (400)
    │   ├── InvalidQuery
    │   ├── InvalidCursor
    │   ├── UnknownEntity
    │   ├── CorsPreflightRejected
    │   └── UnknownParameter
    ├── Unauthorized (401)
    │   └── MissingApiKey
    ├── Forbidden (403)
    │   └── InvalidApiKey
    ├── NotFound (404)
    │   ├── DocumentNotFound
    │   └── EntityNotFound
    ├── ReadReplica (405)
    ├── NotAcceptable (406)
    ├── PayloadTooLarge (413)
    │   └── BodyTooLarge
    ├── Unprocessable (422)
    ├── TooManyRequests (429)
    ├── InsufficientStorage (507)
    └── ServiceUnavailable (503)
        ├── IndexNotReady
        ├── SearchTimedOut
        ├── WriteBusy
        └── ArchiveReadOnly

One handler (app.main) turns each into an RFC 9457 `application/problem+json` body.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "PROBLEM_MEDIA_TYPE",
    "PROBLEM_TYPE_BASE",
    "AppError",
    "ArchiveReadOnly",
    "BadRequest",
    "BodyTooLarge",
    "CorsPreflightRejected",
    "DocumentNotFound",
    "EntityMoved",
    "EntityNotFound",
    "Forbidden",
    "IndexNotReady",
    "InsufficientStorage",
    "InvalidApiKey",
    "InvalidCursor",
    "InvalidQuery",
    "MissingApiKey",
    "NotAcceptable",
    "NotFound",
    "PayloadTooLarge",
    "ReadReplica",
    "SearchTimedOut",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "UnknownEntity",
    "UnknownParameter",
    "Unprocessable",
    "WriteBusy",
]

PROBLEM_TYPE_BASE = "https://news-archive.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"


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


class EntityMoved(AppError):
    """An alias id (`jeff-sessions`): the answer is at the canonical id's URL, `location`."""

    status = 308
    title = "Permanent Redirect"
    slug = "entity-moved"

    def __init__(self, detail: str, *, location: str, **extensions: Any) -> None:
        super().__init__(detail, **extensions)
        self.location = location

    @property
    def headers(self) -> dict[str, str]:
        return {"Location": self.location}


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


class UnknownEntity(BadRequest):
    """An entity filter names no entity, or several; the body lists the closest ids."""

    title = "Unknown entity"
    slug = "unknown-entity"


class CorsPreflightRejected(BadRequest):
    title = "CORS preflight rejected"
    slug = "cors-preflight-rejected"


class UnknownParameter(BadRequest):
    """A query parameter the route does not take; the body lists the ones it does."""

    title = "Unknown parameter"
    slug = "unknown-parameter"


class Unauthorized(AppError):
    status = 401
    title = "Unauthorized"
    slug = "unauthorized"

    @property
    def headers(self) -> dict[str, str]:
        # RFC 9110: a 401 names the scheme the client should use.
        return {"WWW-Authenticate": 'Bearer realm="news-archive"'}


class MissingApiKey(Unauthorized):
    title = "API key required"
    slug = "api-key-required"


class Forbidden(AppError):
    status = 403
    title = "Forbidden"
    slug = "forbidden"


class InvalidApiKey(Forbidden):
    title = "Invalid API key"
    slug = "invalid-api-key"


class NotFound(AppError):
    status = 404
    title = "Not Found"
    slug = "not-found"


class DocumentNotFound(NotFound):
    title = "Document not found"
    slug = "document-not-found"


class EntityNotFound(NotFound):
    title = "Entity not found"
    slug = "entity-not-found"


class ReadReplica(AppError):
    """A write sent to a read replica (ARCHIVE_READ_ONLY): it must go to the writer."""

    status = 405
    title = "Writes go to the writer"
    slug = "read-replica"

    def __init__(self, detail: str, *, allowed: list[str], **extensions: Any) -> None:
        super().__init__(detail, **extensions)
        self.allowed = allowed

    @property
    def headers(self) -> dict[str, str]:
        return {"Allow": ", ".join(self.allowed)}


class NotAcceptable(AppError):
    status = 406
    title = "Not acceptable"
    slug = "not-acceptable"


class PayloadTooLarge(AppError):
    status = 413
    title = "Payload too large"
    slug = "too-large"


class BodyTooLarge(PayloadTooLarge):
    title = "Request body too large"
    slug = "body-too-large"


class Unprocessable(AppError):
    status = 422
    title = "Unprocessable request"
    slug = "validation-error"


class TooManyRequests(AppError):
    status = 429
    title = "Too many requests"
    slug = "rate-limited"

    def __init__(self, detail: str, *, retry_after: int, **extensions: Any) -> None:
        super().__init__(detail, **extensions)
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


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


class WriteBusy(ServiceUnavailable):
    title = "Archive busy"
    slug = "write-busy"
    retry_after = 2


class ArchiveReadOnly(ServiceUnavailable):
    title = "Archive is read-only"
    slug = "read-only"
    retry_after = 60


class InsufficientStorage(AppError):
    status = 507
    title = "Insufficient storage"
    slug = "insufficient-storage"
