"""A Whoosh collector for keyset pages: the first hits after a sort key, whatever the page's depth."""

from __future__ import annotations

from bisect import insort
from time import monotonic
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh import collectors

from app.index.engine import SortKey

__all__ = ["KeysetCollector", "scored_page"]


class KeysetCollector(collectors.Collector):  # type: ignore[misc]
    """Keeps the `limit` first hits after `after` by (value, id), and the set of every hit.

    The value is the score (best first) when `column` is None, else that column's value (ascending).
    Memory and time grow with `limit`, not with how many hits come before `after`. With `allow`, only
    those documents count as hits: a filter's documents found beforehand as a set. With `time_limit`,
    the walk stops with `TimeLimit` at the first hit after that many seconds, the hits so far kept.
    """

    def __init__(
        self,
        *,
        column: str | None,
        after: SortKey | None,
        limit: int,
        ids: list[str],
        allow: set[int] | None = None,
        time_limit: float | None = None,
    ) -> None:
        super().__init__()
        # Checked before each hit, as Whoosh's TimeLimitCollector checks its flag; that collector starts
        # a timer thread per search, which cost more than a rare term's whole search.
        self._time_limit = time_limit
        self._deadline: float | None = None
        # Every document's id by index-wide number (read once per index generation: opening the id
        # column reads its table of offsets, which cost more than a short search).
        self._ids = ids
        self._allow = allow
        self._column = column
        # Scores are compared negated, so that every order is ascending.
        self._after = None if after is None else (-after[0] if column is None else after[0], after[1])
        self._limit = limit
        self.items: list[tuple[tuple[float, str], int]] = []

    def prepare(self, top_searcher: Any, q: Any, context: Any) -> None:
        scored = self._column is None
        super().prepare(top_searcher, q, context.set(needs_current=True) if scored else context)
        self.items = []
        self._deadline = None if self._time_limit is None else monotonic() + self._time_limit

    def set_subsearcher(self, subsearcher: Any, offset: int) -> None:
        super().set_subsearcher(subsearcher, offset)
        reader = subsearcher.reader()
        # Raw values, as Whoosh sorts by them (a datetime column translates undated documents to an error).
        self._values = None if self._column is None else reader.column_reader(self._column, translate=False)

    def collect(self, sub_docnum: int) -> int:
        if self._deadline is not None and monotonic() >= self._deadline:
            raise collectors.TimeLimit
        global_docnum = self.offset + sub_docnum
        if self._allow is not None and global_docnum not in self._allow:
            return 0
        self.docset.add(global_docnum)
        value = -self.matcher.score() if self._values is None else self._values[sub_docnum]
        items = self.items
        full = len(items) == self._limit
        # The value alone settles most hits; the id is read only for ties.
        if (self._after is not None and value < self._after[0]) or (full and value > items[-1][0][0]):
            return 0
        key = (value, self._ids[global_docnum])
        if (self._after is not None and key <= self._after) or (full and key >= items[-1][0]):
            return 0
        insort(items, (key, global_docnum))
        if len(items) > self._limit:
            items.pop()
        return 0

    def hit_keys(self) -> list[SortKey]:
        """The kept hits' keys in order, as the engine interface states them (scores positive)."""
        sign = -1 if self._column is None else 1
        return [(sign * value, doc_id) for (value, doc_id), _ in self.items]

    def results(self) -> Any:
        return self._results([(value, docnum) for (value, _), docnum in self.items], docset=self.docset)


def scored_page(
    docs: npt.NDArray[np.int64],
    scores: npt.NDArray[np.float64],
    *,
    ids: list[str],
    after: SortKey | None,
    limit: int,
) -> list[SortKey]:
    """The keys `KeysetCollector` keeps by relevance, from every match's number and score at once: the
    `limit` first by (-score, id) after `after`, scores positive as in `hit_keys`."""
    values = -scores
    if after is not None:
        after_value = -after[0]
        later = values > after_value
        for index in np.flatnonzero(values == after_value).tolist():
            later[index] = ids[int(docs[index])] > after[1]
        docs, values = docs[later], values[later]
    if len(values) > limit > 0:
        # Every document whose value could be among the first `limit`, ties at the boundary included.
        boundary = np.partition(values, limit - 1)[limit - 1]
        near = values <= boundary
        docs, values = docs[near], values[near]
    keys = sorted((value, ids[docnum]) for value, docnum in zip(values.tolist(), docs.tolist(), strict=True))
    return [(-1 * value, doc_id) for value, doc_id in keys[:limit]]
