"""The highlight benchmark runs end to end on a small index of each engine and reports both timings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.index import ENGINE_NAMES, EngineName, build_index
from benchmarks.highlight_speed import main
from tests.conftest import CORPUS_DIR


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_highlight_speed_times_searches_with_and_without_snippets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: EngineName
) -> None:
    build_index(CORPUS_DIR, tmp_path, workers=1, engine=engine)
    main(
        [
            str(tmp_path),
            "--term",
            "detainer",
            "--term",
            "sanctuary",
            "--rounds",
            "2",
            "--profile",
            "--top",
            "3",
        ]
    )
    out = capsys.readouterr().out
    assert f"engine: {engine}, 2 queries, 2 rounds" in out
    for label in ("3 snippets per hit:", "no snippets:", "the snippets' cost:"):
        assert re.search(rf"{label}\s+-?\d+\.\d{{3}}\s+-?\d+\.\d{{3}}", out), label
    assert "function calls" in out  # cProfile's summary line
