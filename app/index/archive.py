"""The service's handle on the index: the current build, reopened when a new one is swapped in."""

from __future__ import annotations

import threading
from pathlib import Path

from app.errors import IndexNotReady
from app.index.engine import SearchEngine
from app.index.layout import IndexLayout
from app.index.whoosh_engine import WhooshEngine

__all__ = ["Archive"]


class Archive:
    """Shared by all requests; `engine()` is a readlink when nothing changed."""

    def __init__(self, index_dir: Path) -> None:
        self.layout = IndexLayout(index_dir)
        self._lock = threading.Lock()
        self._engine: SearchEngine | None = None
        self._build: Path | None = None

    def engine(self) -> SearchEngine:
        """The engine of the current build, or IndexNotReady before the first build."""
        build = self.layout.current_build()
        if build is None:
            raise IndexNotReady(
                f"No index in {self.layout.root}: build one with "
                f"`python -m app index corpus --index {self.layout.root}`."
            )
        if build != self._build:
            with self._lock:
                if build != self._build:
                    self._engine = WhooshEngine(build, IndexLayout.read_manifest(build))
                    self._build = build
        assert self._engine is not None
        return self._engine

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            self._engine = None
            self._build = None
