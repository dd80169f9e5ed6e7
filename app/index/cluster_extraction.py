"""Extraction as tasks on a Dask distributed cluster, feeding the build's single writer.

The optional `cluster` extra. Dask is imported only when a cluster is connected, so a build without
`--scheduler` never loads it. Workers run the same `app` package (the records name its extractor
version, checked here against this process's).

A task is a batch of about TASK_DOCUMENTS documents: their text, read and sent by this process (the
default), or, with `shared_corpus`, parts of the corpus (article paths, line ranges of JSON Lines files)
that the workers read from storage they all see. Results are gathered as they complete (`as_completed`),
at most TASKS_PER_WORKER tasks per worker in flight, and handed to the writer in corpus order, so a
build's content never depends on which worker finished first.

Faults:
- a document whose extraction raises is tried once more in its task; failing twice, it is skipped with
  its reason (reported in the build's summary), never failing the build;
- a task that fails is retried by Dask (TASK_RETRIES); the tasks of a worker that dies are rescheduled
  on the others, and results it held are computed again, so no document is lost; a task that fails
  after all that is split into one task per document (or corpus part), and one that fails alone is skipped;
- a scheduler that cannot be reached, or has no worker, is ClusterUnavailable when connecting: before
  the build takes its lock or writes anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from app.corpus import CorpusPart, RawDocument, SkippedFile, corpus_parts, read_part
from app.extract import EXTRACTOR_VERSION, extract_document
from app.models import DocumentRecord

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

__all__ = [
    "ClusterMismatch",
    "ClusterProgress",
    "ClusterUnavailable",
    "DaskExtraction",
    "extract_documents",
    "extract_parts",
]

# At the extractor's ~5 ms a document, a task of 32 costs ~150 ms of work against the ~2 ms a task costs
# the scheduler and the round trip: overhead near 1 %, and batches small enough to spread evenly.
TASK_DOCUMENTS = 32
TASKS_PER_WORKER = 4
TASK_RETRIES = 1
LOCAL_PREFIX = "local:"


class ClusterUnavailable(RuntimeError):
    """The scheduler cannot be reached or has no worker, or Dask is not installed."""


class ClusterMismatch(RuntimeError):
    """A worker runs another extractor version than this indexer."""


class Outcome(NamedTuple):
    """What a task says of one document (or unreadable file): plain strings, cheap to send."""

    kind: Literal["record", "failed", "skipped"]
    doc_id: str
    origin: str
    payload: str  # the record's JSON, or the reason


def _extract_twice(document: RawDocument) -> Outcome:
    reason = ""
    for _attempt in range(2):
        try:
            record = extract_document(document)
        except Exception as error:  # any extractor bug: reported for this document, never a failed build
            reason = f"{type(error).__name__}: {error}"
            continue
        return Outcome("record", document.id, document.origin, record.model_dump_json())
    return Outcome("failed", document.id, document.origin, reason)


def extract_documents(documents: list[RawDocument]) -> list[Outcome]:
    """The task of the default mode: documents sent with their text."""
    return [_extract_twice(document) for document in documents]


def extract_parts(parts: list[CorpusPart]) -> list[Outcome]:
    """The task of `shared_corpus`: corpus parts read here, on the worker."""
    outcomes: list[Outcome] = []
    for part in parts:
        for item in read_part(part):
            if isinstance(item, SkippedFile):
                outcomes.append(Outcome("skipped", "", item.path, item.reason))
            else:
                outcomes.append(_extract_twice(item))
    return outcomes


def _unit_failed(unit: RawDocument | CorpusPart, reason: str) -> Outcome:
    if isinstance(unit, RawDocument):
        return Outcome("failed", unit.id, unit.origin, reason)
    where = str(unit.path) if unit.start == 0 and unit.stop is None else f"{unit.path}:{unit.first_line}+"
    return Outcome("skipped", "", where, f"extraction failed twice: {reason}")


@dataclass
class ClusterProgress:
    """What the progress bar and the summary show of a cluster build."""

    scheduler: str
    workers: int = 0
    tasks: int = 0
    tasks_done: int = 0
    split: int = 0
    documents_per_task: int = TASK_DOCUMENTS
    started: float = 0.0


@dataclass
class _Task:
    sequence: int
    function: Callable[[list[Any]], list[Outcome]]
    units: list[Any]
    pieces: list[list[Outcome] | None] | None = None  # after a split: each unit's outcomes


class DaskExtraction:
    """A connection to a Dask cluster that extracts a build's documents; use it as a context manager.

    `scheduler` is `tcp://HOST:PORT`, or `local:N` for a LocalCluster of N worker processes here.
    """

    def __init__(self, scheduler: str, *, shared_corpus: bool = False, connect_timeout: float = 10.0) -> None:
        self.scheduler = scheduler
        self.shared_corpus = shared_corpus
        self.connect_timeout = connect_timeout
        self.progress = ClusterProgress(scheduler)
        self._client: Client | None = None
        self._local: LocalCluster | None = None

    def __enter__(self) -> DaskExtraction:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ClusterUnavailable(
                "--scheduler needs Dask: install the `cluster` extra (pip install 'news-archive[cluster]')"
            ) from error
        address: str | LocalCluster = self.scheduler
        if self.scheduler.startswith(LOCAL_PREFIX):
            count = self.scheduler.removeprefix(LOCAL_PREFIX)
            if not count.isdigit() or int(count) < 1:
                raise ClusterUnavailable(f"{self.scheduler!r}: give local:N with N worker processes, N >= 1")
            # One thread per process: extraction is pure Python, so threads would only share one GIL.
            self._local = address = LocalCluster(
                n_workers=int(count),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # The scheduler's HTTP endpoints (health, metrics) on a free local port, not the shared :8787.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            )
        try:
            self._client = Client(address, timeout=self.connect_timeout, set_as_default=False)
            self._client.wait_for_workers(1, timeout=self.connect_timeout)
        except (OSError, TimeoutError) as error:
            self.__exit__(None, None, None)
            raise ClusterUnavailable(
                f"cannot use the Dask scheduler at {self.scheduler} (no answer, or no worker, within "
                f"{self.connect_timeout:g} s): {error}"
            ) from error
        self.progress.workers = self._workers()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._local is not None:
            self._local.close()
            self._local = None

    def _workers(self) -> int:
        assert self._client is not None
        return len(self._client.scheduler_info(n_workers=-1)["workers"])

    def extract(
        self,
        corpus_dir: Path,
        *,
        readable: Iterable[RawDocument],
        admit: Callable[[str, str], bool],
        carried: list[RawDocument],
        skipped: list[SkippedFile],
    ) -> Iterator[DocumentRecord]:
        """Records in corpus order, as `extract_all` gives them, extracted on the cluster.

        `readable` are the documents to send (default mode); with `shared_corpus` the workers read
        `corpus_dir` instead, `admit` decides which of their documents enter the build, and `carried`
        (documents of no corpus file) are sent after them. Files and documents left out go to `skipped`.
        """
        self.progress.started = time.perf_counter()
        if not self.shared_corpus:
            yield from self._records(self._run(extract_documents, _batched(readable)), None, skipped)
            return
        parts = _part_batches(corpus_parts(corpus_dir, lines_per_part=TASK_DOCUMENTS))
        yield from self._records(self._run(extract_parts, parts), admit, skipped)
        yield from self._records(self._run(extract_documents, _batched(carried)), None, skipped)

    @staticmethod
    def _records(
        outcomes: Iterator[Outcome], admit: Callable[[str, str], bool] | None, skipped: list[SkippedFile]
    ) -> Iterator[DocumentRecord]:
        for outcome in outcomes:
            if outcome.kind == "skipped":
                skipped.append(SkippedFile(outcome.origin, outcome.payload))
            elif admit is not None and not admit(outcome.doc_id, outcome.origin):
                continue
            elif outcome.kind == "failed":
                skipped.append(SkippedFile(outcome.origin, f"extraction failed twice: {outcome.payload}"))
            else:
                record = DocumentRecord.model_validate_json(outcome.payload)
                if record.extractor_version != EXTRACTOR_VERSION:
                    raise ClusterMismatch(
                        f"a Dask worker runs extractor {record.extractor_version}, this indexer "
                        f"{EXTRACTOR_VERSION}: install the same version of the archive on every worker"
                    )
                yield record

    def _run(
        self, function: Callable[[list[Any]], list[Outcome]], batches: Iterator[list[Any]]
    ) -> Iterator[Outcome]:
        """Each batch's outcomes, in batch order, from tasks gathered as they complete."""
        from distributed import as_completed

        client = self._client
        assert client is not None, "use DaskExtraction as a context manager"
        progress = self.progress
        window = max(1, self._workers()) * TASKS_PER_WORKER
        owners: dict[Future[list[Outcome]], tuple[_Task, int | None]] = {}
        finished: dict[int, list[Outcome]] = {}
        completed = as_completed(loop=client.loop)
        submitted = released = 0

        def submit(task: _Task, piece: int | None, units: list[Any]) -> None:
            # pure=False: a task's key need not hash its (large) argument, and equal batches stay distinct.
            future = client.submit(task.function, units, retries=TASK_RETRIES, pure=False)
            owners[future] = (task, piece)
            completed.add(future)
            progress.tasks += 1

        def top_up() -> None:
            nonlocal submitted
            while submitted - released < window and (units := next(batches, None)) is not None:
                submit(_Task(submitted, function, units), None, units)
                submitted += 1

        top_up()
        for future in completed:
            task, piece = owners.pop(future)
            progress.tasks_done += 1
            progress.workers = self._workers()
            if future.status == "error":
                reason = repr(future.exception())
                if piece is None and len(task.units) > 1:
                    # Which unit broke the task is unknown: each goes alone, so only that one is lost.
                    progress.split += 1
                    task.pieces = [None] * len(task.units)
                    for index, unit in enumerate(task.units):
                        submit(task, index, [unit])
                    future.release()
                    continue
                outcomes = [
                    _unit_failed(unit, reason)
                    for unit in ([task.units[piece]] if piece is not None else task.units)
                ]
            else:
                outcomes = future.result()
            future.release()
            if piece is None:
                finished[task.sequence] = outcomes
            else:
                assert task.pieces is not None
                task.pieces[piece] = outcomes
                if all(done is not None for done in task.pieces):
                    finished[task.sequence] = [outcome for done in task.pieces if done for outcome in done]
            while released in finished:
                yield from finished.pop(released)
                released += 1
            top_up()


def _batched(documents: Iterable[RawDocument]) -> Iterator[list[RawDocument]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, TASK_DOCUMENTS)):
        yield batch


def _part_batches(parts: Iterable[CorpusPart]) -> Iterator[list[CorpusPart]]:
    batch: list[CorpusPart] = []
    size = 0
    for part in parts:
        if batch and size + part.documents > TASK_DOCUMENTS:
            yield batch
            batch, size = [], 0
        batch.append(part)
        size += part.documents
    if batch:
        yield batch
