"""Speakers, round 16: every title the title table abbreviates with a period ends no sentence (`said Coun.
Brian Skakun`, `said Ald. …`), so the name after it still speaks.

Invented names.
"""

from __future__ import annotations

import pytest

from app.extract.quotes import Speaker
from app.extract.role_holders import RoleHolders
from app.extract.spans import Sentences
from tests.extract.pages import record_of


@pytest.mark.parametrize("title", ["Coun.", "Ald.", "Commr.", "Cpl.", "Brig."])
def test_a_title_abbreviation_ends_no_sentence(title: str) -> None:
    text = f"“That is a concern to me,” said {title} Ana Varga. She left."
    assert len(Sentences.of(text).starts) == 2


def test_the_name_after_an_abbreviated_title_speaks() -> None:
    record = record_of("Budget\n\n“That is a concern to me,” said Coun. Ana Varga.\n")
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "ana-varga"


@pytest.mark.parametrize(
    ("titled", "reference"),
    [
        ("Gov. Ana Varga", "the governor"),
        ("Sen. Ana Varga", "the senator"),
        ("Supt. Ana Varga", "the superintendent"),
        ("Coun. Ana Varga", "the councillor"),
    ],
)
def test_a_title_written_by_its_abbreviation_is_found_by_its_word(titled: str, reference: str) -> None:
    record = record_of(
        f"Wages\n\n{titled} signed the bill.\n\n“Workers should earn enough,” {reference} said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "ana-varga"


def test_a_reference_may_name_the_holders_party() -> None:
    holders = RoleHolders.of([(Speaker("Ana Varga", "ana-varga", 10, 19), ["Governor"], [10])])
    holder = holders.holder("Republican governor", 50)
    assert holder is not None and holder.entity_id == "ana-varga"
    assert holders.holder("harbour governor", 50) is None


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quote() -> None:
    record = record_of(
        "Bills\n\nMs Ana Varga said the decision was good news.\n\n"
        "“Your retailer must offer you a better deal,“ she said.\n\n"
        "“You may be entitled to help.“\n"
    )
    assert [(quote.text, quote.speaker.entity_id if quote.speaker else None) for quote in record.quotes] == [
        ("Your retailer must offer you a better deal", "ana-varga"),
        ("You may be entitled to help.", "ana-varga"),
    ]
