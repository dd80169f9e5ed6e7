"""The `person_links` table: the links across documents that the records carry, for the role timeline.

Written beside the records in the writer's transaction (app.index.store), so it always mirrors
the `linked` field of the stored people; app.index.resolution reads it to undo and redo links.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.index.sqlite import named_rows
from app.models import DocumentRecord

__all__ = ["LinkTable", "LinkedRole", "linked_roles"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS person_links (
    doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, published TEXT, name TEXT NOT NULL,
    extracted_entity_id TEXT, matched_by TEXT NOT NULL, evidence_doc_id TEXT NOT NULL, title TEXT NOT NULL,
    organization TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS person_links_doc ON person_links (doc_id);
CREATE INDEX IF NOT EXISTS person_links_entity ON person_links (entity_id);
-- The surnames the last run looked for, and the official each named: what an ingest must look for again.
CREATE TABLE IF NOT EXISTS link_surnames (surface TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
"""


class LinkTable:
    """Keeps `person_links` in step with the records, written beside them in the same transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)

    def add(self, record: DocumentRecord) -> None:
        published = record.published.value.isoformat() if record.published else None
        self._connection.executemany(
            "INSERT INTO person_links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    record.id,
                    person.entity_id,
                    published,
                    person.name,
                    person.linked.extracted_entity_id,
                    person.linked.matched_by,
                    person.linked.evidence.document_id,
                    person.linked.evidence.text,
                    person.linked.evidence.organization,
                    person.linked.evidence.start,
                    person.linked.evidence.end,
                )
                for person in record.people
                if person.linked
            ],
        )

    def remove(self, doc_id: str) -> None:
        self._connection.execute("DELETE FROM person_links WHERE doc_id = ?", (doc_id,))


@dataclass(frozen=True)
class LinkedRole:
    """A title an entity holds in a document only through another document's evidence."""

    doc_id: str
    published: date | None
    title: str
    organization: str | None
    evidence_doc_id: str
    start: int
    end: int


def linked_roles(connection: sqlite3.Connection, entity_id: str) -> list[LinkedRole]:
    """The entity's titles linked across documents, for its role timeline."""
    rows = (
        named_rows(connection)
        .execute(
            'SELECT doc_id, published, title, organization, evidence_doc_id, start, "end" FROM person_links'
            " WHERE entity_id = ?",
            (entity_id,),
        )
        .fetchall()
    )
    return [
        LinkedRole(
            doc_id=row["doc_id"],
            published=date.fromisoformat(row["published"]) if row["published"] else None,
            title=row["title"],
            organization=row["organization"],
            evidence_doc_id=row["evidence_doc_id"],
            start=row["start"],
            end=row["end"],
        )
        for row in rows
    ]
