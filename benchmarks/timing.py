"""Timing in process: query latency per class (medians of many runs) and extraction speed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.systems import System
from benchmarks.workload import BenchQuery

__all__ = ["ExtractionSpeed", "LatencyStats", "measure_extraction", "measure_latency", "percentile"]


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass(frozen=True)
class LatencyStats:
    runs: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    median_hits: float
    failed: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {
            key: round(value, 3) if isinstance(value, float) else value for key, value in asdict(self).items()
        }


def measure_latency(
    systems: Sequence[System],
    queries: list[BenchQuery],
    *,
    runs: int,
    time_budget: float,
) -> dict[str, LatencyStats | None]:
    """Latency of one query class on every system, by system name (None: cannot answer this class).

    Every query runs once per system as warm-up. Then the systems take turns on the same query,
    in a rotating order, `runs` times (fewer once `time_budget` is spent), so that other load on
    the machine falls on all of them alike.
    """
    hits: dict[str, list[int]] = {}
    for system in systems:
        answered = [system.run(query) for query in queries[:1]]
        if answered[0] is None:
            continue
        hits[system.name] = [answer or 0 for answer in (system.run(query) for query in queries)]
    able = [system for system in systems if system.name in hits]
    durations: dict[str, list[float]] = {system.name: [] for system in able}
    deadline = time.perf_counter() + time_budget
    for index in range(runs):
        query = queries[index % len(queries)]
        shift = index % max(1, len(able))
        for system in able[shift:] + able[:shift]:
            started = time.perf_counter()
            system.run(query)
            durations[system.name].append((time.perf_counter() - started) * 1000)
        if time.perf_counter() > deadline and index + 1 >= min(runs, len(queries)):
            break
    measured: dict[str, LatencyStats | None] = {system.name: None for system in systems}
    for name, values in durations.items():
        measured[name] = LatencyStats(
            runs=len(values),
            p50_ms=statistics.median(values),
            p90_ms=percentile(values, 0.90),
            p99_ms=percentile(values, 0.99),
            mean_ms=statistics.fmean(values),
            median_hits=statistics.median(hits[name]),
        )
    return measured


@dataclass(frozen=True)
class ExtractionSpeed:
    documents: int
    words: int
    seconds: float
    words_per_second: float
    median_document_words_per_second: float
    median_document_ms: float

    def as_dict(self) -> dict[str, float | int]:
        return {
            key: round(value, 3) if isinstance(value, float) else value for key, value in asdict(self).items()
        }


def measure_extraction(corpus_dir: Path, *, max_documents: int, time_budget: float) -> ExtractionSpeed:
    """`app.extract.extract_document` over the generated corpus read by `app.corpus`, one process."""
    from app.corpus import RawDocument, read_corpus
    from app.extract import extract_document

    per_document: list[tuple[int, float]] = []
    deadline = time.perf_counter() + time_budget
    for item in read_corpus(corpus_dir):
        if not isinstance(item, RawDocument):
            continue
        words = len(item.raw_text.split())
        started = time.perf_counter()
        extract_document(item)
        per_document.append((words, time.perf_counter() - started))
        if len(per_document) >= max_documents or time.perf_counter() > deadline:
            break
    total_words = sum(words for words, _ in per_document)
    total_seconds = sum(seconds for _, seconds in per_document)
    return ExtractionSpeed(
        documents=len(per_document),
        words=total_words,
        seconds=total_seconds,
        words_per_second=total_words / total_seconds if total_seconds else 0.0,
        median_document_words_per_second=statistics.median(w / s for w, s in per_document if s > 0),
        median_document_ms=statistics.median(s * 1000 for _, s in per_document),
    )
