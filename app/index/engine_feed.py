"""A build's last step: every stored record, in the store's order, into the engine's writer.

The engine is written after the links across documents are resolved, so that it indexes each record once,
as linked. The extraction workers are idle by then, and analyzing the text is most of what the writer does
with a record: an engine whose writer can take records analyzed elsewhere (`PreparingWriter`) gets them
analyzed by worker processes, each reading its share of the committed store, while this process only hands
them to the writer, in the order a single process would.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, cast, runtime_checkable

from app.index.engine import EngineWriter
from app.index.extraction_pool import BATCHES_PER_WORKER, die_with_parent
from app.index.sqlite import connect_for_reading
from app.index.store import stored_records
from app.models import DocumentRecord

__all__ = ["PreparingWriter", "feed_engine"]

ROWS_PER_BATCH = 32


@runtime_checkable
class PreparingWriter(Protocol):
    """An engine writer that can take a record analyzed in another process."""

    @staticmethod
    def prepare(record: DocumentRecord) -> Any: ...

    def add_prepared(self, prepared: Any) -> None: ...


def _prepare_rows(store: Path, first: int, last: int, prepare: Callable[[DocumentRecord], Any]) -> list[Any]:
    """Worker: the stored records with rowids from `first` to `last`, prepared, in rowid order."""
    with closing(connect_for_reading(store)) as connection:
        return [prepare(record) for record in stored_records(connection, first, last)]


def _preparer(writer_of: Callable[[Path], EngineWriter]) -> Callable[[DocumentRecord], Any] | None:
    """The function that prepares a record in another process, for a writer class that takes them."""
    if isinstance(writer_of, type) and issubclass(writer_of, PreparingWriter):
        prepare: Callable[[DocumentRecord], Any] = writer_of.prepare
        return prepare
    return None


def _rowid_ranges(store: Path) -> Iterator[tuple[int, int]]:
    with closing(connect_for_reading(store)) as connection:
        rowids = [rowid for (rowid,) in connection.execute("SELECT rowid FROM documents ORDER BY rowid")]
    for start in range(0, len(rowids), ROWS_PER_BATCH):
        batch = rowids[start : start + ROWS_PER_BATCH]
        yield batch[0], batch[-1]


def feed_engine(
    writer_of: Callable[[Path], EngineWriter], build_dir: Path, store: Path, *, workers: int
) -> EngineWriter:
    """The engine writer `writer_of(build_dir)` with every record of the committed `store` added, not committed."""
    prepare = _preparer(writer_of)
    if workers <= 1 or prepare is None:
        writer = writer_of(build_dir)
        with closing(connect_for_reading(store)) as connection:
            for record in stored_records(connection):
                writer.add(record)
        return writer
    ranges = _rowid_ranges(store)
    in_flight: deque[Future[list[Any]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        # The first submissions fork the workers, before the writer starts threads of its own.
        for first, last in islice(ranges, workers * BATCHES_PER_WORKER):
            in_flight.append(pool.submit(_prepare_rows, store, first, last, prepare))
        writer = writer_of(build_dir)
        preparing = cast(PreparingWriter, writer)
        while in_flight:
            for prepared in in_flight.popleft().result():
                preparing.add_prepared(prepared)
            for first, last in islice(ranges, 1):
                in_flight.append(pool.submit(_prepare_rows, store, first, last, prepare))
    return writer
