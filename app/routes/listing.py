"""Filters, order and paging shared by /v1/search and /v1/documents, and the search they run."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request, Response

from app.config import Settings
from app.index import SearchEngine, SearchPage, SearchQuery
from app.paging import Window, encode_cursor, next_link, resolve_window
from app.schemas import SortOrder

__all__ = ["Listing", "ListingDep", "PagedSearch", "run_paged_search"]


@dataclass(frozen=True)
class Listing:
    outlet: str | None
    published_from: date | None
    published_to: date | None
    sort: SortOrder
    page: int
    per_page: int
    cursor: str | None


def listing_params(
    outlet: Annotated[str | None, Query(description="Only this publisher (case-insensitive).")] = None,
    published_from: Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
    published_to: Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD).")] = None,
    sort: Annotated[
        SortOrder,
        Query(
            description="`relevance` (default; newest first when there is no query), `published`, `-published`."
        ),
    ] = "relevance",
    page: Annotated[int, Query(ge=1, description="1-based page number.")] = 1,
    per_page: Annotated[
        int, Query(ge=1, description="Results per page (at most ARCHIVE_MAX_PER_PAGE).")
    ] = 10,
    cursor: Annotated[str | None, Query(description="The `next` value of the previous page.")] = None,
) -> Listing:
    return Listing(outlet, published_from, published_to, sort, page, per_page, cursor)


ListingDep = Annotated[Listing, Depends(listing_params)]


@dataclass(frozen=True)
class PagedSearch:
    window: Window
    result: SearchPage
    next: str | None
    took_ms: float


def run_paged_search(
    *,
    request: Request,
    response: Response,
    engine: SearchEngine,
    settings: Settings,
    listing: Listing,
    text: str = "",
    lenient: bool = False,
    snippets: int = 0,
) -> PagedSearch:
    """Resolve the page or cursor, search, and set the `next` cursor and Link header."""
    params: dict[str, object] = {
        "q": text,
        "lenient": lenient,
        "outlet": listing.outlet,
        "published_from": listing.published_from,
        "published_to": listing.published_to,
        "sort": listing.sort,
        "per_page": listing.per_page,
    }
    window = resolve_window(
        page=listing.page, per_page=listing.per_page, cursor=listing.cursor, params=params, settings=settings
    )
    started = time.perf_counter()
    result = engine.search(
        SearchQuery(
            text=text,
            lenient=lenient,
            outlet=listing.outlet,
            published_from=listing.published_from,
            published_to=listing.published_to,
            sort=listing.sort,
            offset=window.offset,
            limit=window.limit,
            snippets=snippets,
            time_limit=settings.search_time_limit,
        )
    )
    took_ms = round((time.perf_counter() - started) * 1000, 3)
    following = None
    if window.offset + window.limit < result.total and not result.timed_out:
        following = encode_cursor(window.offset + window.limit, params)
        response.headers["Link"] = next_link(str(request.url.path), params, following)
    return PagedSearch(window=window, result=result, next=following, took_ms=took_ms)
