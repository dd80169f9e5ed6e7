"""The Whoosh engine: schema, writing a build, and searching one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from whoosh import collectors, index, sorting
from whoosh import query as wq
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from app.index.analysis import news_analyzer
from app.index.engine import BuildInfo, SearchPage, SearchQuery
from app.index.highlight import make_snippets
from app.index.query import literal_query, matched_terms, parse_query
from app.index.store import RecordStore
from app.models import DocumentRecord
from app.schemas import SearchHit

__all__ = ["WHOOSH_DIR", "WhooshEngine", "WhooshWriter", "outlet_key"]

WHOOSH_DIR = "whoosh"
RECORDS_FILE = "records.sqlite"


def outlet_key(outlet: str) -> str:
    """Outlets are filtered case- and space-insensitively."""
    return " ".join(outlet.lower().split())


def build_schema() -> Schema:
    analyzer = news_analyzer()
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        title=TEXT(analyzer=analyzer, phrase=True),
        body=TEXT(analyzer=analyzer, phrase=True),
        published=DATETIME(sortable=True),
        # Newest-first order as an ascending column, so undated documents (the column's
        # missing value sorts last) come last in both date orders.
        published_desc=NUMERIC(int, bits=32, signed=True, sortable=True),
        outlet=ID(sortable=True),
        people=KEYWORD(commas=True, scorable=False),
        organizations=KEYWORD(commas=True, scorable=False),
        places=KEYWORD(commas=True, scorable=False),
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
        "people": ",".join(person.entity_id for person in record.people),
        "organizations": ",".join(org.entity_id for org in record.organizations),
        "places": ",".join(place.entity_id for place in record.places),
    }
    if record.published:
        fields["published"] = _as_datetime(record.published.value)
        fields["published_desc"] = -record.published.value.toordinal()
    if record.outlet:
        fields["outlet"] = outlet_key(record.outlet.value)
    return fields


class WhooshWriter:
    """Writes one new build: the Whoosh index and the record store, with a single writer."""

    def __init__(self, build_dir: Path) -> None:
        (build_dir / WHOOSH_DIR).mkdir(parents=True)
        self._index = index.create_in(str(build_dir / WHOOSH_DIR), build_schema())
        self._writer = self._index.writer(limitmb=256)
        self._store = RecordStore(build_dir / RECORDS_FILE)

    def add_all(self, records: Iterable[DocumentRecord]) -> int:
        count = 0
        batch: list[DocumentRecord] = []
        for record in records:
            self._writer.add_document(**whoosh_fields(record))
            batch.append(record)
            count += 1
            if len(batch) >= 500:
                self._store.write_all(batch)
                batch.clear()
        self._store.write_all(batch)
        return count

    def commit(self) -> None:
        self._writer.commit(optimize=True)


class WhooshEngine:
    """A finished build opened for searching. The Index is shared; each call opens its own searcher."""

    def __init__(self, build_dir: Path, info: BuildInfo) -> None:
        self.info = info
        self.build_dir = build_dir
        self._index = index.open_dir(str(build_dir / WHOOSH_DIR))
        self._store = RecordStore(build_dir / RECORDS_FILE)

    def close(self) -> None:
        self._index.close()

    def get(self, doc_id: str) -> DocumentRecord | None:
        return self._store.get(doc_id)

    def _filters(self, query: SearchQuery) -> Any:
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
        if not filters:
            return None
        # Filters join the query itself: Whoosh's FilterCollector would be bypassed by the
        # TimeLimitCollector that wraps it. A constant score keeps them out of the ranking.
        return wq.ConstantScoreQuery(wq.And(filters), 0.0)

    def _parsed(self, query: SearchQuery) -> tuple[Any, bool]:
        text = query.text.strip()
        if not text:
            return wq.Every(), False
        if query.lenient:
            return literal_query(text), True
        return parse_query(text, self._index.schema), False

    def search(self, query: SearchQuery) -> SearchPage:
        parsed, escaped = self._parsed(query)
        if parsed is wq.NullQuery:
            return SearchPage(total=0, hits=[], escaped=escaped)
        sort = (
            query.sort if query.text.strip() else ("-published" if query.sort == "relevance" else query.sort)
        )
        sortedby = None
        if sort != "relevance":
            date_column = "published_desc" if sort == "-published" else "published"
            sortedby = [sorting.FieldFacet(date_column), sorting.FieldFacet("id")]
        with self._index.searcher() as searcher:
            terms = matched_terms(parsed, searcher.reader()) if query.text.strip() else set()
            filters = self._filters(query)
            if filters is not None:
                parsed = wq.And([parsed, filters])
            collector = searcher.collector(limit=query.offset + query.limit, sortedby=sortedby)
            timed_out = False
            if query.time_limit:
                collector = collectors.TimeLimitCollector(collector, query.time_limit, use_alarm=False)
            try:
                searcher.search_with_collector(parsed, collector)
            except collectors.TimeLimit:
                timed_out = True
            results = collector.results()
            total = results.scored_length() if timed_out else len(results)
            page = [(hit["id"], hit.score if sortedby is None else None) for hit in results[query.offset :]]
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
        return SearchPage(total=total, hits=hits, timed_out=timed_out, escaped=escaped)
