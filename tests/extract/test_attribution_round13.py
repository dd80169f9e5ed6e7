"""Attribution, round 13: a body described in lowercase after the last `by` of an `according to` phrase
(`according to statistics released Tuesday by the sheriff’s office`) is the source, as it is right after
`according to`; a possessive modifier (`sheriff’s`) belongs to the description; `the airport`, `the port`,
`the hospital` and `the trust` refer back to the body of that kind named before; a hyphened product name may
stand between a body's possessive and its own result (`Acme's M-Pesa revenue`); a day's possessive opens no
source's name (`Today's CSO figures`); a nation's adjective before lowercase words describes the name after
them (`the Australian government commodity forecaster ABARES`) and names no one alone; a body the text names
after a headline's closing dash is the source of the headline's figure.

Invented passages, each rule with a row where it applies, and a near case where it must not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "a lowercase body after the last by of an according-to phrase is the source",
        "Burglaries fell 14 percent this year, according to statistics released Tuesday by the sheriff’s office.",
        "14 percent",
        "sheriff’s office",
    ),
    (
        "the same body goes on past the paragraph, as a named body does",
        "Burglaries fell 14 percent, according to figures released by the county council.\n\n"
        "Thefts fell to 212 this year.",
        "212",
        "county council",
    ),
    (
        "a possessive modifier belongs to the described body right after according to",
        "There were 15 homicides, according to the sheriff's office.",
        "15",
        "sheriff's office",
    ),
    (
        "the airport refers back to the airport named before",
        "Passengers at Marlow International Airport rose 5 percent.\n\nTraffic set records for 18 months, "
        "according to data provided by the airport.",
        "18",
        "Marlow International Airport",
    ),
    (
        "the hospital refers back to the hospital named before",
        "Marlow General Hospital opened a ward.\n\nThe hospital said 40 beds were added.",
        "40",
        "Marlow General Hospital",
    ),
    (
        "a hyphened product name may stand between a body's possessive and its result",
        "During the period, Acme Telecom's M-Pesa revenue grew by 12.6 percent.",
        "12.6 percent",
        "Acme Telecom",
    ),
    (
        "a day's possessive before a body's short name is no part of it",
        "Today's CSO figures show unemployment at 5 percent.",
        "5 percent",
        "CSO",
    ),
    (
        "a nation's adjective in a description before a name names no one; the name after it does",
        "According to the Kenyan government crop forecaster KECF, the harvest is 20 per cent lower.",
        "20 per cent",
        "KECF",
    ),
    (
        "a nation's adjective that opens a body's name stays in it",
        "According to the American Bar Association, 20 per cent of lawyers quit.",
        "20 per cent",
        "American Bar Association",
    ),
    (
        "a described report with no body after by names no one",
        "There were 15 homicides, according to statistics released on Tuesday.",
        "15",
        None,
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round13_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(HEADLINE + passage), figure)) == source


def test_a_body_after_a_headline_s_closing_dash_is_its_figure_s_source() -> None:
    record = record_of(
        "Cholera Death Toll Rises to 10 - Ministry of Health\n\nThe Ministry of Health has confirmed new cases.\n"
    )
    assert source_name(figure_of(record, "10")) == "Ministry of Health"


def test_words_after_a_headline_s_closing_dash_that_name_no_body_name_no_source() -> None:
    record = record_of("Budget Cuts 12 Posts - What It Means\n\nThe council met on Monday.\n")
    assert source_name(figure_of(record, "12")) is None
