"""Query parameters shared by the search-backed endpoints, and the paged search they run."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request, Response

from app.config import Settings
from app.deps import BuildDep, SettingsDep
from app.errors import PayloadTooLarge, Unprocessable
from app.index import FACET_NAMES, FacetName, SearchEngine, SearchPage, SearchQuery
from app.paging import Window, encode_cursor, next_link, resolve_window
from app.routes.entity_filters import resolve_entities
from app.schemas import SortOrder

__all__ = [
    "QUERY_SYNTAX",
    "FiltersDep",
    "PageDep",
    "PagedSearch",
    "QueryText",
    "SearchFilters",
    "TypoTolerance",
    "WindowDep",
    "parse_facets",
    "run_paged_search",
    "search_query",
]


@dataclass(frozen=True)
class SearchFilters:
    outlet: str | None
    published_from: date | None
    published_to: date | None
    entity: tuple[str, ...]
    official: tuple[str, ...]
    place: tuple[str, ...]
    has_statistics: bool | None


EntityValues = list[str] | None


def search_filters(
    build: BuildDep,
    outlet: Annotated[str | None, Query(description="Only this publisher (case-insensitive).")] = None,
    published_from: Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
    published_to: Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD).")] = None,
    entity: Annotated[
        EntityValues,
        Query(
            description="Only documents mentioning this entity, of any kind: an id, an alias or a name. "
            "Repeat for any of several.",
            examples=["jeff-sessions"],
        ),
    ] = None,
    official: Annotated[
        EntityValues,
        Query(
            description="Only documents naming this person as an official (id, alias or name). Repeat for any "
            "of several.",
            examples=["thomas-homan"],
        ),
    ] = None,
    place: Annotated[
        EntityValues,
        Query(
            description="Only documents mentioning this place (id, alias or name). Repeat for any of several."
        ),
    ] = None,
    has_statistics: Annotated[
        bool | None,
        Query(description="true: only documents citing statistics; false: only those citing none."),
    ] = None,
) -> SearchFilters:
    return SearchFilters(
        outlet,
        published_from,
        published_to,
        resolve_entities(build, "entity", entity),
        resolve_entities(build, "official", official, kinds=("official",)),
        resolve_entities(build, "place", place, kinds=("place",)),
        has_statistics,
    )


FiltersDep = Annotated[SearchFilters, Depends(search_filters)]


Page = Annotated[int, Query(ge=1, description="1-based page number.")]
PerPage = Annotated[int, Query(ge=1, description="Results per page (at most ARCHIVE_MAX_PER_PAGE).")]


def page_window(settings: SettingsDep, page: Page = 1, per_page: PerPage = 10) -> Window:
    """Offset and limit of a numbered page, within the configured bounds (422 beyond)."""
    return resolve_window(page=page, per_page=per_page, cursor=None, params={}, settings=settings)


WindowDep = Annotated[Window, Depends(page_window)]


@dataclass(frozen=True)
class PageParams:
    sort: SortOrder
    page: int
    per_page: int
    cursor: str | None


def page_params(
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
) -> PageParams:
    return PageParams(sort, page, per_page, cursor)


PageDep = Annotated[PageParams, Depends(page_params)]


QUERY_SYNTAX = (
    'Words (all required), "phrases" ("a b"~N within N moves), AND/&&, OR/||, NOT/-word/!word, +word, '
    "(groups), title:/body: fields, prefixes detain*, wildcards de?ain, fuzzy word~ (2 edits, first letter kept) or word~1. "
    "Operator words are case-insensitive (quote one to search it); a bare prefix (sanct) is a whole word."
)
QueryText = Annotated[
    str,
    Query(
        description=f"{QUERY_SYNTAX} Empty matches every document.",
        openapi_examples={
            "term": {"summary": "One word", "value": "detainer"},
            "phrase": {"summary": "A phrase", "value": '"sanctuary city"'},
            "boolean": {"summary": "Boolean", "value": "Homan -Sessions"},
            "field": {"summary": "Title only", "value": "title:ICE"},
            "fuzzy": {"summary": "Fuzzy", "value": "detainr~1"},
        },
    ),
]
TypoTolerance = Annotated[
    bool,
    Query(
        description="`true`: every plain required word of q also matches words with its first letter "
        "within 1 edit (5+ letters) or 2 edits (9+ letters), as Meilisearch does."
    ),
]


def parse_facets(facets: str | None) -> tuple[FacetName, ...]:
    """`outlet,year` -> ("outlet", "year"); unknown names are a 422 with the valid ones."""
    if not facets:
        return ()
    names = [name.strip() for name in facets.split(",") if name.strip()]
    unknown = [name for name in names if name not in FACET_NAMES]
    if unknown:
        raise Unprocessable(
            f"Unknown facet {', '.join(unknown)}; choose from {', '.join(FACET_NAMES)}.",
            errors=[{"loc": ["query", "facets"], "msg": f"unknown facet {name}"} for name in unknown],
        )
    return tuple(dict.fromkeys(name for name in names if name in FACET_NAMES))


def search_query(
    *,
    settings: Settings,
    text: str,
    lenient: bool,
    filters: SearchFilters,
    sort: SortOrder = "relevance",
    typo_tolerance: bool = False,
) -> SearchQuery:
    """The engine query for these parameters (paging, snippets and facets added by the caller)."""
    if len(text) > settings.max_query_length:
        raise PayloadTooLarge(f"q is {len(text)} characters long; the limit is {settings.max_query_length}.")
    return SearchQuery(
        text=text,
        lenient=lenient,
        typo_tolerance=typo_tolerance,
        sort=sort,
        time_limit=settings.search_time_limit,
        **asdict(filters),
    )


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
    query: SearchQuery,
    paging: PageParams,
) -> PagedSearch:
    """Resolve the page or cursor, search, and set the `next` cursor and Link header."""
    params: dict[str, object] = {
        key: value for key, value in request.query_params.items() if key not in {"page", "cursor"}
    } | {"per_page": paging.per_page}
    window = resolve_window(
        page=paging.page, per_page=paging.per_page, cursor=paging.cursor, params=params, settings=settings
    )
    started = time.perf_counter()
    result = engine.search(replace(query, offset=window.offset, limit=window.limit))
    took_ms = round((time.perf_counter() - started) * 1000, 3)
    following = None
    if window.offset + window.limit < result.total and not result.timed_out:
        following = encode_cursor(window.offset + window.limit, params)
        response.headers["Link"] = next_link(str(request.url.path), params, following)
    return PagedSearch(window=window, result=result, next=following, took_ms=took_ms)
