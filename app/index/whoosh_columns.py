"""Whoosh: per-document values read once per index generation, and a BM25F that takes lengths from them.

The engine reads segments through file handles (no mapped compound file), so every value Whoosh reads
per hit (a field's length for the score, an outlet or year for a facet) is a seek and a read. Values a
search needs for each of thousands of matches are instead read once into a list per segment and field,
exactly as Whoosh returns them, and dropped when a commit makes a new generation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh import scoring

__all__ = ["ColumnTables", "TableBM25F", "TableBM25FScorer"]


def _column_value(column: Any, docnum: int) -> Any:
    """A column's value for a document, None where the segment stored none (variable-width columns
    end at the last document that had a value)."""
    try:
        return column[docnum]
    except IndexError:
        return None


class ColumnTables:
    """Lists of per-document values by segment and field, built on first use per index generation.

    Lengths cost a byte-sized value per document and field; columns hold what the column reader returns
    (a small int or a short string); both are a few MB at 100,000 documents.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._tables: dict[tuple[str, str, str], list[Any]] = {}

    def _table(self, reader: Any, key: tuple[str, str, str], load: Callable[[], list[Any]]) -> list[Any]:
        with self._lock:
            if reader.generation() != self._generation:
                self._generation = reader.generation()
                self._tables = {}
            table = self._tables.get(key)
        if table is None:
            # Loaded outside the lock: two threads may both load it once; the values are the same.
            table = load()
            with self._lock:
                self._tables.setdefault(key, table)
        return table

    def lengths(self, leaf_reader: Any, field: str) -> list[Any]:
        """`leaf_reader.doc_field_length(docnum, field, 1)` of every document of one segment."""
        count = leaf_reader.doc_count_all()
        return self._table(
            leaf_reader,
            (leaf_reader.segment().segment_id(), "length", field),
            lambda: [leaf_reader.doc_field_length(docnum, field, 1) for docnum in range(count)],
        )

    def length_array(self, leaf_reader: Any, field: str) -> npt.NDArray[np.float64]:
        """`lengths` as an array of floats (the values BM25F's formula turns them into)."""
        key = (leaf_reader.segment().segment_id(), "length array", field)
        lengths = self.lengths(leaf_reader, field)
        table = self._table(leaf_reader, key, lambda: [np.array(lengths, dtype=np.float64)])
        array: npt.NDArray[np.float64] = table[0]
        return array

    def column(self, searcher: Any, field: str) -> list[Any]:
        """A column's (translated) value of every document, by index-wide document number; None where
        a segment stored none. Callers only read it (with one segment it is the cached list itself)."""
        parts: list[list[Any]] = []
        for subsearcher, _ in searcher.leaf_searchers():
            reader = subsearcher.reader()
            count = reader.doc_count_all()

            def load(reader: Any = reader, count: int = count) -> list[Any]:
                column = reader.column_reader(field)
                return [_column_value(column, docnum) for docnum in range(count)]

            # Leaves come in document-number order, so their lists concatenated are index-wide.
            parts.append(self._table(reader, (reader.segment().segment_id(), "column", field), load))
        if len(parts) == 1:
            return parts[0]
        return [value for part in parts for value in part]


class TableBM25FScorer(scoring.BM25FScorer):  # type: ignore[misc]
    """Whoosh's BM25F scorer, with the field length read from a list instead of the segment's column."""

    def __init__(
        self, searcher: Any, fieldname: str, text: Any, B: float, K1: float, qf: float, lengths: list[Any]
    ) -> None:
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        self.dfl = lengths.__getitem__

    def score(self, matcher: Any) -> float:
        score: float = scoring.bm25(
            self.idf, matcher.weight(), self.dfl(matcher.id()), self.avgfl, self.B, self.K1
        )
        return score


class TableBM25F(scoring.BM25F):  # type: ignore[misc]
    """Whoosh's default BM25F (same parameters, same scores), with lengths from `ColumnTables`."""

    def __init__(self, tables: ColumnTables) -> None:
        super().__init__()
        self._column_tables = tables

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: float = 1) -> Any:
        reader = searcher.reader()
        if not searcher.schema[fieldname].scorable or not reader.is_atomic():
            return super().scorer(searcher, fieldname, text, qf=qf)
        B = self._field_B.get(fieldname, self.B)
        lengths = self._column_tables.lengths(reader, fieldname)
        return TableBM25FScorer(searcher, fieldname, text, B, self.K1, qf, lengths)
