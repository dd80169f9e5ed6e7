"""The engine interface: what the API needs from a full-text index, whatever library implements it.

Records, entities and statistics live in the build's SQLite store (app.index.store,
app.index.catalog) and are shared by every engine; an engine only searches.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Protocol, get_args

from app.index.rows import DocumentHit
from app.models import DocumentRecord, SortOrder

__all__ = [
    "ENGINE_NAMES",
    "FACET_NAMES",
    "READABLE_STORE_FORMATS",
    "STORE_FORMAT",
    "BuildInfo",
    "EngineName",
    "EngineWriter",
    "FacetName",
    "Interval",
    "SearchEngine",
    "SearchPage",
    "SearchQuery",
    "SortKey",
    "effective_sort",
    "facet_order",
    "period_label",
]

# The engines a build can be written with; its manifest names the one it was.
EngineName = Literal["whoosh", "tantivy"]
ENGINE_NAMES: tuple[EngineName, ...] = get_args(EngineName)

# 2: records compressed, with their text in its own column. 3: statistic groups of the same quantity.
# 4: entity aliases and the links across documents in their own tables. 5: story clusters.
# 6: quotes and statistics keep the whole item as its record holds it. 7: records without their text
# (it is the `text` column), entity passages as offsets into it, statistic groups by row id, 32-bit
# MinHash signatures. 8: records stored as the JSON the API sends, in parts around text and cluster.
# 9: each quote's and figure's JSON compressed in the catalog's rows (app/index/packed_text.py). 10: those
# items without their default-valued fields, compressed with a preset dictionary; `entity_documents` a
# table keyed by its primary key (WITHOUT ROWID).
STORE_FORMAT = 10
# Format 7 differs from 8 only in how a record is packed (app/index/record_json.py), both from 9 only in
# keeping quote and figure rows as they are, and 9 from 10 only in how those rows are compressed
# (app/index/packed_text.py tells each kind of row apart) and in `entity_documents` being a rowid table,
# which the same statements read and write: they still read.
READABLE_STORE_FORMATS = (7, 8, 9, 10)

FacetName = Literal["outlet", "year", "official", "person", "place", "organization"]
FACET_NAMES: tuple[FacetName, ...] = ("outlet", "year", "official", "person", "place", "organization")
# The index fields every engine keeps, named alike so filters and facets mean the same everywhere.
ENTITY_FIELDS = ("officials", "people", "organizations", "places")
FACET_FIELDS: dict[FacetName, str] = {
    "outlet": "outlet",
    "year": "year",
    "official": "officials",
    "person": "people",
    "place": "places",
    "organization": "organizations",
}


Interval = Literal["month", "year"]

# Where a hit stands in its query's order: (sort value, id). The value is the score in relevance order
# (best first), else the engine's day number of the date order (ascending; undated last). Hits come by
# value, then by id, so the key of a page's last hit is where the next page starts (search_after).
# Scores depend on the whole index: after documents are added or the index is rebuilt, a relevance
# key still starts the next page after it, but hits whose score changed may move across it.
SortKey = tuple[float, str]


def effective_sort(query: SearchQuery) -> SortOrder:
    """The order hits come in: by relevance only when there is text to be relevant to, else newest first."""
    if not query.text.strip() and query.sort == "relevance":
        return "-published"
    return query.sort


def facet_order(counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """A facet's buckets as the API lists them: biggest first, then by value; empty values dropped."""
    return sorted(((value, count) for value, count in counts if value), key=lambda item: (-item[1], item[0]))


def period_label(key: int, interval: Interval) -> str:
    """`YYYY` of a year column's value, `YYYY-MM` of a month column's (year * 100 + month)."""
    return f"{key:04d}" if interval == "year" else f"{key // 100:04d}-{key % 100:02d}"


def entity_ids(record: DocumentRecord) -> dict[str, list[str]]:
    """The entity ids an engine indexes for a record, by field, each id once."""
    return {
        "officials": list(dict.fromkeys(p.entity_id for p in record.people if p.kind == "official")),
        "people": list(dict.fromkeys(p.entity_id for p in record.people)),
        "organizations": list(dict.fromkeys(org.entity_id for org in record.organizations)),
        "places": list(dict.fromkeys(place.entity_id for place in record.places)),
    }


def title_and_body(record: DocumentRecord) -> tuple[str, str]:
    """The title, and the body without a headline that opens the text (it is indexed as the title)."""
    title = record.title.value if record.title else ""
    body = record.text
    if record.title and record.title.evidence and record.title.evidence.start == 0:
        body = body[record.title.evidence.end :]
    return title, body


@dataclass(frozen=True, kw_only=True)
class SearchQuery:
    """A normalized search request: query text, filters, order and the slice of hits wanted."""

    text: str = ""
    lenient: bool = False
    # Plain words of `text` also match words within a few edits (app.index.query_syntax.typo_tolerant).
    typo_tolerance: bool = False
    outlet: tuple[str, ...] = ()
    published_from: date | None = None
    published_to: date | None = None
    # Entity filters hold canonical ids; a document matches when it names any one of them.
    entity: tuple[str, ...] = ()
    official: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    has_statistics: bool | None = None
    sort: SortOrder = "relevance"
    offset: int = 0
    limit: int = 10
    # Only hits after this key (in the query's order), then `offset` and `limit` among them.
    after: SortKey | None = None
    snippets: int = 3
    facets: tuple[FacetName, ...] = ()
    time_limit: float | None = None


@dataclass(frozen=True, kw_only=True)
class SearchPage:
    """The hits of one page and what is known of the whole result set."""

    total: int
    hits: list[DocumentHit]
    # The sort key of a full page's last hit, where the next page starts; None when the hits ended.
    last_key: SortKey | None = None
    timed_out: bool = False
    escaped: bool = False
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # Per requested facet, the hits with no value for it.
    facet_missing: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class BuildInfo:
    build_id: str
    built_at: datetime
    documents: int
    engine: str
    extractor_version: str
    # The layout of the build's files; builds of another format must be rebuilt, not opened.
    # Manifests written before the field existed are format 1.
    store_format: int = 1


class EngineWriter(Protocol):
    """Writes one engine's index of a new build: every record once, then one commit."""

    def add(self, record: DocumentRecord) -> None: ...

    def commit(self) -> None: ...


class SearchEngine(Protocol):
    """One opened index build. Implementations must be safe to share across threads."""

    info: BuildInfo

    def version(self) -> Hashable:
        """Changes whenever a commit, in any process, may change what a search returns."""
        ...

    def search(self, query: SearchQuery) -> SearchPage:
        """The hits `offset` to `offset + limit` of the query, the total count and requested facets."""
        ...

    def matching_ids(self, query: SearchQuery) -> Iterator[str]:
        """Every matching document id in the query's order, with no cap."""
        ...

    def published_counts(self, query: SearchQuery, interval: Interval) -> tuple[dict[str, int], int, int]:
        """Hits per `YYYY-MM` or `YYYY` period, the total, and the undated hits."""
        ...

    def similar(self, doc_id: str, text: str, limit: int) -> list[tuple[str, float]]:
        """Documents most like this one: (id, score), best first, never the document itself."""
        ...

    def suggest(self, text: str) -> str | None:
        """A corrected query that finds more documents, or None."""
        ...

    def apply(self, upserts: list[DocumentRecord], deletions: list[str]) -> None:
        """Add or replace and delete documents in the search index, durably, in one commit.

        Callers serialize writes (the archive's write lock); readers see the change on their next search.
        """
        ...

    def close(self) -> None:
        """Release files held open."""
        ...
