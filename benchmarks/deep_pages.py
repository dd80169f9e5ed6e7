"""What page 1 and page 1,000 cost, by offset and by keyset cursor: `python -m benchmarks.deep_pages`.

Builds the generated corpus with each engine, then times (median of several runs, uncached, below the
HTTP layer) the first page, the page `--page` by offset (what `page=` and the old cursors did) and the
same page by its keyset position (what a `next` cursor does now), for a date-ordered list of every
document, a relevance-ordered search and the SQLite statistics list.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from app.index import ENGINE_NAMES, Archive, SearchQuery, StatisticFilters, build_index
from benchmarks.generator import ensure_corpus

ROOT = Path(__file__).resolve().parent.parent


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def _search_costs(archive: Archive, query: SearchQuery, depth: int, runs: int) -> dict[str, float | int]:
    engine = archive.current().engine
    before = engine.search(replace(query, offset=depth - 1, limit=1))
    deep_offset = replace(query, offset=depth)
    deep_keyset = replace(query, after=before.last_key)
    assert engine.search(deep_offset).hits == engine.search(deep_keyset).hits, (
        "offset and keyset pages differ"
    )
    return {
        "total": before.total,
        "page_1_ms": _median_ms(lambda: engine.search(query), runs),
        "deep_offset_ms": _median_ms(lambda: engine.search(deep_offset), runs),
        "deep_keyset_ms": _median_ms(lambda: engine.search(deep_keyset), runs),
    }


def _statistics_costs(archive: Archive, per_page: int, depth: int, runs: int) -> dict[str, float | int]:
    catalog = archive.current().catalog
    every = StatisticFilters()
    before = catalog.statistics(every, offset=depth - 1, limit=1)
    return {
        "total": before.total,
        "page_1_ms": _median_ms(lambda: catalog.statistics(every, offset=0, limit=per_page), runs),
        "deep_offset_ms": _median_ms(lambda: catalog.statistics(every, offset=depth, limit=per_page), runs),
        "deep_keyset_ms": _median_ms(
            lambda: catalog.statistics(every, offset=0, limit=per_page, after=before.last), runs
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print a JSON object of costs in milliseconds per engine and list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument("--per-page", type=int, default=5)
    parser.add_argument("--page", type=int, default=1_000)
    parser.add_argument("--query", default="said", help="a word most documents contain, for relevance")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data")
    options = parser.parse_args(argv)
    corpus = ensure_corpus(options.data, options.documents, 20261121)
    depth = (options.page - 1) * options.per_page
    results: dict[str, object] = {
        "documents": corpus.documents,
        "per_page": options.per_page,
        "page": options.page,
    }
    with tempfile.TemporaryDirectory() as scratch:
        for engine in ENGINE_NAMES:
            index_dir = Path(scratch) / engine
            build_index(corpus.directory, index_dir, workers=2, engine=engine)
            archive = Archive(index_dir, result_cache_size=0)
            try:
                newest = SearchQuery(limit=options.per_page, snippets=0)
                relevant = SearchQuery(text=options.query, limit=options.per_page, snippets=0)
                results[engine] = {
                    "newest_first": _search_costs(archive, newest, depth, options.runs),
                    "relevance": _search_costs(archive, relevant, depth, options.runs),
                    "statistics": _statistics_costs(archive, options.per_page, depth, options.runs),
                }
            finally:
                archive.close()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
