"""Whoosh: the documents a filter query matches, as a set, from posting lists and set operations.

Whoosh walks a query's matcher one document at a time in Python, and a date range expands into dozens
of term ranges over the trie-encoded date field. Here a term's documents come from its posting list in
one piece, `And`/`Or` become set intersections and unions, and a date range is a slice of a
per-generation table of (day, document) sorted by day. Queries of any other kind fall back to Whoosh's
own walk, so the result is what Whoosh would match (deleted documents aside).
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from datetime import date, datetime
from typing import Any

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher, ReadTooFar

__all__ = ["DateTable", "DocSetQuery", "matching_docs"]


class DateTable:
    """Document numbers sorted by publication day, built once per index generation from a day column.

    Deleted documents stay in it: it only narrows what a search walks, and the walk skips them.

    The column holds `-day.toordinal()` (newest first when ascending), or for an undated document
    the column's missing value, which is positive.
    """

    def __init__(self, column: str) -> None:
        self._column = column
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._days: list[int] = []
        self._docs: list[int] = []

    def _load(self, searcher: Any) -> None:
        pairs: list[tuple[int, int]] = []
        for subsearcher, offset in searcher.leaf_searchers():
            for docnum, value in enumerate(subsearcher.reader().column_reader(self._column)):
                if value < 0:
                    pairs.append((-value, offset + docnum))
        pairs.sort()
        self._days = [day for day, _ in pairs]
        self._docs = [docnum for _, docnum in pairs]

    def between(self, searcher: Any, start: date | None, end: date | None) -> set[int]:
        """The documents published from `start` to `end`, both days included (either open)."""
        with self._lock:
            generation = searcher.reader().generation()
            if generation != self._generation:
                self._load(searcher)
                self._generation = generation
            low = 0 if start is None else bisect_left(self._days, start.toordinal())
            high = len(self._days) if end is None else bisect_right(self._days, end.toordinal())
            return set(self._docs[low:high])


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.date()


def _leaf_docs(query: Any, searcher: Any) -> set[int]:
    """The documents of one segment that `query` matches (segment document numbers)."""
    reader = searcher.reader()
    kind = type(query)
    if kind is wq.Term:
        if (query.fieldname, query.text) not in reader:
            return set()
        return set(reader.postings(query.fieldname, query.text).all_ids())
    if kind is wq.ConstantScoreQuery:
        return _leaf_docs(query.child, searcher)
    if kind is wq.And and query.subqueries:
        parts = sorted((_leaf_docs(part, searcher) for part in query.subqueries), key=len)
        return parts[0].intersection(*parts[1:])
    # An Or with a minimum number of matching parts is not a union.
    if kind is wq.Or and query.minmatch <= 1:
        return set().union(*(_leaf_docs(part, searcher) for part in query.subqueries))
    return set(query.docs(searcher))


def matching_docs(query: Any, searcher: Any, dates: DateTable) -> set[int]:
    """The documents `query` matches, as Whoosh's `docs_for_query` finds them in far more steps, give or
    take deleted ones (a date range keeps them): a set to narrow a search by, not to count."""
    kind = type(query)
    if kind is wq.DateRange and query.fieldname == "published" and not (query.startexcl or query.endexcl):
        return dates.between(searcher, _day(query.startdate), _day(query.enddate))
    if kind is wq.ConstantScoreQuery:
        return matching_docs(query.child, searcher, dates)
    if kind is wq.And and query.subqueries:
        parts = sorted((matching_docs(part, searcher, dates) for part in query.subqueries), key=len)
        return parts[0].intersection(*parts[1:])
    found: set[int] = set()
    for subsearcher, offset in searcher.leaf_searchers():
        docs = _leaf_docs(query, subsearcher)
        found.update({offset + docnum for docnum in docs} if offset else docs)
    return found


class _DocListMatcher(ListMatcher):  # type: ignore[misc]
    """Sorted document numbers, skipped through by bisection, each scoring 0.0."""

    _ids: list[int]
    _i: int

    def skip_to(self, target: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        if target > self._ids[self._i]:
            self._i = bisect_left(self._ids, target, self._i)

    def weight(self) -> float:
        return 0.0

    def score(self) -> float:
        return 0.0


def _offset(searcher: Any) -> int:
    """Where a segment's document numbers start in the index-wide numbering of its parent searcher."""
    parent = searcher.get_parent()
    for subsearcher, offset in parent.leaf_searchers():
        if subsearcher is searcher:
            return int(offset)
    return 0


class DocSetQuery(wq.Query):  # type: ignore[misc]
    """Matches a set of documents (index-wide numbers) with a score of 0.0.

    Joined to a text query with `And`, the walk skips from one allowed document to the next instead of
    stepping through every match of the text, and each hit's score is the text's plus 0.0, unchanged.
    """

    def __init__(self, docs: set[int]) -> None:
        self.docs = docs
        self.boost = 1.0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocSetQuery) and other.docs == self.docs

    def __hash__(self) -> int:
        return hash(len(self.docs))

    def __repr__(self) -> str:
        return f"DocSetQuery({len(self.docs)} documents)"

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def estimate_min_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        offset = _offset(searcher)
        end = offset + searcher.reader().doc_count_all()
        ids = sorted(docnum - offset for docnum in self.docs if offset <= docnum < end)
        return _DocListMatcher(ids) if ids else NullMatcher()
