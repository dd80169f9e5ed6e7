"""The record store: full document records in SQLite beside the Whoosh index.

Whoosh keeps only what it needs to search; reading a record back by id from SQLite
is faster than Whoosh's stored fields and keeps the search index small.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Literal

from app.index.analysis import outlet_key
from app.index.catalog_writer import CatalogWriter
from app.index.clusters import ClusterWriter
from app.index.groups import GroupWriter
from app.index.link_table import LinkTable
from app.index.record_json import StoredRecord, pack_record
from app.index.rows import DocumentRow
from app.index.spelling import SpellingWriter, Vocabulary, spelling_text
from app.index.sqlite import ThreadConnections, connect_for_reading, named_rows
from app.models import DocumentRecord

__all__ = ["RECORDS_FILE", "Origin", "RecordStore", "RecordWriter", "stored_records", "summary_of"]

RECORDS_FILE = "records.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT,
    published TEXT,
    outlet TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    -- The record without `text` (the column above), nor `raw_text` when equal to it: app/index/record_json.py.
    record BLOB NOT NULL,
    origin TEXT NOT NULL DEFAULT 'corpus'
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS documents_origin ON documents (origin);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet);
-- Documents whose search-index update is committed here but maybe not yet in the engine.
CREATE TABLE IF NOT EXISTS pending (doc_id TEXT PRIMARY KEY, operation TEXT NOT NULL);
"""

Origin = Literal["corpus", "api"]
_BULK_PRAGMAS = (
    "PRAGMA synchronous = OFF",
    "PRAGMA journal_mode = MEMORY",
    "PRAGMA temp_store = MEMORY",
    # Negative: KiB. Pages beyond it are written to the file as the build goes (not kept in RAM).
    "PRAGMA cache_size = -262144",
)


def summary_of(record: DocumentRecord) -> DocumentRow:
    """The columns of the record the lists show."""
    return DocumentRow(
        id=record.id,
        title=record.title.value if record.title else None,
        published=record.published.value if record.published else None,
        outlet=record.outlet.value if record.outlet else None,
        url=record.url,
    )


def _summary(row: sqlite3.Row) -> DocumentRow:
    """The columns the lists show, from a `documents` row."""
    return DocumentRow(
        id=row["id"],
        title=row["title"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        outlet=row["outlet"],
        url=row["url"],
    )


def stored_records(
    connection: sqlite3.Connection, first: int | None = None, last: int | None = None
) -> Iterator[DocumentRecord]:
    """The records a connection sees, in the order they were added; only rowids `first` to `last` when given."""
    if first is None or last is None:
        rows = connection.execute("SELECT record, text FROM documents ORDER BY rowid")
    else:
        rows = connection.execute(
            "SELECT record, text FROM documents WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (first, last)
        )
    for packed, text in rows:
        yield StoredRecord(packed, text).record()


class RecordWriter:
    """Writes records and their catalog rows; nothing is visible to readers before `commit()`.

    A full build adds everything and commits once; an ingest adds or removes one batch
    and commits it, with the affected ids journaled in `pending` until the search engine
    has them too.
    """

    def __init__(self, path: Path, *, cluster_threshold: float | None = None, bulk: bool = False) -> None:
        self._connection = sqlite3.connect(path, timeout=30)
        if bulk:
            # A new build's store, which nobody reads before `layout.publish` fsyncs it and renames its
            # directory: a crash leaves only a `.partial-` directory, so no commit needs to wait for the
            # disk, no page needs a journal on disk, and a larger cache keeps the indexes' pages in memory.
            # None of these settings outlives this connection; every later writer opens with the ones below.
            for pragma in _BULK_PRAGMAS:
                self._connection.execute(pragma)
        else:
            self._connection.execute("PRAGMA synchronous = FULL")
        self._connection.executescript(_SCHEMA)
        self._catalog = CatalogWriter(self._connection)
        self._groups = GroupWriter(self._connection)
        self._links = LinkTable(self._connection)
        self._spelling = SpellingWriter(self._connection)
        self._clusters = ClusterWriter(self._connection, threshold=cluster_threshold)
        # A new build starts empty: a document added once has no earlier rows to take out first.
        self._replacing_all = (
            self._connection.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
        )
        self._added: set[str] = set()

    @property
    def connection(self) -> sqlite3.Connection:
        """The writer's connection: it sees what this writer has not committed yet."""
        return self._connection

    def add(self, record: DocumentRecord, *, origin: Origin = "corpus") -> None:
        """Insert or replace one record with its catalog rows."""
        summary = summary_of(record)
        if self._replacing_all or record.id in self._added:
            self._catalog.remove(record.id)
            self._groups.remove(record.id)
            self._links.remove(record.id)
            self._forget_words(record.id)
        self._added.add(record.id)
        self._spelling.add(spelling_text(record))
        self._connection.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                summary.title,
                summary.published.isoformat() if summary.published else None,
                summary.outlet,
                record.url,
                record.content_hash,
                record.text,
                pack_record(record),
                origin,
            ),
        )
        self._catalog.add(record)
        self._groups.add(record)
        self._links.add(record)
        self._clusters.add(record)

    def relink(self, record: DocumentRecord) -> None:
        """Replace a stored record whose cross-document links changed, and the rows those links touch.

        Links change who a person is, never the text, title, date or address: the spelling words and
        the story cluster stay as they are.
        """
        self._catalog.remove(record.id)
        self._groups.remove(record.id)
        self._links.remove(record.id)
        self._connection.execute(
            "UPDATE documents SET record = ? WHERE id = ?", (pack_record(record), record.id)
        )
        self._catalog.add(record)
        self._groups.add(record)
        self._links.add(record)

    def stored(self, doc_id: str) -> tuple[DocumentRecord, Origin] | None:
        """The record as this writer sees it, with where it came from."""
        row = (
            named_rows(self._connection)
            .execute("SELECT record, text, origin FROM documents WHERE id = ?", (doc_id,))
            .fetchone()
        )
        return (StoredRecord(row["record"], row["text"]).record(), row["origin"]) if row else None

    def remove(self, doc_id: str) -> bool:
        """Delete one record with its catalog rows; False when there was none."""
        self._catalog.remove(doc_id)
        self._groups.remove(doc_id)
        self._links.remove(doc_id)
        self._clusters.remove(doc_id)
        self._forget_words(doc_id)
        return self._connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount > 0

    def _forget_words(self, doc_id: str) -> None:
        """Take the stored version's words out of the spelling table's counts."""
        row = (
            named_rows(self._connection)
            .execute("SELECT title, text FROM documents WHERE id = ?", (doc_id,))
            .fetchone()
        )
        if row:
            self._spelling.remove(f"{row['title'] or ''}\n{row['text']}")

    def content_hash(self, doc_id: str) -> str | None:
        row = self._connection.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def journal(self, doc_ids: list[str], operation: Literal["upsert", "delete"]) -> None:
        self._connection.executemany(
            "INSERT OR REPLACE INTO pending VALUES (?, ?)", [(doc_id, operation) for doc_id in doc_ids]
        )

    def pending(self) -> list[tuple[str, str]]:
        return list(self._connection.execute("SELECT doc_id, operation FROM pending ORDER BY doc_id"))

    def settle(self, doc_ids: list[str]) -> None:
        """The engine has committed these ids: drop them from the journal, durably."""
        self._connection.executemany(
            "DELETE FROM pending WHERE doc_id = ?", [(doc_id,) for doc_id in doc_ids]
        )
        self._connection.commit()

    def commit(self) -> None:
        self._catalog.refresh()
        self._groups.touch(self._clusters.moved())
        self._groups.refresh()
        self._spelling.flush()
        self._connection.commit()

    def rollback(self) -> None:
        self._spelling.discard()
        self._connection.rollback()

    def close(self) -> None:
        self._connection.close()

    def finish(self) -> None:
        self.commit()
        self.close()


class RecordStore:
    """Read side: a query-only connection per thread, so any thread may use it."""

    def __init__(self, path: Path, connections: ThreadConnections | None = None) -> None:
        self.path = path
        self.connections = connections or ThreadConnections(path)
        self.vocabulary = Vocabulary(self.connections)
        # Per thread: a data_version is comparable only with others from the same connection.
        self._outlets = threading.local()

    def get(self, doc_id: str) -> DocumentRecord | None:
        stored = self.stored(doc_id)
        return stored.record() if stored is not None else None

    def stored(self, doc_id: str) -> StoredRecord | None:
        """The record as stored, to be validated or sent as JSON as it is."""
        rows = self.connections.fetch("SELECT record, text FROM documents WHERE id = ?", (doc_id,))
        return StoredRecord(rows[0]["record"], rows[0]["text"]) if rows else None

    def texts(self, doc_ids: list[str]) -> dict[str, str]:
        """Cleaned text by id, for highlighting a page of hits."""
        if not doc_ids:
            return {}
        marks = ",".join("?" * len(doc_ids))
        rows = self.connections.fetch(f"SELECT id, text FROM documents WHERE id IN ({marks})", doc_ids)
        return {row["id"]: row["text"] for row in rows}

    def summaries(self, doc_ids: list[str]) -> dict[str, DocumentRow]:
        """The listed columns of the documents that exist, by id."""
        rows = self._summary_rows(doc_ids, "")
        return {row["id"]: _summary(row) for row in rows}

    def summaries_with_texts(self, doc_ids: list[str]) -> dict[str, tuple[DocumentRow, str]]:
        """The listed columns and the cleaned text of the documents that exist, by id: a page to highlight."""
        rows = self._summary_rows(doc_ids, ", text")
        return {row["id"]: (_summary(row), row["text"]) for row in rows}

    def _summary_rows(self, doc_ids: list[str], more: str) -> list[sqlite3.Row]:
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        return self.connections.fetch(
            f"SELECT id, title, published, outlet, url{more} FROM documents WHERE id IN ({marks})", doc_ids
        )

    def ingested(self) -> Iterator[DocumentRecord]:
        """Records that came through the ingest API rather than the corpus directory."""
        # A fresh connection: a generator may be resumed in another thread than the one that started it.
        with closing(connect_for_reading(self.path)) as connection:
            for record, text in connection.execute(
                "SELECT record, text FROM documents WHERE origin = 'api' ORDER BY id"
            ):
                yield StoredRecord(record, text).record()

    def has_pending(self) -> bool:
        """Whether the write journal holds ids the engine may not have (a writer died between the stores)."""
        (row,) = self.connections.fetch("SELECT EXISTS (SELECT 1 FROM pending) AS journaled")
        return bool(row["journaled"])

    def count(self) -> int:
        (row,) = self.connections.fetch("SELECT count(*) AS total FROM documents")
        return int(row["total"])

    def count_ingested(self) -> int:
        (row,) = self.connections.fetch("SELECT count(*) AS total FROM documents WHERE origin = 'api'")
        return int(row["total"])

    def outlet_names(self) -> dict[str, str]:
        """Outlet filter keys to the names as published."""
        # A scan of every document's outlet (~4 ms at 100,000), kept per thread until the next commit.
        version = self.connections.data_version()
        cached: tuple[int, dict[str, str]] | None = getattr(self._outlets, "names", None)
        if version is not None and cached is not None and cached[0] == version:
            return dict(cached[1])
        rows = self.connections.fetch("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
        names = {outlet_key(row["outlet"]): row["outlet"] for row in rows}
        if version is not None:
            self._outlets.names = (version, names)
        return dict(names)
