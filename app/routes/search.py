"""GET /v1/search: full-text search with filters, sorting, paging and highlighted snippets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.deps import EngineDep, SettingsDep
from app.errors import PayloadTooLarge
from app.routes.listing import ListingDep, run_paged_search
from app.routes.responses import problem_responses
from app.schemas import SearchResults

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["search"])


@router.get(
    "/search",
    operation_id="search",
    summary="Search the archive",
    response_model=SearchResults,
    responses=problem_responses(400, 413, 422, 503),
)
def search(
    request: Request,
    response: Response,
    engine: EngineDep,
    settings: SettingsDep,
    listing: ListingDep,
    q: Annotated[
        str,
        Query(
            description='Whoosh query syntax: AND/OR/NOT, "phrases", field:term (title, body), wildcards '
            "(detain*). Empty lists every document.",
            openapi_examples={
                "term": {"summary": "One word", "value": "detainer"},
                "phrase": {"summary": "A phrase", "value": '"sanctuary city"'},
                "boolean": {"summary": "Boolean", "value": "Homan AND NOT Sessions"},
                "field": {"summary": "Title only", "value": "title:ICE"},
            },
        ),
    ] = "",
    lenient: Annotated[
        bool, Query(description="Search the words of q literally, ignoring query syntax (`escaped: true`).")
    ] = False,
) -> SearchResults:
    """Full-text search over titles and bodies. Every hit carries snippets from different parts of the
    article, each with the character offsets of its matches in the document's cleaned `text`."""
    if len(q) > settings.max_query_length:
        raise PayloadTooLarge(f"q is {len(q)} characters long; the limit is {settings.max_query_length}.")
    paged = run_paged_search(
        request=request,
        response=response,
        engine=engine,
        settings=settings,
        listing=listing,
        text=q,
        lenient=lenient,
        snippets=settings.snippets_per_hit,
    )
    return SearchResults(
        query=q,
        escaped=paged.result.escaped,
        total=paged.result.total,
        page=paged.window.page,
        per_page=paged.window.limit,
        hits=paged.result.hits,
        next=paged.next,
        timed_out=paged.result.timed_out,
        took_ms=paged.took_ms,
    )
