"""Build speed and index size: `python -m benchmarks.build_speed [--documents N] [--engine E]`.

Builds a generated corpus with extraction (as `archive index` does) and prints, per engine, the
documents per second and the index size on disk against the text it holds, at the end and at the
peak a sampling thread saw while the build ran.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from app.index import build_index
from app.index.engine import EngineName
from benchmarks.config import DEFAULT_SEED
from benchmarks.generator import ensure_corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SECONDS = 0.1


def disk_bytes(directory: Path) -> int:
    """Bytes of every file under `directory`, tolerating files a running build deletes meanwhile."""
    total = 0
    for root, _dirs, files in os.walk(directory):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except FileNotFoundError:
                continue
    return total


class PeakDisk:
    """Samples the size of a directory in a thread and keeps the largest value seen."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, disk_bytes(self.directory))

    def __enter__(self) -> PeakDisk:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, disk_bytes(self.directory))


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the extraction workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(corpus_dir: Path, engine: EngineName, workers: int | None) -> dict[str, float]:
    """One build of `corpus_dir` with `engine`: seconds, docs/s, CPU per document, final and peak bytes on disk."""
    index_dir = Path(tempfile.mkdtemp(prefix="build-speed-"))
    try:
        started_cpu = cpu_seconds()
        with PeakDisk(index_dir) as sampler:
            report = build_index(corpus_dir, index_dir, workers=workers, engine=engine)
        cpu = cpu_seconds() - started_cpu
        return {
            "documents": report.documents,
            "seconds": round(report.seconds, 2),
            "docs_per_second": round(report.documents / report.seconds, 1),
            "cpu_ms_per_document": round(1000 * cpu / report.documents, 1),
            "final_bytes": disk_bytes(index_dir),
            "peak_bytes": sampler.peak,
        }
    finally:
        shutil.rmtree(index_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Print a JSON object per engine with the build's speed and sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--engine", choices=["whoosh", "tantivy"], action="append")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "benchmarks" / "data")
    arguments = parser.parse_args(argv)
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    corpus = ensure_corpus(arguments.data_dir, arguments.documents, arguments.seed)
    text_bytes = disk_bytes(corpus.directory)
    for engine in arguments.engine or ["tantivy", "whoosh"]:
        result = measure(corpus.directory, engine, arguments.workers)
        result |= {
            "engine": engine,
            "corpus_bytes": text_bytes,
            "final_ratio": round(result["final_bytes"] / text_bytes, 2),
            "peak_ratio": round(result["peak_bytes"] / text_bytes, 2),
            "load_average": os.getloadavg()[0],
        }
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
