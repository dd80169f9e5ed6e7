"""Speakers, round 16: every title the title table abbreviates with a period ends no sentence (`said Coun.
Brian Skakun`, `said Ald. …`), so the name after it still speaks.

Invented names.
"""

from __future__ import annotations

import pytest

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
