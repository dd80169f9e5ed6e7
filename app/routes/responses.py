"""Error responses declared per route, so they appear in OpenAPI with the one error body."""

from __future__ import annotations

from typing import Any

from app.schemas import Problem

__all__ = ["problem_responses"]

_DESCRIPTIONS = {
    308: "An alias id: the same request at the canonical entity id (`Location`)",
    400: "Invalid query or cursor, a body that cannot be decoded, or an entity filter that names no entity",
    401: "Missing API key",
    403: "Wrong API key",
    404: "Not found",
    413: "Request too large",
    422: "Invalid parameters",
    429: "Too many requests",
    503: "Index not ready, search out of time, archive busy or read-only",
    507: "The archive's disk is full",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {
        status: {
            "model": Problem,
            "description": _DESCRIPTIONS[status],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
