"""A typed client for the News Archive API, sync and async, over httpx: the public import path.

`AsyncArchiveClient` (`app/client_async.py`) is written once; `ArchiveClient` (`app/client_sync.py`) is
generated from it by `scripts/unasync.py`, and a test fails when the two drift. What they share (the
calls, retries, headers) lives in `app/client_calls.py`; the exceptions, and the hierarchy of what
to catch, in `app/client_errors.py`.

Both clients return the same pydantic models the server answers with (app.schemas, app.models), retry
connection errors, 429 and 503 with exponential backoff (honouring `Retry-After`), and page through
listings with `iter_*` by following each page's `next` cursor. Only httpx and pydantic are imported: no
FastAPI, Whoosh or uvicorn.
"""

from __future__ import annotations

from app.client_async import AsyncArchiveClient
from app.client_calls import DEFAULT_TIMEOUT, RetryPolicy, SearchFilters, StatisticFilters
from app.client_errors import (
    ERRORS_BY_STATUS,
    ApiError,
    ArchiveError,
    BadRequest,
    Conflict,
    Forbidden,
    InvalidResponse,
    NotFound,
    PayloadTooLarge,
    ServerError,
    ServiceUnavailable,
    TooManyRequests,
    TransportError,
    Unauthorized,
    Unprocessable,
    error_from_response,
)
from app.client_sync import ArchiveClient

__all__ = [
    "DEFAULT_TIMEOUT",
    "ERRORS_BY_STATUS",
    "ApiError",
    "ArchiveClient",
    "ArchiveError",
    "AsyncArchiveClient",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "InvalidResponse",
    "NotFound",
    "PayloadTooLarge",
    "RetryPolicy",
    "SearchFilters",
    "ServerError",
    "ServiceUnavailable",
    "StatisticFilters",
    "TooManyRequests",
    "TransportError",
    "Unauthorized",
    "Unprocessable",
    "error_from_response",
]
