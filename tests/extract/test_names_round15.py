"""Names, round 15: a nickname quoted inside a name (`President Joko “Jokowi” Widodo`, `Senator Ronald “Bato”
dela Rosa`) is not a quotation and not one of the name's words: the person keeps one id, their title, their
figures and their quotes. `dela` and `delos` are name particles.

Invented passages.
"""

from __future__ import annotations

import pytest

from app.extract.name_tokens import in_name
from tests.extract.pages import record_of

OPENING = "Harbour figures out\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "title"),
    [
        ("“We are open to aid,” President Tomas “Tommy” Hadiputro said.", "tomas-hadiputro", "President"),
        (
            "“We will cap prices,” said Agriculture Secretary Franco ‘Kiko’ Tan Lauro.",
            "franco-tan-lauro",
            "Agriculture Secretary",
        ),
        ("“Arrests rose,” Senator Ronaldo “Bato” dela Cruz said.", "ronaldo-dela-cruz", "Senator"),
        ('“Arrests rose,” Senator Ronaldo "The Rock" delos Santos said.', "ronaldo-delos-santos", "Senator"),
    ],
)
def test_a_quoted_nickname_inside_a_name(sentence: str, person: str, title: str) -> None:
    record = record_of(OPENING + sentence + "\n")
    official = next(p for p in record.people if p.entity_id == person)
    assert [t.text for t in official.titles] == [title]
    assert official.kind == "official"
    assert len(record.quotes) == 1
    assert record.quotes[0].speaker is not None and record.quotes[0].speaker.entity_id == person


def test_a_figure_stated_by_a_nicknamed_official() -> None:
    record = record_of(OPENING + "Mayor Francis “Isko” Morales said 12 roads were shut on Monday.\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "francis-morales"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Tomas “Tommy” Hadiputro said", True),
        ("Senator Ronaldo “Bato” dela Cruz said", True),
        # a quoted phrase that no name surrounds
        ("He called it a “Band-Aid” solution", False),
        ("the “New Deal” Program", False),
        ("Ana Ruiz said “Never” and left", False),
    ],
)
def test_in_name(text: str, expected: bool) -> None:
    start = next(i for i, c in enumerate(text) if c in '“"') + 1
    end = next(i for i in range(start, len(text)) if text[i] in '”"')
    assert in_name(text, start, end) is expected
