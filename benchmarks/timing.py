"""Timing in process: query latency per class (medians of many runs) and extraction speed."""

from __future__ import annotations

import statistics
import time
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
    system: System,
    queries: list[BenchQuery],
    *,
    runs: int,
    time_budget: float,
) -> LatencyStats | None:
    """Run every query once as warm-up, then cycle through them `runs` times (stops early at the budget).

    None when the system cannot answer this class.
    """
    hits: list[int] = []
    for query in queries:
        answered = system.run(query)
        if answered is None:
            return None
        hits.append(answered)
    durations: list[float] = []
    deadline = time.perf_counter() + time_budget
    for index in range(runs):
        query = queries[index % len(queries)]
        started = time.perf_counter()
        system.run(query)
        durations.append((time.perf_counter() - started) * 1000)
        if time.perf_counter() > deadline and len(durations) >= min(runs, len(queries)):
            break
    return LatencyStats(
        runs=len(durations),
        p50_ms=statistics.median(durations),
        p90_ms=percentile(durations, 0.90),
        p99_ms=percentile(durations, 0.99),
        mean_ms=statistics.fmean(durations),
        median_hits=statistics.median(hits),
    )


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
