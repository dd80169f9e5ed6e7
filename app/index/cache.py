"""A result cache in front of any engine, keyed by the index's version and the normalized request."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from typing import Literal

from app.index.engine import BuildInfo, SearchEngine, SearchPage, SearchQuery
from app.models import DocumentRecord

__all__ = ["CachingEngine"]


class CachingEngine:
    """Delegates to an engine; remembers the last `size` search pages.

    A key holds the engine's version, so any commit (an ingest in any process) makes older
    entries unreachable; they age out of the LRU. Pages cut by the time limit are not kept.
    """

    def __init__(self, engine: SearchEngine, size: int) -> None:
        self.engine = engine
        self.info: BuildInfo = engine.info
        self._size = size
        self._pages: OrderedDict[tuple[Hashable, SearchQuery], SearchPage] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> Hashable:
        return self.engine.version()

    def search(self, query: SearchQuery) -> SearchPage:
        key = (self.engine.version(), query)
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
                return page
        page = self.engine.search(query)
        if not page.timed_out:
            with self._lock:
                self._pages[key] = page
                while len(self._pages) > self._size:
                    self._pages.popitem(last=False)
        return page

    def matching_ids(self, query: SearchQuery) -> Iterator[str]:
        return self.engine.matching_ids(query)

    def published_counts(
        self, query: SearchQuery, interval: Literal["month", "year"]
    ) -> tuple[dict[str, int], int, int]:
        return self.engine.published_counts(query, interval)

    def similar(self, doc_id: str, text: str, limit: int) -> list[tuple[str, float]]:
        return self.engine.similar(doc_id, text, limit)

    def suggest(self, text: str) -> str | None:
        return self.engine.suggest(text)

    def apply(self, upserts: list[DocumentRecord], deletions: list[str]) -> None:
        self.engine.apply(upserts, deletions)

    def close(self) -> None:
        self.engine.close()
