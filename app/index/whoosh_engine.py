"""The Whoosh engine: schema, writing a build, and searching one."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from whoosh import collectors, index, sorting
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from app.index.analysis import outlet_key
from app.index.engine import (
    ENTITY_FIELDS,
    FACET_FIELDS,
    BuildInfo,
    FacetName,
    Interval,
    SearchPage,
    SearchQuery,
    effective_sort,
    entity_ids,
    facet_order,
    period_label,
    title_and_body,
)
from app.index.highlight import page_hits
from app.index.query import matched_terms, whoosh_query
from app.index.query_syntax import query_tree
from app.index.spelling import Suggester
from app.index.store import RecordStore
from app.index.whoosh_arrays import array_matches
from app.index.whoosh_columns import ColumnTables, TableBM25F
from app.index.whoosh_docsets import DateTable, DocSetQuery, matching_docs
from app.index.whoosh_keyset import KeysetCollector, scored_page
from app.index.whoosh_schema import build_schema
from app.models import DocumentRecord

__all__ = ["WHOOSH_DIR", "WhooshEngine", "WhooshWriter"]

WHOOSH_DIR = "whoosh"
SEARCHERS = 4
# What a 32-bit signed NUMERIC column holds for a document without a value.
MISSING_NUMBER = 2**31 - 1


def _as_datetime(day: date) -> datetime:
    return datetime.combine(day, time())


def whoosh_fields(record: DocumentRecord) -> dict[str, Any]:
    """What Whoosh indexes of a record; the record itself lives in the record store."""
    title, body = title_and_body(record)
    fields: dict[str, Any] = {
        "id": record.id,
        "title": title,
        "body": body,
        "has_statistics": bool(record.statistics),
        **{field: ",".join(ids) for field, ids in entity_ids(record).items()},
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
        # Compound segments, although separate files would open with less memory (WHOOSH_NOTES
        # pitfall 1): a reader opens a separate-files segment's columns lazily, and a merge committed
        # by another process deletes them under it. A compound file is mapped when the reader opens.
        self._writer = self._index.writer(limitmb=256)

    def add(self, record: DocumentRecord) -> None:
        self._writer.add_document(**whoosh_fields(record))

    def commit(self) -> None:
        self._writer.commit(optimize=True)


def _filters(query: SearchQuery) -> Any:
    """The query's filters as one constant-score query, or None."""
    filters: list[Any] = []
    if query.outlet:
        filters.append(wq.Or([wq.Term("outlet", outlet_key(outlet)) for outlet in query.outlet]))
    if query.published_from or query.published_to:
        filters.append(
            wq.DateRange(
                "published",
                _as_datetime(query.published_from) if query.published_from else None,
                datetime.combine(query.published_to, time.max) if query.published_to else None,
            )
        )
    if query.entity:
        filters.append(wq.Or([wq.Term(name, entity) for entity in query.entity for name in ENTITY_FIELDS]))
    if query.official:
        filters.append(wq.Or([wq.Term("officials", official) for official in query.official]))
    if query.place:
        filters.append(wq.Or([wq.Term("places", place) for place in query.place]))
    if query.has_statistics is not None:
        filters.append(wq.Term("has_statistics", query.has_statistics))
    if not filters:
        return None
    # Filters join the query itself (search() resolves them to a document set first); a constant
    # score keeps them out of the ranking.
    return wq.ConstantScoreQuery(wq.And(filters), 0.0)


class _ForwardIndex:
    """Document number -> values of a multi-valued field, built once per index generation from its postings.

    Facet counts then walk the matching documents only, where Whoosh's own overlapping facets read a
    term vector per hit (slow, and failing on documents with no value).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._tables: dict[str, dict[int, list[str]]] = {}

    def table(self, reader: Any, field: str) -> dict[int, list[str]]:
        with self._lock:
            if reader.generation() != self._generation:
                self._generation = reader.generation()
                self._tables = {}
            if field not in self._tables:
                table: dict[int, list[str]] = defaultdict(list)
                for term in reader.lexicon(field):
                    value = term.decode("utf-8")
                    for docnum in reader.postings(field, term).all_ids():
                        table[docnum].append(value)
                self._tables[field] = table
            return self._tables[field]


class _SearcherPool:
    """A few searchers lent to one caller at a time (a Whoosh searcher is not for sharing across threads).

    Each searcher maps the index's segment files: one per request thread (FastAPI's pool has 40)
    multiplied the process's resident memory, so the pool holds at most `size`, about one per core.
    A searcher is reopened whole when a commit made a new generation: Whoosh's refresh() reuses
    segment readers whose deletions a later commit changed, and deleted or replaced documents came
    back in searches.
    """

    def __init__(self, whoosh_index: Any, size: int, weighting: Any) -> None:
        self._index = whoosh_index
        self._weighting = weighting
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(size)

    @contextmanager
    def searcher(self) -> Iterator[Any]:
        with self._slots:
            with self._lock:
                searcher = self._idle.pop() if self._idle else None
            if searcher is None or not searcher.up_to_date():
                if searcher is not None:
                    searcher.close()
                searcher = self._index.searcher(weighting=self._weighting)
            try:
                yield searcher
            finally:
                with self._lock:
                    self._idle.append(searcher)

    def close(self) -> None:
        with self._lock:
            for searcher in self._idle:
                with suppress(Exception):
                    searcher.close()
            self._idle.clear()


class WhooshEngine:
    """A finished build opened for searching: one shared Index and a small pool of searchers."""

    def __init__(self, build_dir: Path, info: BuildInfo, records: RecordStore) -> None:
        self.info = info
        # Segments read through file handles, not mapped: Whoosh copies every file it opens from a mapped
        # compound segment into a BytesIO (the postings and term index whole, once per searcher), so a
        # mapped searcher held the index twice over in RAM. The handle is opened with the reader, so a
        # merge that deletes the segment file later does not pull it from under a search.
        self._index = FileStorage(str(build_dir / WHOOSH_DIR), supports_mmap=False).open_index()
        self._store = records
        # Spelling comes from the build's word table, the same for every engine (app.index.spelling).
        self._suggester = Suggester(records.connections)
        self._columns = ColumnTables()
        self._searchers = _SearcherPool(self._index, size=SEARCHERS, weighting=TableBM25F(self._columns))
        self._forward = _ForwardIndex()
        self._dates = DateTable("published_desc")

    def version(self) -> Hashable:
        generation: int = self._index.latest_generation()
        return generation

    def close(self) -> None:
        self._searchers.close()
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

    def _parts(self, query: SearchQuery) -> tuple[Any, Any, bool]:
        """The text's Whoosh query, the filters' (or None), and whether the text was searched literally."""
        text = query.text.strip()
        parsed: Any = wq.Every()
        if text:
            tree = query_tree(text, lenient=query.lenient, typo_tolerance=query.typo_tolerance)
            parsed = whoosh_query(tree) if tree is not None else wq.NullQuery
        return parsed, _filters(query), bool(text) and query.lenient

    def _parsed(self, query: SearchQuery) -> tuple[Any, bool]:
        """The full Whoosh query (text and filters) and whether the text was searched literally."""
        parsed, filters, escaped = self._parts(query)
        if filters is not None and parsed is not wq.NullQuery:
            parsed = wq.And([parsed, filters])
        return parsed, escaped

    @staticmethod
    def _sort_column(query: SearchQuery) -> str | None:
        """The column of a date order (its values are the sort keys' values), None by relevance."""
        sort = effective_sort(query)
        if sort == "relevance":
            return None
        return "published_desc" if sort == "-published" else "published"

    @classmethod
    def _sortedby(cls, query: SearchQuery) -> Any:
        column = cls._sort_column(query)
        return None if column is None else [sorting.FieldFacet(column), sorting.FieldFacet("id")]

    def _facets(
        self, searcher: Any, docs: set[int], names: tuple[FacetName, ...]
    ) -> tuple[dict[str, list[tuple[str, int]]], dict[str, int]]:
        """Counts per value of each facet, and the hits with no value for it."""
        reader = searcher.reader()
        facets: dict[str, list[tuple[str, int]]] = {}
        missing: dict[str, int] = {}
        for name in names:
            field = FACET_FIELDS[name]
            counts: Counter[Any] = Counter()
            if field in ENTITY_FIELDS:
                table = self._forward.table(reader, field)
                for docnum in docs:
                    counts.update(table.get(docnum, ()) or (None,))
            else:
                values = self._columns.column(searcher, field)
                counts.update(values[docnum] for docnum in docs)
            facets[name] = _facet_counts(counts)
            missing[name] = sum(count for key, count in counts.items() if key in _NO_VALUE)
        return facets, missing

    def search(self, query: SearchQuery) -> SearchPage:
        text_query, filters, escaped = self._parts(query)
        if text_query is wq.NullQuery:
            return SearchPage(total=0, hits=[], escaped=escaped)
        column = self._sort_column(query)
        with self._searchers.searcher() as searcher:
            terms = matched_terms(text_query, searcher.reader()) if query.text.strip() else set()
            # The filters only narrow the text's matches (their constant score ranks nothing): their
            # documents found once as a set spare the walk a look-up in their postings per hit (a date
            # range's dozens of term ranges).
            allow = None if filters is None else matching_docs(filters, searcher, self._dates)
            ids = self._columns.column(searcher, "id")
            limit = query.offset + query.limit
            # By relevance, most queries are scored from whole posting lists at once (whoosh_arrays);
            # a date order, or a query of another shape, walks Whoosh's matcher with the keyset collector.
            found = None if column is not None else array_matches(text_query, searcher, self._columns, allow)
            timed_out = False
            if found is not None:
                docs, scores = found
                total = len(docs)
                all_keys = scored_page(docs, scores, ids=ids, after=query.after, limit=limit)
                docset: set[int] = set(docs.tolist()) if query.facets else set()
            else:
                keyset = KeysetCollector(
                    column=column,
                    after=query.after,
                    limit=limit,
                    ids=ids,
                    allow=allow,
                    time_limit=query.time_limit or None,
                )
                try:
                    # The set joins the walk too, which then skips from one allowed document to the next.
                    walk = text_query if allow is None else wq.And([text_query, DocSetQuery(allow)])
                    searcher.search_with_collector(walk, keyset)
                except collectors.TimeLimit:
                    timed_out = True
                total = len(keyset.docset)
                all_keys = keyset.hit_keys()
                docset = keyset.docset
            keys = all_keys[query.offset :]
            facets, missing = (
                self._facets(searcher, docset, query.facets) if query.facets and not timed_out else ({}, {})
            )
        page = [(doc_id, value if column is None else None) for value, doc_id in keys]
        hits = page_hits(self._store, page, terms, query.snippets)
        return SearchPage(
            total=total,
            hits=hits,
            last_key=keys[-1] if keys and len(keys) == query.limit else None,
            timed_out=timed_out,
            escaped=escaped,
            facets=facets,
            facet_missing=missing,
        )

    def matching_ids(self, query: SearchQuery) -> Iterator[str]:
        parsed, _ = self._parsed(query)
        if parsed is wq.NullQuery:
            return
        with self._searchers.searcher() as searcher:
            # No time limit here: the wildcard limits are what bounds an export.
            matched_terms(parsed, searcher.reader())
            matcher_order = searcher.search(parsed, limit=None, sortedby=self._sortedby(query))
            ids = [hit["id"] for hit in matcher_order]
        yield from ids

    def published_counts(self, query: SearchQuery, interval: Interval) -> tuple[dict[str, int], int, int]:
        parsed, _ = self._parsed(query)
        if parsed is wq.NullQuery:
            return {}, 0, 0
        with self._searchers.searcher() as searcher:
            matched_terms(parsed, searcher.reader())  # the wildcard limits, as for search and export
            docs = list(searcher.docs_for_query(parsed))
            values = self._columns.column(searcher, interval)
            periods = Counter(values[docnum] for docnum in docs)
        buckets: dict[str, int] = {}
        undated = 0
        for key, count in periods.items():
            if key is None or key == MISSING_NUMBER:
                undated += count
            else:
                buckets[period_label(key, interval)] = count
        return dict(sorted(buckets.items())), len(docs), undated

    def similar(self, doc_id: str, text: str, limit: int) -> list[tuple[str, float]]:
        record = self._store.get(doc_id)
        entity_terms = [
            wq.Term(field, entity_id, boost=2.0)
            for field, ids in (entity_ids(record).items() if record else ())
            for entity_id in ids
        ]
        with self._searchers.searcher() as searcher:
            if searcher.document_number(id=doc_id) is None:
                return []
            key_terms = searcher.key_terms_from_text("body", text, numterms=20)
            similar_query = wq.Or(
                [wq.Term("body", term, boost=weight) for term, weight in key_terms] + entity_terms
            )
            results = searcher.search(similar_query, limit=limit + 1, mask=wq.Term("id", doc_id))
            return [(hit["id"], float(hit.score)) for hit in results][:limit]

    def _count(self, text: str) -> int:
        with self._searchers.searcher() as searcher:
            parsed, _ = self._parsed(SearchQuery(text=text))
            return len(searcher.search(parsed, limit=1))

    def suggest(self, text: str) -> str | None:
        return self._suggester.suggest(text, self._count)


_NO_VALUE = (None, "", MISSING_NUMBER)


def _facet_counts(groups: Counter[Any]) -> list[tuple[str, int]]:
    return facet_order((str(key), count) for key, count in groups.items() if key not in _NO_VALUE)
