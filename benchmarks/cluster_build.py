"""Build speed on Dask vs the local pipeline, on the same generated corpus.

    python -m benchmarks.cluster_build --documents 10000

Three builds of one corpus (benchmarks/generator.py): the local pipeline (`--workers`, default the CPU
count up to 4), `--scheduler local:1` (the cost of the Dask path itself: one worker process against the
pipeline's) and `--scheduler local:2` (the scaling over one worker). Docs/s count the build only; the
cluster's start is reported apart. Results go to benchmarks/results/cluster_build.json and .md with the
commit and the load average, since on a shared machine the load decides the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from app.index import build_index
from app.index.cluster_extraction import DaskExtraction
from app.index.store import RECORDS_FILE, RecordStore
from benchmarks.config import DEFAULT_SEED, ROOT
from benchmarks.generator import ensure_corpus
from benchmarks.run import _commit

RESULTS = ROOT / "benchmarks" / "results"


def stored_records(build_dir: Path) -> dict[str, str]:
    """Every record of a build as JSON, by id, with the origin it was stored under."""
    path = build_dir / RECORDS_FILE
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT id, origin FROM documents").fetchall()
    store = RecordStore(path)
    return {doc_id: f"{origin} {store.get(doc_id).model_dump_json()}" for doc_id, origin in rows}  # type: ignore[union-attr]


def records_digest(build_dir: Path) -> str:
    """One SHA-256 over a build's records in id order: equal digests, equal builds (timings aside)."""
    digest = hashlib.sha256()
    for doc_id, record in sorted(stored_records(build_dir).items()):
        digest.update(f"{doc_id}\n{record}\n".encode())
    return digest.hexdigest()


def measure(corpus_dir: Path, scheduler: str | None, workers: int | None) -> dict[str, Any]:
    """One build of `corpus_dir`, on Dask when `scheduler` is given."""
    index_dir = Path(tempfile.mkdtemp(prefix="cluster-build-"))
    try:
        if scheduler is None:
            report = build_index(corpus_dir, index_dir, workers=workers)
            return {"mode": f"local pipeline, {workers or min(4, os.cpu_count() or 1)} processes"} | _rates(
                report
            )
        started = time.perf_counter()
        with DaskExtraction(scheduler) as dask:
            connected = time.perf_counter() - started
            report = build_index(corpus_dir, index_dir, dask=dask)
        return {
            "mode": f"--scheduler {scheduler}",
            "cluster_start_seconds": round(connected, 2),
            "tasks": dask.progress.tasks,
            "workers": dask.progress.workers,
        } | _rates(report)
    finally:
        shutil.rmtree(index_dir, ignore_errors=True)


def _rates(report: Any) -> dict[str, Any]:
    return {
        "records_sha256": records_digest(report.build_dir),
        "documents": report.documents,
        "seconds": round(report.seconds, 2),
        "docs_per_second": round(report.documents / report.seconds, 1),
    }


def markdown(results: dict[str, Any]) -> str:
    rows = results["builds"]
    base = rows[0]["docs_per_second"]
    lines = [
        f"# Build on Dask vs the local pipeline: {results['documents']:,} documents",
        "",
        f"Commit `{results['commit']}`, {results['cpus']} CPUs, load average {results['load_average_at_start']} "
        f"at start and {results['load_average_at_end']} at the end.",
        "",
        "| build | docs/s | × local pipeline | seconds | cluster start (s) | tasks | records = local build's |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        same = "yes" if row["records_sha256"] == rows[0]["records_sha256"] else "**no**"
        lines.append(
            f"| {row['mode']} | {row['docs_per_second']} | {row['docs_per_second'] / base:.2f} | {row['seconds']} "
            f"| {row.get('cluster_start_seconds', '–')} | {row.get('tasks', '–')} | {same} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, default=None, help="Processes of the local pipeline.")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--output", type=Path, default=RESULTS / "cluster_build")
    arguments = parser.parse_args(argv)
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    corpus = ensure_corpus(arguments.data_dir, arguments.documents, arguments.seed)
    load_at_start = round(os.getloadavg()[0], 2)
    builds = []
    for scheduler in (None, "local:1", "local:2"):
        builds.append(measure(corpus.directory, scheduler, arguments.workers))
        print(json.dumps(builds[-1]), flush=True)
    results = {
        "documents": corpus.documents,
        "seed": arguments.seed,
        "commit": _commit(),
        "cpus": os.cpu_count(),
        "load_average_at_start": load_at_start,
        "load_average_at_end": round(os.getloadavg()[0], 2),
        "builds": builds,
    }
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    arguments.output.with_suffix(".md").write_text(markdown(results))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
