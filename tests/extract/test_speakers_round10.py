"""Quote speakers, round 10: a paragraph that refers to its speaker by title leaves that person speaking, and
a caption that places people in a photo does not end a turn.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

PAGE = (
    "Housing list grows\n\n"
    "Labour councillor Ana Ruiz told the Ledger that the figures were a disgrace.\n\n"
    "Mayor Jo Rees opened the meeting.\n\n"
    "Cramped\n\n"
    "{opening} pointed out that many families live in cramped conditions.\n\n"
    '"I was dealing with one family who had waited ten years."\n'
)


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The councillor", "ana-ruiz"),  # the article opening the sentence is still the article
        ("the councillor", "ana-ruiz"),
        ("The mayor", "jo-rees"),  # the title says which of the two
    ],
)
def test_a_title_opening_the_paragraph_before_an_unattributed_quote(
    opening: str, speaker: str | None
) -> None:
    quote = record_of(PAGE.format(opening=opening)).quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker


def test_a_caption_that_places_people_in_a_photo_does_not_end_a_turn() -> None:
    quotes = record_of(
        "Trees planted\n\n"
        '"We planted 300 trees," said Mayor Ana Ruiz.\n\n'
        "Ana Ruiz (left) and Jo Rees (centre) at the launch.\n\n"
        '"We will plant more next year."\n'
    ).quotes
    assert [quote.speaker.entity_id if quote.speaker else None for quote in quotes] == [
        "ana-ruiz",
        "ana-ruiz",
    ]


def test_a_name_that_modifies_a_noun_is_no_pronouns_antecedent() -> None:
    record = record_of(
        "Excise Figures\n\n"
        "Excise Minister Karan Mehta said revenue rose 17 per cent.\n\n"
        "The minister said he never conspired against Chief Minister R K Gowda-led government. "
        "\u201cI never hatched a conspiracy against our party,\u201d he said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "karan-mehta"
