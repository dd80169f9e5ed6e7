"""The evaluation command runs on any gold directory and prints every field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.eval import main
from app.eval_names import same_source, same_speaker
from app.eval_score import FIELDS

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


@pytest.mark.parametrize(
    ("gold", "name", "entity_id", "agrees"),
    [
        ("Office for National Statistics", "ONS", "ons", True),
        ("ONS", "Office for National Statistics", None, True),
        ("Statistics Canada", "Canada Revenue Agency", None, False),
        ("Labor Department", "Department of Labor", None, True),
        ("Department of Labor", "Department of State", None, False),
        ("Greater Manchester Police", "Manchester Police", None, True),
        ("Jane Okoro", "Okoro", "jane-okoro", True),
        ("Tom Jones", "Thomas Jones", None, True),
        ("Jane Okoro", "Mark Okafor", "mark-okafor", False),
        ("Bureau of Labor Statistics", "Census Bureau", None, False),
    ],
)
def test_sources_agree_by_person_name_organization_part_or_acronym(
    gold: str, name: str, entity_id: str | None, agrees: bool
) -> None:
    candidates = [name, (entity_id or "").replace("-", " ")]
    assert same_source(gold, candidates) is agrees


@pytest.mark.parametrize(
    ("gold", "speaker_id", "agrees"),
    [
        ("jane-okoro", "jane-okoro", True),
        ("jane-okoro", "okoro", True),
        ("jane-okoro", "mark-okafor", False),
        ("Congressional Budget Office", "congressional-budget-office", True),
        ("Congressional Budget Office", "cbo", True),
        ("Downing Street", "downing-street", True),
        ("Congressional Budget Office", "office-for-national-statistics", False),
        ("jane-okoro", None, False),
    ],
)
def test_a_speaker_is_a_person_by_id_or_a_body_by_name(
    gold: str, speaker_id: str | None, agrees: bool
) -> None:
    assert same_speaker(gold, speaker_id) is agrees


def test_attribution_is_scored_as_accuracy_over_matched_statistics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("The city hired 40 teachers last year.\n")
    gold = {"statistics": [{"value": 40, "counts": "teachers", "attributed_to": None}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    assert main([str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["fields"]["attribution"] == {"accuracy": 1.0, "agree": 1, "compared": 1}


def _annotation(source: str | None, officials: list[str]) -> dict[str, object]:
    return {
        "published": "2026-03-02",
        "officials": [{"name": name} for name in officials],
        "statistics": [
            {"value": 40, "counts": "voters", "attributed_to": source},
            {"value": 12, "counts": "polling stations", "attributed_to": None},
        ],
        "quotes": [{"text": "We are ready", "speaker": "jane-okoro"}],
    }


def test_a_second_annotator_is_scored_with_the_same_match_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for directory in (first, second):
        directory.mkdir()
    (first / "a.txt").write_text("Any text: the second annotator's gold is the prediction.\n")
    (first / "a.gold.json").write_text(
        json.dumps(_annotation("Electoral Commission", ["Jane Okoro", "Ali Reza"]))
    )
    (first / "b.gold.json").write_text(
        json.dumps({"article": "a.txt", "officials": [{"name": "Not Annotated"}]})
    )
    (second / "a.gold.json").write_text(json.dumps(_annotation(None, ["Jane Okoro"])))
    assert main([str(first), "--against", str(second), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1  # b was annotated once only
    fields = report["fields"]
    assert (fields["officials"]["tp"], fields["officials"]["fn"]) == (1, 1)
    assert fields["attribution"] == {"accuracy": 0.5, "agree": 1, "compared": 2}
    assert fields["statistics_values"]["f1"] == fields["quotes"]["f1"] == fields["speakers"]["f1"] == 1.0
    assert fields["published"]["tp"] == 1


def test_against_needs_a_directory(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(DATA / "gold"), "--against", str(tmp_path / "missing")])
