"""Extraction in worker processes that die with the indexer, feeding the build's single writer.

Workers take batches of documents and send each record back as JSON, which the caller validates
into a record (JSON crosses the process boundary cheaper than a pickled model).
Only a bounded number of batches is in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from app.corpus import RawDocument
from app.extract import extract_document
from app.models import DocumentRecord

__all__ = ["BATCHES_PER_WORKER", "die_with_parent", "extract_all"]

BATCH_SIZE = 16
BATCHES_PER_WORKER = 3
# prctl(2) option: the signal the kernel sends this process when its parent exits.
_PR_SET_PDEATHSIG = 1
_WATCHDOG_SECONDS = 1.0


def _exit_when_orphaned(parent_pid: int) -> None:
    """Poll for the parent's death where the kernel cannot be asked to signal it."""
    while os.getppid() == parent_pid:
        time.sleep(_WATCHDOG_SECONDS)
    os._exit(1)


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: a SIGKILLed indexer (crash, OOM kill) takes its workers with it."""
    # The signal follows the thread that forked the worker: the one submitting, which runs the whole build.
    armed = (
        sys.platform == "linux" and ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    )
    if not armed:
        threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    # The parent may have died before the signal was armed: then this process is already orphaned.
    if os.getppid() != parent_pid:
        os._exit(1)


def _extract_batch(documents: list[RawDocument]) -> list[str]:
    # Records cross the process boundary as JSON: parametrized generic models do not pickle.
    return [extract_document(document).model_dump_json() for document in documents]


def _batches(documents: Iterable[RawDocument]) -> Iterator[list[RawDocument]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, BATCH_SIZE)):
        yield batch


def extract_all(documents: Iterable[RawDocument], workers: int) -> Iterator[DocumentRecord]:
    """Records in document order, extracted by `workers` processes (in this one if 1)."""
    if workers <= 1:
        yield from map(extract_document, documents)
        return
    in_flight: deque[Future[list[str]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        for batch in _batches(documents):
            in_flight.append(pool.submit(_extract_batch, batch))
            if len(in_flight) >= workers * BATCHES_PER_WORKER:
                yield from _validated(in_flight.popleft().result())
        while in_flight:
            yield from _validated(in_flight.popleft().result())


def _validated(payloads: list[str]) -> Iterator[DocumentRecord]:
    for payload in payloads:
        yield DocumentRecord.model_validate_json(payload)
