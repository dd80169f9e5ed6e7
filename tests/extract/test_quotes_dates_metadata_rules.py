"""Speakers, dates and header metadata, one invented passage per row."""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from tests.extract.pages import record_of

HEADLINE = "Council Weighs Plan For Fire Stations\n\n"


SPEAKER_CASES = [
    (
        "Sen. Ann Kline, who chairs the Democratic Senatorial Campaign Committee, told reporters: "
        '"We will win this seat and we will hold the chamber."',
        [("We will win this seat", "ann-kline")],
    ),
    (
        '"The numbers do not lie," said Mayor Tom Ruiz. "We have cut response times in every district.\n\n'
        '"We will keep cutting them until every neighborhood is served by a station."',
        [
            ("The numbers do not lie", "thomas-ruiz"),
            ("We have cut response times", "thomas-ruiz"),
            ("We will keep cutting them", "thomas-ruiz"),
        ],
    ),
    (
        "Mayor Tom Ruiz spoke Tuesday.\n\n"
        'The plan was, according to Ruiz, "a blueprint for the next decade of growth."',
        [("a blueprint for the next decade", "thomas-ruiz")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SPEAKER_CASES)
def test_speakers(body: str, expected: list[tuple[str, str]]) -> None:
    quotes = record_of(HEADLINE + body).quotes
    assert [
        (q.text[: len(start)], q.speaker.entity_id if q.speaker else None)
        for q, (start, _) in zip(quotes, expected, strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The hearing runs Nov. 12-17 downtown.", ["--11-12", "--11-17"]),
        ("Hearings run Nov. 12-17, 2026.", ["2026-11-12", "2026-11-17"]),
        ("The 2026-27 budget passed.", ["2026", "2027"]),
        ("Offices at 1850 Elm Street reopened.", []),
        ("The town was founded in 1850.", ["1850"]),
    ],
)
def test_dates(text: str, values: list[str]) -> None:
    assert [mention.value for mention in find_dates(text)] == values


def test_press_release_date_line_is_published() -> None:
    raw = (
        "FOR IMMEDIATE RELEASE\nNovember 18, 2026\n\nCounty Announces New Transit Plan\n\n"
        "The county said Tuesday it will add 12 bus routes next year, expanding service to three "
        "neighborhoods that have long lacked it, officials said in a statement.\n"
    )
    published = record_of(raw).published
    assert published is not None and published.value.isoformat() == "2026-11-18"
    assert published.evidence is not None and published.evidence_in == "raw_text"
    assert raw[published.evidence.start : published.evidence.end] == "November 18, 2026"
