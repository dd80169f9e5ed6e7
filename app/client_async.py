"""The asynchronous client, the one source of both: `scripts/unasync.py` writes `app/client_sync.py` from it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any, Literal, TypeVar, Unpack

import httpx

from app.client_calls import (
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    Call,
    Calls,
    ClientBase,
    EntityDocumentSort,
    EntitySortOrder,
    RetryPolicy,
    SearchFilters,
    StatisticFilters,
    ndjson_body,
    summary_line,
)
from app.client_errors import TransportError, error_from_response
from app.ingest_schemas import BulkResult, DocumentIn, IngestResult
from app.models import DocumentRecord, EntityKind
from app.schemas import (
    DocumentList,
    DocumentQuote,
    DocumentStatistic,
    DocumentSummary,
    EntityDetail,
    EntityDocument,
    EntityDocumentList,
    EntityList,
    EntitySummary,
    Health,
    Page,
    QuoteList,
    Readiness,
    SearchHit,
    SearchResults,
    SimilarList,
    SortOrder,
    StatisticGroupList,
    StatisticList,
    Timeline,
)

__all__ = ["AsyncArchiveClient"]

T = TypeVar("T")


async def aiter_pages(fetch: Callable[[str | None], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Every item of a list, fetching the first page and then each `next` cursor until there is none."""
    cursor: str | None = None
    while True:
        listing = await fetch(cursor)
        for item in listing.items:
            yield item
        if listing.next is None or not listing.items:
            return
        cursor = listing.next


class AsyncArchiveClient(ClientBase):
    """The asynchronous client: `AsyncArchiveClient("http://127.0.0.1:8000")`, or over an `httpx.AsyncClient`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if base_url is None and http_client is None:
            raise ValueError("Pass base_url, http_client, or both.")
        super().__init__(base_url, api_key=api_key, timeout=timeout, retry=retry)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._sleep = sleep

    async def aclose(self) -> None:
        """Close the connection pool, unless it was passed in."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncArchiveClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _send(self, call: Call[Any], *, stream: bool = False) -> httpx.Response:
        """Send with retries; the response is a success or one of the call's result statuses."""
        for attempt in range(self._retry.attempts):
            last = attempt + 1 == self._retry.attempts
            request = self._http.build_request(
                call.method,
                self._url(call.path),
                params=call.params,
                json=call.json,
                content=call.content,
                headers=self._headers(call),
                timeout=self._timeout,
            )
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                if last or not self._retryable_transport_error(call, error):
                    raise TransportError(f"{call.method} {request.url}: {error!r}") from error
                await self._sleep(self._retry.delay(attempt))
                continue
            if not last and self._retryable_status(call, response):
                await response.aclose()
                await self._sleep(self._retry.delay(attempt, response.headers.get("retry-after")))
                continue
            if self._failed(call, response):
                await response.aread()
                await response.aclose()
                raise error_from_response(response)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _run(self, call: Call[T]) -> T:
        return call.parse(await self._send(call))

    # Search

    async def search(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        facets: Sequence[str] | str | None = None,
        lenient: bool | None = None,
        typo_tolerance: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> SearchResults:
        """One page of full-text search results, with snippets and the requested facets."""
        call = Calls.search(
            q,
            sort=sort,
            page=page,
            per_page=per_page,
            cursor=cursor,
            facets=facets,
            lenient=lenient,
            typo_tolerance=typo_tolerance,
            filters=filters,
        )
        return await self._run(call)

    def iter_search(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        per_page: int | None = None,
        lenient: bool | None = None,
        typo_tolerance: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> AsyncIterator[SearchHit]:
        """Every hit, following the `next` cursor page by page."""
        return aiter_pages(
            lambda cursor: self.search(
                q,
                sort=sort,
                per_page=per_page,
                cursor=cursor,
                lenient=lenient,
                typo_tolerance=typo_tolerance,
                **filters,
            )
        )

    async def timeline(
        self,
        q: str = "",
        *,
        interval: Literal["month", "year"] | None = None,
        lenient: bool | None = None,
        typo_tolerance: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> Timeline:
        """Matching documents per published month or year."""
        call = Calls.timeline(
            q, interval=interval, lenient=lenient, typo_tolerance=typo_tolerance, filters=filters
        )
        return await self._run(call)

    async def export(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        lenient: bool | None = None,
        typo_tolerance: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> AsyncIterator[DocumentSummary]:
        """Every matching document's summary, read line by line from the NDJSON stream."""
        call = Calls.export(q, sort=sort, lenient=lenient, typo_tolerance=typo_tolerance, filters=filters)
        response = await self._send(call, stream=True)
        try:
            async for line in response.aiter_lines():
                if line.strip():
                    yield summary_line(line)
        finally:
            await response.aclose()

    # Documents

    async def documents(
        self,
        *,
        sort: SortOrder | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        **filters: Unpack[SearchFilters],
    ) -> DocumentList:
        """One page of document summaries, newest first by default."""
        call = Calls.documents(sort=sort, page=page, per_page=per_page, cursor=cursor, filters=filters)
        return await self._run(call)

    def iter_documents(
        self, *, sort: SortOrder | None = None, per_page: int | None = None, **filters: Unpack[SearchFilters]
    ) -> AsyncIterator[DocumentSummary]:
        """Every document summary, page by page."""
        return aiter_pages(
            lambda cursor: self.documents(sort=sort, per_page=per_page, cursor=cursor, **filters)
        )

    async def document(self, document_id: str) -> DocumentRecord:
        """One document's full record: cleaned and raw text, provenance and extracted items."""
        return await self._run(Calls.document(document_id))

    async def similar(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> SimilarList:
        """The documents most like this one, most similar first."""
        return await self._run(Calls.similar(document_id, page=page, per_page=per_page, cursor=cursor))

    async def copies(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> DocumentList:
        """The other copies of the document's story: syndicated reprints and near-duplicates."""
        return await self._run(Calls.copies(document_id, page=page, per_page=per_page, cursor=cursor))

    # Entities

    async def entities(
        self,
        *,
        kind: EntityKind | None = None,
        q: str | None = None,
        sort: EntitySortOrder | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> EntityList:
        """One page of entities with their document and mention counts."""
        return await self._run(
            Calls.entities(kind=kind, q=q, sort=sort, page=page, per_page=per_page, cursor=cursor)
        )

    def iter_entities(
        self,
        *,
        kind: EntityKind | None = None,
        q: str | None = None,
        sort: EntitySortOrder | None = None,
        per_page: int | None = None,
    ) -> AsyncIterator[EntitySummary]:
        """Every entity, page by page."""
        return aiter_pages(
            lambda cursor: self.entities(kind=kind, q=q, sort=sort, per_page=per_page, cursor=cursor)
        )

    async def entity(self, entity_id: str) -> EntityDetail:
        """One entity with its role timeline, organizations, places, first quotes and related entities."""
        return await self._run(Calls.entity(entity_id))

    async def entity_documents(
        self,
        entity_id: str,
        *,
        sort: EntityDocumentSort | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> EntityDocumentList:
        """Documents that mention the entity, with the passages around the mentions."""
        return await self._run(
            Calls.entity_documents(entity_id, sort=sort, page=page, per_page=per_page, cursor=cursor)
        )

    def iter_entity_documents(
        self, entity_id: str, *, sort: EntityDocumentSort | None = None, per_page: int | None = None
    ) -> AsyncIterator[EntityDocument]:
        """Every document that mentions the entity, page by page."""
        return aiter_pages(
            lambda cursor: self.entity_documents(entity_id, sort=sort, per_page=per_page, cursor=cursor)
        )

    async def entity_quotes(
        self,
        entity_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> QuoteList:
        """Direct quotations attributed to the entity."""
        return await self._run(Calls.entity_quotes(entity_id, page=page, per_page=per_page, cursor=cursor))

    def iter_entity_quotes(
        self, entity_id: str, *, per_page: int | None = None
    ) -> AsyncIterator[DocumentQuote]:
        """Every quotation attributed to the entity, page by page."""
        return aiter_pages(lambda cursor: self.entity_quotes(entity_id, per_page=per_page, cursor=cursor))

    async def entity_statistics(
        self,
        entity_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> StatisticList:
        """Figures the text attributes to the entity across the archive, newest document first."""
        call = Calls.entity_statistics(entity_id, page=page, per_page=per_page, cursor=cursor)
        return await self._run(call)

    def iter_entity_statistics(
        self, entity_id: str, *, per_page: int | None = None
    ) -> AsyncIterator[DocumentStatistic]:
        """Every figure attributed to the entity, page by page."""
        return aiter_pages(lambda cursor: self.entity_statistics(entity_id, per_page=per_page, cursor=cursor))

    # Statistics

    async def statistics(
        self,
        q: str | None = None,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        **filters: Unpack[StatisticFilters],
    ) -> StatisticList:
        """One page of cited figures; `minimum`/`maximum` are the API's `min`/`max`."""
        call = Calls.statistics(q, page=page, per_page=per_page, cursor=cursor, filters=filters)
        return await self._run(call)

    def iter_statistics(
        self, q: str | None = None, *, per_page: int | None = None, **filters: Unpack[StatisticFilters]
    ) -> AsyncIterator[DocumentStatistic]:
        """Every cited figure matching the filters, page by page."""
        return aiter_pages(lambda cursor: self.statistics(q, per_page=per_page, cursor=cursor, **filters))

    async def statistic_groups(
        self,
        q: str | None = None,
        *,
        min_members: int | None = None,
        min_sources: int | None = None,
        disagree: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> StatisticGroupList:
        """The same figure stated more than once, with its sources and whether its statements disagree."""
        call = Calls.statistic_groups(
            q=q,
            min_members=min_members,
            min_sources=min_sources,
            disagree=disagree,
            page=page,
            per_page=per_page,
            cursor=cursor,
        )
        return await self._run(call)

    # Ingest (needs an API key)

    async def create_document(self, document: DocumentIn) -> IngestResult:
        """Add a document (or update the one with its id); `status` says created, updated or unchanged."""
        return await self._run(Calls.create_document(document))

    async def replace_document(self, document_id: str, document: DocumentIn) -> IngestResult:
        """Add or replace the document at `document_id`."""
        return await self._run(Calls.replace_document(document_id, document))

    async def delete_document(self, document_id: str) -> None:
        """Remove a document from the index, entities and statistics."""
        await self._run(Calls.delete_document(document_id))

    async def bulk_documents(self, documents: Iterable[DocumentIn]) -> BulkResult:
        """Add or replace many documents in one NDJSON request; each line gets its own result."""
        return await self._run(Calls.bulk_documents(ndjson_body(documents)))

    # Operations

    async def health(self) -> Health:
        """Liveness: raises unless the server answers."""
        return await self._run(Calls.health())

    async def readiness(self) -> Readiness:
        """Whether an index is open; `ready` is false (not an exception) before the first build."""
        return await self._run(Calls.readiness())

    async def metrics(self) -> str:
        """The Prometheus metrics text."""
        return await self._run(Calls.metrics())
