"""Query parameters shared by the list endpoints (paging, cursors, search filters) and the paged search."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Annotated, TypedDict, TypeVar

from fastapi import Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from app.config import Settings
from app.deps import get_build
from app.errors import InvalidCursor, PayloadTooLarge, Unprocessable
from app.index import FACET_NAMES, FacetName, SearchEngine, SearchPage, SearchQuery, SortKey
from app.paging import KeysetPosition, Window, encode_cursor, next_link, resolve_window
from app.routes.entity_filters import resolve_entities
from app.schemas import Page, SortOrder

__all__ = [
    "QUERY_SYNTAX",
    "Facets",
    "FiltersDep",
    "PagedSearch",
    "Paging",
    "PagingDep",
    "QueryText",
    "SearchFilters",
    "Sort",
    "TypoTolerance",
    "parse_facets",
    "run_paged_search",
    "search_query",
]

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class SearchFilters:
    outlet: tuple[str, ...]
    published_from: date | None
    published_to: date | None
    entity: tuple[str, ...]
    official: tuple[str, ...]
    place: tuple[str, ...]
    has_statistics: bool | None


EntityValues = list[str] | None


async def search_filters(
    request: Request,
    outlet: Annotated[
        list[str] | None,
        Query(description="Only this publisher (case-insensitive). Repeat for any of several."),
    ] = None,
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
    """The filters of a list; entity names are looked up in the catalog (in a worker thread) when given."""
    resolved: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    if entity or official or place:
        build = await get_build(request)
        resolved = await run_in_threadpool(
            lambda: (
                resolve_entities(build, "entity", entity),
                resolve_entities(build, "official", official, kinds=("official",)),
                resolve_entities(build, "place", place, kinds=("place",)),
            )
        )
    entities, officials, places = resolved
    return SearchFilters(
        tuple(dict.fromkeys(outlet or ())),
        published_from,
        published_to,
        entities,
        officials,
        places,
        has_statistics,
    )


FiltersDep = Annotated[SearchFilters, Depends(search_filters)]


class KeysetSlice(TypedDict):
    offset: int
    limit: int
    after: KeysetPosition | None


@dataclass(frozen=True)
class Paging:
    """The window of a list a request asks for, and the request a `next` cursor is bound to."""

    window: Window
    params: dict[str, object]
    path: str
    response: Response

    def next_cursor(self, total: int, last: KeysetPosition | None = None) -> str | None:
        """The cursor of the page after this one, which ends at `last` (also set as the `Link` header).

        None on the last page: past `total`, or when a keyset page has no `last` (its list ended). Lists
        that cannot start after an item give no `last`; their cursor counts the items before its page.
        """
        following = self.window.offset + self.window.limit
        if following >= total or (self.window.after is not None and last is None):
            return None
        cursor = encode_cursor(following, self.params, last)
        self.response.headers["Link"] = next_link(self.path, self.params, cursor)
        return cursor

    def slice(self) -> KeysetSlice:
        """The keyword arguments of a storage list for this window: offset, limit and keyset position."""
        return {"offset": self.window.skip, "limit": self.window.limit, "after": self.window.after}

    def page_of(self, items: list[ItemT], total: int, last: KeysetPosition | None = None) -> Page[ItemT]:
        """This page of a list of `total` items, which ends at `last` (see `next_cursor`)."""
        return Page[ItemT](
            items=items,
            total=total,
            page=self.window.page,
            per_page=self.window.limit,
            next=self.next_cursor(total, last),
        )


async def paging(
    request: Request,
    response: Response,
    page: Annotated[int, Query(ge=1, description="1-based page number.")] = 1,
    per_page: Annotated[int, Query(ge=1, description="Items per page (at most ARCHIVE_MAX_PER_PAGE).")] = 10,
    cursor: Annotated[
        str | None, Query(description="The `next` value of the previous page; overrides `page`.")
    ] = None,
) -> Paging:
    """The page or cursor asked for, within the configured bounds (422 beyond, 400 for a foreign cursor)."""
    # Read from the app's state, not through SettingsDep: a sub-dependency costs a solve on every request.
    settings: Settings = request.app.state.settings
    query = request.query_params
    params: dict[str, object] = {
        key: query.getlist(key) for key in dict.fromkeys(query) if key not in {"page", "cursor"}
    } | {"per_page": per_page}
    window = resolve_window(page=page, per_page=per_page, cursor=cursor, params=params, settings=settings)
    return Paging(window=window, params=params, path=request.url.path, response=response)


PagingDep = Annotated[Paging, Depends(paging)]

Sort = Annotated[
    SortOrder,
    Query(
        description="`relevance` (default; newest first when there is no query), `published`, `-published`."
    ),
]

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


Facets = Annotated[
    list[str] | None,
    Query(
        description="Facets counted over all hits: outlet, year, official, person, place, organization. "
        "Repeat the parameter or separate names with commas.",
        examples=["outlet,year,official"],
    ),
]


def parse_facets(values: list[str] | None) -> tuple[FacetName, ...]:
    """`outlet,year` or `outlet` and `year` -> ("outlet", "year"); unknown names are a 422 with the valid ones."""
    names = [name.strip() for value in values or () for name in value.split(",") if name.strip()]
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
    result: SearchPage
    next: str | None
    took_ms: float


def run_paged_search(*, engine: SearchEngine, query: SearchQuery, paging: Paging) -> PagedSearch:
    """Search the page or cursor asked for, and point at the next page unless the search was cut short."""
    window = paging.window
    after: SortKey | None = None
    if window.after is not None:
        match window.after:
            case (int() | float() as value, str() as doc_id):
                after = (value, doc_id)
            case _:
                raise InvalidCursor("The cursor is not one this API returned: pass `next` back unchanged.")
    started = time.perf_counter()
    result = engine.search(replace(query, offset=window.skip, limit=window.limit, after=after))
    took_ms = round((time.perf_counter() - started) * 1000, 3)
    following = None if result.timed_out else paging.next_cursor(result.total, result.last_key)
    return PagedSearch(result=result, next=following, took_ms=took_ms)
