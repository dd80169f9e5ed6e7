"""Quote speakers, round 14: the person who opens the sentence before a pronoun's quote, before a verb, is its
antecedent whoever that sentence names after (not the direct object the verb names); `affirmed` attributes a
quote; `Christy` is a short form of Christopher; the opening words of a longer name are that person.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

OPENING = "Harbour figures out\n\n"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # Others named with the subject's own pronoun, or after a preposition, in the subject's sentence.
        (
            "Premier Dana Eckert spoke on Monday.\n\nEckert announced Monday that she, Minister of Forests Bruno "
            "Hale and Minister of Health Ana Ruiz will travel north.\n\n“Our goal is to reassure people,” she said.",
            "dana-eckert",
        ),
        (
            "Electricity Minister, Kofi Ampah spoke on Monday.\n\nAmpah told the media that he had been engaging "
            "with Eskom and Public Enterprises Minister, Jonas Mbeki last week.\n\n“Demand will rise,” he said.",
            "kofi-ampah",
        ),
        # The person the subject's verb names as its object answers next.
        (
            "Farming Secretary Ezra Machari spoke on Monday.\n\nSenator Boaz Otieno had asked Machari to give "
            "details of the reforms.\n\n“Exports rose,” he said.",
            "ezra-machari",
        ),
        # `Christy` shares Christopher's id.
        ("“We housed 40 families,” Councillor Christy Doyle said.", "christopher-doyle"),
        # The opening words of a longer name the document gives are that person (given names before a surname).
        (
            "Leave is frozen, Inspector-General of Police Tan Sri Rizal Hakim Osman said.\n\nRizal Hakim said 20 "
            "people died.\n\n“We hope road users will be careful,” he said.",
            "rizal-hakim-osman",
        ),
        # `affirmed` attributes the quote as `said` does.
        (
            "Tomas Okello, head of Harbour Roads, thanked the workers. “We will keep going,” he affirmed.",
            "tomas-okello",
        ),
    ],
)
def test_the_speaker_of_the_last_quote(passage: str, speaker: str) -> None:
    quote = record_of(OPENING + passage + "\n").quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker
