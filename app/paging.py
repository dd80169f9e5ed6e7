"""Pages and opaque cursors shared by every listing endpoint.

A cursor is a keyset position: the sort value and id of the last item of its page, so the next page starts
right after that item (`WHERE (sort, id) > (value, id)`, an engine's search_after) at the cost of a first
page, and does not shift when items are added or removed before it. It also carries the count of items
before the next page, for the `page` number of the response.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import urlencode

from app.config import Settings
from app.errors import InvalidCursor, Unprocessable
from app.index.keyset import SortValues

__all__ = ["KeysetPosition", "Window", "encode_cursor", "next_link", "resolve_window"]

# The sort values of the last item before a page, ending with what tells items apart (an id).
KeysetPosition: TypeAlias = SortValues


@dataclass(frozen=True)
class Window:
    offset: int
    limit: int
    page: int
    # Where a cursor's page starts; None for a `page` (the first `offset` items are skipped instead).
    after: KeysetPosition | None = None

    @property
    def skip(self) -> int:
        """The items to skip: those before a `page`; none after a cursor's position."""
        return self.offset if self.after is None else 0


def _fingerprint(params: Mapping[str, object]) -> str:
    """Identifies the request a cursor belongs to (everything but the position in it)."""
    stable = {key: str(value) for key, value in sorted(params.items()) if key not in {"page", "cursor"}}
    return hashlib.sha256(json.dumps(stable).encode()).hexdigest()[:16]


def encode_cursor(offset: int, params: Mapping[str, object], after: KeysetPosition | None = None) -> str:
    """The cursor of the page after `after`, with `offset` items before it."""
    position = None if after is None else list(after)
    payload = json.dumps({"o": offset, "k": position, "f": _fingerprint(params)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def _keyset_position(value: object) -> KeysetPosition | None:
    """A decoded `k`: null, or the sort values (numbers, text or nulls) of an item; else a ValueError."""
    if value is None:
        return None
    scalars = isinstance(value, list) and all(
        isinstance(item, int | float | str | None) and not isinstance(item, bool) for item in value
    )
    if isinstance(value, list) and scalars and len(value) >= 2:
        return tuple(value)
    raise ValueError(f"not a keyset position: {value!r}")


def _decode_cursor(cursor: str, params: Mapping[str, object]) -> tuple[int, KeysetPosition | None]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        offset, fingerprint = payload["o"], payload["f"]
        after = _keyset_position(payload.get("k"))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeEncodeError) as error:
        raise InvalidCursor("The cursor is not one this API returned: pass `next` back unchanged.") from error
    if not isinstance(offset, int) or offset < 0 or fingerprint != _fingerprint(params):
        raise InvalidCursor(
            "The cursor belongs to a different request: keep every other parameter as it was when `next` was returned."
        )
    return offset, after


def resolve_window(
    *, page: int, per_page: int, cursor: str | None, params: Mapping[str, object], settings: Settings
) -> Window:
    """Offset and limit from `page`/`per_page` or a cursor, within the configured bounds (422 beyond)."""
    if per_page > settings.max_per_page:
        raise Unprocessable(
            f"per_page={per_page} is above the maximum of {settings.max_per_page}.",
            errors=[{"loc": ["query", "per_page"], "msg": f"must be at most {settings.max_per_page}"}],
        )
    if cursor:
        offset, after = _decode_cursor(cursor, params)
        return Window(offset=offset, limit=per_page, page=offset // per_page + 1, after=after)
    offset = (page - 1) * per_page
    if offset + per_page > settings.max_page_depth:
        raise Unprocessable(
            f"page={page} with per_page={per_page} reaches past result {settings.max_page_depth}; "
            "follow the `next` cursor to go deeper.",
            errors=[
                {
                    "loc": ["query", "page"],
                    "msg": f"page * per_page must be at most {settings.max_page_depth}",
                }
            ],
        )
    return Window(offset=offset, limit=per_page, page=page)


def next_link(path: str, params: Mapping[str, object], cursor: str) -> str:
    query = {
        key: value
        for key, value in params.items()
        if value not in (None, "", False) and key not in {"page", "cursor"}
    }
    query["cursor"] = cursor
    return f'<{path}?{urlencode(query, doseq=True)}>; rel="next"'
