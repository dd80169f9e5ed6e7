"""Extraction speed in words per second on one core: `python -m benchmarks.extract_speed [--repeat N]`.

The corpus is repeated to get a measurable amount of text; the median of several runs is reported,
both for `extract_document` end to end (cleaning included) and for the extractors alone (the pipeline
less the time `clean_text` takes).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app.clean import clean_text
from app.corpus import RawDocument, read_corpus
from app.extract import EXTRACTOR_VERSION, extract_document

ROOT = Path(__file__).resolve().parent.parent


def _median_seconds(work: Callable[[], None], runs: int) -> tuple[float, float]:
    """Median (wall seconds, CPU seconds of this process) over `runs` runs."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main(argv: Sequence[str] | None = None) -> int:
    """Print a JSON object with words/s for the full pipeline and for the extractors alone."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--repeat", type=int, default=20, help="times the corpus is repeated per run")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    documents = [doc for doc in read_corpus(arguments.corpus) if isinstance(doc, RawDocument)]
    batch = documents * arguments.repeat
    words = sum(len(doc.raw_text.split()) for doc in batch)

    def pipeline() -> None:
        for doc in batch:
            extract_document(doc)

    def cleaning() -> None:
        for doc in batch:
            clean_text(doc.raw_text)

    extract_document(batch[0])  # warm up compiled patterns and imports
    pipeline_wall, pipeline_cpu = _median_seconds(pipeline, arguments.runs)
    cleaning_wall, cleaning_cpu = _median_seconds(cleaning, arguments.runs)
    # The extractors' share is the pipeline less cleaning: one definition of the pipeline, in app.extract.
    extractor_wall, extractor_cpu = pipeline_wall - cleaning_wall, pipeline_cpu - cleaning_cpu
    # CPU time is what one core spends; wall time also counts waiting on a busy machine.
    result = {
        "extractor_version": EXTRACTOR_VERSION,
        "documents": len(batch),
        "words": words,
        "runs": arguments.runs,
        "pipeline_words_per_second": round(words / pipeline_wall),
        "pipeline_words_per_cpu_second": round(words / pipeline_cpu),
        "extractors_words_per_second": round(words / extractor_wall),
        "extractors_words_per_cpu_second": round(words / extractor_cpu),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
