"""The evaluation command runs on any gold directory and prints every field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.eval import FIELDS, main

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("directory", ["gold", "generalization", "generalization/holdout"])
def test_eval_prints_every_field(directory: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(DATA / directory), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] >= 5
    assert set(report["fields"]) == set(FIELDS)


def test_bring_your_own_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        '"We are ready," said Mayor Jane Okoro. Some 40 percent of voters agreed.\n'
    )
    gold = {"officials": [{"name": "Jane Okoro"}], "statistics": [{"value": 40, "counts": "voters"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    assert main([str(tmp_path)]) == 0
    output = capsys.readouterr().out
    assert "officials" in output and "1.000" in output
