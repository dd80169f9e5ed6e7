"""The engine interface: what the API needs from an index, whatever library implements it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from app.models import DocumentRecord
from app.schemas import SearchHit, SortOrder

__all__ = ["BuildInfo", "SearchEngine", "SearchPage", "SearchQuery"]


@dataclass(frozen=True, kw_only=True)
class SearchQuery:
    """A normalized search request: query text, filters, order and the slice of hits wanted."""

    text: str = ""
    lenient: bool = False
    outlet: str | None = None
    published_from: date | None = None
    published_to: date | None = None
    sort: SortOrder = "relevance"
    offset: int = 0
    limit: int = 10
    snippets: int = 3
    time_limit: float | None = None


@dataclass(frozen=True, kw_only=True)
class SearchPage:
    """The hits of one page and what is known of the whole result set."""

    total: int
    hits: list[SearchHit]
    timed_out: bool = False
    escaped: bool = False


@dataclass(frozen=True, kw_only=True)
class BuildInfo:
    build_id: str
    built_at: datetime
    documents: int
    engine: str
    extractor_version: str


class SearchEngine(Protocol):
    """One opened index build. Implementations must be safe to share across threads."""

    info: BuildInfo

    def search(self, query: SearchQuery) -> SearchPage:
        """The hits `offset` to `offset + limit` of the query, with the total count."""
        ...

    def get(self, doc_id: str) -> DocumentRecord | None:
        """The full record of one document."""
        ...

    def close(self) -> None:
        """Release files held open."""
        ...
