"""Reading the catalog's statistics table: filters, the FTS query over counted phrases and sentences, rows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.index.fts import fts_condition
from app.index.keyset import KeysetOrder, RowPage, SortValues
from app.index.packed_text import item_json
from app.index.rows import StatisticEntry
from app.index.sqlite import named_rows
from app.models import Statistic

__all__ = ["StatisticFilters", "find_statistics"]


# Newest document first. rowid (which an ingest may renumber) only tells apart figures of the same span.
_ORDER = KeysetOrder.parse('published IS NULL, published DESC, doc_id, start, "end", rowid')


@dataclass(frozen=True, kw_only=True)
class StatisticFilters:
    q: str | None = None
    kind: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    # Canonical entity ids, each filter matching any of its values.
    entity: tuple[str, ...] = ()
    attributed_to: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    document: str | None = None


def _where(filters: StatisticFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if (matching := fts_condition(filters.q, table="statistics_text")) is not None:
        clauses.append(matching[0])
        params.extend(matching[1])
    if filters.kind:
        clauses.append("kind = ?")
        params.append(filters.kind)
    if filters.minimum is not None:
        clauses.append("value >= ?")
        params.append(filters.minimum)
    if filters.maximum is not None:
        clauses.append("value <= ?")
        params.append(filters.maximum)
    if filters.entity:
        marks = ",".join("?" * len(filters.entity))
        clauses.append(f"doc_id IN (SELECT doc_id FROM entity_documents WHERE entity_id IN ({marks}))")
        params.extend(filters.entity)
    if filters.attributed_to:
        clauses.append(f"attributed_entity_id IN ({','.join('?' * len(filters.attributed_to))})")
        params.extend(filters.attributed_to)
    if filters.place:
        # A figure's place is as the sentence states it: any name the archive knows the place by.
        marks = ",".join("?" * len(filters.place))
        clauses.append(f"lower(place) IN (SELECT folded FROM entity_aliases WHERE entity_id IN ({marks}))")
        params.extend(filters.place)
    if filters.document:
        clauses.append("doc_id = ?")
        params.append(filters.document)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _entry(row: sqlite3.Row) -> StatisticEntry:
    return StatisticEntry(
        document_id=row["doc_id"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        statistic=Statistic.model_validate_json(item_json(row["item"])),
    )


def find_statistics(
    connection: sqlite3.Connection,
    filters: StatisticFilters,
    *,
    offset: int,
    limit: int,
    after: SortValues | None = None,
) -> RowPage[StatisticEntry]:
    """The figures matching the filters after `after`, newest document first, and their number."""
    where, params = _where(filters)
    (total,) = connection.execute(f"SELECT count(*) FROM statistics {where}", params).fetchone()
    following, after_params = _ORDER.after(after)
    rows = (
        named_rows(connection)
        .execute(
            f"SELECT doc_id, published, item, {_ORDER.key_columns()} FROM statistics"
            f" {where or 'WHERE 1'} AND {following} ORDER BY {_ORDER.order_by()} LIMIT ? OFFSET ?",
            [*params, *after_params, limit, offset],
        )
        .fetchall()
    )
    return RowPage(total=total, rows=[_entry(row) for row in rows], last=_ORDER.last_of(rows, limit))
