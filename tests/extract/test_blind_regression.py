"""Blind sets, once scored, are regression tests: no field may fall below the floors they record.

A set opts in with `floors.json` beside its gold (`python -m app.eval DIR --write-floors` after the
run its README records): per field the F1, or the accuracy, rounded down to two decimals.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.eval import evaluate_directory, main
from app.eval_score import FIELDS, FLOORS_FILE, Score, fields_below_floor, floors_of

DATA = Path(__file__).resolve().parent.parent / "data"
SETS = sorted(path.parent for path in DATA.glob(f"*/{FLOORS_FILE}"))


def test_the_scored_blind_sets_have_floors() -> None:
    assert {path.name for path in SETS} >= {f"blind{number}" for number in range(5, 35)}


@pytest.mark.parametrize("directory", SETS, ids=lambda path: path.name)
def test_no_field_falls_below_its_floor(directory: Path) -> None:
    floors = json.loads((directory / FLOORS_FILE).read_text(encoding="utf-8"))
    totals, _ = evaluate_directory(directory)
    assert not fields_below_floor(totals, floors), f"{directory.name} fell below {floors}"


@pytest.mark.parametrize("directory", sorted(DATA.glob("*/second_reader")), ids=lambda path: path.parent.name)
def test_every_second_reading_is_scored_against_its_article(directory: Path) -> None:
    _, per_document = evaluate_directory(directory.parent, against=directory)
    assert sorted(per_document) == sorted(
        path.name.removesuffix(".gold.json") for path in directory.glob("*.gold.json")
    )
    assert all(scores["statistics_values"].true_positives for scores in per_document.values())


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


def test_a_figure_on_its_floor_holds_whatever_the_float_rounding() -> None:
    # 18 found, 1 false, 8 missed: F1 = 36/45 = 0.8, computed as 0.7999999999999999.
    officials = Score(true_positives=18, false_positives=1, false_negatives=8)
    totals = {name: Score() for name in FIELDS} | {"officials": officials}
    floors = floors_of(totals)
    assert floors["officials"] == 0.8
    assert not fields_below_floor(totals, floors)
    assert fields_below_floor(totals, {"officials": 0.81}) == {"officials": 0.8}
