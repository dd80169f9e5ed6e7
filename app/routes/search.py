"""Search: /v1/search, /v1/timeline and /v1/export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from app.deps import BuildDep, SettingsDep
from app.index import OpenBuild, SearchPage
from app.routes.collapse import run_collapsed_search
from app.routes.examples import EXPORT_EXAMPLE, example_response
from app.routes.listing import (
    Facets,
    FiltersDep,
    PagingDep,
    QueryText,
    Sort,
    TypoTolerance,
    parse_facets,
    run_paged_search,
    search_query,
)
from app.routes.parameters import check_parameters
from app.routes.planned import PlannedRoute
from app.routes.responses import NdjsonResponse, problem_responses
from app.routes.search_json import FacetJson, search_response
from app.schemas import DocumentSummary, SearchResults, Timeline, TimelineBucket

__all__ = ["router"]

router = APIRouter(
    prefix="/v1", tags=["search"], dependencies=[Depends(check_parameters)], route_class=PlannedRoute
)

EXPORT_BATCH = 500

Lenient = Annotated[
    bool, Query(description="Search the words of q literally, ignoring query syntax (`escaped: true`).")
]


def _facets(build: OpenBuild, result: SearchPage) -> dict[str, FacetJson]:
    """Facet counts with display labels (outlet names as published, entity names, years) and missing counts."""
    entity_ids = {
        value
        for name, counts in result.facets.items()
        if name not in ("outlet", "year")
        for value, _ in counts
    }
    names = build.catalog.names(entity_ids)
    outlets = build.records.outlet_names() if "outlet" in result.facets else {}
    labels = names | outlets
    return {
        name: {
            "buckets": [
                {"value": value, "label": labels.get(value, value), "count": count} for value, count in counts
            ],
            "missing": result.facet_missing.get(name, 0),
        }
        for name, counts in result.facets.items()
    }


@router.get(
    "/search",
    operation_id="search",
    summary="Search the archive",
    response_model=SearchResults,
    responses=problem_responses(400, 413, 422, 503) | example_response("search"),
)
def search(
    build: BuildDep,
    settings: SettingsDep,
    filters: FiltersDep,
    paging: PagingDep,
    q: QueryText = "",
    lenient: Lenient = False,
    typo_tolerance: TypoTolerance = False,
    sort: Sort = "relevance",
    facets: Facets = None,
    collapse: Annotated[
        Literal["cluster"] | None,
        Query(description="`cluster`: one hit per story cluster (syndicated copies and near-duplicates)."),
    ] = None,
) -> Response:
    """Full-text search over titles and bodies, with filters and facets. Every hit carries snippets from
    different parts of the article, each with the character offsets of its matches in the document's
    cleaned `text`. A misspelled query gets a `did_you_mean` that finds more."""
    query = search_query(
        settings=settings, text=q, lenient=lenient, filters=filters, sort=sort, typo_tolerance=typo_tolerance
    )
    query = replace(query, snippets=settings.snippets_per_hit, facets=parse_facets(facets))
    total_clusters, copies = None, None
    if collapse == "cluster":
        collapsed = run_collapsed_search(build=build, query=query, paging=paging)
        paged, total_clusters, copies = collapsed.paged, collapsed.total_clusters, collapsed.copies
    else:
        paged = run_paged_search(engine=build.engine, query=query, paging=paging)
    did_you_mean = None
    if q.strip() and not lenient and paged.result.total < 3:
        did_you_mean = build.engine.suggest(q)
    # Written as `SearchResults` dumps, without validating the rows into it first (see search_json).
    return search_response(
        hits=paged.result.hits,
        copies=copies,
        total=paged.result.total,
        page=paging.window.page,
        per_page=paging.window.limit,
        next_cursor=paged.next,
        query=q,
        escaped=paged.result.escaped,
        total_clusters=total_clusters,
        timed_out=paged.result.timed_out,
        took_ms=paged.took_ms,
        facets=_facets(build, paged.result),
        did_you_mean=did_you_mean,
        headers=paging.response,
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
    typo_tolerance: TypoTolerance = False,
    interval: Annotated[Literal["month", "year"], Query(description="Bucket size.")] = "month",
) -> Timeline:
    """How coverage grew: matching documents per published month or year. Undated hits are counted
    separately in `undated`, never dropped."""
    query = search_query(
        settings=settings, text=q, lenient=lenient, filters=filters, typo_tolerance=typo_tolerance
    )
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
    typo_tolerance: TypoTolerance = False,
    sort: Annotated[
        Literal["relevance", "published", "-published"], Query(description="Order of the lines.")
    ] = "relevance",
) -> NdjsonResponse:
    """The whole result set, streamed one JSON document summary per line, with no cap on the number of
    results."""
    query = search_query(
        settings=settings, text=q, lenient=lenient, filters=filters, sort=sort, typo_tolerance=typo_tolerance
    )
    ids = list(build.engine.matching_ids(query))

    def lines() -> Iterator[bytes]:
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = ids[start : start + EXPORT_BATCH]
            summaries = build.records.summaries(batch)
            for doc_id in batch:
                if doc_id in summaries:
                    summary = DocumentSummary.model_validate(summaries[doc_id], from_attributes=True)
                    yield (json.dumps(summary.model_dump(mode="json")) + "\n").encode()

    return NdjsonResponse(lines())
