"""Corpus directory -> a new index build, swapped in atomically when complete."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.corpus import RawDocument, SkippedFile, raw_document_of, read_corpus
from app.extract import EXTRACTOR_VERSION
from app.index.engine import STORE_FORMAT, BuildInfo, EngineName
from app.index.engine_feed import feed_engine
from app.index.engines import ENGINES
from app.index.extraction_pool import extract_all
from app.index.layout import IndexLayout
from app.index.resolution import resolve_links
from app.index.store import RECORDS_FILE, Origin, RecordStore, RecordWriter
from app.models import DocumentRecord

if TYPE_CHECKING:
    from app.index.cluster_extraction import DaskExtraction

__all__ = ["BuildReport", "IngestedDocumentsPresent", "IngestedPolicy", "build_index"]

IngestedPolicy = Literal["refuse", "carry", "discard"]


class IngestedDocumentsPresent(RuntimeError):
    """A rebuild would drop documents that were added through the ingest API."""


@dataclass
class BuildReport:
    build_id: str
    build_dir: Path
    documents: int
    skipped: list[SkippedFile] = field(default_factory=list)
    seconds: float = 0.0


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    *,
    workers: int | None = None,
    on_document: Callable[[str], None] | None = None,
    ingested: IngestedPolicy = "refuse",
    lock_timeout: float = 0.0,
    engine: EngineName = "whoosh",
    cluster_threshold: float | None = None,
    dask: DaskExtraction | None = None,
) -> BuildReport:
    """Read, clean, extract and index every document of `corpus_dir` into a new build of `index_dir`.

    Documents added through the ingest API exist only in the current build. A rebuild refuses
    to drop them (IngestedDocumentsPresent) unless told to `carry` them into the new build,
    where they win over corpus files with the same id, or to `discard` them.
    The build holds the index of `engine`, and its manifest says so for whoever opens it; its story
    clusters use `cluster_threshold` (the default setting's when None), kept for later ingests.
    With `dask` (connected beforehand), extraction runs as tasks on that Dask cluster instead of `workers`.
    """
    started = time.perf_counter()
    layout = IndexLayout(index_dir)
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    skipped: list[SkippedFile] = []
    seen: set[str] = set()
    carried: list[RawDocument] = []
    carried_ids: set[str] = set()

    def admit(doc_id: str, origin: str) -> bool:
        """Whether a corpus document enters the build; when not, why goes to `skipped`."""
        if doc_id in carried_ids:
            skipped.append(SkippedFile(origin, f"superseded by the ingested document {doc_id!r}"))
        elif doc_id in seen:
            skipped.append(SkippedFile(origin, f"duplicate document id {doc_id!r}"))
        else:
            seen.add(doc_id)
            return True
        return False

    def readable() -> Iterator[RawDocument]:
        for item in read_corpus(corpus_dir):
            if isinstance(item, SkippedFile):
                skipped.append(item)
            elif admit(item.id, item.origin):
                yield item
        yield from carried

    def reported(extracted: Iterator[DocumentRecord]) -> Iterator[DocumentRecord]:
        for record in extracted:
            if on_document:
                on_document(record.id)
            yield record

    with layout.locked(lock_timeout):
        current = layout.current_build()
        if current is not None and ingested != "discard":
            previous = RecordStore(current / RECORDS_FILE)
            if ingested == "refuse" and (count := previous.count_ingested()):
                raise IngestedDocumentsPresent(
                    f"the current build holds {count} documents added through the API, which a rebuild from "
                    "the corpus would drop: pass --ingested carry to keep them, or --ingested discard"
                )
            carried = [raw_document_of(record) for record in previous.ingested()]
        carried_ids = {document.id for document in carried}
        layout.prune()
        build_id, partial = layout.new_partial()
        records = RecordWriter(partial / RECORDS_FILE, cluster_threshold=cluster_threshold, bulk=True)
        count = 0
        extracted = (
            extract_all(readable(), workers)
            if dask is None
            else dask.extract(corpus_dir, readable=readable(), admit=admit, carried=carried, skipped=skipped)
        )
        for record in reported(extracted):
            origin: Origin = "api" if record.id in carried_ids else "corpus"
            records.add(record, origin=origin)
            count += 1
        resolve_links(records)
        records.finish()
        # The engine indexes each record once, as linked: fed during extraction, it indexed the records
        # that resolution then relinked (a third of a generated corpus) a second time.
        writer = feed_engine(ENGINES[engine].writer, partial, partial / RECORDS_FILE, workers=workers)
        writer.commit()
        info = BuildInfo(
            build_id=build_id,
            built_at=datetime.now(UTC),
            documents=count,
            engine=engine,
            extractor_version=EXTRACTOR_VERSION,
            store_format=STORE_FORMAT,
        )
        final = layout.publish(partial, info)
        layout.prune()
    return BuildReport(
        build_id=build_id,
        build_dir=final,
        documents=count,
        skipped=skipped,
        seconds=time.perf_counter() - started,
    )
