"""The benchmark still runs end to end on a tiny corpus and writes results of the expected shape.

No timings are asserted: this proves the harness works, not how fast anything is.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generator import NewsGenerator, ensure_corpus
from benchmarks.http_load import wrk_path
from benchmarks.report import ratio, render_markdown
from benchmarks.run import OURS, BenchConfig, run_benchmark
from benchmarks.workload import PLANNED_CLASSES, QUERY_CLASSES

CLASS_NAMES = [query_class.name for query_class in QUERY_CLASSES]


def test_generator_is_deterministic_and_prefix_stable() -> None:
    first, second = NewsGenerator(seed=5), NewsGenerator(seed=5)
    assert first.article(41) == second.article(41)
    assert first.article(41) != first.article(42)
    assert NewsGenerator(seed=6).article(41) != first.article(41)
    article = first.article(7)
    assert article.id == "gen-0000007"
    assert date(2012, 1, 1) <= article.published <= date(2026, 10, 31)
    assert 100 <= len(article.text.split()) <= 4000


def test_generated_corpus_is_json_lines_the_indexer_reads(tmp_path: Path) -> None:
    from app.corpus import RawDocument, read_corpus

    corpus = ensure_corpus(tmp_path, documents=12, seed=3)
    documents = [item for item in read_corpus(corpus.directory)]
    assert len(documents) == 12
    assert all(isinstance(item, RawDocument) and item.metadata.outlet for item in documents)
    assert ensure_corpus(tmp_path, documents=12, seed=3) == corpus  # reused, not regenerated


def test_ratio_is_ours_over_peer() -> None:
    assert ratio(30.0, 10.0) == 3.0
    assert ratio(None, 10.0) is None
    assert ratio(5.0, 0.0) is None


@pytest.mark.slow
def test_benchmark_smoke_run(tmp_path: Path) -> None:
    # HTTP is always asked for: without wrk the run must say so instead of failing.
    measured_over_http = wrk_path() is not None
    config = BenchConfig(
        documents=200,
        data_dir=tmp_path / "data",
        results_dir=tmp_path / "results",
        queries_per_class=4,
        runs_per_class=4,
        class_time_budget=1.0,
        extraction_documents=20,
        http=True,
        http_seconds=1.0,
        overhead_requests=4,
        datasette=importlib.util.find_spec("datasette") is not None,
    )
    results = run_benchmark(config)

    written = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert written == results
    assert written["meta"]["documents"] == 200
    assert set(written["build"]) == {*OURS, "fts5", "naive_whoosh"}
    assert all(build["documents"] == 200 and build["size_bytes"] > 0 for build in written["build"].values())
    assert written["extraction"]["words_per_second"] > 0
    rows = written["in_process"]["classes"]
    assert [row["name"] for row in rows] == CLASS_NAMES
    for row in rows:
        for system in (*OURS, "fts5", "naive_whoosh"):
            assert row["results"][system]["runs"] >= 4
            assert row["results"][system]["median_hits"] > 0, (row["name"], system)
        assert set(row["ratios"]) == {
            f"{ours}_vs_{peer}" for ours in OURS for peer in ("fts5", "naive_whoosh")
        }
    assert [c["name"] for c in written["not_measured"]] == [c.name for c in PLANNED_CLASSES]
    if measured_over_http:
        http_rows = written["http"]["classes"]
        assert [row["name"] for row in http_rows] == CLASS_NAMES
        for ours in OURS:
            assert all(row["results"][ours]["requests"] > 0 for row in http_rows)
            assert all(row["results"][ours]["non_2xx_or_3xx"] == 0 for row in http_rows)
            assert all(row["sequential"][ours]["failed"] == 0 for row in http_rows)
            assert written["http"]["cached"]["results"][ours]["requests"] > 0
        servers = written["http"]["servers"]
        assert all(server["peak_rss_kib"] for server in servers.values())
        assert all(server["ready_seconds"] > 0 for server in servers.values())
        # Every uncached server runs with the result cache off; the cached ones with the shipped default.
        for label, server in servers.items():
            if label.startswith("ours_"):
                assert server["env"]["ARCHIVE_RESULT_CACHE_SIZE"] == ("0" if "cached" not in label else "256")
    else:
        assert "wrk" in written["http"]["skipped"]

    markdown = (tmp_path / "results" / "latest.md").read_text()
    assert markdown == render_markdown(results)
    assert [row["id"] for row in written["targets"]["rows"]] == [
        "b1",
        "b2",
        "s",
        "w1",
        "w2",
        "e1",
        "e2",
        "c1",
        "c2",
        "c3",
        "f",
    ]
    assert all(row["met"] in (True, False, None) for row in written["targets"]["rows"])
    for heading in ("## Targets", "## Build", "## Query latency in process", "## Over HTTP"):
        assert heading in markdown
    for name in CLASS_NAMES:
        assert f"| {name} |" in markdown


def test_extract_speed_reports_words_per_second(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.extract_speed import main as extract_speed

    assert extract_speed(["--repeat", "1", "--runs", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 5 and report["pipeline_words_per_cpu_second"] > 0
