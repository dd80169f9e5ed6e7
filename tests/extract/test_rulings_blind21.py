"""The rulings before blind21 (docs/evaluation.md): presenting states the figures, reacting is not
stating; and a figure written with a thousands separator is never a year.

Invented passages, each rule with a row where it applies and one near case where it must not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "whoever presents a budget states the figures the sentence gives for it",
        "Finance Minister Ana Ruiz presented a $4.2 billion budget on Friday, 12.5% bigger than last year.",
        "12.5%",
        "Ana Ruiz",
    ),
    (
        "a body that unveils a plan states its figures",
        "The Marlow City Council unveiled a $30 million housing plan on Monday.",
        "$30 million",
        "Marlow City Council",
    ),
    (
        "presenting something that is no document of figures states nothing",
        "Mayor Ana Ruiz presented a petition with 5,000 signatures to the council.",
        "5,000",
        None,
    ),
    (
        "delivering goods states nothing",
        "The Marlow Port Authority delivered 500 tonnes of grain last week.",
        "500",
        None,
    ),
    (
        "a figure the subject reacts to is not the subject's, named first by title and comma",
        "The Treasurer, Jo Rees, brushed off concern about a 0.1 per cent climb in unemployment, saying the "
        "rate was holding at 5.6 per cent.",
        "0.1 per cent",
        None,
    ),
    (
        "the figures inside what the reacting subject says are the subject's",
        "The Treasurer, Jo Rees, brushed off concern about a 0.1 per cent climb in unemployment, saying the "
        "rate was holding at 5.6 per cent.",
        "5.6 per cent",
        "Jo Rees",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_blind21_rulings(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(HEADLINE + passage), figure)) == source


@pytest.mark.parametrize(
    ("passage", "figure", "counted"),
    [
        ("Overdose deaths peaked in 2016 at 2,097.", "2,097", "Overdose deaths"),
        ("The toll rose to 2,023 by Friday.", "2,023", "toll"),
    ],
)
def test_a_figure_with_a_thousands_separator_is_no_year(passage: str, figure: str, counted: str) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).counts == counted


def test_a_year_is_still_a_year() -> None:
    assert not record_of(HEADLINE + "In 2023, deaths fell across Marlow.").statistics
