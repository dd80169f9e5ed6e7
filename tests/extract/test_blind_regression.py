"""Blind sets, once scored, are regression tests: no field may fall below the floors they record.

A set opts in with `floors.json` beside its gold (`python -m app.eval DIR --write-floors` after the
run its README records): per field the F1, or the accuracy, rounded down to two decimals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.eval import evaluate_directory, main
from app.eval_score import FLOORS_FILE, fields_below_floor

DATA = Path(__file__).resolve().parent.parent / "data"
SETS = sorted(path.parent for path in DATA.glob(f"*/{FLOORS_FILE}"))


def test_the_scored_blind_sets_have_floors() -> None:
    assert {path.name for path in SETS} >= {f"blind{number}" for number in range(5, 12)}


@pytest.mark.parametrize("directory", SETS, ids=lambda path: path.name)
def test_no_field_falls_below_its_floor(directory: Path) -> None:
    floors = json.loads((directory / FLOORS_FILE).read_text(encoding="utf-8"))
    totals, _ = evaluate_directory(directory)
    assert not fields_below_floor(totals, floors), f"{directory.name} fell below {floors}"


def test_check_floors_fails_a_run_below_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Mayor Jane Okoro said 40 percent of voters agreed.\n")
    officials = [{"name": "Jane Okoro"}]
    gold = {"officials": officials, "statistics": [{"value": 40, "counts": "voters"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    assert main([str(tmp_path), "--write-floors"]) == 0
    assert json.loads((tmp_path / FLOORS_FILE).read_text())["officials"] == 1.0
    assert main([str(tmp_path), "--check-floors"]) == 0
    officials.append({"name": "Tom Reyes"})
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    assert main([str(tmp_path), "--check-floors"]) == 1
    assert "officials" in capsys.readouterr().err
