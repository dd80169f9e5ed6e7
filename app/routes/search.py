"""Search: /v1/search, /v1/timeline and /v1/export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.deps import BuildDep, SettingsDep
from app.index import OpenBuild
from app.routes.collapse import run_collapsed_search
from app.routes.examples import EXPORT_EXAMPLE, example_response
from app.routes.listing import FiltersDep, PageDep, QueryText, parse_facets, run_paged_search, search_query
from app.routes.responses import NdjsonResponse, problem_responses
from app.schemas import DocumentSummary, FacetValue, SearchResults, Timeline, TimelineBucket

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["search"])

EXPORT_BATCH = 500

Lenient = Annotated[
    bool, Query(description="Search the words of q literally, ignoring query syntax (`escaped: true`).")
]


def _facet_values(build: OpenBuild, facets: dict[str, list[tuple[str, int]]]) -> dict[str, list[FacetValue]]:
    """Facet counts with display labels: outlet names as published, entity names for entity ids."""
    entity_ids = {
        value for name, counts in facets.items() if name not in ("outlet", "year") for value, _ in counts
    }
    names = build.catalog.names(entity_ids)
    outlets = build.records.outlet_names() if "outlet" in facets else {}
    labels = names | outlets
    return {
        name: [FacetValue(value=value, label=labels.get(value), count=count) for value, count in counts]
        for name, counts in facets.items()
    }


@router.get(
    "/search",
    operation_id="search",
    summary="Search the archive",
    response_model=SearchResults,
    responses=problem_responses(400, 413, 422, 503) | example_response("search"),
)
def search(
    request: Request,
    response: Response,
    build: BuildDep,
    settings: SettingsDep,
    filters: FiltersDep,
    paging: PageDep,
    q: QueryText = "",
    lenient: Lenient = False,
    facets: Annotated[
        str | None,
        Query(
            description="Comma-separated facets counted over all hits: outlet, year, official, person, place, "
            "organization.",
            examples=["outlet,year,official"],
        ),
    ] = None,
    collapse: Annotated[
        Literal["cluster"] | None,
        Query(description="`cluster`: one hit per story cluster (syndicated copies and near-duplicates)."),
    ] = None,
) -> SearchResults:
    """Full-text search over titles and bodies, with filters and facets. Every hit carries snippets from
    different parts of the article, each with the character offsets of its matches in the document's
    cleaned `text`. A misspelled query gets a `did_you_mean` that finds more."""
    query = search_query(settings=settings, text=q, lenient=lenient, filters=filters, sort=paging.sort)
    query = replace(query, snippets=settings.snippets_per_hit, facets=parse_facets(facets))
    total_clusters = None
    if collapse == "cluster":
        collapsed = run_collapsed_search(
            request=request, response=response, build=build, settings=settings, query=query, paging=paging
        )
        paged, total_clusters = collapsed.paged, collapsed.total_clusters
    else:
        paged = run_paged_search(
            request=request,
            response=response,
            engine=build.engine,
            settings=settings,
            query=query,
            paging=paging,
        )
    did_you_mean = None
    if q.strip() and not lenient and paged.result.total < 3:
        did_you_mean = build.engine.suggest(q)
    return SearchResults(
        query=q,
        escaped=paged.result.escaped,
        total=paged.result.total,
        total_clusters=total_clusters,
        page=paged.window.page,
        per_page=paged.window.limit,
        hits=paged.result.hits,
        next=paged.next,
        timed_out=paged.result.timed_out,
        took_ms=paged.took_ms,
        facets=_facet_values(build, paged.result.facets),
        did_you_mean=did_you_mean,
    )


@router.get(
    "/timeline",
    operation_id="timeline",
    summary="Hit counts per month or year",
    response_model=Timeline,
    responses=problem_responses(400, 413, 422, 503) | example_response("timeline"),
)
def timeline(
    build: BuildDep,
    settings: SettingsDep,
    filters: FiltersDep,
    q: QueryText = "",
    lenient: Lenient = False,
    interval: Annotated[Literal["month", "year"], Query(description="Bucket size.")] = "month",
) -> Timeline:
    """How coverage grew: matching documents per published month or year. Undated hits are counted
    separately in `undated`, never dropped."""
    query = search_query(settings=settings, text=q, lenient=lenient, filters=filters)
    buckets, total, undated = build.engine.published_counts(query, interval)
    return Timeline(
        query=q,
        interval=interval,
        buckets=[TimelineBucket(period=period, count=count) for period, count in buckets.items()],
        total=total,
        undated=undated,
    )


@router.get(
    "/export",
    operation_id="export",
    summary="Every hit as NDJSON",
    response_class=NdjsonResponse,
    # One line's model; OpenAPI 3.2's `itemSchema` (as FastAPI gives JSON Lines) says each line is one.
    response_model=DocumentSummary,
    responses={
        200: {
            "content": {
                "application/x-ndjson": {
                    "itemSchema": {"$ref": "#/components/schemas/DocumentSummary"},
                    "example": EXPORT_EXAMPLE,
                }
            },
            "description": "One document summary per line.",
        },
        **problem_responses(400, 413, 422, 503),
    },
)
def export(
    build: BuildDep,
    settings: SettingsDep,
    filters: FiltersDep,
    q: QueryText = "",
    lenient: Lenient = False,
    sort: Annotated[
        Literal["relevance", "published", "-published"], Query(description="Order of the lines.")
    ] = "relevance",
) -> NdjsonResponse:
    """The whole result set, streamed one JSON document summary per line, with no cap on the number of
    results."""
    query = search_query(settings=settings, text=q, lenient=lenient, filters=filters, sort=sort)
    ids = list(build.engine.matching_ids(query))

    def lines() -> Iterator[bytes]:
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = ids[start : start + EXPORT_BATCH]
            summaries = build.records.summaries(batch)
            for doc_id in batch:
                if doc_id in summaries:
                    yield (json.dumps(summaries[doc_id].model_dump(mode="json")) + "\n").encode()

    return NdjsonResponse(lines())
