"""The build-speed benchmark runs end to end on a tiny corpus and reports every figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.build_speed import main


def test_build_speed_reports_rate_and_sizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--documents", "12", "--engine", "tantivy", "--workers", "1", "--data-dir", str(tmp_path)]) == 0
    )
    (line,) = capsys.readouterr().out.splitlines()
    result = json.loads(line)
    assert result["engine"] == "tantivy"
    assert result["documents"] == 12
    assert result["docs_per_second"] > 0
    assert result["cpu_ms_per_document"] > 0
    assert result["peak_bytes"] >= result["final_bytes"] > 0
    assert result["final_ratio"] == round(result["final_bytes"] / result["corpus_bytes"], 2)
