"""The Whoosh engine: schema, writing a build, and searching one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal

from whoosh import collectors, index, sorting
from whoosh import query as wq
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from app.index.analysis import news_analyzer, outlet_key
from app.index.engine import BuildInfo, FacetName, SearchPage, SearchQuery
from app.index.highlight import make_snippets
from app.index.query import literal_query, matched_terms, parse_query
from app.index.spelling import Suggester
from app.index.store import RecordStore
from app.models import DocumentRecord
from app.schemas import SearchHit

__all__ = ["WHOOSH_DIR", "WhooshEngine", "WhooshWriter"]

WHOOSH_DIR = "whoosh"
ENTITY_FIELDS = ("officials", "people", "organizations", "places")
# What a 32-bit signed NUMERIC column holds for a document without a value.
MISSING_NUMBER = 2**31 - 1
FACET_FIELDS: dict[FacetName, str] = {
    "outlet": "outlet",
    "year": "year",
    "official": "officials",
    "person": "people",
    "place": "places",
    "organization": "organizations",
}


def build_schema() -> Schema:
    analyzer = news_analyzer()
    entity_ids = {"commas": True, "scorable": False, "vector": True}
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        title=TEXT(analyzer=analyzer, phrase=True),
        body=TEXT(analyzer=analyzer, phrase=True),
        published=DATETIME(sortable=True),
        # Newest-first order as an ascending column, so undated documents (the column's
        # missing value sorts last) come last in both date orders.
        published_desc=NUMERIC(int, bits=32, signed=True, sortable=True),
        year=NUMERIC(int, bits=32, sortable=True),
        month=NUMERIC(int, bits=32, sortable=True),
        outlet=ID(sortable=True),
        has_statistics=BOOLEAN(),
        officials=KEYWORD(**entity_ids),
        people=KEYWORD(**entity_ids),
        organizations=KEYWORD(**entity_ids),
        places=KEYWORD(**entity_ids),
    )


def _as_datetime(day: date) -> datetime:
    return datetime.combine(day, time())


def whoosh_fields(record: DocumentRecord) -> dict[str, Any]:
    """What Whoosh indexes of a record; the record itself lives in the record store."""
    body = record.text
    title = record.title.value if record.title else ""
    if record.title and record.title.evidence and record.title.evidence.start == 0:
        body = body[record.title.evidence.end :]
    fields: dict[str, Any] = {
        "id": record.id,
        "title": title,
        "body": body,
        "has_statistics": bool(record.statistics),
        "officials": ",".join(person.entity_id for person in record.people if person.kind == "official"),
        "people": ",".join(person.entity_id for person in record.people),
        "organizations": ",".join(org.entity_id for org in record.organizations),
        "places": ",".join(place.entity_id for place in record.places),
    }
    if record.published:
        day = record.published.value
        fields["published"] = _as_datetime(day)
        fields["published_desc"] = -day.toordinal()
        fields["year"] = day.year
        fields["month"] = day.year * 100 + day.month
    if record.outlet:
        fields["outlet"] = outlet_key(record.outlet.value)
    return fields


class WhooshWriter:
    """Writes the Whoosh index of one new build with a single writer."""

    def __init__(self, build_dir: Path) -> None:
        (build_dir / WHOOSH_DIR).mkdir(parents=True)
        self._index = index.create_in(str(build_dir / WHOOSH_DIR), build_schema())
        self._writer = self._index.writer(limitmb=256)

    def add(self, record: DocumentRecord) -> None:
        self._writer.add_document(**whoosh_fields(record))

    def commit(self) -> None:
        self._writer.commit(optimize=True)


def _filters(query: SearchQuery) -> Any:
    """The query's filters as one constant-score query, or None."""
    filters: list[Any] = []
    if query.outlet:
        filters.append(wq.Term("outlet", outlet_key(query.outlet)))
    if query.published_from or query.published_to:
        filters.append(
            wq.DateRange(
                "published",
                _as_datetime(query.published_from) if query.published_from else None,
                datetime.combine(query.published_to, time.max) if query.published_to else None,
            )
        )
    if query.entity:
        filters.append(wq.Or([wq.Term(name, query.entity) for name in ENTITY_FIELDS]))
    if query.official:
        filters.append(wq.Term("officials", query.official))
    if query.place:
        filters.append(wq.Term("places", query.place))
    if query.has_statistics is not None:
        filters.append(wq.Term("has_statistics", query.has_statistics))
    if not filters:
        return None
    # Filters join the query itself: Whoosh's FilterCollector would be bypassed by the
    # TimeLimitCollector that wraps it. A constant score keeps them out of the ranking.
    return wq.ConstantScoreQuery(wq.And(filters), 0.0)


class WhooshEngine:
    """A finished build opened for searching. The Index is shared; each call opens its own searcher."""

    def __init__(self, build_dir: Path, info: BuildInfo, records: RecordStore) -> None:
        self.info = info
        self._index = index.open_dir(str(build_dir / WHOOSH_DIR))
        # Read once: `Index.schema` re-reads the newest TOC file without Whoosh's retry, and a
        # commit in another process deletes it under a concurrent reader (FileNotFoundError, a 500
        # under load). Writes never change a build's schema.
        self._schema = self._index.schema
        self._store = records
        # Spelling comes from the build's word table, the same for every engine (app.index.spelling).
        self._suggester = Suggester(records.path)

    def close(self) -> None:
        self._index.close()

    def apply(self, upserts: list[DocumentRecord], deletions: list[str]) -> None:
        writer = self._index.writer()
        try:
            for doc_id in deletions:
                writer.delete_by_term("id", doc_id)
            for record in upserts:
                writer.update_document(**whoosh_fields(record))
            writer.commit()
        except BaseException:
            # Whoosh keeps its write lock when commit fails (disk full, say): without letting go of
            # it here, every later write in this process would fail with LockError.
            with suppress(Exception):
                writer.cancel()
            if not writer.is_closed and writer.writelock is not None:
                with suppress(Exception):
                    writer.writelock.release()
            raise

    def _parsed(self, query: SearchQuery) -> tuple[Any, bool]:
        """The full Whoosh query (text and filters) and whether the text was searched literally."""
        text = query.text.strip()
        if not text:
            parsed, escaped = wq.Every(), False
        elif query.lenient:
            parsed, escaped = literal_query(text), True
        else:
            parsed, escaped = parse_query(text, self._schema), False
        filters = _filters(query)
        if filters is not None and parsed is not wq.NullQuery:
            parsed = wq.And([parsed, filters])
        return parsed, escaped

    @staticmethod
    def _sortedby(query: SearchQuery) -> Any:
        sort = query.sort
        if not query.text.strip() and sort == "relevance":
            sort = "-published"
        if sort == "relevance":
            return None
        date_column = "published_desc" if sort == "-published" else "published"
        return [sorting.FieldFacet(date_column), sorting.FieldFacet("id")]

    def search(self, query: SearchQuery) -> SearchPage:
        parsed, escaped = self._parsed(query)
        if parsed is wq.NullQuery:
            return SearchPage(total=0, hits=[], escaped=escaped)
        sortedby = self._sortedby(query)
        groupedby = {
            name: sorting.FieldFacet(FACET_FIELDS[name], allow_overlap=FACET_FIELDS[name] in ENTITY_FIELDS)
            for name in query.facets
        }
        with self._index.searcher() as searcher:
            terms = matched_terms(parsed, searcher.reader()) if query.text.strip() else set()
            collector = searcher.collector(
                limit=query.offset + query.limit,
                sortedby=sortedby,
                groupedby=groupedby or None,
                maptype=sorting.Count if groupedby else None,
            )
            timed_out = False
            if query.time_limit:
                collector = collectors.TimeLimitCollector(collector, query.time_limit, use_alarm=False)
            try:
                searcher.search_with_collector(parsed, collector)
            except collectors.TimeLimit:
                timed_out = True
            results = collector.results()
            total = results.scored_length() if timed_out else len(results)
            page = [
                (hit["id"], hit.score if sortedby is None else None)
                for hit in results[query.offset : query.offset + query.limit]
            ]
            facets: dict[str, list[tuple[str, int]]] = {
                name: _facet_counts(results.groups(name)) for name in groupedby
            }
        ids = [doc_id for doc_id, _ in page]
        summaries = self._store.summaries(ids)
        texts = self._store.texts(ids) if terms and query.snippets else {}
        hits = [
            SearchHit(
                **summaries[doc_id].model_dump(),
                score=score,
                snippets=make_snippets(texts.get(doc_id, ""), terms, query.snippets),
            )
            for doc_id, score in page
            if doc_id in summaries
        ]
        return SearchPage(total=total, hits=hits, timed_out=timed_out, escaped=escaped, facets=facets)

    def matching_ids(self, query: SearchQuery) -> Iterator[str]:
        parsed, _ = self._parsed(query)
        if parsed is wq.NullQuery:
            return
        with self._index.searcher() as searcher:
            # No time limit here: the wildcard limits are what bounds an export.
            matched_terms(parsed, searcher.reader())
            matcher_order = searcher.search(parsed, limit=None, sortedby=self._sortedby(query))
            ids = [hit["id"] for hit in matcher_order]
        yield from ids

    def published_counts(
        self, query: SearchQuery, interval: Literal["month", "year"]
    ) -> tuple[dict[str, int], int, int]:
        parsed, _ = self._parsed(query)
        if parsed is wq.NullQuery:
            return {}, 0, 0
        with self._index.searcher() as searcher:
            matched_terms(parsed, searcher.reader())  # the wildcard limits, as for search and export
            results = searcher.search(
                parsed, limit=None, groupedby={"period": sorting.FieldFacet(interval)}, maptype=sorting.Count
            )
            groups = results.groups("period")
            total = len(results)
        buckets: dict[str, int] = {}
        undated = 0
        for key, count in groups.items():
            if key is None or key == MISSING_NUMBER:
                undated += count
            elif interval == "year":
                buckets[f"{key:04d}"] = count
            else:
                buckets[f"{key // 100:04d}-{key % 100:02d}"] = count
        return dict(sorted(buckets.items())), total, undated

    def similar(self, doc_id: str, text: str, limit: int) -> list[tuple[str, float]]:
        with self._index.searcher() as searcher:
            docnum = searcher.document_number(id=doc_id)
            if docnum is None:
                return []
            key_terms = searcher.key_terms_from_text("body", text, numterms=20)
            reader = searcher.reader()
            entity_terms = [
                wq.Term(name, entity_id, boost=2.0)
                for name in ENTITY_FIELDS
                if reader.has_vector(docnum, name)
                for entity_id, _ in reader.vector_as("weight", docnum, name)
            ]
            similar_query = wq.Or(
                [wq.Term("body", term, boost=weight) for term, weight in key_terms] + entity_terms
            )
            results = searcher.search(similar_query, limit=limit + 1, mask=wq.Term("id", doc_id))
            return [(hit["id"], float(hit.score)) for hit in results][:limit]

    def _count(self, text: str) -> int:
        with self._index.searcher() as searcher:
            return len(searcher.search(parse_query(text, self._schema), limit=1))

    def suggest(self, text: str) -> str | None:
        return self._suggester.suggest(text, self._count)


def _facet_counts(groups: dict[Any, int]) -> list[tuple[str, int]]:
    counted = [(str(key), count) for key, count in groups.items() if key not in (None, "", MISSING_NUMBER)]
    return sorted(counted, key=lambda item: (-item[1], item[0]))
