"""The client's exceptions, mapped from status codes through one table.

ArchiveError
├── TransportError              could not reach the server (connection refused, timeout), after retries
├── InvalidResponse             a success whose body does not match the schema
└── ApiError(status, problem)   the server answered with an RFC 9457 problem
    ├── BadRequest (400)        invalid query, cursor or parameter; `problem.position` points into `q`
    ├── Unauthorized (401)      no API key where one is needed
    ├── Forbidden (403)         a wrong API key
    ├── NotFound (404)
    ├── Conflict (409)
    ├── PayloadTooLarge (413)
    ├── Unprocessable (422)     invalid parameters; `problem.errors` lists them per field
    ├── TooManyRequests (429)   still rate-limited after the retries; `retry_after` says how long to wait
    └── ServerError (5xx)
        └── ServiceUnavailable (503)  no index yet, or the search ran out of time
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
from pydantic import ValidationError

from app.schemas import Problem

__all__ = [
    "ERRORS_BY_STATUS",
    "ApiError",
    "ArchiveError",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "InvalidResponse",
    "NotFound",
    "PayloadTooLarge",
    "ServerError",
    "ServiceUnavailable",
    "TooManyRequests",
    "TransportError",
    "Unauthorized",
    "Unprocessable",
    "error_from_response",
    "parse_retry_after",
]


class ArchiveError(Exception):
    """Anything the client raises."""


class TransportError(ArchiveError):
    """The server could not be reached, or did not answer in time, on every attempt."""


class InvalidResponse(ArchiveError):
    """A success response whose body is not what the API's schema says."""


class ApiError(ArchiveError):
    """The server answered with an error status; `problem` holds its problem+json body."""

    def __init__(
        self, *, status: int, problem: Problem, body: Mapping[str, Any], headers: Mapping[str, str]
    ) -> None:
        super().__init__(f"{status} {problem.title}: {problem.detail}")
        self.status = status
        self.problem = problem
        self.body = dict(body)
        self.headers = dict(headers)

    @property
    def request_id(self) -> str | None:
        """The id tying the error to the server's access-log line."""
        value = self.body.get("request_id")
        return value if isinstance(value, str) else None

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait before trying again, if it said."""
        return parse_retry_after(self.headers.get("retry-after"))


class BadRequest(ApiError):
    """400: an invalid query or cursor."""


class Unauthorized(ApiError):
    """401: an API key is needed."""


class Forbidden(ApiError):
    """403: the API key is not valid."""


class NotFound(ApiError):
    """404: no such document, entity or path."""


class Conflict(ApiError):
    """409: the request conflicts with the archive's current state."""


class PayloadTooLarge(ApiError):
    """413: the query or body is over the server's limit."""


class Unprocessable(ApiError):
    """422: invalid parameters or body."""


class TooManyRequests(ApiError):
    """429: rate-limited."""


class ServerError(ApiError):
    """5xx: the server failed."""


class ServiceUnavailable(ServerError):
    """503: the index is not ready or the search timed out."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    422: Unprocessable,
    429: TooManyRequests,
    503: ServiceUnavailable,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header: delay-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def error_from_response(response: httpx.Response) -> ApiError:
    """The typed exception for an error response; its body must have been read."""
    status = response.status_code
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    try:
        problem = Problem.model_validate(body)
    except ValidationError:
        # Not our problem+json (a proxy's HTML page, say): keep what there is.
        problem = Problem(
            type="about:blank",
            title=response.reason_phrase or "HTTP error",
            status=status,
            detail=response.text[:500],
        )
    error_class = ERRORS_BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return error_class(status=status, problem=problem, body=body, headers=response.headers)
