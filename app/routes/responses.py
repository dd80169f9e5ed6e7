"""Responses declared per route, so they appear in OpenAPI: the one error body with an example per status,
and the NDJSON response class of streamed exports."""

from __future__ import annotations

from typing import Any

from fastapi.responses import StreamingResponse

from app.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE
from app.schemas import Problem

__all__ = ["NdjsonResponse", "problem_responses", "problem_spec"]

REQUEST_ID_EXAMPLE = "6f1c0e4b2a9d4c1e8b7a3f5d2c9e0a41"

_DESCRIPTIONS = {
    308: "An alias id: the same request at the canonical entity id (`Location`)",
    400: "Invalid query or cursor, a body that cannot be decoded, or an entity filter that names no entity",
    401: "Missing API key",
    403: "Wrong API key",
    404: "Not found",
    405: "Method not allowed on this path (every write, on a read replica); `Allow` lists the ones it has",
    406: "The `Accept` header admits no media type this route produces",
    413: "Request too large",
    422: "Invalid parameters",
    429: "Too many requests (when ARCHIVE_RATE_LIMIT_READS or _WRITES is set)",
    503: "Index not ready, search out of time, archive busy or read-only",
    507: "The archive's disk is full",
}
# (slug, title, detail, instance) of a typical problem per status, as the server words it.
_EXAMPLES = {
    400: (
        "invalid-query",
        "Invalid query",
        'Unbalanced quote at position 0: close the phrase with ".',
        "/v1/search",
    ),
    401: (
        "api-key-required",
        "API key required",
        "Send an API key as `Authorization: Bearer <key>`.",
        "/v1/documents",
    ),
    403: ("invalid-api-key", "Invalid API key", "The API key is not valid.", "/v1/documents"),
    404: (
        "document-not-found",
        "Document not found",
        "No document with id 'no-such-document'.",
        "/v1/documents/no-such-document",
    ),
    405: (
        "http-405",
        "Method Not Allowed",
        "PATCH /v1/documents/000_e84a06c073667f2f: Method Not Allowed",
        "/v1/documents/000_e84a06c073667f2f",
    ),
    406: (
        "not-acceptable",
        "Not acceptable",
        "This route produces application/json, application/problem+json; the Accept header 'text/csv' admits none of them.",
        "/v1/search",
    ),
    308: (
        "entity-moved",
        "Permanent Redirect",
        "'tom-homan' is an alias of 'thomas-homan': the entity is at /v1/entities/thomas-homan.",
        "/v1/entities/tom-homan",
    ),
    413: (
        "body-too-large",
        "Request body too large",
        "The request body is larger than the limit of 10485760 bytes.",
        "/v1/documents",
    ),
    422: (
        "validation-error",
        "Unprocessable request",
        "query.per_page: Input should be less than or equal to 100",
        "/v1/search",
    ),
    429: (
        "rate-limited",
        "Too many requests",
        "More than 60 requests per minute; retry in 1 s.",
        "/v1/search",
    ),
    503: (
        "index-not-ready",
        "Index not ready",
        "No index in var/index: build one with `python -m app index corpus --index var/index`.",
        "/v1/search",
    ),
    507: (
        "insufficient-storage",
        "Insufficient storage",
        "The archive's disk is full: the write was not stored. Free space and retry.",
        "/v1/documents",
    ),
}
_HEADERS = {
    308: {"Location": "The canonical entity's URL"},
    401: {"WWW-Authenticate": "The scheme to use: `Bearer`"},
    405: {"Allow": "The methods the path has"},
    429: {"Retry-After": "Seconds until a request would be allowed"},
    503: {"Retry-After": "Seconds to wait before retrying"},
}


def _example(status: int) -> dict[str, Any]:
    slug, title, detail, instance = _EXAMPLES[status]
    example: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if status == 400:
        example["position"] = 0
    if status == 422:
        example["errors"] = [
            {
                "loc": ["query", "per_page"],
                "msg": "Input should be less than or equal to 100",
                "type": "less_than_equal",
            }
        ]
    return example | {"request_id": REQUEST_ID_EXAMPLE}


def problem_spec(status: int) -> dict[str, Any]:
    """The OpenAPI response object of an error: problem+json with an example, and the headers it carries."""
    spec: dict[str, Any] = {
        "description": _DESCRIPTIONS[status],
        "content": {
            PROBLEM_MEDIA_TYPE: {
                "schema": {"$ref": "#/components/schemas/Problem"},
                "example": _example(status),
            }
        },
    }
    if status in _HEADERS:
        spec["headers"] = {
            name: {"description": description, "schema": {"type": "string"}}
            for name, description in _HEADERS[status].items()
        }
    return spec


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for a route's error statuses."""
    return {status: {"model": Problem, **problem_spec(status)} for status in statuses}


class NdjsonResponse(StreamingResponse):
    """A stream of JSON values, one per line."""

    media_type = "application/x-ndjson"
