"""Documents: /v1/documents, /v1/documents/{id} and /v1/documents/{id}/similar."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.deps import BuildDep, SettingsDep
from app.errors import DocumentNotFound
from app.models import DocumentRecord
from app.routes.listing import FiltersDep, PageDep, run_paged_search, search_query
from app.routes.responses import problem_responses
from app.schemas import DocumentList, DocumentSummary, SearchHit

__all__ = ["DocumentId", "router"]

router = APIRouter(prefix="/v1/documents", tags=["documents"])

DocumentId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="The document id: the corpus file's stem.",
        examples=["000_e84a06c073667f2f"],
    ),
]


@router.get(
    "",
    operation_id="listDocuments",
    summary="List documents",
    response_model=DocumentList,
    responses=problem_responses(400, 422, 503),
)
def list_documents(
    request: Request,
    response: Response,
    build: BuildDep,
    settings: SettingsDep,
    filters: FiltersDep,
    paging: PageDep,
) -> DocumentList:
    """Every document, newest first by default, with the same filters as search."""
    query = search_query(settings=settings, text="", lenient=False, filters=filters, sort=paging.sort)
    paged = run_paged_search(
        request=request, response=response, engine=build.engine, settings=settings, query=query, paging=paging
    )
    return DocumentList(
        total=paged.result.total,
        page=paged.window.page,
        per_page=paged.window.limit,
        items=[DocumentSummary.model_validate(hit, from_attributes=True) for hit in paged.result.hits],
        next=paged.next,
    )


@router.get(
    "/{doc_id}",
    operation_id="getDocument",
    summary="Get one document's full record",
    response_model=DocumentRecord,
    responses=problem_responses(404, 422, 503),
)
def get_document(doc_id: DocumentId, build: BuildDep) -> DocumentRecord:
    """The cleaned text, the raw text, provenance of title/published/outlet, and every extracted item
    with its offsets into the cleaned text."""
    record = build.records.get(doc_id)
    if record is None:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    return record


@router.get(
    "/{doc_id}/similar",
    operation_id="similarDocuments",
    summary="Documents most like this one",
    response_model=list[SearchHit],
    responses=problem_responses(404, 422, 503),
)
def similar_documents(
    doc_id: DocumentId,
    build: BuildDep,
    limit: Annotated[int, Query(ge=1, le=50, description="How many documents.")] = 5,
) -> list[SearchHit]:
    """Whoosh's more-like-this over the body's key terms and the entities the document mentions."""
    text = build.records.texts([doc_id]).get(doc_id)
    if text is None:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    similar = build.engine.similar(doc_id, text, limit)
    summaries = build.records.summaries([other for other, _ in similar])
    return [
        SearchHit(**summaries[other].model_dump(), score=score)
        for other, score in similar
        if other in summaries
    ]
