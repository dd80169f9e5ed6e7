"""`python -m benchmarks.run`: generate the corpus, build every index, time queries in process and over
HTTP, and write benchmarks/results/latest.{json,md}.

Sizes: `--docs` (default: BENCH_DOCS or 10000). Builds with extraction run at roughly 70–100
documents/s on two cores; the run builds ours with Whoosh and with tantivy plus naive Whoosh and
FTS5, so 10k documents take about 12–15 minutes end to end. `--systems` (default: BENCH_SYSTEMS or
all) measures a subset, e.g. `ours_tantivy,fts5` for a 100k run without the two Whoosh builds.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import platform
import sqlite3
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.config import DEFAULT_SEED, ENGINES, ROOT, BenchConfig, log
from benchmarks.generator import ensure_corpus, text_bytes
from benchmarks.over_http import over_http, wrk_version
from benchmarks.report import ratio, write_results
from benchmarks.selection import FTS5, OURS, SYSTEM_NAMES, check_selection, parse_systems
from benchmarks.systems import Fts5System, NaiveWhooshSystem, OursSystem, System
from benchmarks.targets import evaluate_targets
from benchmarks.timing import measure_extraction, measure_latency
from benchmarks.workload import PLANNED_CLASSES, QUERY_CLASSES, BenchQuery, pick_workload

__all__ = ["BenchConfig", "main", "run_benchmark"]


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _in_process(
    config: BenchConfig, systems: list[System], queries: dict[str, list[BenchQuery]]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for query_class in QUERY_CLASSES:
        latencies = measure_latency(
            systems,
            queries[query_class.name],
            runs=config.runs_per_class,
            time_budget=config.class_time_budget,
        )
        measured: dict[str, Any] = {name: s.as_dict() if s else None for name, s in latencies.items()}
        log(
            f"in process · {query_class.name}: "
            + ", ".join(
                f"{name} p50 {s.p50_ms:.2f} ms" if s else f"{name} n/a" for name, s in latencies.items()
            )
        )
        hits = {name: stats["median_hits"] for name, stats in measured.items() if stats}
        ratios: dict[str, float | None] = {}
        for ours in OURS:
            for peer in (FTS5, "naive_whoosh"):
                ratios[f"{ours}_vs_{peer}"] = ratio(_p50(measured.get(ours)), _p50(measured.get(peer)))
        rows.append(
            {
                "name": query_class.name,
                "description": query_class.description,
                # Systems returning different numbers of hits did different work: the ratio is suspect.
                "same_hits": len(set(hits.values())) <= 1,
                "results": measured,
                "ratios": ratios,
            }
        )
    return rows


def _p50(stats: dict[str, Any] | None) -> float | None:
    return None if stats is None else float(stats["p50_ms"])


def run_benchmark(config: BenchConfig) -> dict[str, Any]:
    """The whole benchmark; returns the results written to `config.results_dir`."""
    check_selection(config.systems, datasette_measured=config.http and config.datasette)
    started = time.perf_counter()
    started_at = datetime.now(UTC)
    load_at_start = [round(value, 2) for value in os.getloadavg()]
    # Servers import app/ when they start: a commit landing mid-run would mix two versions of the code.
    commit_at_start = _commit()
    config.data_dir.mkdir(parents=True, exist_ok=True)
    log(f"corpus: {config.documents} documents, seed {config.seed}")
    corpus = ensure_corpus(config.data_dir, config.documents, config.seed)
    workload = pick_workload(corpus.directory, seed=config.seed, per_class=config.queries_per_class)
    queries = {c.name: c.make(workload) for c in QUERY_CLASSES}
    work = config.data_dir / f"run-{config.documents}-seed{config.seed}"
    work.mkdir(parents=True, exist_ok=True)

    ours = {
        engine: OursSystem(work / f"ours-index-{engine}", engine=engine)
        for engine in ENGINES
        if f"ours_{engine}" in config.systems
    }
    fts5 = Fts5System(work / "bench.db") if FTS5 in config.systems else None
    naive = NaiveWhooshSystem(work / "naive-whoosh") if "naive_whoosh" in config.systems else None
    systems: list[System] = [system for system in (*ours.values(), fts5, naive) if system is not None]
    builds: dict[str, Any] = {}
    extraction: dict[str, Any] | None = None
    try:
        for system in systems:
            log(f"building {system.name} …")
            build = system.build(corpus.directory)
            builds[system.name] = {
                "documents": build.documents,
                "seconds": round(build.seconds, 3),
                "documents_per_second": round(build.documents_per_second, 2),
                "size_bytes": build.size_bytes,
                "parts_bytes": build.parts,
                "label": build.label,
            }
            log(
                f"built {system.name}: {build.documents_per_second:.1f} docs/s, {build.size_bytes / 2**20:.1f} MiB"
            )
        if ours:  # the extraction our builds include; the peers have none
            log("extraction alone …")
            extraction = measure_extraction(
                corpus.directory,
                max_documents=config.extraction_documents,
                time_budget=config.extraction_time_budget,
            ).as_dict()
        in_process = _in_process(config, systems, queries)
    finally:
        for system in systems:
            system.close()
    http = over_http(
        config,
        {engine: system.index_dir for engine, system in ours.items()},
        None if fts5 is None else fts5.database,
        queries,
        work,
    )
    not_run = [name for name in SYSTEM_NAMES if name not in config.systems]

    notes = [
        f"{row['name']}: the systems returned different numbers of hits (median "
        + ", ".join(f"{name} {stats['median_hits']:g}" for name, stats in row["results"].items() if stats)
        + "), so they did different work."
        for row in in_process
        if not row["same_hits"]
    ] + [
        f"Ours{' (both engines)' if len(ours) == len(ENGINES) else ''} indexes cleaned text with extraction; "
        "the peers index the raw corpus text without it.",
        "Every ours figure is the uncached path: in process `Archive(..., result_cache_size=0)`, over HTTP "
        "servers started with `ARCHIVE_RESULT_CACHE_SIZE=0` (wrk cycles 20 URLs per class, which the "
        "service's default 256-page cache would turn into cache hits); only the row labelled cached uses "
        "the shipped cache.",
        "In process, every system returns the top 10 and the total count; ours and naive Whoosh make 3 "
        "snippets per hit for highlights, FTS5 one (snippet()).",
        "Over HTTP, Datasette's table search counts all matches and orders by rowid (not relevance); its "
        "highlight queries go through the SQL API ranked by bm25 without a count.",
    ]
    if commit_at_start != _commit():
        notes.append(
            f"The checkout changed during the run ({commit_at_start} at start, {_commit()} at end): "
            "the figures may mix two versions of the code."
        )
    if config.documents < 10_000:
        notes.append(
            f"Smaller than the default 10k documents ({config.documents:,}): ratios shift with size."
        )
    results: dict[str, Any] = {
        "meta": {
            "documents": corpus.documents,
            "words": corpus.words,
            "text_bytes": text_bytes(corpus.directory),
            "seed": config.seed,
            "systems": list(config.systems),
            "systems_not_run": not_run,
            "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "wall_seconds": round(time.perf_counter() - started, 1),
            "commit": commit_at_start,
            "commit_at_end": _commit(),
            # Other work on the machine skews every figure; the load average says whether there was any.
            "load_average_at_start": load_at_start,
            "load_average_at_end": [round(value, 2) for value in os.getloadavg()],
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "sqlite": sqlite3.sqlite_version,
                "whoosh": _version("whoosh-reloaded"),
                "tantivy": _version("tantivy"),
                "datasette": _version("datasette"),
                "wrk": wrk_version(),
                "platform": platform.platform(),
            },
            "settings": {
                "queries_per_class": config.queries_per_class,
                "runs_per_class": config.runs_per_class,
                "class_time_budget_s": config.class_time_budget,
            },
        },
        "workload": workload.as_dict(),
        "build": builds,
        "extraction": extraction,
        "in_process": {"classes": in_process},
        "http": http,
        "targets": {},
        "not_measured": [{"name": c.name, "waiting_for": c.waiting_for} for c in PLANNED_CLASSES],
        "notes": notes,
    }
    results["targets"] = evaluate_targets(results)
    json_path, markdown_path = write_results(results, config.results_dir)
    log(f"wrote {json_path} and {markdown_path} in {results['meta']['wall_seconds']} s")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--docs", type=int, default=int(os.environ.get("BENCH_DOCS", "10000")))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=100, help="timed queries per class and system")
    parser.add_argument("--http-seconds", type=float, default=6.0, help="wrk duration per class")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--results-dir", type=Path, default=BenchConfig().results_dir)
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument(
        "--systems",
        type=_systems_argument,
        default=os.environ.get("BENCH_SYSTEMS") or ",".join(SYSTEM_NAMES),
        help=f"comma-separated subset of {','.join(SYSTEM_NAMES)} (default: BENCH_SYSTEMS or all); "
        "fts5 is required unless --no-http or --no-datasette",
    )
    args = parser.parse_args(argv)
    try:
        check_selection(args.systems, datasette_measured=not args.no_http and not args.no_datasette)
    except ValueError as error:
        parser.error(f"argument --systems: {error}")
    run_benchmark(
        BenchConfig(
            documents=args.docs,
            seed=args.seed,
            runs_per_class=args.runs,
            http_seconds=args.http_seconds,
            http_connections=args.connections,
            server_workers=args.workers,
            results_dir=args.results_dir,
            http=not args.no_http,
            datasette=not args.no_datasette,
            systems=args.systems,
        )
    )


def _systems_argument(text: str) -> tuple[str, ...]:
    try:
        return parse_systems(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


if __name__ == "__main__":
    main()
