"""The highlight class in process: `python -m benchmarks.highlight_speed INDEX_DIR [--profile] [--term WORD]`.

Runs the benchmark's "top-10 with highlights" queries (the workload's highlight terms, picked from the
corpus the index was built from) against the index's engine, as `benchmarks.systems` does (result cache
off, 10 hits), once with 3 snippets per hit and once with none, in alternating rounds so that other load
on the machine falls on both alike; `--term` searches the given words instead (a frequent one, say).
Prints, for each, the median over rounds of the median wall ms per search and of the CPU ms per search
(this process's CPU time over the round, the figure to read on a shared machine), and their difference:
what the snippets cost. With `--profile`, cProfile's top lines of the searches with snippets follow.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from pathlib import Path

from app.index import Archive, SearchQuery
from benchmarks.config import DEFAULT_SEED
from benchmarks.generator import ensure_corpus
from benchmarks.workload import pick_workload

DATA_DIR = Path(__file__).resolve().parent / "data"


def _round(archive: Archive, terms: list[str], snippets: int) -> tuple[float, float]:
    """One search per term on the current build: the median wall ms, and the CPU ms per search."""
    durations: list[float] = []
    cpu_started = time.process_time()
    for term in terms:
        engine = archive.current().engine
        started = time.perf_counter()
        engine.search(SearchQuery(text=term, limit=10, snippets=snippets))
        durations.append((time.perf_counter() - started) * 1000)
    cpu_ms = (time.process_time() - cpu_started) * 1000 / len(terms)
    return statistics.median(durations), cpu_ms


def main(argv: list[str] | None = None) -> None:
    """Time (and optionally profile) the highlight class on one index."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--documents", type=int, default=2000, help="the generated corpus the index holds")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="print cProfile's top lines after timing")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--term", action="append", help="search these words instead (repeatable)")
    arguments = parser.parse_args(argv)
    terms: list[str] = arguments.term or []
    if not terms:
        corpus = ensure_corpus(DATA_DIR, arguments.documents, arguments.seed)
        terms = pick_workload(corpus.directory, seed=arguments.seed).highlight_terms
    archive = Archive(arguments.index_dir, result_cache_size=0)
    try:
        for snippets in (3, 0):  # warm-up: every query once
            _round(archive, terms, snippets)
        rounds: dict[int, list[tuple[float, float]]] = {3: [], 0: []}
        for _ in range(arguments.rounds):
            for snippets, timings in rounds.items():
                timings.append(_round(archive, terms, snippets))
        engine = archive.current().engine.info.engine
        print(
            f"engine: {engine}, {len(terms)} queries, {arguments.rounds} rounds; ms per search: wall p50, CPU"
        )
        wall = {n: statistics.median(t[0] for t in timings) for n, timings in rounds.items()}
        cpu = {n: statistics.median(t[1] for t in timings) for n, timings in rounds.items()}
        print(f"  3 snippets per hit: {wall[3]:.3f}  {cpu[3]:.3f}")
        print(f"  no snippets:        {wall[0]:.3f}  {cpu[0]:.3f}")
        print(f"  the snippets' cost: {wall[3] - wall[0]:.3f}  {cpu[3] - cpu[0]:.3f} (10 hits)")
        if arguments.profile:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(arguments.rounds):
                _round(archive, terms, 3)
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(arguments.top)
    finally:
        archive.close()


if __name__ == "__main__":
    main()
