"""Keyset pages of the SQLite lists: the rows after the last one shown, in an order of several columns.

`WHERE (sort, id) > (?, ?)` generalized to orders that mix directions and hold NULLs (which SQLite sorts
first ascending and last descending), so a page costs what the first does and does not shift when rows
are added or removed before it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.errors import InvalidCursor

__all__ = ["KeyValue", "KeysetOrder", "RowPage", "SortValues"]

KeyValue = float | int | str | None
# A row's values of the order's expressions, the last of which tells every row apart.
SortValues = tuple[KeyValue, ...]
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class RowPage(Generic[RowT]):
    """A page of rows, the total of the list, and the sort values of a full page's last row (None: the end)."""

    total: int
    rows: list[RowT]
    last: SortValues | None


@dataclass(frozen=True)
class KeysetOrder:
    """An ORDER BY of `expression [DESC]` terms, the last of which is unique."""

    terms: tuple[tuple[str, bool], ...]

    @classmethod
    def parse(cls, order_by: str) -> KeysetOrder:
        """`published IS NULL, published DESC, doc_id` -> its terms."""
        terms = []
        for term in order_by.split(","):
            expression = term.strip()
            descending = expression.upper().endswith(" DESC")
            terms.append((expression[: -len(" DESC")] if descending else expression, descending))
        return cls(tuple(terms))

    def order_by(self) -> str:
        return ", ".join(
            f"{expression}{' DESC' if descending else ''}" for expression, descending in self.terms
        )

    def key_columns(self) -> str:
        """The order's expressions as `_k0, _k1…` columns, to add to a SELECT."""
        return ", ".join(f"{expression} AS _k{number}" for number, (expression, _) in enumerate(self.terms))

    def last_of(self, rows: list[sqlite3.Row], limit: int) -> SortValues | None:
        """The sort values of a full page's last row; None when the list ended before `limit` rows."""
        if len(rows) < limit or not rows:
            return None
        return tuple(rows[-1][f"_k{number}"] for number in range(len(self.terms)))

    def after(self, key: SortValues | None) -> tuple[str, list[KeyValue]]:
        """A condition (with its parameters) true of the rows that follow `key`; `1` without a key."""
        if key is None:
            return "1", []
        if len(key) != len(self.terms):
            raise InvalidCursor("The cursor is not one this API returned: pass `next` back unchanged.")
        directions = {descending for _, descending in self.terms}
        if len(directions) == 1 and None not in key:
            # One direction and no NULL: a row-value comparison, which an index in that order serves.
            columns = ", ".join(f"({expression})" for expression, _ in self.terms)
            marks = ", ".join("?" * len(key))
            return f"({columns}) {'<' if directions == {True} else '>'} ({marks})", list(key)
        # Parenthesized, as `published IS NULL > ?` would read `published IS (NULL > ?)`.
        expressions = [f"({expression})" for expression, _ in self.terms]
        alternatives: list[str] = []
        params: list[KeyValue] = []
        for number, (expression, (_, descending), value) in enumerate(
            zip(expressions, self.terms, key, strict=True)
        ):
            equal = [f"{earlier} IS ?" for earlier in expressions[:number]]
            if value is None:
                following = "0" if descending else f"{expression} IS NOT NULL"
                values: list[KeyValue] = []
            else:
                following = (
                    f"({expression} < ? OR {expression} IS NULL)" if descending else f"{expression} > ?"
                )
                values = [value]
            alternatives.append("(" + " AND ".join([*equal, following]) + ")")
            params += [*key[:number], *values]
        return "(" + " OR ".join(alternatives) + ")", params
