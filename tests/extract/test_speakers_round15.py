"""Quote speakers and sources, round 15: `the minister` is not the prime minister, `the president` not the
vice president: an office whose head follows a word that makes it another office is held under the whole
phrase (`compound_title_heads.txt`).

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

OPENING = "Harbour budget out\n\n"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
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
    ],
)
def test_a_role_reference_names_the_office_it_heads(passage: str, speaker: str) -> None:
    record = record_of(OPENING + passage + "\n")
    quote = record.quotes[-1]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker


def test_a_figure_in_the_ministers_quote_is_the_ministers() -> None:
    record = record_of(
        OPENING
        + "Harbour’s finance minister Tomas Okello presented the budget.\n\nOkello blamed former prime "
        "minister Ana Ruiz.\n\n“Spending will be $14 billion,” stated the minister.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "tomas-okello"
