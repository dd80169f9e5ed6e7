"""Statistic groups of a build: the same quantity stated more than once, stored beside the records.

Each groupable statistic is kept with its document under its family (what it counts, how it is
measured); a write regroups only the families it touched, so an ingest costs what its figures do.
The grouping itself is `app.extract.grouping`; this module only stores and reads its result.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.extract.group_keys import family_of, group_key
from app.extract.grouping import group_statistics
from app.index.clusters import cluster_ids_in
from app.index.fts import fts_condition
from app.index.keyset import KeysetOrder, RowPage, SortValues
from app.index.packed_text import item_json
from app.index.sqlite import connect_for_reading
from app.models import CitedStatistic, DocumentRecord, QuantityGroup, Statistic

__all__ = ["GroupFilters", "GroupWriter", "StatisticGroups"]

# Most documents first; the id tells groups apart.
_ORDER = KeysetOrder.parse(
    "documents DESC, members DESC, first_published IS NULL, first_published, label, id"
)

_SCHEMA = """
-- `statistic_id` is the figure's row in `statistics`, which holds the figure itself.
CREATE TABLE IF NOT EXISTS grouped_statistics (
    doc_id TEXT NOT NULL, published TEXT, family TEXT NOT NULL, statistic_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS grouped_statistics_family ON grouped_statistics (family);
CREATE INDEX IF NOT EXISTS grouped_statistics_doc ON grouped_statistics (doc_id);
CREATE TABLE IF NOT EXISTS quantity_groups (
    id INTEGER PRIMARY KEY, family TEXT NOT NULL, label TEXT NOT NULL, documents INTEGER NOT NULL,
    members INTEGER NOT NULL, sources INTEGER NOT NULL, disagree INTEGER NOT NULL, first_published TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quantity_groups_family ON quantity_groups (family);
CREATE VIRTUAL TABLE IF NOT EXISTS quantity_groups_text USING fts5 (
    label, tokenize='porter unicode61 remove_diacritics 2'
);
"""


class GroupWriter:
    """Keeps a build's statistic groups in step with its records; `refresh` regroups touched families."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)
        self._touched: set[str] = set()

    def add(self, record: DocumentRecord) -> None:
        """Group the record's figures; its `statistics` rows must be written already (the catalog's)."""
        published = record.published.value.isoformat() if record.published else None
        # The catalog writes a record's figures in the record's order, so their rows come back in it.
        statistic_ids = [
            statistic_id
            for (statistic_id,) in self._connection.execute(
                "SELECT id FROM statistics WHERE doc_id = ? ORDER BY id", (record.id,)
            )
        ]
        rows: list[tuple[str, str | None, str, int]] = []
        for statistic, statistic_id in zip(record.statistics, statistic_ids, strict=True):
            key = group_key(statistic)
            if key is not None:
                family = family_of(key)
                self._touched.add(family)
                rows.append((record.id, published, family, statistic_id))
        self._connection.executemany("INSERT INTO grouped_statistics VALUES (?, ?, ?, ?)", rows)

    def remove(self, doc_id: str) -> None:
        self._touched.update(
            family
            for (family,) in self._connection.execute(
                "SELECT DISTINCT family FROM grouped_statistics WHERE doc_id = ?", (doc_id,)
            )
        )
        self._connection.execute("DELETE FROM grouped_statistics WHERE doc_id = ?", (doc_id,))

    def touch(self, doc_ids: Iterable[str]) -> None:
        """Regroup these documents' families at the next refresh: their story clusters changed."""
        for doc_id in doc_ids:
            self._touched.update(
                family
                for (family,) in self._connection.execute(
                    "SELECT DISTINCT family FROM grouped_statistics WHERE doc_id = ?", (doc_id,)
                )
            )

    def refresh(self) -> None:
        """Regroup every family touched since the last refresh."""
        families = sorted(self._touched)
        for start in range(0, len(families), 500):
            self._regroup(families[start : start + 500])
        self._touched.clear()

    def _regroup(self, families: list[str]) -> None:
        connection = self._connection
        marks = ",".join("?" * len(families))
        connection.execute(
            f"DELETE FROM quantity_groups_text WHERE rowid IN (SELECT id FROM quantity_groups WHERE family IN ({marks}))",
            families,
        )
        connection.execute(f"DELETE FROM quantity_groups WHERE family IN ({marks})", families)
        cited = [
            CitedStatistic(
                document_id=doc_id,
                published=published,
                statistic=Statistic.model_validate_json(item_json(body)),
            )
            for doc_id, published, body in connection.execute(
                "SELECT grouped.doc_id, grouped.published, statistics.item FROM grouped_statistics AS grouped"
                f" JOIN statistics ON statistics.id = grouped.statistic_id WHERE grouped.family IN ({marks})"
                " ORDER BY grouped.family, grouped.rowid",
                families,
            )
        ]
        cluster_of = cluster_ids_in(connection, (item.document_id for item in cited))
        for group in group_statistics(cited, cluster_of):
            first = group.members[0]
            cursor = connection.execute(
                "INSERT INTO quantity_groups (family, label, documents, members, sources, disagree,"
                " first_published, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    family_of(group.how),
                    group.label,
                    len({member.document_id for member in group.members}),
                    len(group.members),
                    len(group.sources),
                    int(group.disagree),
                    first.published.isoformat() if first.published else None,
                    group.model_dump_json(),
                ),
            )
            connection.execute(
                "INSERT INTO quantity_groups_text (rowid, label) VALUES (?, ?)",
                (cursor.lastrowid, f"{group.label} {group.how.counts}"),
            )


@dataclass(frozen=True, kw_only=True)
class GroupFilters:
    q: str | None = None
    min_members: int = 2
    min_sources: int = 0
    disagree: bool | None = None


class StatisticGroups:
    """Read side of the groups; a fresh query-only connection per call, safe in any thread."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def find(
        self, filters: GroupFilters, *, offset: int, limit: int, after: SortValues | None = None
    ) -> RowPage[QuantityGroup]:
        """Groups matching `filters` after `after`, most documents first."""
        clauses = ["members >= ?", "sources >= ?"]
        params: list[Any] = [filters.min_members, filters.min_sources]
        if (matching := fts_condition(filters.q, table="quantity_groups_text")) is not None:
            clauses.append(matching[0])
            params.extend(matching[1])
        if filters.disagree is not None:
            clauses.append("disagree = ?")
            params.append(int(filters.disagree))
        where = " AND ".join(clauses)
        with closing(connect_for_reading(self.path)) as connection:
            (total,) = connection.execute(
                f"SELECT count(*) FROM quantity_groups WHERE {where}", params
            ).fetchone()
            connection.row_factory = sqlite3.Row
            following, after_params = _ORDER.after(after)
            rows = connection.execute(
                f"SELECT body, {_ORDER.key_columns()} FROM quantity_groups WHERE {where} AND {following}"
                f" ORDER BY {_ORDER.order_by()} LIMIT ? OFFSET ?",
                [*params, *after_params, limit, offset],
            ).fetchall()
        return RowPage(
            total=total,
            rows=[QuantityGroup.model_validate_json(row["body"]) for row in rows],
            last=_ORDER.last_of(rows, limit),
        )
