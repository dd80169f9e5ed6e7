"""The record store: full document records in SQLite beside the Whoosh index.

Whoosh keeps only what it needs to search; reading a record back by id from SQLite
is faster than Whoosh's stored fields and keeps the search index small.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from app.index.analysis import outlet_key
from app.index.catalog import CatalogWriter
from app.models import DocumentRecord
from app.schemas import DocumentSummary

__all__ = ["RECORDS_FILE", "RecordStore", "RecordWriter", "summary_of"]

RECORDS_FILE = "records.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT,
    published TEXT,
    outlet TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
"""


def summary_of(record: DocumentRecord) -> DocumentSummary:
    return DocumentSummary(
        id=record.id,
        title=record.title.value if record.title else None,
        published=record.published.value if record.published else None,
        outlet=record.outlet.value if record.outlet else None,
        url=record.url,
    )


class RecordWriter:
    """Writes a build's records and catalog in one SQLite transaction, committed by `finish()`."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path)
        self._connection.executescript(_SCHEMA)
        self._catalog = CatalogWriter(self._connection)

    def add(self, record: DocumentRecord) -> None:
        summary = summary_of(record)
        self._connection.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                summary.title,
                summary.published.isoformat() if summary.published else None,
                summary.outlet,
                record.url,
                record.content_hash,
                record.model_dump_json(),
            ),
        )
        self._catalog.add(record)

    def finish(self) -> None:
        self._catalog.refresh()
        self._connection.commit()
        self._connection.close()


class RecordStore:
    """Read side: a fresh read-only connection per call, so any thread may use it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def get(self, doc_id: str) -> DocumentRecord | None:
        with closing(self._connect()) as connection:
            row = connection.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return DocumentRecord.model_validate_json(row[0]) if row else None

    def texts(self, doc_ids: list[str]) -> dict[str, str]:
        """Cleaned text by id, for highlighting a page of hits."""
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        with closing(self._connect()) as connection:
            rows = connection.execute(
                f"SELECT id, json_extract(record, '$.text') FROM documents WHERE id IN ({marks})", doc_ids
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def summaries(self, doc_ids: list[str]) -> dict[str, DocumentSummary]:
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        with closing(self._connect()) as connection:
            rows = connection.execute(
                f"SELECT id, title, published, outlet, url FROM documents WHERE id IN ({marks})", doc_ids
            ).fetchall()
        return {
            row[0]: DocumentSummary(
                id=row[0],
                title=row[1],
                published=date.fromisoformat(row[2]) if row[2] else None,
                outlet=row[3],
                url=row[4],
            )
            for row in rows
        }

    def outlet_names(self) -> dict[str, str]:
        """Outlet filter keys to the names as published."""
        with closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL"
            ).fetchall()
        return {outlet_key(name): name for (name,) in rows}
