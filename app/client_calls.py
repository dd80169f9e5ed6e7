"""What the async client and its generated sync twin share: every API call described once, retries, headers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, Literal, TypedDict, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from app.client_errors import InvalidResponse, parse_retry_after
from app.ingest_schemas import BulkResult, DocumentIn, IngestResult
from app.models import DocumentRecord, EntityKind, StatisticKind
from app.schemas import (
    DocumentList,
    DocumentSummary,
    EntityDetail,
    EntityDocumentList,
    EntityList,
    Health,
    QuoteList,
    Readiness,
    SearchResults,
    SimilarList,
    SortOrder,
    StatisticGroupList,
    StatisticList,
    Timeline,
)

T = TypeVar("T")
ModelT = TypeVar("ModelT", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = "news-archive-client/0.1.0"
EntitySortOrder = Literal["documents", "mentions", "name"]
EntityDocumentSort = Literal["-published", "published", "mentions"]


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


DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class Call(Generic[T]):
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


def summary_line(line: str) -> DocumentSummary:
    try:
        return DocumentSummary.model_validate_json(line)
    except ValidationError as error:
        raise InvalidResponse(f"export line {line[:80]!r}: {error}") from error


def ndjson_body(documents: Iterable[DocumentIn]) -> bytes:
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


class StatisticFilters(TypedDict, total=False):
    """Filters of the statistics list (None is no filter); `minimum`/`maximum` are the API's `min`/`max`."""

    kind: StatisticKind | None
    minimum: float | None
    maximum: float | None
    entity: str | Sequence[str] | None
    attributed_to: str | Sequence[str] | None
    place: str | Sequence[str] | None
    document: str | None


class Calls:
    """Every operation of the API as a `Call`: the one description both clients send."""

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
        typo_tolerance: bool | None,
        filters: SearchFilters,
    ) -> Call[SearchResults]:
        params: dict[str, object] = {"q": q, "lenient": lenient, "typo_tolerance": typo_tolerance}
        params |= {"facets": facets, "sort": sort}
        params |= {"page": page, "per_page": per_page, "cursor": cursor, **filters}
        return Call("GET", "/v1/search", _model(SearchResults), _query(params))

    @staticmethod
    def timeline(
        q: str,
        *,
        interval: Literal["month", "year"] | None,
        lenient: bool | None,
        typo_tolerance: bool | None,
        filters: SearchFilters,
    ) -> Call[Timeline]:
        params = _query(
            {"q": q, "interval": interval, "lenient": lenient, "typo_tolerance": typo_tolerance, **filters}
        )
        return Call("GET", "/v1/timeline", _model(Timeline), params)

    @staticmethod
    def export(
        q: str,
        *,
        sort: SortOrder | None,
        lenient: bool | None,
        typo_tolerance: bool | None,
        filters: SearchFilters,
    ) -> Call[None]:
        params = _query(
            {"q": q, "sort": sort, "lenient": lenient, "typo_tolerance": typo_tolerance, **filters}
        )
        return Call("GET", "/v1/export", lambda _response: None, params)

    @staticmethod
    def documents(
        *,
        sort: SortOrder | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
        filters: SearchFilters,
    ) -> Call[DocumentList]:
        params = _query({"sort": sort, "page": page, "per_page": per_page, "cursor": cursor, **filters})
        return Call("GET", "/v1/documents", _model(DocumentList), params)

    @staticmethod
    def document(document_id: str) -> Call[DocumentRecord]:
        return Call("GET", f"/v1/documents/{_segment(document_id)}", _model(DocumentRecord))

    @staticmethod
    def similar(
        document_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> Call[SimilarList]:
        path = f"/v1/documents/{_segment(document_id)}/similar"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return Call("GET", path, _model(SimilarList), params)

    @staticmethod
    def copies(
        document_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> Call[DocumentList]:
        path = f"/v1/documents/{_segment(document_id)}/copies"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return Call("GET", path, _model(DocumentList), params)

    @staticmethod
    def entities(
        *,
        kind: EntityKind | None,
        q: str | None,
        sort: EntitySortOrder | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> Call[EntityList]:
        params = _query(
            {"kind": kind, "q": q, "sort": sort, "page": page, "per_page": per_page, "cursor": cursor}
        )
        return Call("GET", "/v1/entities", _model(EntityList), params)

    @staticmethod
    def entity(entity_id: str) -> Call[EntityDetail]:
        return Call("GET", f"/v1/entities/{_segment(entity_id)}", _model(EntityDetail))

    @staticmethod
    def entity_documents(
        entity_id: str,
        *,
        sort: EntityDocumentSort | None,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
    ) -> Call[EntityDocumentList]:
        path = f"/v1/entities/{_segment(entity_id)}/documents"
        params = _query({"sort": sort, "page": page, "per_page": per_page, "cursor": cursor})
        return Call("GET", path, _model(EntityDocumentList), params)

    @staticmethod
    def entity_quotes(
        entity_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> Call[QuoteList]:
        path = f"/v1/entities/{_segment(entity_id)}/quotes"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return Call("GET", path, _model(QuoteList), params)

    @staticmethod
    def entity_statistics(
        entity_id: str, *, page: int | None, per_page: int | None, cursor: str | None
    ) -> Call[StatisticList]:
        path = f"/v1/entities/{_segment(entity_id)}/statistics"
        params = _query({"page": page, "per_page": per_page, "cursor": cursor})
        return Call("GET", path, _model(StatisticList), params)

    @staticmethod
    def statistics(
        q: str | None,
        *,
        page: int | None,
        per_page: int | None,
        cursor: str | None,
        filters: StatisticFilters,
    ) -> Call[StatisticList]:
        params: dict[str, object] = {"q": q, **filters, "page": page, "per_page": per_page, "cursor": cursor}
        # The API's names for the bounds are builtins here.
        params["min"] = params.pop("minimum", None)
        params["max"] = params.pop("maximum", None)
        return Call("GET", "/v1/statistics", _model(StatisticList), _query(params))

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
    ) -> Call[StatisticGroupList]:
        params = _query(
            {"q": q, "min_members": min_members, "min_sources": min_sources, "disagree": disagree}
            | {"page": page, "per_page": per_page, "cursor": cursor}
        )
        return Call("GET", "/v1/statistics/groups", _model(StatisticGroupList), params)

    @staticmethod
    def create_document(document: DocumentIn) -> Call[IngestResult]:
        # Without an id the server makes one, so a request that may have arrived is not sent again.
        body = document.model_dump(mode="json", exclude_none=True)
        return Call("POST", "/v1/documents", _model(IngestResult), json=body, idempotent=False)

    @staticmethod
    def replace_document(document_id: str, document: DocumentIn) -> Call[IngestResult]:
        body = document.model_dump(mode="json", exclude_none=True)
        return Call("PUT", f"/v1/documents/{_segment(document_id)}", _model(IngestResult), json=body)

    @staticmethod
    def delete_document(document_id: str) -> Call[None]:
        return Call("DELETE", f"/v1/documents/{_segment(document_id)}", lambda _response: None)

    @staticmethod
    def bulk_documents(body: bytes) -> Call[BulkResult]:
        headers = {"Content-Type": "application/x-ndjson"}
        return Call(
            "POST", "/v1/documents/bulk", _model(BulkResult), content=body, headers=headers, idempotent=False
        )

    @staticmethod
    def health() -> Call[Health]:
        return Call("GET", "/healthz", _model(Health))

    @staticmethod
    def readiness() -> Call[Readiness]:
        # Asked to find out whether the server is ready, so a 503 is an answer, not a reason to wait.
        return Call("GET", "/readyz", _model(Readiness), result_statuses=frozenset({503}))

    @staticmethod
    def metrics() -> Call[str]:
        return Call("GET", "/metrics", _text)


class ClientBase:
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

    def _headers(self, call: Call[Any]) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/problem+json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers | dict(call.headers)

    def _retryable_transport_error(self, call: Call[Any], error: httpx.TransportError) -> bool:
        # A request that never left (no connection) is safe to resend whatever it was.
        return call.idempotent or isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)

    def _retryable_status(self, call: Call[Any], response: httpx.Response) -> bool:
        status = response.status_code
        return status in self._retry.statuses and status not in call.result_statuses

    @staticmethod
    def _failed(call: Call[Any], response: httpx.Response) -> bool:
        return response.is_error and response.status_code not in call.result_statuses
