"""Quote speakers and sources, round 15: `the minister` is not the prime minister, `the president` not the
vice president: an office whose head follows a word that makes it another office is held under the whole
phrase (`compound_title_heads.txt`). `In his words,` before a quote names the person last named; a paragraph
whose last sentence opens on a person (after a courtesy title) hands the next paragraph's unattributed quote
to them; a person named after a quote with the verb left out (`‘…,’ RTB director X.`) is its speaker.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

OPENING = "Harbour budget out\n\n"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # `the minister` is not the prime minister, `the president` not the vice president.
        (
            "Harbour’s finance minister Tomas Okello presented the budget.\n\nOkello blamed the government led "
            "by former prime minister Ana Ruiz.\n\n“Spending will be $14 billion,” stated the minister.",
            "tomas-okello",
        ),
        (
            "Harbour’s finance minister Tomas Okello presented the budget.\n\nOkello met former prime minister "
            "Ana Ruiz.\n\n“We will win,” said the prime minister.",
            "ana-ruiz",
        ),
        (
            "President Lena Strand and Vice President Victor Osei met on Monday.\n\n“We agreed,” the president "
            "said.",
            "lena-strand",
        ),
        # `In his words,` and the person a paragraph leaves speaking.
        # `In his words,` before a quote: the person named last before.
        (
            "Farm Minister Sabo Okafor said food prices rose.\n\nIn his words, “Recently you can see a rise in "
            "the prices of foods.\n\n“This is the main reason.”",
            "sabo-okafor",
        ),
        # A paragraph whose last sentence opens on a person leaves that person speaking.
        (
            "Attorney General Dale Marsh spoke first.\n\nCommissioner of Police Richard Boyle was beside him."
            "\n\nBoyle sought to reassure the nation that they were on top of the situation.\n\n“Violence will "
            "not be tolerated. It is not our way of life.”",
            "richard-boyle",
        ),
        # A courtesy title before the person the paragraph's last sentence opens on.
        (
            "Minister Lena Ruiz spoke on Monday.\n\nMrs Ruiz also expressed confidence that the new model will "
            "reduce crime.\n\n“I am hopeful the changes will assist with further reductions.”",
            "lena-ruiz",
        ),
        # The speaker named after the quote with the verb left out.
        (
            "Minister Tom Hale spoke first.\n\n‘Affordability remains a significant issue,’ board director Ana "
            "Okafor.",
            "ana-okafor",
        ),
    ],
)
def test_the_speaker_of_the_last_quote(passage: str, speaker: str) -> None:
    quote = record_of(OPENING + passage + "\n").quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker


def test_a_figure_in_the_ministers_quote_is_the_ministers() -> None:
    record = record_of(
        OPENING
        + "Harbour’s finance minister Tomas Okello presented the budget.\n\nOkello blamed former prime "
        "minister Ana Ruiz.\n\n“Spending will be $14 billion,” stated the minister.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "tomas-okello"
