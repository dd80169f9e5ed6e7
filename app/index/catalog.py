"""Entities, quotes and statistics of a build, read from the catalog tables beside the records.

Written by the indexer (app.index.catalog_writer) in the same build as the search index, so documents,
entities and statistics can never disagree; read by the API with indexed queries, never by scanning
records. The same tables serve every search engine.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Literal

from app.index.aliases import alias_target, ranked_entity_ids, resolve_entity
from app.index.keyset import KeysetOrder, RowPage, SortValues
from app.index.link_table import linked_roles
from app.index.packed_text import item_json
from app.index.rows import (
    CoMention,
    EntityDocumentRow,
    EntityProfile,
    EntityRow,
    MentionPassage,
    QuoteEntry,
    RoleEntry,
    Span,
    StatisticEntry,
)
from app.index.sqlite import connect_for_reading
from app.index.statistic_table import StatisticFilters, find_statistics
from app.models import EntityKind, Quote

__all__ = ["Catalog", "EntitySort"]

EntitySort = Literal["documents", "mentions", "name"]

_ENTITY_COLUMNS = "entity_id, kind, name, aliases, documents, mentions"
_ENTITY_ORDER = {
    sort: KeysetOrder.parse(order)
    for sort, order in {
        "documents": "documents DESC, name, entity_id",
        "mentions": "mentions DESC, name, entity_id",
        "name": "name, entity_id",
    }.items()
}
_DOCUMENT_ORDER = {
    sort: KeysetOrder.parse(order)
    for sort, order in {
        "-published": "published IS NULL, published DESC, doc_id",
        "published": "published IS NULL, published, doc_id",
        "mentions": "mentions DESC, doc_id",
    }.items()
}
# rowid (which an ingest may renumber) only tells apart quotes of the same span.
_QUOTE_ORDER = KeysetOrder.parse('published IS NULL, published, doc_id, start, "end", rowid')


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _entity_row(row: sqlite3.Row) -> EntityRow:
    return EntityRow(
        entity_id=row["entity_id"],
        kind=row["kind"],
        name=row["name"],
        aliases=json.loads(row["aliases"]),
        documents=row["documents"],
        mentions=row["mentions"],
    )


def _passage(offsets: list[int], text: str) -> MentionPassage:
    """A passage as stored (passage and mention offsets), cut from the document's text."""
    start, end, mention_start, mention_end = offsets
    return MentionPassage(
        start=start, end=end, text=text[start:end], mention=Span(start=mention_start, end=mention_end)
    )


class Catalog:
    """Read side of the catalog tables; a fresh query-only connection per call, safe in any thread."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        connection = connect_for_reading(self.path)
        connection.row_factory = sqlite3.Row
        return connection

    def entities(
        self,
        *,
        kind: EntityKind | None,
        q: str | None,
        sort: EntitySort | None,
        offset: int,
        limit: int,
        after: SortValues | None = None,
    ) -> RowPage[EntityRow]:
        """Entities of a kind, or matching a name (best match first unless sorted), and their total.

        Matching entities are ranked in memory and paged by offset; the others follow `after`.
        """
        with closing(self._connect()) as connection:
            if q and q.strip():
                rows = self._matching(connection, q)
                if kind:
                    rows = [row for row in rows if row.kind == kind]
                if sort == "documents":
                    rows.sort(key=lambda row: (-row.documents, row.name))
                elif sort == "mentions":
                    rows.sort(key=lambda row: (-row.mentions, row.name))
                elif sort == "name":
                    rows.sort(key=lambda row: row.name)
                return RowPage(total=len(rows), rows=rows[offset : offset + limit], last=None)
            where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
            (total,) = connection.execute(f"SELECT count(*) FROM entities {where}", params).fetchone()
            order = _ENTITY_ORDER[sort or "documents"]
            following, after_params = order.after(after)
            found = connection.execute(
                f"SELECT {_ENTITY_COLUMNS}, {order.key_columns()} FROM entities {where or 'WHERE 1'}"
                f" AND {following} ORDER BY {order.order_by()} LIMIT ? OFFSET ?",
                [*params, *after_params, limit, offset],
            ).fetchall()
        return RowPage(
            total=total,
            rows=[_entity_row(row) for row in found],
            last=order.last_of(found, limit),
        )

    @staticmethod
    def _matching(connection: sqlite3.Connection, q: str) -> list[EntityRow]:
        """Every entity matching `q`, best match first."""
        ranked = ranked_entity_ids(connection, q)
        by_id: dict[str, EntityRow] = {}
        for start in range(0, len(ranked), 500):
            chunk = ranked[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in connection.execute(
                f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE entity_id IN ({marks})", chunk
            ):
                by_id[row["entity_id"]] = _entity_row(row)
        return [by_id[entity_id] for entity_id in ranked if entity_id in by_id]

    def resolve_entity(self, value: str, *, kinds: tuple[EntityKind, ...] = ()) -> str:
        """The canonical id of an id, alias or name (UnknownEntity, AmbiguousEntity otherwise)."""
        with closing(self._connect()) as connection:
            return resolve_entity(connection, value, kinds=kinds)

    def canonical_id(self, alias_id: str) -> str | None:
        """The entity an alias id such as `jeff-sessions` stands for, if only one."""
        with closing(self._connect()) as connection:
            return alias_target(connection, alias_id)

    def entity(self, entity_id: str, *, related: int = 10) -> EntityProfile | None:
        """The entity with its role timeline, organizations and co-mentioned entities."""
        with closing(self._connect()) as connection:
            row = connection.execute(
                f"SELECT {_ENTITY_COLUMNS}, organizations FROM entities WHERE entity_id = ?", (entity_id,)
            ).fetchone()
            if row is None:
                return None
            roles = self._roles(connection, entity_id)
            neighbours = [
                CoMention(
                    entity_id=other["entity_id"],
                    name=other["name"],
                    kind=other["kind"],
                    documents=other["shared"],
                )
                for other in connection.execute(
                    "SELECT other.entity_id, entities.name, entities.kind, count(*) AS shared"
                    " FROM entity_documents AS mine JOIN entity_documents AS other"
                    " ON other.doc_id = mine.doc_id AND other.entity_id != mine.entity_id"
                    " JOIN entities ON entities.entity_id = other.entity_id"
                    " WHERE mine.entity_id = ? GROUP BY other.entity_id ORDER BY shared DESC, entities.name",
                    (entity_id,),
                )
            ]
        summary = _entity_row(row)
        return EntityProfile(
            entity_id=summary.entity_id,
            kind=summary.kind,
            name=summary.name,
            aliases=summary.aliases,
            documents=summary.documents,
            mentions=summary.mentions,
            roles=roles,
            organizations=json.loads(row["organizations"]),
            places=[neighbour.name for neighbour in neighbours if neighbour.kind == "place"][:related],
            related=neighbours[:related],
        )

    @staticmethod
    def _roles(connection: sqlite3.Connection, entity_id: str) -> list[RoleEntry]:
        """Titles the entity's own documents state, and those linked from other documents, oldest first."""
        roles = [
            RoleEntry(
                title=role["title"],
                organization=role["organization"],
                document_id=role["doc_id"],
                published=_date(role["published"]),
                start=role["start"],
                end=role["end"],
                evidence_document_id=role["doc_id"],
            )
            for role in connection.execute(
                'SELECT title, organization, doc_id, published, start, "end" FROM roles WHERE entity_id = ?',
                (entity_id,),
            )
        ] + [
            RoleEntry(
                title=role.title,
                organization=role.organization,
                document_id=role.doc_id,
                published=role.published,
                start=role.start,
                end=role.end,
                evidence_document_id=role.evidence_doc_id,
                derived="linked_across_documents",
            )
            for role in linked_roles(connection, entity_id)
        ]
        roles.sort(
            key=lambda role: (
                role.published is None,
                role.published or date.min,
                role.document_id,
                role.start,
            )
        )
        return roles

    def entity_documents(
        self, entity_id: str, *, sort: str, offset: int, limit: int, after: SortValues | None = None
    ) -> RowPage[EntityDocumentRow]:
        """The documents that mention the entity, with the passages around its first mentions."""
        order = _DOCUMENT_ORDER[sort]
        following, after_params = order.after(after)
        with closing(self._connect()) as connection:
            (total,) = connection.execute(
                "SELECT count(*) FROM entity_documents WHERE entity_id = ?", (entity_id,)
            ).fetchone()
            rows = connection.execute(
                f"SELECT doc_id, mentions, snippets, {order.key_columns()} FROM entity_documents"
                f" WHERE entity_id = ? AND {following} ORDER BY {order.order_by()} LIMIT ? OFFSET ?",
                (entity_id, *after_params, limit, offset),
            ).fetchall()
            doc_ids = [row["doc_id"] for row in rows]
            texts = dict(
                connection.execute(
                    f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids
                ).fetchall()
            )
        entries = [
            EntityDocumentRow(
                document_id=row["doc_id"],
                mentions=row["mentions"],
                snippets=[_passage(offsets, texts[row["doc_id"]]) for offsets in json.loads(row["snippets"])],
            )
            for row in rows
        ]
        return RowPage(total=total, rows=entries, last=order.last_of(rows, limit))

    def quotes(
        self, entity_id: str, *, offset: int, limit: int, after: SortValues | None = None
    ) -> RowPage[QuoteEntry]:
        """The quotes the text attributes to the entity, oldest document first."""
        following, after_params = _QUOTE_ORDER.after(after)
        with closing(self._connect()) as connection:
            (total,) = connection.execute(
                "SELECT count(*) FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
            ).fetchone()
            rows = connection.execute(
                f"SELECT doc_id, published, item, {_QUOTE_ORDER.key_columns()} FROM quotes WHERE speaker_entity_id = ? AND {following}"
                f" ORDER BY {_QUOTE_ORDER.order_by()} LIMIT ? OFFSET ?",
                (entity_id, *after_params, limit, offset),
            ).fetchall()
        entries = [
            QuoteEntry(
                document_id=row["doc_id"],
                published=_date(row["published"]),
                quote=Quote.model_validate_json(item_json(row["item"])),
            )
            for row in rows
        ]
        return RowPage(total=total, rows=entries, last=_QUOTE_ORDER.last_of(rows, limit))

    def names(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """Canonical names of the entities that exist, by id."""
        wanted = list(entity_ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with closing(self._connect()) as connection:
            return {
                row["entity_id"]: row["name"]
                for row in connection.execute(
                    f"SELECT entity_id, name FROM entities WHERE entity_id IN ({marks})", wanted
                )
            }

    def statistics(
        self, filters: StatisticFilters, *, offset: int, limit: int, after: SortValues | None = None
    ) -> RowPage[StatisticEntry]:
        """The figures matching the filters, newest document first, and their total."""
        with closing(self._connect()) as connection:
            return find_statistics(connection, filters, offset=offset, limit=limit, after=after)
