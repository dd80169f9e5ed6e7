"""The tantivy engine: the Whoosh engine's matching semantics, searched by Rust.

Parity with the Whoosh engine is built in rather than approximated:

- text is analyzed in Python by `app.index.analysis.analyze` (the Whoosh path's analyzer: lowercase, accent folding,
  possessives dropped, Snowball stems) and indexed pre-tokenized, so both engines hold the same terms;
- query text is parsed by the one `q` grammar (app.index.query_syntax) and its tree is translated
  into tantivy queries (app.index.tantivy_query), as the Whoosh engine translates it into Whoosh's, so
  syntax, errors and matched terms are the same.

Scores differ (tantivy's BM25 against Whoosh's BM25F); orders that do not depend on scores are the same.
"""

from __future__ import annotations

import math
import os
import threading
from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import tantivy

from app.index.analysis import analyze, outlet_key
from app.index.engine import (
    ENTITY_FIELDS,
    FACET_FIELDS,
    BuildInfo,
    Interval,
    SearchPage,
    SearchQuery,
    SortKey,
    effective_sort,
    entity_ids,
    facet_order,
    period_label,
)
from app.index.highlight import page_hits
from app.index.query_syntax import query_tree
from app.index.spelling import Suggester
from app.index.store import RecordStore
from app.index.tantivy_documents import TANTIVY_DIR, tantivy_document
from app.index.tantivy_keyset import date_keys, score_keys
from app.index.tantivy_query import QueryTranslator
from app.models import DocumentRecord

__all__ = ["TantivyEngine"]

# Facets are counted over all hits; tantivy refuses aggregations of more than 65,000 buckets.
FACET_BUCKETS = 60_000
SIMILAR_TERMS = 20
_Must, _Should, _MustNot = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


class TantivyEngine:
    """A finished build opened for searching. The Index is shared; each call takes a fresh searcher."""

    def __init__(self, build_dir: Path, info: BuildInfo, records: RecordStore) -> None:
        self.info = info
        self._path = build_dir / TANTIVY_DIR
        self._index = tantivy.Index.open(str(self._path))
        self._index.config_reader(reload_policy="Manual")
        self._schema = self._index.schema
        self._store = records
        self._suggester = Suggester(records.connections)
        self._reload_lock = threading.Lock()
        self._stamp = self._meta_stamp()

    def _meta_stamp(self) -> tuple[int, int]:
        try:
            meta = os.stat(self._path / "meta.json")
        except FileNotFoundError:
            return (0, 0)
        return (meta.st_mtime_ns, meta.st_size)

    def version(self) -> Hashable:
        return self._meta_stamp()

    def _searcher(self) -> tantivy.Searcher:
        """A searcher on the latest commit, whichever process made it (a stat per call)."""
        stamp = self._meta_stamp()
        if stamp != self._stamp:
            with self._reload_lock:
                if stamp != self._stamp:
                    self._index.reload()
                    self._stamp = stamp
        return self._index.searcher()

    def close(self) -> None:
        """tantivy releases its files when the Index is collected; nothing to do eagerly."""

    def apply(self, upserts: list[DocumentRecord], deletions: list[str]) -> None:
        writer = self._index.writer(heap_size=50_000_000, num_threads=1)
        try:
            for doc_id in [*deletions, *(record.id for record in upserts)]:
                writer.delete_documents_by_term("id", doc_id)
            for record in upserts:
                writer.add_document(tantivy_document(record))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            # Ends the writer (releasing its lock) once its merges are done, so no merge outlives a write.
            writer.wait_merging_threads()
        with self._reload_lock:
            self._index.reload()
            self._stamp = self._meta_stamp()

    def _parsed(self, query: SearchQuery, searcher: tantivy.Searcher) -> tuple[tantivy.Query, set[str], bool]:
        """The full tantivy query (text and filters), the matched title/body terms, and whether escaped."""
        text = query.text.strip()
        translator = QueryTranslator(self._schema, searcher)
        parsed = tantivy.Query.all_query()
        if text:
            tree = query_tree(text, lenient=query.lenient, typo_tolerance=query.typo_tolerance)
            parsed = translator.translate(tree) if tree is not None else tantivy.Query.empty_query()
        escaped = bool(text) and query.lenient
        filters = self._filters(query)
        if filters:
            parsed = tantivy.Query.boolean_query(
                [
                    (_Must, parsed),
                    (_Must, tantivy.Query.const_score_query(tantivy.Query.boolean_query(filters), 0.0)),
                ]
            )
        return parsed, translator.terms, escaped

    def _filters(self, query: SearchQuery) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        schema, Query = self._schema, tantivy.Query
        filters: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if query.outlet:
            outlets = [
                (_Should, Query.term_query(schema, "outlet", outlet_key(outlet))) for outlet in query.outlet
            ]
            filters.append((_Must, Query.boolean_query(outlets)))
        if query.published_from or query.published_to:
            filters.append(
                (
                    _Must,
                    Query.range_query(
                        schema,
                        "day",
                        tantivy.FieldType.Integer,
                        query.published_from.toordinal() if query.published_from else None,
                        query.published_to.toordinal() if query.published_to else None,
                    ),
                )
            )
        # Each entity filter matches any of its values.
        for fields, values in (
            (ENTITY_FIELDS, query.entity),
            (("officials",), query.official),
            (("places",), query.place),
        ):
            if values:
                alternatives = [
                    (_Should, Query.term_query(schema, f, value)) for value in values for f in fields
                ]
                filters.append((_Must, Query.boolean_query(alternatives)))
        if query.has_statistics is not None:
            filters.append((_Must, Query.term_query(schema, "has_statistics", query.has_statistics)))
        return filters

    @staticmethod
    def _date_column(query: SearchQuery) -> str | None:
        sort = effective_sort(query)
        if sort == "relevance":
            return None
        return "published_desc" if sort == "-published" else "published_asc"

    @staticmethod
    def _stored_id(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> str:
        doc_id = searcher.doc(address).get_first("id")
        return str(doc_id)

    def _page_keys(
        self, searcher: tantivy.Searcher, parsed: tantivy.Query, query: SearchQuery
    ) -> list[SortKey]:
        """The sort keys of the query's page: `offset` to `offset + limit` of the hits after `after`."""
        wanted = query.offset + query.limit
        column = self._date_column(query)
        if column is None:
            keys = score_keys(searcher, parsed, after=query.after, wanted=wanted)
        else:
            keys = date_keys(searcher, self._schema, parsed, column=column, after=query.after, wanted=wanted)
        return keys[query.offset :]

    def search(self, query: SearchQuery) -> SearchPage:
        searcher = self._searcher()
        parsed, terms, escaped = self._parsed(query, searcher)
        total = _total(searcher.search(parsed, 1))
        keys = self._page_keys(searcher, parsed, query) if total else []
        scored = self._date_column(query) is None
        page = [(doc_id, value if scored else None) for value, doc_id in keys]
        facets: dict[str, list[tuple[str, int]]] = {
            name: self._facet(searcher, parsed, FACET_FIELDS[name]) for name in query.facets
        }
        missing: dict[str, int] = {
            name: self._missing(searcher, parsed, FACET_FIELDS[name]) for name in query.facets
        }
        hits = page_hits(self._store, page, terms, query.snippets)
        # tantivy has no time limit on a search, and needs none at the sizes this serves.
        return SearchPage(
            total=total,
            hits=hits,
            last_key=keys[-1] if keys and len(keys) == query.limit else None,
            timed_out=False,
            escaped=escaped,
            facets=facets,
            facet_missing=missing,
        )

    @staticmethod
    def _missing(searcher: tantivy.Searcher, parsed: tantivy.Query, field: str) -> int:
        """The hits with no value in `field`."""
        without = tantivy.Query.boolean_query(
            [(_Must, parsed), (_MustNot, tantivy.Query.exists_query(field))]
        )
        return _total(searcher.search(without, 1))

    def _buckets(
        self, searcher: tantivy.Searcher, parsed: tantivy.Query, field: str
    ) -> list[tuple[Any, int]]:
        result = searcher.aggregate(parsed, {"counts": {"terms": {"field": field, "size": FACET_BUCKETS}}})
        return [(bucket["key"], int(bucket["doc_count"])) for bucket in result["counts"]["buckets"]]

    def _facet(self, searcher: tantivy.Searcher, parsed: tantivy.Query, field: str) -> list[tuple[str, int]]:
        counted = [(_key_text(key), count) for key, count in self._buckets(searcher, parsed, field)]
        return facet_order(counted)

    def matching_ids(self, query: SearchQuery) -> Iterator[str]:
        searcher = self._searcher()
        parsed, _, _ = self._parsed(query, searcher)
        total = _total(searcher.search(parsed, 1))
        everything = replace(query, offset=0, limit=total, after=None)
        yield from [doc_id for _, doc_id in (self._page_keys(searcher, parsed, everything) if total else [])]

    def published_counts(self, query: SearchQuery, interval: Interval) -> tuple[dict[str, int], int, int]:
        searcher = self._searcher()
        parsed, _, _ = self._parsed(query, searcher)
        total = _total(searcher.search(parsed, 1))
        buckets: dict[str, int] = {}
        for key, count in self._buckets(searcher, parsed, interval):
            buckets[period_label(int(key), interval)] = count
        return dict(sorted(buckets.items())), total, total - sum(buckets.values())

    def similar(self, doc_id: str, text: str, limit: int) -> list[tuple[str, float]]:
        """More like this: the body's most distinctive terms (tf·idf) and the document's entities."""
        searcher = self._searcher()
        this = tantivy.Query.term_query(self._schema, "id", doc_id)
        if _total(searcher.search(this, 1)) == 0:
            return []
        documents = max(1, searcher.num_docs)
        weights: list[tuple[float, str]] = []
        for term, frequency in Counter(term for _, _, term in analyze(text)).items():
            found_in = searcher.doc_freq("body", term)
            if found_in > 1:  # a term of this document alone finds nothing else
                weights.append((frequency * math.log(1 + documents / found_in), term))
        weights.sort(reverse=True)
        clauses = [
            (_Should, tantivy.Query.boost_query(tantivy.Query.term_query(self._schema, "body", term), weight))
            for weight, term in weights[:SIMILAR_TERMS]
        ]
        record = self._store.get(doc_id)
        if record is not None:
            entities = entity_ids(record)
            clauses += [
                (
                    _Should,
                    tantivy.Query.boost_query(tantivy.Query.term_query(self._schema, field, entity_id), 2.0),
                )
                for field, entity_ids in entities.items()
                for entity_id in dict.fromkeys(entity_ids)
            ]
        if not clauses:
            return []
        similar_query = tantivy.Query.boolean_query([*clauses, (_MustNot, this)])
        hits = searcher.search(similar_query, limit).hits
        return [(self._stored_id(searcher, address), float(score)) for score, address in hits]

    def _count(self, text: str) -> int:
        searcher = self._searcher()
        parsed, _, _ = self._parsed(SearchQuery(text=text), searcher)
        return int(_total(searcher.search(parsed, 1)))

    def suggest(self, text: str) -> str | None:
        return self._suggester.suggest(text, self._count)


def _total(result: tantivy.SearchResult) -> int:
    """The hit count of a search run with `count=True` (missing from the bindings' type stubs)."""
    total: int = cast(Any, result).count
    return total


def _key_text(key: Any) -> str:
    """Aggregation keys: strings as they are, numbers (which come back as floats or ints) as integers."""
    if isinstance(key, float | int):
        return str(int(key))
    return str(key)
