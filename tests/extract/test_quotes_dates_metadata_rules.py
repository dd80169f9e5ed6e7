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
    # a person named inside a relative clause after the subject is not the speaker
    (
        "Residents who wrote to Mayor Tom Ruiz said the depot was \u201ca blight on the whole street.\u201d",
        [("a blight on the whole street", None)],
    ),
    # the person a possessive introduces speaks, not the possessor
    (
        "Mayor Tom Ruiz's predecessor Quennell Abernathy also claimed the depot came from changes she "
        "\u201cfought for and introduced in 2019.\u201d",
        [("fought for and introduced", "quennell-abernathy")],
    ),
    # a statement reported at the end of a paragraph's last sentence; a role named before the person and
    # held by no one else is that speaker
    (
        "The transport minister was quoted on Monday as saying the new line had been a success.\n\n"
        "From 2019 to 2024 ridership tripled, Lena Marsh told the Harbour Gazette.\n\n"
        "\u201cThis means the line has paid for itself,\u201d the minister said in an interview.",
        [("This means the line", "lena-marsh")],
    ),
    # ... a member of a parliament may hold the ministry as well
    (
        "The transport minister was quoted on Monday as saying the new line had been a success.\n\n"
        "Ridership tripled, Ada Brennan MP told the Harbour Gazette.\n\n"
        "\u201cThis means the line has paid for itself,\u201d the minister said in an interview.",
        [("This means the line", "ada-brennan")],
    ),
    # ... not a role named only after the person, or named anew since
    (
        '"We will appeal," said Jo Rees.\n\n"The law is clear," the minister said.',
        [("We will appeal", "jo-rees"), ("The law is clear", None)],
    ),
    (
        '"We will appeal," said Jo Rees.\n\nThe minister disagreed. "The law is clear," the minister said.',
        [("We will appeal", "jo-rees"), ("The law is clear", None)],
    ),
    # a question word is no relative clause
    (
        "Asked who would pay for the depot, Mayor Tom Ruiz said it would be \u201cthe state and nobody else.\u201d",
        [("the state and nobody else", "thomas-ruiz")],
    ),
    # ... unless the speaker's own titles name another role
    (
        "The transport minister was quoted on Monday as saying the new line had been a success.\n\n"
        "Mayor Lena Marsh spoke on Monday. Ridership tripled, Mayor Marsh told the Harbour Gazette.\n\n"
        "\u201cThis means the line has paid for itself,\u201d the minister said in an interview.",
        [("This means the line", None)],
    ),
    # a pronoun after a quote that followed the last name named is that quote's speaker
    (
        "Councillor Ravi Patel, who had urged Mayor Tom Ruiz to act, said the depot was "
        "\u201clong overdue and badly needed by every rider.\u201d\n\n"
        "He called on the council to move quickly.\n\n"
        "\u201cWe can build it this year,\u201d he said.",
        [("long overdue", "ravi-patel"), ("We can build it", "ravi-patel")],
    ),
    # a paragraph whose last sentence a pronoun opens leaves its person speaking
    (
        "Council Leader Ama Boateng argued the money should be spent. She used a leaking roof to make her "
        "point.\n\n"
        "\u201cOur roof has a hole in it and we are saving for a new house.\u201d",
        [("Our roof has a hole", "ama-boateng")],
    ),
    # a few words of the writer's that lead into a quote continue the last paragraph's speaker
    (
        "Opposition Leader Kofi Mensah said the plan was very weak.\n\n"
        "The plan was \u201cvery weak. Nothing in it helps the ordinary family pay the rent.\u201d",
        [("very weak", "kofi-mensah")],
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
