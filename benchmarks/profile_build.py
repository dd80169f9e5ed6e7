"""The build's single writer, profiled: `python -m benchmarks.profile_build [--documents N] [--engine E]`.

Extraction runs in worker processes, where the indexer's cProfile cannot see it, and it is measured on
its own (`benchmarks.extract_speed`). This profiles what the indexer process does with the records:
the generated corpus is extracted once (kept under `benchmarks/data/`), then `build_index` runs with
those records replayed in place of the worker pool, under cProfile. It prints the wall time of the
writer side, its documents/s, and cProfile's top lines by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from unittest import mock

from app.corpus import RawDocument
from app.index import build_index
from app.index.engine import EngineName
from app.index.extraction_pool import extract_all
from app.index.store import RECORDS_FILE
from app.models import DocumentRecord
from benchmarks.build_speed import disk_bytes
from benchmarks.config import DEFAULT_SEED
from benchmarks.generator import ensure_corpus

ROOT = Path(__file__).resolve().parent.parent


def extracted_records(data_dir: Path, documents: int, seed: int) -> Path:
    """A JSON Lines file of the generated corpus's extracted records, made once per size and seed."""
    corpus = ensure_corpus(data_dir, documents, seed)
    path = data_dir / f"extracted-{documents}-seed{seed}.jsonl"
    if not path.exists():
        from app.corpus import read_corpus

        partial = path.with_suffix(".partial")
        raw = (item for item in read_corpus(corpus.directory) if isinstance(item, RawDocument))
        with partial.open("w", encoding="utf-8") as out:
            for record in extract_all(raw, workers=2):
                out.write(record.model_dump_json() + "\n")
        partial.rename(path)
    return path


def replayed(path: Path) -> Iterator[DocumentRecord]:
    """The records as the worker pool hands them to the writer: validated from their JSON."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield DocumentRecord.model_validate_json(line)


def profile_build(path: Path, corpus_dir: Path, engine: EngineName, top: int) -> None:
    def replay(_documents: Iterable[RawDocument], _workers: int) -> Iterator[DocumentRecord]:
        return replayed(path)

    with tempfile.TemporaryDirectory() as scratch:
        index_dir = Path(scratch) / "index"
        profiler = cProfile.Profile()
        with mock.patch("app.index.build.extract_all", replay):
            started = time.perf_counter()
            profiler.enable()
            report = build_index(corpus_dir, index_dir, engine=engine)
            profiler.disable()
            seconds = time.perf_counter() - started
        size = disk_bytes(report.build_dir)
        print(
            f"{engine}: {report.documents} records written in {seconds:.2f} s under cProfile "
            f"({report.documents / seconds:.1f} docs/s), {size / 2**20:.1f} MiB on disk"
        )
        _print_store_tables(report.build_dir / RECORDS_FILE, size)
        shutil.rmtree(index_dir, ignore_errors=True)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(f"--- by {order}")
        print(out.getvalue().split("\n\n", 2)[-1].rstrip())


def _print_store_tables(path: Path, build_bytes: int, top: int = 12) -> None:
    """The record store's largest tables and indexes (SQLite's dbstat), as shares of the whole build."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?", (top,)
        ).fetchall()
    print("--- largest tables and indexes of the record store")
    for name, size in rows:
        print(f"{size / 2**20:8.2f} MiB {size / build_bytes:6.1%}  {name}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--engine", choices=("whoosh", "tantivy"), default="tantivy")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    data_dir = ROOT / "benchmarks" / "data"
    path = extracted_records(data_dir, args.documents, args.seed)
    corpus = ensure_corpus(data_dir, args.documents, args.seed)
    profile_build(path, corpus.directory, args.engine, args.top)


if __name__ == "__main__":
    main()
