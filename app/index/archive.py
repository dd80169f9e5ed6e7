"""The service's handle on the index: the current build, reopened when a new one is swapped in."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import IndexNotReady
from app.index.catalog import Catalog
from app.index.engine import BuildInfo, SearchEngine
from app.index.layout import IndexLayout
from app.index.store import RECORDS_FILE, RecordStore
from app.index.whoosh_engine import WhooshEngine

__all__ = ["Archive", "OpenBuild"]


@dataclass(frozen=True)
class OpenBuild:
    """One finished build, opened: its search engine, its records and its catalog."""

    path: Path
    info: BuildInfo
    engine: SearchEngine
    records: RecordStore
    catalog: Catalog


def open_build(build: Path) -> OpenBuild:
    info = IndexLayout.read_manifest(build)
    records = RecordStore(build / RECORDS_FILE)
    return OpenBuild(
        path=build,
        info=info,
        engine=WhooshEngine(build, info, records),
        records=records,
        catalog=Catalog(build / RECORDS_FILE),
    )


class Archive:
    """Shared by all requests; `current()` costs a readlink when nothing changed."""

    def __init__(self, index_dir: Path) -> None:
        self.layout = IndexLayout(index_dir)
        self._lock = threading.Lock()
        self._open: OpenBuild | None = None
        self._build: Path | None = None

    def current(self) -> OpenBuild:
        """The current build, or IndexNotReady before the first build."""
        build = self.layout.current_build()
        if build is None:
            raise IndexNotReady(
                f"No index in {self.layout.root}: build one with "
                f"`python -m app index corpus --index {self.layout.root}`."
            )
        if build != self._build:
            with self._lock:
                if build != self._build:
                    self._open = open_build(build)
                    self._build = build
        assert self._open is not None
        return self._open

    def close(self) -> None:
        with self._lock:
            if self._open is not None:
                self._open.engine.close()
            self._open = None
            self._build = None
