"""Quote speakers, round 9: a headline's quote with the speaker's name after a spaced hyphen.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of

# (headline and body, speaker id of the first quote)
CASES: list[tuple[str, str | None]] = [
    (
        "Union income up but ‘we must live within our means’ - Varga\n\n"
        "Tarn Rugby Union chief executive Lena Varga said the finances had stabilised.\n",
        "lena-varga",
    ),
    (
        "Union income up but ‘we must live within our means’ – Varga\n\n"
        "Tarn Rugby Union chief executive Lena Varga said the finances had stabilised.\n",
        "lena-varga",
    ),
    (
        "‘We want better seats for the whole family’ - and the fans got them\n\nTarn Rugby Union chief "
        "executive Lena Varga agreed.\n",
        None,
    ),
]


@pytest.mark.parametrize(("page", "speaker"), CASES)
def test_a_name_after_a_spaced_hyphen_speaks_the_quote_before_it(page: str, speaker: str | None) -> None:
    quote = record_of(page).quotes[0]
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker


def test_a_statement_released_before_a_colon_is_the_releasers() -> None:
    quotes = record_of(
        "Count ends\n\nPremier Ana Ruiz released this statement shortly after the final count was published:\n\n"
        "“I want to thank every candidate who ran.\n\n“The work is just beginning.”\n"
    ).quotes
    assert [quote.speaker.entity_id if quote.speaker else None for quote in quotes] == [
        "ana-ruiz",
        "ana-ruiz",
    ]
