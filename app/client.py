"""A typed client for the News Archive API, sync and async, over httpx.

    ArchiveError
    ├── TransportError              could not reach the server (connection refused, timeout), after retries
    ├── InvalidResponse             a success whose body does not match the schema
    └── ApiError(status, problem)   the server answered with an RFC 9457 problem
        ├── BadRequest (400)        invalid query, cursor or parameter; `problem.position` points into `q`
        ├── Unauthorized (401)      no API key where one is needed
        ├── Forbidden (403)         a wrong API key
        ├── NotFound (404)
        ├── Conflict (409)
        ├── PayloadTooLarge (413)
        ├── Unprocessable (422)     invalid parameters; `problem.errors` lists them per field
        ├── TooManyRequests (429)   still rate-limited after the retries; `retry_after` says how long to wait
        └── ServerError (5xx)
            └── ServiceUnavailable (503)  no index yet, or the search ran out of time

Both clients return the same pydantic models the server answers with (app.schemas, app.models), retry
connection errors, 429 and 503 with exponential backoff (honouring `Retry-After`), and page through
listings with `iter_*` by following each page's `next` cursor. Only httpx and pydantic are imported: no FastAPI, Whoosh or uvicorn.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Generic, Literal, TypedDict, TypeVar, Unpack
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from app.models import DocumentRecord, EntityKind, StatisticKind
from app.schemas import (
    BulkResult,
    DocumentIn,
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
    IngestResult,
    Page,
    Problem,
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

__all__ = [
    "DEFAULT_TIMEOUT",
    "ERRORS_BY_STATUS",
    "ApiError",
    "ArchiveClient",
    "ArchiveError",
    "AsyncArchiveClient",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "InvalidResponse",
    "NotFound",
    "PayloadTooLarge",
    "RetryPolicy",
    "SearchFilters",
    "ServerError",
    "ServiceUnavailable",
    "TooManyRequests",
    "TransportError",
    "Unauthorized",
    "Unprocessable",
    "error_from_response",
]

T = TypeVar("T")
ModelT = TypeVar("ModelT", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = "news-archive-client/0.1.0"
EntitySortOrder = Literal["documents", "mentions", "name"]
EntityDocumentSort = Literal["-published", "published", "mentions"]


# ── Errors ────────────────────────────────────────────────────────────────────────────────────────


class ArchiveError(Exception):
    """Anything the client raises."""


class TransportError(ArchiveError):
    """The server could not be reached, or did not answer in time, on every attempt."""


class InvalidResponse(ArchiveError):
    """A success response whose body is not what the API's schema says."""


class ApiError(ArchiveError):
    """The server answered with an error status; `problem` holds its problem+json body."""

    def __init__(
        self, *, status: int, problem: Problem, body: Mapping[str, Any], headers: Mapping[str, str]
    ) -> None:
        super().__init__(f"{status} {problem.title}: {problem.detail}")
        self.status = status
        self.problem = problem
        self.body = dict(body)
        self.headers = dict(headers)

    @property
    def request_id(self) -> str | None:
        """The id tying the error to the server's access-log line."""
        value = self.body.get("request_id")
        return value if isinstance(value, str) else None

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait before trying again, if it said."""
        return parse_retry_after(self.headers.get("retry-after"))


class BadRequest(ApiError):
    """400: an invalid query or cursor."""


class Unauthorized(ApiError):
    """401: an API key is needed."""


class Forbidden(ApiError):
    """403: the API key is not valid."""


class NotFound(ApiError):
    """404: no such document, entity or path."""


class Conflict(ApiError):
    """409: the request conflicts with the archive's current state."""


class PayloadTooLarge(ApiError):
    """413: the query or body is over the server's limit."""


class Unprocessable(ApiError):
    """422: invalid parameters or body."""


class TooManyRequests(ApiError):
    """429: rate-limited."""


class ServerError(ApiError):
    """5xx: the server failed."""


class ServiceUnavailable(ServerError):
    """503: the index is not ready or the search timed out."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    422: Unprocessable,
    429: TooManyRequests,
    503: ServiceUnavailable,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header: delay-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def error_from_response(response: httpx.Response) -> ApiError:
    """The typed exception for an error response; its body must have been read."""
    status = response.status_code
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    try:
        problem = Problem.model_validate(body)
    except ValidationError:
        # Not our problem+json (a proxy's HTML page, say): keep what there is.
        problem = Problem(
            type="about:blank",
            title=response.reason_phrase or "HTTP error",
            status=status,
            detail=response.text[:500],
        )
    error_class = ERRORS_BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return error_class(status=status, problem=problem, body=body, headers=response.headers)


# ── Requests, retries and parsing, shared by both clients ──────────────────────────────────────────


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry connection errors and the statuses in `statuses`."""

    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = frozenset({429, 503})

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (0-based)."""
        asked = parse_retry_after(retry_after)
        if asked is not None:
            return min(asked, self.max_retry_after)
        return float(min(self.backoff * 2**attempt, self.max_backoff))


NO_RETRIES = RetryPolicy(attempts=1)


@dataclass(frozen=True)
class _Call(Generic[T]):
    """One API operation: the request to send and how to read a success."""

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, str | list[str]] = field(default_factory=dict)
    json: Any = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    # Error statuses whose body is still a result (503 from /readyz is a Readiness, not a failure).
    result_statuses: frozenset[int] = frozenset()
    # Safe to send twice: a request that may have reached the server is retried only when true.
    idempotent: bool = True


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _query(values: Mapping[str, object]) -> dict[str, str | list[str]]:
    """Query parameters as the API reads them: no Nones, lowercase booleans, ISO dates, lists repeated."""
    params: dict[str, str | list[str]] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            params[key] = [_query_value(item) for item in value]
        else:
            params[key] = _query_value(value)
    return params


def _segment(value: str) -> str:
    return quote(value, safe="")


def _model(model: type[ModelT]) -> Callable[[httpx.Response], ModelT]:
    def parse(response: httpx.Response) -> ModelT:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as error:
            raise InvalidResponse(f"{response.request.url.path}: {error}") from error

    return parse


def _text(response: httpx.Response) -> str:
    return response.text


def _summary_line(line: str) -> DocumentSummary:
    try:
        return DocumentSummary.model_validate_json(line)
    except ValidationError as error:
        raise InvalidResponse(f"export line {line[:80]!r}: {error}") from error


def _ndjson(documents: Iterable[DocumentIn]) -> bytes:
    """The bulk body: one DocumentIn per line."""
    return b"".join(
        document.model_dump_json(exclude_none=True).encode("utf-8") + b"\n" for document in documents
    )


class SearchFilters(TypedDict, total=False):
    """Filters shared by search, timeline, export and the document list; a list matches any of its values."""

    outlet: str | Sequence[str]
    published_from: date
    published_to: date
    entity: str | Sequence[str]
    official: str | Sequence[str]
    place: str | Sequence[str]
    has_statistics: bool


class _Calls:
    """Every operation of the API as a `_Call`: the one description both clients send."""

    @staticmethod
    def search(
        q: str,
        *,
        sort: SortOrder | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
        facets: Sequence[str] | str | None,
        lenient: bool | None,
        filters: SearchFilters,
    ) -> _Call[SearchResults]:
        params: dict[str, object] = {"q": q, "lenient": lenient, "facets": facets, "sort": sort}
        params |= {"page": page, "per_page": per_page, "cursor": cursor, **filters}
        return _Call("GET", "/v1/search", _model(SearchResults), _query(params))

    @staticmethod
    def timeline(
        q: str, *, interval: Literal["month", "year"] | None, lenient: bool | None, filters: SearchFilters
    ) -> _Call[Timeline]:
        params = _query({"q": q, "interval": interval, "lenient": lenient, **filters})
        return _Call("GET", "/v1/timeline", _model(Timeline), params)

    @staticmethod
    def export(
        q: str, *, sort: SortOrder | None, lenient: bool | None, filters: SearchFilters
    ) -> _Call[None]:
        params = _query({"q": q, "sort": sort, "lenient": lenient, **filters})
        return _Call("GET", "/v1/export", lambda _response: None, params)

    @staticmethod
    def documents(
        *,
        sort: SortOrder | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
        filters: SearchFilters,
    ) -> _Call[DocumentList]:
        params = _query({"sort": sort, "page": page, "per_page": per_page, "cursor": cursor, **filters})
        return _Call("GET", "/v1/documents", _model(DocumentList), params)

    @staticmethod
    def document(document_id: str) -> _Call[DocumentRecord]:
        return _Call("GET", f"/v1/documents/{_segment(document_id)}", _model(DocumentRecord))

    @staticmethod
    def similar(
        document_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> _Call[SimilarList]:
        path = f"/v1/documents/{_segment(document_id)}/similar"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return _Call("GET", path, _model(SimilarList), params)

    @staticmethod
    def copies(
        document_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> _Call[DocumentList]:
        path = f"/v1/documents/{_segment(document_id)}/copies"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return _Call("GET", path, _model(DocumentList), params)

    @staticmethod
    def entities(
        *,
        kind: EntityKind | None,
        q: str | None,
        sort: EntitySortOrder | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> _Call[EntityList]:
        params = _query(
            {"kind": kind, "q": q, "sort": sort, "page": page, "per_page": per_page, "cursor": cursor}
        )
        return _Call("GET", "/v1/entities", _model(EntityList), params)

    @staticmethod
    def entity(entity_id: str) -> _Call[EntityDetail]:
        return _Call("GET", f"/v1/entities/{_segment(entity_id)}", _model(EntityDetail))

    @staticmethod
    def entity_documents(
        entity_id: str,
        *,
        sort: EntityDocumentSort | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> _Call[EntityDocumentList]:
        path = f"/v1/entities/{_segment(entity_id)}/documents"
        params = _query({"sort": sort, "page": page, "per_page": per_page, "cursor": cursor})
        return _Call("GET", path, _model(EntityDocumentList), params)

    @staticmethod
    def entity_quotes(
        entity_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> _Call[QuoteList]:
        path = f"/v1/entities/{_segment(entity_id)}/quotes"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return _Call("GET", path, _model(QuoteList), params)

    @staticmethod
    def statistics(
        *,
        q: str | None,
        kind: StatisticKind | None,
        minimum: float | None,
        maximum: float | None,
        entity: str | Sequence[str] | None,
        attributed_to: str | Sequence[str] | None,
        place: str | Sequence[str] | None,
        document: str | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> _Call[StatisticList]:
        params: dict[str, object] = {"q": q, "kind": kind, "min": minimum, "max": maximum, "entity": entity}
        params |= {"attributed_to": attributed_to, "place": place, "document": document}
        params |= {"page": page, "per_page": per_page, "cursor": cursor}
        return _Call("GET", "/v1/statistics", _model(StatisticList), _query(params))

    @staticmethod
    def statistic_groups(
        *,
        q: str | None,
        min_members: int | None,
        min_sources: int | None,
        disagree: bool | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> _Call[StatisticGroupList]:
        params = _query(
            {"q": q, "min_members": min_members, "min_sources": min_sources, "disagree": disagree}
            | {"page": page, "per_page": per_page, "cursor": cursor}
        )
        return _Call("GET", "/v1/statistics/groups", _model(StatisticGroupList), params)

    @staticmethod
    def create_document(document: DocumentIn) -> _Call[IngestResult]:
        # Without an id the server makes one, so a request that may have arrived is not sent again.
        body = document.model_dump(mode="json", exclude_none=True)
        return _Call("POST", "/v1/documents", _model(IngestResult), json=body, idempotent=False)

    @staticmethod
    def replace_document(document_id: str, document: DocumentIn) -> _Call[IngestResult]:
        body = document.model_dump(mode="json", exclude_none=True)
        return _Call("PUT", f"/v1/documents/{_segment(document_id)}", _model(IngestResult), json=body)

    @staticmethod
    def delete_document(document_id: str) -> _Call[None]:
        return _Call("DELETE", f"/v1/documents/{_segment(document_id)}", lambda _response: None)

    @staticmethod
    def bulk_documents(body: bytes) -> _Call[BulkResult]:
        headers = {"Content-Type": "application/x-ndjson"}
        return _Call(
            "POST", "/v1/documents/bulk", _model(BulkResult), content=body, headers=headers, idempotent=False
        )

    @staticmethod
    def health() -> _Call[Health]:
        return _Call("GET", "/healthz", _model(Health))

    @staticmethod
    def readiness() -> _Call[Readiness]:
        # Asked to find out whether the server is ready, so a 503 is an answer, not a reason to wait.
        return _Call("GET", "/readyz", _model(Readiness), result_statuses=frozenset({503}))

    @staticmethod
    def metrics() -> _Call[str]:
        return _Call("GET", "/metrics", _text)


def _iter_pages(fetch: Callable[[str | None], Page[T]]) -> Iterator[T]:
    """Every item of a list, fetching the first page and then each `next` cursor until there is none."""
    cursor: str | None = None
    while True:
        listing = fetch(cursor)
        yield from listing.items
        if listing.next is None or not listing.items:
            return
        cursor = listing.next


async def _aiter_pages(fetch: Callable[[str | None], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Every item of a list, fetching the first page and then each `next` cursor until there is none."""
    cursor: str | None = None
    while True:
        listing = await fetch(cursor)
        for item in listing.items:
            yield item
        if listing.next is None or not listing.items:
            return
        cursor = listing.next


class _ClientBase:
    """What both clients share: where to send, which headers, how to retry."""

    def __init__(
        self,
        base_url: str | None,
        *,
        api_key: str | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy,
    ) -> None:
        self._base_url = base_url.rstrip("/") if base_url is not None else None
        self._api_key = api_key
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._retry = retry

    def _url(self, path: str) -> str:
        # Without a base URL the path stays relative, for the injected client's own base_url.
        return path if self._base_url is None else self._base_url + path

    def _headers(self, call: _Call[Any]) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/problem+json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers | dict(call.headers)

    def _retryable_transport_error(self, call: _Call[Any], error: httpx.TransportError) -> bool:
        # A request that never left (no connection) is safe to resend whatever it was.
        return call.idempotent or isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)

    def _retryable_status(self, call: _Call[Any], response: httpx.Response) -> bool:
        status = response.status_code
        return status in self._retry.statuses and status not in call.result_statuses

    @staticmethod
    def _failed(call: _Call[Any], response: httpx.Response) -> bool:
        return response.is_error and response.status_code not in call.result_statuses


class ArchiveClient(_ClientBase):
    """The synchronous client: `ArchiveClient("http://127.0.0.1:8000")`, or over an `httpx.Client`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if base_url is None and http_client is None:
            raise ValueError("Pass base_url, http_client, or both.")
        super().__init__(base_url, api_key=api_key, timeout=timeout, retry=retry)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._sleep = sleep

    def close(self) -> None:
        """Close the connection pool, unless it was passed in."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> ArchiveClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, call: _Call[Any], *, stream: bool = False) -> httpx.Response:
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
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                if last or not self._retryable_transport_error(call, error):
                    raise TransportError(f"{call.method} {request.url}: {error!r}") from error
                self._sleep(self._retry.delay(attempt))
                continue
            if not last and self._retryable_status(call, response):
                response.close()
                self._sleep(self._retry.delay(attempt, response.headers.get("retry-after")))
                continue
            if self._failed(call, response):
                response.read()
                response.close()
                raise error_from_response(response)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _run(self, call: _Call[T]) -> T:
        return call.parse(self._send(call))

    # Search

    def search(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        facets: Sequence[str] | str | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> SearchResults:
        """One page of full-text search results, with snippets and the requested facets."""
        call = _Calls.search(
            q,
            sort=sort,
            page=page,
            per_page=per_page,
            cursor=cursor,
            facets=facets,
            lenient=lenient,
            filters=filters,
        )
        return self._run(call)

    def iter_search(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        per_page: int | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> Iterator[SearchHit]:
        """Every hit, following the `next` cursor page by page."""
        cursor: str | None = None
        while True:
            results = self.search(q, sort=sort, per_page=per_page, cursor=cursor, lenient=lenient, **filters)
            yield from results.items
            if results.next is None or not results.items:
                return
            cursor = results.next

    def timeline(
        self,
        q: str = "",
        *,
        interval: Literal["month", "year"] | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> Timeline:
        """Matching documents per published month or year."""
        return self._run(_Calls.timeline(q, interval=interval, lenient=lenient, filters=filters))

    def export(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> Iterator[DocumentSummary]:
        """Every matching document's summary, read line by line from the NDJSON stream."""
        response = self._send(_Calls.export(q, sort=sort, lenient=lenient, filters=filters), stream=True)
        try:
            for line in response.iter_lines():
                if line.strip():
                    yield _summary_line(line)
        finally:
            response.close()

    # Documents

    def documents(
        self,
        *,
        sort: SortOrder | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        **filters: Unpack[SearchFilters],
    ) -> DocumentList:
        """One page of document summaries, newest first by default."""
        call = _Calls.documents(sort=sort, page=page, per_page=per_page, cursor=cursor, filters=filters)
        return self._run(call)

    def iter_documents(
        self, *, sort: SortOrder | None = None, per_page: int | None = None, **filters: Unpack[SearchFilters]
    ) -> Iterator[DocumentSummary]:
        """Every document summary, page by page."""
        return _iter_pages(
            lambda cursor: self.documents(sort=sort, per_page=per_page, cursor=cursor, **filters)
        )

    def document(self, document_id: str) -> DocumentRecord:
        """One document's full record: cleaned and raw text, provenance and extracted items."""
        return self._run(_Calls.document(document_id))

    def similar(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> SimilarList:
        """The documents most like this one, most similar first."""
        return self._run(_Calls.similar(document_id, page=page, per_page=per_page, cursor=cursor))

    def copies(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> DocumentList:
        """The other copies of the document's story: syndicated reprints and near-duplicates."""
        return self._run(_Calls.copies(document_id, page=page, per_page=per_page, cursor=cursor))

    # Entities

    def entities(
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
        return self._run(
            _Calls.entities(kind=kind, q=q, sort=sort, page=page, per_page=per_page, cursor=cursor)
        )

    def iter_entities(
        self,
        *,
        kind: EntityKind | None = None,
        q: str | None = None,
        sort: EntitySortOrder | None = None,
        per_page: int | None = None,
    ) -> Iterator[EntitySummary]:
        """Every entity, page by page."""
        return _iter_pages(
            lambda cursor: self.entities(kind=kind, q=q, sort=sort, per_page=per_page, cursor=cursor)
        )

    def entity(self, entity_id: str) -> EntityDetail:
        """One entity with its role timeline, organizations, places, first quotes and related entities."""
        return self._run(_Calls.entity(entity_id))

    def entity_documents(
        self,
        entity_id: str,
        *,
        sort: EntityDocumentSort | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> EntityDocumentList:
        """Documents that mention the entity, with the passages around the mentions."""
        return self._run(
            _Calls.entity_documents(entity_id, sort=sort, page=page, per_page=per_page, cursor=cursor)
        )

    def iter_entity_documents(
        self, entity_id: str, *, sort: EntityDocumentSort | None = None, per_page: int | None = None
    ) -> Iterator[EntityDocument]:
        """Every document that mentions the entity, page by page."""
        return _iter_pages(
            lambda cursor: self.entity_documents(entity_id, sort=sort, per_page=per_page, cursor=cursor)
        )

    def entity_quotes(
        self,
        entity_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> QuoteList:
        """Direct quotations attributed to the entity."""
        return self._run(_Calls.entity_quotes(entity_id, page=page, per_page=per_page, cursor=cursor))

    def iter_entity_quotes(self, entity_id: str, *, per_page: int | None = None) -> Iterator[DocumentQuote]:
        """Every quotation attributed to the entity, page by page."""
        return _iter_pages(lambda cursor: self.entity_quotes(entity_id, per_page=per_page, cursor=cursor))

    # Statistics

    def statistics(
        self,
        q: str | None = None,
        *,
        kind: StatisticKind | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        entity: str | None = None,
        attributed_to: str | None = None,
        place: str | None = None,
        document: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> StatisticList:
        """One page of cited figures; `minimum`/`maximum` are the API's `min`/`max`."""
        call = _Calls.statistics(
            q=q,
            kind=kind,
            minimum=minimum,
            maximum=maximum,
            entity=entity,
            attributed_to=attributed_to,
            place=place,
            document=document,
            page=page,
            per_page=per_page,
            cursor=cursor,
        )
        return self._run(call)

    def iter_statistics(
        self,
        q: str | None = None,
        *,
        kind: StatisticKind | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        entity: str | None = None,
        attributed_to: str | None = None,
        place: str | None = None,
        document: str | None = None,
        per_page: int | None = None,
    ) -> Iterator[DocumentStatistic]:
        """Every cited figure matching the filters, page by page."""
        return _iter_pages(
            lambda cursor: self.statistics(
                q,
                kind=kind,
                minimum=minimum,
                maximum=maximum,
                entity=entity,
                attributed_to=attributed_to,
                place=place,
                document=document,
                per_page=per_page,
                cursor=cursor,
            )
        )

    def statistic_groups(
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
        call = _Calls.statistic_groups(
            q=q,
            min_members=min_members,
            min_sources=min_sources,
            disagree=disagree,
            page=page,
            per_page=per_page,
            cursor=cursor,
        )
        return self._run(call)

    # Ingest (needs an API key)

    def create_document(self, document: DocumentIn) -> IngestResult:
        """Add a document (or update the one with its id); `status` says created, updated or unchanged."""
        return self._run(_Calls.create_document(document))

    def replace_document(self, document_id: str, document: DocumentIn) -> IngestResult:
        """Add or replace the document at `document_id`."""
        return self._run(_Calls.replace_document(document_id, document))

    def delete_document(self, document_id: str) -> None:
        """Remove a document from the index, entities and statistics."""
        self._run(_Calls.delete_document(document_id))

    def bulk_documents(self, documents: Iterable[DocumentIn]) -> BulkResult:
        """Add or replace many documents in one NDJSON request; each line gets its own result."""
        return self._run(_Calls.bulk_documents(_ndjson(documents)))

    # Operations

    def health(self) -> Health:
        """Liveness: raises unless the server answers."""
        return self._run(_Calls.health())

    def readiness(self) -> Readiness:
        """Whether an index is open; `ready` is false (not an exception) before the first build."""
        return self._run(_Calls.readiness())

    def metrics(self) -> str:
        """The Prometheus metrics text."""
        return self._run(_Calls.metrics())


class AsyncArchiveClient(_ClientBase):
    """The asynchronous client: the same methods as `ArchiveClient`, awaited, over an `httpx.AsyncClient`."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),
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

    async def _send(self, call: _Call[Any], *, stream: bool = False) -> httpx.Response:
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

    async def _run(self, call: _Call[T]) -> T:
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
        **filters: Unpack[SearchFilters],
    ) -> SearchResults:
        """One page of full-text search results, with snippets and the requested facets."""
        call = _Calls.search(
            q,
            sort=sort,
            page=page,
            per_page=per_page,
            cursor=cursor,
            facets=facets,
            lenient=lenient,
            filters=filters,
        )
        return await self._run(call)

    async def iter_search(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        per_page: int | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> AsyncIterator[SearchHit]:
        """Every hit, following the `next` cursor page by page."""
        cursor: str | None = None
        while True:
            results = await self.search(
                q, sort=sort, per_page=per_page, cursor=cursor, lenient=lenient, **filters
            )
            for hit in results.items:
                yield hit
            if results.next is None or not results.items:
                return
            cursor = results.next

    async def timeline(
        self,
        q: str = "",
        *,
        interval: Literal["month", "year"] | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> Timeline:
        """Matching documents per published month or year."""
        return await self._run(_Calls.timeline(q, interval=interval, lenient=lenient, filters=filters))

    async def export(
        self,
        q: str = "",
        *,
        sort: SortOrder | None = None,
        lenient: bool | None = None,
        **filters: Unpack[SearchFilters],
    ) -> AsyncIterator[DocumentSummary]:
        """Every matching document's summary, read line by line from the NDJSON stream."""
        call = _Calls.export(q, sort=sort, lenient=lenient, filters=filters)
        response = await self._send(call, stream=True)
        try:
            async for line in response.aiter_lines():
                if line.strip():
                    yield _summary_line(line)
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
        call = _Calls.documents(sort=sort, page=page, per_page=per_page, cursor=cursor, filters=filters)
        return await self._run(call)

    def iter_documents(
        self, *, sort: SortOrder | None = None, per_page: int | None = None, **filters: Unpack[SearchFilters]
    ) -> AsyncIterator[DocumentSummary]:
        """Every document summary, page by page."""
        return _aiter_pages(
            lambda cursor: self.documents(sort=sort, per_page=per_page, cursor=cursor, **filters)
        )

    async def document(self, document_id: str) -> DocumentRecord:
        """One document's full record: cleaned and raw text, provenance and extracted items."""
        return await self._run(_Calls.document(document_id))

    async def similar(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> SimilarList:
        """The documents most like this one, most similar first."""
        return await self._run(_Calls.similar(document_id, page=page, per_page=per_page, cursor=cursor))

    async def copies(
        self,
        document_id: str,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> DocumentList:
        """The other copies of the document's story: syndicated reprints and near-duplicates."""
        return await self._run(_Calls.copies(document_id, page=page, per_page=per_page, cursor=cursor))

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
            _Calls.entities(kind=kind, q=q, sort=sort, page=page, per_page=per_page, cursor=cursor)
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
        return _aiter_pages(
            lambda cursor: self.entities(kind=kind, q=q, sort=sort, per_page=per_page, cursor=cursor)
        )

    async def entity(self, entity_id: str) -> EntityDetail:
        """One entity with its role timeline, organizations, places, first quotes and related entities."""
        return await self._run(_Calls.entity(entity_id))

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
            _Calls.entity_documents(entity_id, sort=sort, page=page, per_page=per_page, cursor=cursor)
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
        return await self._run(_Calls.entity_quotes(entity_id, page=page, per_page=per_page, cursor=cursor))

    # Statistics

    async def statistics(
        self,
        q: str | None = None,
        *,
        kind: StatisticKind | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        entity: str | None = None,
        attributed_to: str | None = None,
        place: str | None = None,
        document: str | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> StatisticList:
        """One page of cited figures; `minimum`/`maximum` are the API's `min`/`max`."""
        call = _Calls.statistics(
            q=q,
            kind=kind,
            minimum=minimum,
            maximum=maximum,
            entity=entity,
            attributed_to=attributed_to,
            place=place,
            document=document,
            page=page,
            per_page=per_page,
            cursor=cursor,
        )
        return await self._run(call)

    def iter_statistics(
        self,
        q: str | None = None,
        *,
        kind: StatisticKind | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        entity: str | None = None,
        attributed_to: str | None = None,
        place: str | None = None,
        document: str | None = None,
        per_page: int | None = None,
    ) -> AsyncIterator[DocumentStatistic]:
        """Every cited figure matching the filters, page by page."""
        return _aiter_pages(
            lambda cursor: self.statistics(
                q,
                kind=kind,
                minimum=minimum,
                maximum=maximum,
                entity=entity,
                attributed_to=attributed_to,
                place=place,
                document=document,
                per_page=per_page,
                cursor=cursor,
            )
        )

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
        call = _Calls.statistic_groups(
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
        return await self._run(_Calls.create_document(document))

    async def replace_document(self, document_id: str, document: DocumentIn) -> IngestResult:
        """Add or replace the document at `document_id`."""
        return await self._run(_Calls.replace_document(document_id, document))

    async def delete_document(self, document_id: str) -> None:
        """Remove a document from the index, entities and statistics."""
        await self._run(_Calls.delete_document(document_id))

    async def bulk_documents(self, documents: Iterable[DocumentIn] | AsyncIterable[DocumentIn]) -> BulkResult:
        """Add or replace many documents in one NDJSON request; each line gets its own result."""
        if isinstance(documents, AsyncIterable):
            documents = [document async for document in documents]
        return await self._run(_Calls.bulk_documents(_ndjson(documents)))

    # Operations

    async def health(self) -> Health:
        """Liveness: raises unless the server answers."""
        return await self._run(_Calls.health())

    async def readiness(self) -> Readiness:
        """Whether an index is open; `ready` is false (not an exception) before the first build."""
        return await self._run(_Calls.readiness())

    async def metrics(self) -> str:
        """The Prometheus metrics text."""
        return await self._run(_Calls.metrics())
