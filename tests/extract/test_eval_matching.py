"""How the evaluation pairs gold figures with extracted ones: the same value before a value within rounding."""

from __future__ import annotations

from app.eval import score_document
from app.eval_names import same_person, same_speaker
from tests.extract.pages import record_of


def test_a_figure_pairs_with_its_own_value_before_one_within_rounding() -> None:
    record = record_of(
        "Claims up\n\nPension claims have hit almost 75,000.\n\n"
        "Department for Harbour Works figures released on Friday showed 74,400 pension claims.\n"
    )
    gold = {
        "statistics": [
            {"value": 75000, "counts": "Pension claims", "attributed_to": None},
            {"value": 74400, "counts": "pension claims", "attributed_to": "Department for Harbour Works"},
        ]
    }
    attribution = score_document(record, gold)["attribution"]
    assert (attribution.agreements, attribution.compared) == (2, 2), attribution.misses


def test_a_title_and_surname_id_matches_the_full_names_id_by_surname() -> None:

    assert same_speaker("ruairi-quinn", "minister-quinn")
    assert same_speaker("gov-brown", "jerry-brown")
    assert not same_speaker("ruairi-quinn", "minister-cowen")
    assert not same_speaker("ruairi-quinn", "mary-quinn")


def test_a_name_cut_after_the_family_name_inside_it_is_the_same_person() -> None:
    assert same_person("Nelson Tan", "Nelson Tan Wei Ming")
    assert same_person("Nelson Tan Wei Ming", "Nelson Tan")
    assert not same_person("Nelson Tan", "Nelson Goh Wei Ming")
    assert not same_person("Mark Tan", "Nelson Tan Wei Ming")
