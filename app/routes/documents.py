"""GET /v1/documents and /v1/documents/{id}: the archive's records."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from app.deps import EngineDep, SettingsDep
from app.errors import DocumentNotFound
from app.models import DocumentRecord
from app.routes.listing import ListingDep, run_paged_search
from app.routes.responses import problem_responses
from app.schemas import DocumentList, DocumentSummary

__all__ = ["router"]

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
    request: Request, response: Response, engine: EngineDep, settings: SettingsDep, listing: ListingDep
) -> DocumentList:
    """Every document, newest first by default, with the same filters as search."""
    paged = run_paged_search(
        request=request, response=response, engine=engine, settings=settings, listing=listing
    )
    return DocumentList(
        total=paged.result.total,
        page=paged.window.page,
        per_page=paged.window.limit,
        items=[
            DocumentSummary.model_validate(hit.model_dump(include=set(DocumentSummary.model_fields)))
            for hit in paged.result.hits
        ],
        next=paged.next,
    )


@router.get(
    "/{doc_id}",
    operation_id="getDocument",
    summary="Get one document's full record",
    response_model=DocumentRecord,
    responses=problem_responses(404, 422, 503),
)
def get_document(doc_id: DocumentId, engine: EngineDep) -> DocumentRecord:
    """The cleaned text, the raw text, provenance of title/published/outlet, and every extracted item
    with its offsets into the cleaned text."""
    record = engine.get(doc_id)
    if record is None:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    return record
