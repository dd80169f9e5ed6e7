"""Statistic values and units, round 17: East Africa's press writes trillions as `tri`/`tril` and marks an amount
in shillings with a slash and a dash (`1.970tri/-`, `20,000/-`); Rwanda's franc is written `Rwf`/`FRw`, and more
ISO codes stand before an amount; Ceylon and Lanka, in the names of Sri Lanka's institutions, place a rupee there.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The Tanzania authority collected 1.970tri/- in September.", 1.97e12, "TZS"),
        ("The Tanzania authority collected 1.34tril/- in April.", 1.34e12, "TZS"),
        ("The Tanzania authority collected 500bn/- in April.", 5e11, "TZS"),
        ("The Tanzania council charged fees of 20,000/- per trader.", 20000, "TZS"),
        ("The Kenya county charged fees of 20,000/- per trader.", 20000, "KES"),
        ("External grants are estimated at Rwf396.3 billion.", 3.963e11, "RWF"),
        ("This brought a loss of FRw 270 billion.", 2.7e11, "RWF"),
        ("The maize price was set at MK150 per kilogram.", 150, "MWK"),
        ("The fund holds NIS 12 billion.", 1.2e10, "ILS"),
    ],
)
def test_an_amount_and_its_currency(sentence: str, value: float, unit: str) -> None:
    # The text names its country twice, as a shilling or rupee other than the default needs.
    country = {"TZS": "Tanzania", "KES": "Kenya"}.get(unit, "")
    record = record_of(f"{country} figures out\n\n" + sentence + "\n")
    (statistic,) = record.statistics
    assert (statistic.value, statistic.unit) == (value, unit)


@pytest.mark.parametrize("label", ["COP28", "RON95"])
def test_a_label_with_a_number_is_no_amount(label: str) -> None:
    record = record_of(f"Figures out\n\nDelegates met at {label} on Monday.\n")
    assert record.statistics == []


def test_ceylon_and_lanka_place_a_rupee_in_sri_lanka() -> None:
    record = record_of(
        "Fuel prices cut\n\nThe Ceylon Petroleum Corporation cut petrol by Rs 10 to Rs 365, and Lanka IOC "
        "followed.\n"
    )
    assert {statistic.unit for statistic in record.statistics} == {"LKR"}


@pytest.mark.parametrize(
    ("sentence", "ones"),
    [
        ("A total of 21 cases and one death have been recorded in the county.", 1),
        ("The crashes killed three drivers, three motorcyclists, one passenger and one pedestrian.", 2),
        ("The fire left at least one person dead and damaged 100 homes.", 1),
        ("Only one casualty has been reported so far.", 1),
        ("In at least one case that was described in documents, the police refused.", 0),
        ("There is about one officer to every 526 people.", 0),
        ("Nobody should lose their home over one bad month.", 0),
        ("He was one of five members of the committee.", 0),
    ],
)
def test_the_word_one_counts_a_noun_in_a_list_or_bounded(sentence: str, ones: int) -> None:
    record = record_of("Figures out\n\n" + sentence + "\n")
    assert sum(1 for statistic in record.statistics if statistic.value == 1) == ones


def test_what_improved_from_one_level_to_another_is_counted() -> None:
    record = record_of(
        "Rates\n\nHarbourland's overall recycling rate has improved from 52 percent in 2020 to 55 percent.\n"
    )
    assert [statistic.counts for statistic in record.statistics] == ["recycling rate", "recycling rate"]


def test_the_level_after_a_change_written_in_words_counts_the_subject() -> None:
    record = record_of("Rents\n\nThe average rent jumped eight per cent to about $1,359 a month.\n")
    assert [statistic.counts for statistic in record.statistics] == ["average rent", "average rent"]
