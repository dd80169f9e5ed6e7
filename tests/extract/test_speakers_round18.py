"""Speakers, round 18 (read from blind34's first run): a closing mark typed for an apostrophe marks no quote,
and a paragraph that ends `…, said X.` leaves X speaking for the quote that opens the next one.

Invented names.
"""

from __future__ import annotations

from tests.extract.pages import record_of


def test_a_closing_mark_typed_for_an_apostrophe_marks_no_quote() -> None:
    record = record_of(
        "Budget\n\nGov. Ana Varga”s latest budget raises the state”s spending on colleges.\n\n"
        "“It is a fair plan,” she said.\n"
    )
    assert [quote.text for quote in record.quotes] == ["It is a fair plan"]


def test_a_paragraph_ending_on_said_and_a_name_leaves_that_person_speaking() -> None:
    record = record_of(
        "Colleges\n\nThe plan shows an intention to reinvest in colleges, said Harbour College President Jo "
        "Rees.\n\n“In effect, he is making a compact with these institutions.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "jo-rees"


def test_a_pronoun_skips_the_agents_of_a_sentence_about_a_thing() -> None:
    record = record_of(
        "Drought\n\nThe Prime Minister, Ana Varga, said the fund has a shortfall of N$600 million.\n\n"
        "The briefing was attended by Erongo Governor, Neil Brandt, as well as mayors.\n\n"
        "“We need about N$800 million,” she said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "ana-varga"


def test_a_pronoun_after_a_sentence_whose_subject_is_the_agent_person_means_that_person() -> None:
    record = record_of(
        "Drought\n\nThe Prime Minister, Ana Varga, said the fund has a shortfall.\n\n"
        "Governor Neil Brandt was briefed by officials.\n\n“We need more,” he said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "neil-brandt"
