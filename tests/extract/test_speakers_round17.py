"""Speakers, round 17: a quote's attribution may name the holder's party before a lowercase role (`the DFL
governor said`, `the Labour leader said`).

Invented names.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize("reference", ["the DFL governor", "The Republican governor", "the Labour governor"])
def test_a_party_before_the_role_names_its_holder(reference: str) -> None:
    record = record_of(
        "Wages\n\nGov. Ana Varga signed the bill on Monday.\n\n"
        f"“This is a good day for workers,” {reference} said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "ana-varga"


def test_a_party_before_a_role_no_one_holds_names_no_one() -> None:
    record = record_of(
        "Wages\n\nAna Varga signed the bill.\n\n“This is a good day,” the DFL governor said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is None


def test_a_quote_that_runs_straight_into_an_attributed_one_is_the_same_turn() -> None:
    record = record_of(
        "Campaign\n\n“We engaged house to house teams.” “Parents were told well in advance,” says Ana Varga, "
        "the agency's director.\n"
    )
    assert [quote.speaker and quote.speaker.entity_id for quote in record.quotes] == [
        "ana-varga",
        "ana-varga",
    ]


def test_the_same_paragraphs_attribution_wins_over_the_last_paragraphs_turn() -> None:
    record = record_of(
        "Budget\n\n“We need more,” said Tomas Okello.\n\n“We want more money.” “We will get it,” said Ana Varga.\n"
    )
    assert [quote.speaker and quote.speaker.entity_id for quote in record.quotes] == [
        "tomas-okello",
        "ana-varga",
        "ana-varga",
    ]


def test_a_quote_with_words_between_it_and_the_next_waits_for_no_one() -> None:
    record = record_of(
        "Budget\n\n“We need more,” said Tomas Okello.\n\n“We want more money.” The mood was grim. “We will get "
        "it,” said Ana Varga.\n"
    )
    assert [quote.speaker and quote.speaker.entity_id for quote in record.quotes][1] == "tomas-okello"


def test_a_headline_that_opens_on_a_title_gives_its_quote_to_the_holder() -> None:
    record = record_of(
        "Minister for Transport accepts delays were ‘far too long in recent weeks’\n\n"
        "Minister for Transport Ana Varga said the roads would be busy this winter.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "ana-varga"
