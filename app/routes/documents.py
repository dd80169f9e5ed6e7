"""Documents: /v1/documents, /v1/documents/{id}, /v1/documents/{id}/similar and /v1/documents/{id}/copies."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from app.corpus import RawDocument, SuppliedMetadata
from app.deps import BuildDep, IngestorDep, SettingsDep, WriterOnly
from app.errors import DocumentNotFound, Unprocessable
from app.index.ingest import IngestOutcome
from app.ingest_schemas import DOCUMENT_ID_PATTERN, BulkLineResult, BulkResult, DocumentIn, IngestResult
from app.models import DocumentRecord
from app.routes.examples import BULK_EXAMPLE, document_body_examples, example_response
from app.routes.listing import FiltersDep, PagingDep, Sort, run_paged_search, search_query
from app.routes.parameters import check_parameters
from app.routes.planned import PlannedRoute
from app.routes.responses import problem_responses
from app.schemas import DocumentList, DocumentSummary, SearchHit, SimilarList
from app.security import WriteAccess

__all__ = ["DocumentId", "router"]

router = APIRouter(
    prefix="/v1/documents",
    tags=["documents"],
    dependencies=[Depends(check_parameters)],
    route_class=PlannedRoute,
)
# The most similar documents found, paged through like any list.
SIMILAR_LIMIT = 50

DocumentId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        pattern=DOCUMENT_ID_PATTERN,
        description="The document id: the corpus file's stem.",
        examples=["000_e84a06c073667f2f"],
    ),
]


@router.get(
    "",
    operation_id="listDocuments",
    summary="List documents",
    response_model=DocumentList,
    responses=problem_responses(400, 422, 503) | example_response("document_list"),
)
def list_documents(
    build: BuildDep, settings: SettingsDep, filters: FiltersDep, paging: PagingDep, sort: Sort = "relevance"
) -> DocumentList:
    """Every document, newest first by default, with the same filters as search."""
    query = search_query(settings=settings, text="", lenient=False, filters=filters, sort=sort)
    paged = run_paged_search(engine=build.engine, query=query, paging=paging)
    return DocumentList(
        items=[DocumentSummary.model_validate(hit, from_attributes=True) for hit in paged.result.hits],
        total=paged.result.total,
        page=paging.window.page,
        per_page=paging.window.limit,
        next=paged.next,
    )


@router.get(
    "/{doc_id}",
    operation_id="getDocument",
    summary="Get one document's full record",
    response_model=DocumentRecord,
    responses=problem_responses(400, 404, 422, 503) | example_response("document_record"),
)
async def get_document(doc_id: DocumentId, build: BuildDep) -> Response:
    """The cleaned text, the raw text, provenance of title/published/outlet, and every extracted item
    with its offsets into the cleaned text."""
    # On the event loop: one row by primary key and a decompress (~0.05 ms) cost less than the hop to a worker
    # thread and back for the GIL, which halved this route's requests/s (docs/performance.md).
    found = build.clusters.stored_record(doc_id)
    if found is None:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    # The stored record is already the JSON a DocumentRecord dumps to: sent as it is, not validated again.
    stored, cluster = found
    return Response(stored.json(cluster=cluster), media_type="application/json")


@router.get(
    "/{doc_id}/copies",
    operation_id="documentCopies",
    summary="The other copies of this document's story",
    response_model=DocumentList,
    responses=problem_responses(400, 404, 422, 503) | example_response("copies"),
)
def document_copies(doc_id: DocumentId, build: BuildDep, paging: PagingDep) -> DocumentList:
    """The other members of the document's story cluster (syndicated copies and near-duplicates): the
    original first (the wire's own copy, else the earliest published), then by date."""
    members = build.clusters.members(doc_id)
    if not members:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    others = [member for member in members if member != doc_id]
    window = others[paging.window.offset : paging.window.offset + paging.window.limit]
    summaries = build.records.summaries(window)
    items = [DocumentSummary(**asdict(summaries[member])) for member in window if member in summaries]
    return paging.page_of(items, len(others))


@router.get(
    "/{doc_id}/similar",
    operation_id="similarDocuments",
    summary="Documents most like this one",
    response_model=SimilarList,
    responses=problem_responses(400, 404, 422, 503) | example_response("similar"),
)
def similar_documents(doc_id: DocumentId, build: BuildDep, paging: PagingDep) -> SimilarList:
    """More like this: the documents sharing most of the body's key terms and the entities it mentions, most
    similar first (at most 50 in all)."""
    text = build.records.texts([doc_id]).get(doc_id)
    if text is None:
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    similar = build.engine.similar(doc_id, text, SIMILAR_LIMIT)
    window = similar[paging.window.offset : paging.window.offset + paging.window.limit]
    summaries = build.records.summaries([other for other, _ in window])
    items = [
        SearchHit(**asdict(summaries[other]), score=score) for other, score in window if other in summaries
    ]
    return paging.page_of(items, len(similar))


BULK_BATCH = 100
# 400: a body that cannot be decoded at all (not UTF-8); a body that decodes but is not valid JSON is a 422.
WRITE_ERRORS = (400, 401, 403, 405, 413, 422, 503, 507)


def _raw_document(document: DocumentIn, doc_id: str | None = None) -> RawDocument:
    """An incoming document as the indexer's raw document; without an id, the content hash names it."""
    metadata = SuppliedMetadata(
        title=document.title,
        published=document.published,
        outlet=document.outlet,
        url=document.url,
        authors=document.authors,
    )
    raw = RawDocument(id=doc_id or document.id or "", raw_text=document.text, metadata=metadata, origin="api")
    if raw.id:
        return raw
    return RawDocument(
        id=f"doc-{raw.content_hash[:20]}", raw_text=raw.raw_text, metadata=metadata, origin="api"
    )


def _acknowledge(outcome: IngestOutcome, response: Response) -> IngestResult:
    response.status_code = 201 if outcome.status == "created" else 200
    response.headers["Location"] = f"/v1/documents/{outcome.id}"
    return IngestResult(id=outcome.id, status=outcome.status, content_hash=outcome.content_hash)


@router.post(
    "",
    operation_id="createDocument",
    summary="Add a document",
    status_code=201,
    response_model=IngestResult,
    responses={
        200: {"model": IngestResult, "description": "Updated, or unchanged"},
        **problem_responses(*WRITE_ERRORS),
    },
    dependencies=[WriterOnly, WriteAccess],
    openapi_extra=document_body_examples(),
)
def create_document(document: DocumentIn, ingestor: IngestorDep, response: Response) -> IngestResult:
    """Clean, extract and index one document. A 2xx answer means it is on disk and searchable. Sending the
    same content again is idempotent (`unchanged`); sending new content for an existing id replaces it."""
    (outcome,) = ingestor.upsert([_raw_document(document)])
    return _acknowledge(outcome, response)


@router.put(
    "/{doc_id}",
    operation_id="replaceDocument",
    summary="Add or replace a document by id",
    response_model=IngestResult,
    responses={201: {"model": IngestResult, "description": "Created"}, **problem_responses(*WRITE_ERRORS)},
    dependencies=[WriterOnly, WriteAccess],
    openapi_extra=document_body_examples(),
)
def replace_document(
    doc_id: DocumentId, document: DocumentIn, ingestor: IngestorDep, response: Response
) -> IngestResult:
    """The document at this id becomes the body's; the body's `id`, if given, must match."""
    if document.id is not None and document.id != doc_id:
        raise Unprocessable(
            f"The body's id {document.id!r} differs from the path's {doc_id!r}.",
            errors=[{"loc": ["body", "id"], "msg": "must match the path"}],
        )
    (outcome,) = ingestor.upsert([_raw_document(document, doc_id)])
    return _acknowledge(outcome, response)


@router.delete(
    "/{doc_id}",
    operation_id="deleteDocument",
    summary="Delete a document",
    status_code=204,
    response_class=Response,
    responses=problem_responses(404, *WRITE_ERRORS),
    dependencies=[WriterOnly, WriteAccess],
)
def delete_document(doc_id: DocumentId, ingestor: IngestorDep) -> Response:
    """Remove the document from the index, the entities and the statistics."""
    if not ingestor.delete(doc_id):
        raise DocumentNotFound(f"No document with id {doc_id!r}.")
    return Response(status_code=204)


@router.post(
    "/bulk",
    operation_id="bulkDocuments",
    summary="Add or replace many documents (NDJSON)",
    response_model=BulkResult,
    responses=problem_responses(*WRITE_ERRORS),
    dependencies=[WriterOnly, WriteAccess],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-ndjson": {
                    # The body is text; OpenAPI 3.2's `itemSchema` gives the schema of each line.
                    "schema": {"type": "string"},
                    "itemSchema": {"$ref": "#/components/schemas/DocumentIn"},
                    "example": BULK_EXAMPLE,
                }
            },
            "description": "One DocumentIn JSON object per line.",
        }
    },
)
async def bulk_documents(request: Request, ingestor: IngestorDep) -> BulkResult:
    """Each line is a DocumentIn; every line gets its own result (created, updated, unchanged, or rejected
    with the reason). Valid lines are written in batches; a 200 means every accepted line is on disk."""
    results: list[BulkLineResult] = []
    batch: list[tuple[int, RawDocument]] = []

    async def flush() -> None:
        outcomes = await run_in_threadpool(ingestor.upsert, [raw for _, raw in batch])
        results.extend(
            BulkLineResult(line=line, id=outcome.id, status=outcome.status)
            for (line, _), outcome in zip(batch, outcomes, strict=True)
        )
        batch.clear()

    buffer = b""
    line_number = 0

    async def take(line: bytes) -> None:
        nonlocal line_number
        line_number += 1
        if not line.strip():
            return
        try:
            document = DocumentIn.model_validate_json(line)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ())) or "line"
            results.append(
                BulkLineResult(
                    line=line_number, status="rejected", detail=f"{where}: {first.get('msg', 'invalid')}"
                )
            )
            return
        batch.append((line_number, _raw_document(document)))
        if len(batch) >= BULK_BATCH:
            await flush()

    async for chunk in request.stream():
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            await take(line)
    await take(buffer)
    if batch:
        await flush()
    results.sort(key=lambda result: result.line)
    counts = {
        status: sum(result.status == status for result in results)
        for status in ("created", "updated", "unchanged", "rejected")
    }
    return BulkResult(**counts, results=results)
