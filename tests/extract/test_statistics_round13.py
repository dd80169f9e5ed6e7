"""Statistic values, round 13: a lone currency letter before a small amount in a price (`P42 per kilogram`,
`between P45 and P52 per kg`), a level set beside an earlier one with `compared to` (`slightly lower
compared to P55.85`), and a count hyphened to `mark` or `strong` (`the 80,000-mark`).

Invented passages; each rule with a row where it applies and a near case where it must not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of

HEADLINE = "Harbour Figures Out\n\n"


@pytest.mark.parametrize(
    ("passage", "figure", "value", "unit"),
    [
        ("In Manila the retail price of P42 per kilogram was called fair.", "P42", 42.0, "PHP"),
        ("In Manila, rice retails between P45 and P52 per kg.", "P45 and P52", 45.0, "PHP"),
        ("Petrol in Durban costs R22.50 per litre.", "R22.50", 22.5, "ZAR"),
    ],
)
def test_a_price_with_a_lone_currency_letter(passage: str, figure: str, value: float, unit: str) -> None:
    statistic = figure_of(record_of(HEADLINE + passage), figure)
    assert statistic.value == pytest.approx(value)
    assert statistic.unit == unit


@pytest.mark.parametrize(
    "passage",
    [
        # A letter and a number with no price after them is a road, a form or a grade, not money.
        "The R5 road in Durban was closed for 3 hours.",
        "Pupils with a P4 grade in Manila were 12 percent of the class.",
    ],
)
def test_a_lone_letter_without_a_price_is_no_money(passage: str) -> None:
    assert all(statistic.unit not in ("ZAR", "PHP") for statistic in record_of(HEADLINE + passage).statistics)


@pytest.mark.parametrize(
    ("passage", "figure", "change"),
    [
        # A level set beside an earlier one with `compared to` and an adverb before the comparative.
        ("In Manila rice sold at P55.56 per kilo, slightly lower compared to P55.85.", "P55.56", "down"),
        ("Fuel cost $1.92 a litre, higher than $1.80 in May.", "$1.92", "up"),
    ],
)
def test_a_level_beside_an_earlier_one(passage: str, figure: str, change: str) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).change == change


@pytest.mark.parametrize(
    ("passage", "figure"),
    [
        ("Daily ridership is now nearing the 80,000-mark.", "80,000"),
        ("A 5,000-strong crowd marched to the council.", "5,000"),
    ],
)
def test_a_count_hyphened_to_mark_or_strong(passage: str, figure: str) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure)


def test_another_word_hyphened_to_a_number_makes_an_adjective() -> None:
    assert not record_of(HEADLINE + "The council approved a 10-day closure.").statistics
