"""The writer's stage benchmark runs end to end on a tiny corpus and reports its stages and bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.build_stages import main


def test_build_stages_reports_the_writer_and_the_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(
        ["--documents", "12", "--engine", "tantivy", "--workers", "2", "--data-dir", str(tmp_path), "--json"]
    )
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 12
    stages = result["stages"]
    # Two workers: the engine's records are prepared elsewhere and only added here.
    assert stages["engine fed (every record analyzed and added, not committed)"] > 0
    assert stages["  prepared record added (analyzed by a worker)"] > 0
    assert "  record analyzed here (one worker)" not in stages
    assert stages["record writer add (all of the below in it)"] >= stages["  story clusters (minhash, bands)"]
    sizes = result["bytes"]
    assert sizes["store: documents"] > 0 and sizes["engine/other: tantivy"] > 0
    assert "store: statistics_text_data" not in sizes  # shadow tables count as their FTS5 table
    assert sum(sizes.values()) <= result["build_bytes"]
