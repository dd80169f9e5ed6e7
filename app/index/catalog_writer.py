"""Keeps the catalog tables in step with the records: a document's rows in, a document's rows out."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from app.index.aliases import AliasTable
from app.index.catalog_schema import CATALOG_SCHEMA
from app.index.entity_totals import refresh_entities
from app.index.packed_text import item_json, pack_item
from app.models import DocumentRecord, EntityKind, Evidence

__all__ = ["SNIPPETS_PER_DOCUMENT", "CatalogWriter"]

SNIPPETS_PER_DOCUMENT = 3


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _passage(text: str, mention: Evidence) -> list[int]:
    """The mention's line, cut to at most 120 characters either side of it, as offsets (passage start and
    end, mention start and end): the text is the document's, read back when the passage is shown."""
    start = max(0, text.rfind("\n", 0, mention.start) + 1, mention.start - 120)
    end_of_line = text.find("\n", mention.end)
    end = min(len(text), mention.end + 120, end_of_line if end_of_line >= 0 else len(text))
    return [start, end, mention.start, mention.end]


def _indexed_words(statistic_id: int, statistic: dict[str, Any]) -> tuple[int, str, str]:
    """The full-text row of a figure (as a dict of its JSON): its insert and its delete must give the same.

    Since store format 10 the JSON leaves out default-valued fields, `counts` among them when it is null."""
    return statistic_id, statistic.get("counts") or "", statistic["sentence"]["text"]


class CatalogWriter:
    """Keeps a build's catalog tables in step with its records, one document at a time.

    `add` and `remove` change the per-document rows and note which entities they touch;
    `refresh` recomputes just those archive-wide rows. A full build is
    the same path with every entity touched.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(CATALOG_SCHEMA)
        self._aliases = AliasTable(connection)
        self._touched_entities: set[str] = set()

    def add(self, record: DocumentRecord) -> None:
        published = _iso(record.published.value if record.published else None)
        self._aliases.add(record)
        rows: list[tuple[str, str, EntityKind, list[Evidence], str | None]] = []
        for person in record.people:
            rows.append((person.entity_id, person.name, person.kind, person.mentions, person.organization))
            self._connection.executemany(
                "INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        person.entity_id,
                        record.id,
                        published,
                        title.text,
                        title.organization,
                        title.start,
                        title.end,
                    )
                    for title in person.titles
                ],
            )
        rows.extend(
            (org.entity_id, org.name, "organization", org.mentions, None) for org in record.organizations
        )
        rows.extend((place.entity_id, place.name, "place", place.mentions, None) for place in record.places)
        self._touched_entities.update(row[0] for row in rows)
        self._connection.executemany(
            "INSERT OR REPLACE INTO entity_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    entity_id,
                    record.id,
                    published,
                    len(mentions),
                    json.dumps(
                        [_passage(record.text, mention) for mention in mentions[:SNIPPETS_PER_DOCUMENT]],
                        separators=(",", ":"),
                    ),
                    name,
                    kind,
                    organization,
                )
                for entity_id, name, kind, mentions, organization in rows
            ],
        )
        self._connection.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    record.id,
                    published,
                    quote.start,
                    quote.end,
                    quote.speaker.entity_id if quote.speaker else None,
                    pack_item(quote),
                )
                for quote in record.quotes
            ],
        )
        if not record.statistics:
            return
        # The ids SQLite would give the rows one by one (the largest so far plus one), given here so that
        # each figure's full-text row takes its id and both tables are written in one statement each.
        (last,) = self._connection.execute("SELECT coalesce(max(id), 0) FROM statistics").fetchone()
        statistic_ids = range(last + 1, last + 1 + len(record.statistics))
        self._connection.executemany(
            'INSERT INTO statistics (id, doc_id, published, start, "end", value, kind, attributed_entity_id, place,'
            " item) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    statistic_id,
                    record.id,
                    published,
                    statistic.start,
                    statistic.end,
                    statistic.value,
                    statistic.kind,
                    statistic.attributed_to.entity_id if statistic.attributed_to else None,
                    statistic.place,
                    pack_item(statistic),
                )
                for statistic_id, statistic in zip(statistic_ids, record.statistics, strict=True)
            ],
        )
        self._connection.executemany(
            "INSERT INTO statistics_text (rowid, counts, sentence) VALUES (?, ?, ?)",
            [
                (statistic_id, statistic.counts or "", statistic.sentence.text)
                for statistic_id, statistic in zip(statistic_ids, record.statistics, strict=True)
            ],
        )

    def remove(self, doc_id: str) -> None:
        """Delete one document's rows, noting the entities that change."""
        connection = self._connection
        self._touched_entities.update(
            entity_id
            for (entity_id,) in connection.execute(
                "SELECT entity_id FROM entity_documents WHERE doc_id = ?", (doc_id,)
            )
        )
        connection.executemany(
            "INSERT INTO statistics_text (statistics_text, rowid, counts, sentence) VALUES ('delete', ?, ?, ?)",
            [
                _indexed_words(statistic_id, json.loads(item_json(item)))
                for statistic_id, item in connection.execute(
                    "SELECT id, item FROM statistics WHERE doc_id = ?", (doc_id,)
                )
            ],
        )
        for table in ("statistics", "quotes", "roles", "entity_documents"):
            connection.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self._aliases.remove(doc_id)

    def refresh(self) -> None:
        """Recompute the archive-wide rows of every entity touched since the last refresh."""
        refresh_entities(self._connection, sorted(self._touched_entities))
        self._touched_entities.clear()
