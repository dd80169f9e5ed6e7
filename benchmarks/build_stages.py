"""Where a build's writer spends its CPU and its bytes: `python -m benchmarks.build_stages [--documents N]`.

Like `benchmarks.profile_build`, the generated corpus is extracted once and its records are replayed into
`build_index` in place of the worker pool, but without a profiler: each stage of the writer is wrapped in a
CPU-time counter (this process's `time.process_time`), so the figures are CPU ms per document with no
profiling overhead. Stages nest (the record writer's `add` includes the catalog's); each line says what it
covers. Then the build directory's bytes per byte of the corpus text, by table of the record store (SQLite's
dbstat) and for the engine's files.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, closing
from pathlib import Path
from typing import Any
from unittest import mock

from app.corpus import RawDocument
from app.index import build_index
from app.index.engine import EngineName
from app.index.store import RECORDS_FILE
from app.models import DocumentRecord
from benchmarks.build_speed import disk_bytes
from benchmarks.config import DEFAULT_SEED
from benchmarks.generator import ensure_corpus
from benchmarks.profile_build import extracted_records

ROOT = Path(__file__).resolve().parent.parent

# (label, module path of the owner, attribute): each is timed inclusively of what it calls.
STAGES: list[tuple[str, str, str]] = [
    ("record writer add (all of the below in it)", "app.index.store.RecordWriter", "add"),
    ("  pack the record (JSON + zlib)", "app.index.store", "pack_record"),
    ("  spelling words counted", "app.index.spelling.SpellingWriter", "add"),
    (
        "  catalog rows (entities, roles, quotes, figures, aliases)",
        "app.index.catalog_writer.CatalogWriter",
        "add",
    ),
    ("  statistic groups keyed", "app.index.groups.GroupWriter", "add"),
    ("  person links table", "app.index.link_table.LinkTable", "add"),
    ("  story clusters (minhash, bands)", "app.index.clusters.ClusterWriter", "add"),
    ("    signature (shingles, minhash)", "app.index.clusters", "_signature"),
    ("    near-duplicates looked up", "app.index.clusters.ClusterWriter", "_matches"),
    ("resolve links across documents", "app.index.build", "resolve_links"),
    ("  relinked records rewritten", "app.index.store.RecordWriter", "relink"),
    (
        "record unpacked (zlib + JSON validation) in this process",
        "app.index.record_json.StoredRecord",
        "record",
    ),
    ("engine fed (every record analyzed and added, not committed)", "app.index.build", "feed_engine"),
    ("  records read back here (one worker)", "app.index.engine_feed", "stored_records"),
    ("  record analyzed here (one worker)", "app.index.tantivy_documents.TantivyWriter", "add"),
    (
        "  prepared record added (analyzed by a worker)",
        "app.index.tantivy_documents.TantivyWriter",
        "add_prepared",
    ),
    ("    tantivy document made of it", "app.index.tantivy_documents", "document_of"),
    ("  engine writer add (whoosh)", "app.index.whoosh_engine.WhooshWriter", "add"),
    ("engine commit (tantivy)", "app.index.tantivy_documents.TantivyWriter", "commit"),
    ("engine commit (whoosh)", "app.index.whoosh_engine.WhooshWriter", "commit"),
    ("record writer commit (all of the below in it)", "app.index.store.RecordWriter", "commit"),
    ("  entity totals refreshed", "app.index.catalog_writer.CatalogWriter", "refresh"),
    ("  statistic groups regrouped", "app.index.groups.GroupWriter", "refresh"),
    ("  spelling table written", "app.index.spelling.SpellingWriter", "flush"),
    ("publish (fsync, rename, swap)", "app.index.layout.IndexLayout", "publish"),
]


class StageClock:
    """CPU seconds spent inside each wrapped callable (generators: while they run, not while suspended)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
            finally:
                self.seconds[label] += time.process_time() - started
            return self._timed_iterator(label, result) if isinstance(result, Iterator) else result

        return timed

    def _timed_iterator(self, label: str, iterator: Iterator[Any]) -> Iterator[Any]:
        while True:
            started = time.process_time()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds[label] += time.process_time() - started
                return
            self.seconds[label] += time.process_time() - started
            yield item


def _owner(path: str) -> Any:
    module_path, _, last = path.rpartition(".")
    try:
        module = __import__(path, fromlist=["_"])
        return module
    except ImportError:
        module = __import__(module_path, fromlist=["_"])
        return getattr(module, last)


def measure(
    records_path: Path, corpus_dir: Path, engine: EngineName, workers: int | None
) -> tuple[dict[str, float], int, Path, float]:
    """Build once with every stage timed; the stage seconds, the documents, a copy of the build, total CPU."""
    clock = StageClock()

    def replay(_documents: Iterable[RawDocument], _workers: int) -> Iterator[DocumentRecord]:
        with records_path.open(encoding="utf-8") as lines:
            for line in lines:
                started = time.process_time()
                record = DocumentRecord.model_validate_json(line)
                clock.seconds["records validated from the workers' JSON"] += time.process_time() - started
                yield record

    scratch = Path(tempfile.mkdtemp(prefix="build-stages-"))
    with ExitStack() as patches:
        patches.enter_context(mock.patch("app.index.build.extract_all", replay))
        for label, owner_path, attribute in STAGES:
            owner = _owner(owner_path)
            patches.enter_context(
                mock.patch.object(owner, attribute, clock.wrap(label, getattr(owner, attribute)))
            )
        started, children = time.process_time(), _children_cpu()
        report = build_index(corpus_dir, scratch / "index", engine=engine, workers=workers)
        total = time.process_time() - started
        clock.seconds["worker processes (engine's analysis)"] = _children_cpu() - children
    return dict(clock.seconds), report.documents, report.build_dir, total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def component_bytes(build_dir: Path) -> dict[str, int]:
    """Bytes of each record-store table with its indexes, and of every other file group of the build."""
    sizes: dict[str, int] = defaultdict(int)
    store = build_dir / RECORDS_FILE
    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as connection:
        owners = dict(connection.execute("SELECT name, tbl_name FROM sqlite_master WHERE name IS NOT NULL"))
        for name, size in connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = owners.get(name, name)
            # An FTS5 table's shadow tables (`x_data`, `x_idx` …) count as the table.
            for suffix in ("_data", "_idx", "_docsize", "_config", "_content"):
                if table.endswith(suffix) and table.removesuffix(suffix) in owners:
                    table = table.removesuffix(suffix)
            sizes[f"store: {table}"] += size
    for path in build_dir.rglob("*"):
        if path.is_file() and path.name != RECORDS_FILE:
            sizes[f"engine/other: {path.relative_to(build_dir).parts[0]}"] += path.stat().st_size
    return dict(sizes)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--engine", choices=("whoosh", "tantivy"), default="tantivy")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: as a build)")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of the tables")
    args = parser.parse_args(argv)
    data_dir = args.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    records_path = extracted_records(data_dir, args.documents, args.seed)
    corpus = ensure_corpus(data_dir, args.documents, args.seed)
    text_bytes = disk_bytes(corpus.directory)
    seconds, documents, build_dir, total = measure(records_path, corpus.directory, args.engine, args.workers)
    try:
        components = component_bytes(build_dir)
        build_bytes = disk_bytes(build_dir)
    finally:
        shutil.rmtree(build_dir.parents[2], ignore_errors=True)
    if args.json:
        print(
            json.dumps(
                {
                    "documents": documents,
                    "cpu_seconds": total,
                    "stages": seconds,
                    "bytes": components,
                    "build_bytes": build_bytes,
                    "text_bytes": text_bytes,
                }
            )
        )
        return
    print(
        f"{args.engine}, {documents} documents: {1000 * total / documents:.2f} CPU ms per document in the writer"
    )
    order = {label: i for i, (label, _, _) in enumerate(STAGES)}
    for label, spent in sorted(seconds.items(), key=lambda item: order.get(item[0], -1)):
        print(f"{1000 * spent / documents:8.2f} ms/doc  {label}")
    print(
        f"{build_bytes / text_bytes:.2f} bytes per byte of text ({build_bytes / 2**20:.1f} MiB for {text_bytes / 2**20:.1f} MiB)"
    )
    for name, size in sorted(components.items(), key=lambda item: -item[1]):
        print(f"{size / text_bytes:8.3f}  {size / 2**20:7.2f} MiB  {name}")


if __name__ == "__main__":
    main()
