"""Writes to the serving build: add, replace and delete documents without a rebuild.

Every write holds the archive's write lock (so writers in every worker process take
turns, and no write races a full build), then:

1. commits the records and their catalog rows to SQLite, with the ids journaled in `pending`;
2. commits the same change to the search engine;
3. clears the journal.

Only then is the write acknowledged. A process killed between 1 and 3 leaves the ids in
the journal; the next write (or the next process to open the build) replays them into the
engine, so an acknowledged document is always searchable and nothing half-written is.
"""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from app.corpus import RawDocument
from app.errors import ArchiveReadOnly, InsufficientStorage, WriteBusy
from app.extract import extract_document
from app.index.archive import Archive, OpenBuild, replay_pending
from app.index.build import build_index
from app.index.engine import EngineName
from app.index.layout import BuildInProgress
from app.index.resolution import resolve_links
from app.index.store import RECORDS_FILE, RecordWriter
from app.models import DocumentRecord, IngestStatus

__all__ = ["IngestOutcome", "Ingestor", "replay_pending"]


@dataclass(frozen=True)
class IngestOutcome:
    id: str
    status: IngestStatus
    content_hash: str


def _storage_error(error: Exception) -> Exception:
    """Disk full -> 507; read-only or permission denied -> 503; anything else stays as it is."""
    message = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "disk is full" in message:
        return InsufficientStorage(
            "The archive's disk is full: the write was not stored. Free space and retry."
        )
    if (
        (isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES, errno.EPERM))
        or "readonly" in message
        or "read-only" in message
        or "unable to open" in message
    ):
        return ArchiveReadOnly(
            "The archive's index directory is read-only: writes are refused, reads still work."
        )
    return error


class Ingestor:
    """Serialized writes to the current build of an archive."""

    def __init__(self, archive: Archive, *, lock_timeout: float, engine: EngineName = "whoosh") -> None:
        self.archive = archive
        self.lock_timeout = lock_timeout
        # Only for the empty build a first write creates; later writes go to whatever engine the build has.
        self.engine: EngineName = engine

    def _ensure_build(self) -> None:
        """A first write to an archive with no index yet starts an empty one."""
        if self.archive.layout.current_build() is None:
            # When another process is creating it, the lock taken next waits for that build.
            with tempfile.TemporaryDirectory() as empty, suppress(BuildInProgress):
                build_index(Path(empty), self.archive.layout.root, workers=1, engine=self.engine)

    @contextmanager
    def _writing(self) -> Iterator[tuple[OpenBuild, RecordWriter]]:
        try:
            self._ensure_build()
            with self.archive.layout.locked(self.lock_timeout):
                build = self.archive.current()
                writer = RecordWriter(build.path / RECORDS_FILE)
                try:
                    replay_pending(build, writer)
                    yield build, writer
                except BaseException:
                    writer.rollback()
                    raise
                finally:
                    writer.close()
        except BuildInProgress as error:
            raise WriteBusy(
                f"Another write or a full rebuild holds the archive for more than {self.lock_timeout:g} s; retry."
            ) from error
        except (OSError, sqlite3.OperationalError) as error:
            raise _storage_error(error) from error

    def upsert(self, documents: list[RawDocument]) -> list[IngestOutcome]:
        """Clean, extract and store documents; unchanged content (same hash) is not rewritten."""
        records = [extract_document(document) for document in documents]
        outcomes: list[IngestOutcome] = []
        with self._writing() as (build, writer):
            changed: list[DocumentRecord] = []
            for record in records:
                existing = writer.content_hash(record.id)
                if existing == record.content_hash:
                    outcomes.append(IngestOutcome(record.id, "unchanged", record.content_hash))
                    continue
                writer.add(record, origin="api")
                changed.append(record)
                status: IngestStatus = "created" if existing is None else "updated"
                outcomes.append(IngestOutcome(record.id, status, record.content_hash))
            if changed:
                # Resolution may relink the new documents and others the archive already held.
                upserts = {record.id: record for record in changed} | {
                    record.id: record for record in resolve_links(writer, written=[r.id for r in changed])
                }
                ids = list(upserts)
                writer.journal(ids, "upsert")
                writer.commit()
                build.engine.apply(list(upserts.values()), [])
                writer.settle(ids)
        return outcomes

    def delete(self, doc_id: str) -> bool:
        """Remove a document; False when there was none."""
        with self._writing() as (build, writer):
            if not writer.remove(doc_id):
                return False
            # The document may have been the one stating a title, or the one that made a name ambiguous.
            relinked = resolve_links(writer, written=[])
            writer.journal([record.id for record in relinked], "upsert")
            writer.journal([doc_id], "delete")
            writer.commit()
            build.engine.apply(relinked, [doc_id])
            writer.settle([doc_id, *(record.id for record in relinked)])
        return True
