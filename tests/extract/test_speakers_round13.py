"""Quote speakers, round 13: a surname written in another case (`D’ath` after `Yvette D’Ath`), two single
marks typed for a double one (`“…’’`), a pronoun after a person named as what a statement was about
(`… said that as per the instructions of Chief Minister X`, `He attributed it to the leadership of Mr X`,
`X has asked citizens to give credit to President Y`),
and short forms of given names (`Ricky` for Richard).

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

OPENING = "Harbour figures out\n\n"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # A surname matches the full name whatever the case of its letters after the first.
        (
            "Health minister Yvette D’Ath spoke on Monday.\n\n“We are doing our best,” D’ath said.",
            "yvette-dath",
        ),
        # `’’` closes a quote as `”` does, also one opened with `“`.
        ("“We are working hard to continue the trend,’’ Sheriff Jo Rees said.", "jo-rees"),
        # A person named after `of` in a sentence of another person's statement is what was said.
        (
            "Kito Amani said that as per the instructions of Chief Minister Dev Mann, payment is made within a "
            "day.\n\n“If the weather holds, the grain will stay good,” he said.",
            "kito-amani",
        ),
        # A sentence whose subject is a pronoun keeps its person, whoever it names after a preposition.
        (
            "Education Secretary Ezra Machari released the results.\n\nHe attributed the school's rise to the "
            "leadership of Mr Boaz Otieno.\n\n“It is not a miracle,” he said.",
            "ezra-machari",
        ),
        # A person named after a preposition in a sentence whose subject is another person is no antecedent.
        (
            "The Minister of Health, Kwame Asante, has asked citizens to give credit to President Kofi Mensah."
            "\n\n“We managed,” he said.",
            "kwame-asante",
        ),
        # `Ricky` shares Richard's id.
        ("“We set a record,” BWI CEO Ricky Lane said.", "richard-lane"),
    ],
)
def test_the_speaker_of_the_last_quote(passage: str, speaker: str) -> None:
    quote = record_of(OPENING + passage + "\n").quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker
