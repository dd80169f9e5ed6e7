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
from benchmarks.run import BenchConfig, main, run_benchmark
from benchmarks.selection import OURS, SYSTEM_NAMES, check_selection, parse_systems
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
    assert written["meta"]["systems"] == list(SYSTEM_NAMES) and written["meta"]["systems_not_run"] == []
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
    if not written["http"].get("datasette_skipped"):  # every system ran: none is marked as left out
        assert "not run" not in markdown


def test_systems_are_named_in_canonical_order() -> None:
    assert parse_systems("fts5, ours_tantivy,fts5") == ("ours_tantivy", "fts5")
    assert parse_systems(",".join(reversed(SYSTEM_NAMES))) == SYSTEM_NAMES


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--systems", "ours_tantivy"], "fts5 is required when Datasette is measured over HTTP"),
        (["--systems", "ours_tantivy,datasette"], "unknown system 'datasette'"),
        (["--systems", " , "], "name at least one system"),
    ],
)
def test_a_selection_that_cannot_run_is_a_usage_error(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--docs", "10", *arguments])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "usage: python -m benchmarks.run" in error and "argument --systems: " + message in error


def test_fts5_is_required_only_when_datasette_is_measured(tmp_path: Path) -> None:
    check_selection(("ours_tantivy",), datasette_measured=False)
    # Refused before anything is generated or built.
    with pytest.raises(ValueError, match="fts5 is required"):
        run_benchmark(BenchConfig(systems=("ours_tantivy",), data_dir=tmp_path / "data"))
    assert not (tmp_path / "data").exists()


@pytest.mark.slow
def test_benchmark_subset_run(tmp_path: Path) -> None:
    """ours_tantivy against FTS5 alone, as the 100k run measures: the others are "not run" everywhere.

    In process only: starting the servers is most of a run this small, and the full smoke run above
    already drives every server over HTTP.
    """
    config = BenchConfig(
        documents=120,
        data_dir=tmp_path / "data",
        results_dir=tmp_path / "results",
        queries_per_class=3,
        runs_per_class=3,
        class_time_budget=1.0,
        extraction_documents=10,
        http=False,
        systems=("ours_tantivy", "fts5"),
    )
    results = run_benchmark(config)

    written = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert written == results
    assert written["meta"]["systems"] == ["ours_tantivy", "fts5"]
    assert written["meta"]["systems_not_run"] == ["ours_whoosh", "naive_whoosh"]
    assert set(written["build"]) == {"ours_tantivy", "fts5"}
    assert written["extraction"]["words_per_second"] > 0
    for row in written["in_process"]["classes"]:
        assert set(row["results"]) == {"ours_tantivy", "fts5"}
        assert row["results"]["ours_tantivy"]["median_hits"] > 0, row["name"]
        assert row["ratios"]["ours_tantivy_vs_fts5"] is not None
        assert (
            row["ratios"]["ours_whoosh_vs_fts5"] is None
            and row["ratios"]["ours_tantivy_vs_naive_whoosh"] is None
        )
    assert written["http"] == {"skipped": "disabled (--no-http)"}

    targets = {row["id"]: row for row in written["targets"]["rows"]}
    assert list(targets) == ["b1", "b2", "s", "w1", "w2", "e1", "e2", "c1", "c2", "c3", "f"]
    for key in ("w1", "w2", "e1", "c2"):
        assert targets[key]["met"] is None and targets[key]["not_run"] == ["ours_whoosh"], key
    for key in ("s", "f"):  # over both engines: the one that ran can miss it, never meet it alone
        assert targets[key]["met"] in (False, None) and targets[key]["not_run"] == ["ours_whoosh"], key
    for key in ("b1", "b2", "e2", "c1", "c3"):
        assert "not_run" not in targets[key], key
    assert targets["c1"]["met"] in (True, False)

    markdown = (tmp_path / "results" / "latest.md").read_text()
    assert markdown == render_markdown(results)
    assert "| ours (whoosh): build_index, extraction included | not run | not run | not run |" in markdown
    assert "| naive Whoosh | not run | not run | not run |" in markdown
    assert "not measured in this run (ours_whoosh not run)" in markdown
    for name in CLASS_NAMES:
        # The first row of each class is in process: whoosh p50 and p99, naive Whoosh p50 and the three
        # ratios with a system left out say so, where a crash or a 0 would otherwise be.
        in_process = next(line for line in markdown.splitlines() if line.startswith(f"| {name} |"))
        assert in_process.count("| not run ") == 6, in_process


def test_extract_speed_reports_words_per_second(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.extract_speed import main as extract_speed

    assert extract_speed(["--repeat", "1", "--runs", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 5 and report["pipeline_words_per_cpu_second"] > 0
