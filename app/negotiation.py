"""Content negotiation: a 406 problem when `Accept` admits none of the media types a route produces.

A route produces its response class's media type and any its 200/201 response declares; every route can
also answer `application/problem+json`, so a client that asks only for problems is not refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from fastapi import Depends, Request
from fastapi.datastructures import DefaultPlaceholder
from fastapi.routing import APIRoute

from app.errors import PROBLEM_MEDIA_TYPE, NotAcceptable

__all__ = ["Acceptable", "accepts", "produced_media_types", "require_acceptable"]


def produced_media_types(route: APIRoute) -> list[str]:
    """The media types `route` answers with, problem+json included."""
    response_class = route.response_class
    if isinstance(response_class, DefaultPlaceholder):
        response_class = response_class.value
    media_types = [response_class.media_type] if response_class.media_type else []
    for status in (200, 201):
        media_types.extend(route.responses.get(status, {}).get("content", {}))
    return [*dict.fromkeys(media_types), PROBLEM_MEDIA_TYPE]


def _media_ranges(accept: str) -> Iterator[tuple[str, float]]:
    for part in accept.split(","):
        media_range, *parameters = (piece.strip() for piece in part.split(";"))
        if not media_range:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        yield media_range.lower(), quality


def _specificity(media_range: str, media_type: str) -> int | None:
    """2 for an exact match, 1 for `type/*`, 0 for `*/*`, None when the range does not cover the type."""
    if media_range == media_type:
        return 2
    if media_range == "*/*":
        return 0
    if media_range.endswith("/*") and media_type.startswith(media_range[:-1]):
        return 1
    return None


def accepts(accept: str, offered: Iterable[str]) -> bool:
    """Whether an `Accept` value admits one of `offered` (RFC 9110 §12.5.1: the most specific range decides)."""
    ranges = list(_media_ranges(accept))
    if not ranges:
        return True
    for media_type in offered:
        matches = [
            (specificity, quality)
            for media_range, quality in ranges
            if (specificity := _specificity(media_range, media_type)) is not None
        ]
        if matches and max(matches)[1] > 0:
            return True
    return False


async def require_acceptable(request: Request) -> None:
    """406 unless the request's `Accept` admits a media type of its route; no `Accept` admits any."""
    accept = request.headers.get("accept")
    route = request.scope.get("route")
    if accept is None or not isinstance(route, APIRoute):
        return
    offered = produced_media_types(route)
    if not accepts(accept, offered):
        raise NotAcceptable(
            f"This route produces {', '.join(offered)}; the Accept header {accept!r} admits none of them."
        )


# For `dependencies=[Acceptable]` on a router.
Acceptable = Depends(require_acceptable)
