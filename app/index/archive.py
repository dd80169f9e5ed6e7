"""The service's handle on the index: the current build, reopened when a new one is swapped in."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import IndexNotReady
from app.index.cache import CachingEngine
from app.index.catalog import Catalog
from app.index.clusters import StoryClusters
from app.index.engine import READABLE_STORE_FORMATS, BuildInfo, SearchEngine
from app.index.engines import open_engine
from app.index.groups import StatisticGroups
from app.index.layout import BuildInProgress, IndexLayout
from app.index.sqlite import ThreadConnections
from app.index.store import RECORDS_FILE, RecordStore, RecordWriter

__all__ = ["Archive", "OpenBuild", "replay_pending"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenBuild:
    """One finished build, opened: its search engine, records, catalog, statistic groups and story clusters."""

    path: Path
    info: BuildInfo
    engine: SearchEngine
    records: RecordStore
    catalog: Catalog
    groups: StatisticGroups
    clusters: StoryClusters


def open_build(build: Path, *, result_cache_size: int = 0) -> OpenBuild:
    info = IndexLayout.read_manifest(build)
    if info.store_format not in READABLE_STORE_FORMATS:
        raise IndexNotReady(
            f"The index in {build.parent.parent} was built by another version of the archive (format "
            f"{info.store_format}, this one reads {' and '.join(map(str, READABLE_STORE_FORMATS))}): rebuild it "
            "with `archive index`."
        )
    # One read connection per thread for every reader of the build's SQLite file.
    connections = ThreadConnections(build / RECORDS_FILE)
    records = RecordStore(build / RECORDS_FILE, connections)
    engine = open_engine(build, info, records)
    if result_cache_size:
        engine = CachingEngine(engine, result_cache_size)
    return OpenBuild(
        path=build,
        info=info,
        engine=engine,
        records=records,
        catalog=Catalog(build / RECORDS_FILE),
        groups=StatisticGroups(build / RECORDS_FILE),
        clusters=StoryClusters(build / RECORDS_FILE, connections),
    )


def replay_pending(build: OpenBuild, writer: RecordWriter) -> None:
    """Bring the engine up to date with ids the record store committed but the engine may not have."""
    pending = writer.pending()
    if not pending:
        return
    upserts = [record for doc_id, op in pending if op == "upsert" and (record := build.records.get(doc_id))]
    deletions = [doc_id for doc_id, op in pending if op == "delete" or build.records.get(doc_id) is None]
    build.engine.apply(upserts, deletions)
    writer.settle([doc_id for doc_id, _ in pending])


class Archive:
    """Shared by all requests; `current()` costs a readlink when nothing changed."""

    def __init__(self, index_dir: Path, *, result_cache_size: int = 0, read_only: bool = False) -> None:
        self.layout = IndexLayout(index_dir)
        self.result_cache_size = result_cache_size
        # A read replica never writes the index directory: not even the journal replay's lock file.
        self.read_only = read_only
        self._lock = threading.Lock()
        self._open: OpenBuild | None = None
        self._build: Path | None = None
        # What the `current` link said when the open build was opened, with that build: one tuple, so
        # a reader without the lock never pairs one build's link with another's handle.
        self._served: tuple[str, OpenBuild] | None = None
        # The build swapped out last: requests that fetched it just before the swap may still be
        # searching it, so its files are closed only at the next swap (or at close()).
        self._retired: OpenBuild | None = None

    def opened_if_current(self) -> OpenBuild | None:
        """The open build while `current` still links to it (one readlink, no other I/O), else None."""
        served = self._served
        if served is not None and self.layout.current_target() == served[0]:
            return served[1]
        return None

    def current(self) -> OpenBuild:
        """The current build, or IndexNotReady before the first build."""
        opened = self.opened_if_current()
        if opened is not None:
            return opened
        target = self.layout.current_target()
        build = None if target is None else self.layout.build_at(target)
        if target is None or build is None:
            raise IndexNotReady(
                f"No index in {self.layout.root}: build one with "
                f"`python -m app index corpus --index {self.layout.root}`."
            )
        with self._lock:
            if build != self._build:
                opened = open_build(build, result_cache_size=self.result_cache_size)
                if not self.read_only:
                    self._replay_journal(opened)
                if self._retired is not None:
                    self._retired.engine.close()
                self._retired = self._open
                self._open = opened
                self._build = build
            assert self._open is not None
            self._served = (target, self._open)
            return self._open

    def _replay_journal(self, build: OpenBuild) -> None:
        """Finish the writes a killed process left between the two stores, so none stays in one only.

        Only while no live writer holds the write lock (its journaled ids are in flight, not
        abandoned). A busy or read-only archive opens as it is; its next write replays the journal.
        An empty journal takes no lock: a reader opening a new build never makes a build started
        beside it fail as already in progress.
        """
        try:
            if not build.records.has_pending():
                return
            with self.layout.locked(0.0):
                writer = RecordWriter(build.path / RECORDS_FILE)
                try:
                    replay_pending(build, writer)
                finally:
                    writer.close()
        except BuildInProgress:
            return
        except Exception as error:  # any engine's error too: a failed replay must never fail a read
            logger.warning("the write journal of %s was not replayed on open: %r", build.path, error)

    def close(self) -> None:
        with self._lock:
            for opened in (self._open, self._retired):
                if opened is not None:
                    opened.engine.close()
            self._open = self._retired = None
            self._build = None
            self._served = None
