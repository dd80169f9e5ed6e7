"""Statistic rules of round 6, each confirmed on the sets or a plain pattern of news English (see
docs/evaluation.md), one invented sentence per row."""

from __future__ import annotations

import pytest

from tests.extract.pages import statistic_written

# (text, amount as written, currency code)
COUNTRY_CURRENCIES: list[tuple[str, str, str]] = [
    # A currency named with its country's name or adjective.
    ("The harvest was valued at 3.2 billion Ghana cedis.", "3.2 billion Ghana cedis", "GHS"),
    ("Traders lost 40 million Ghanaian cedis in the fire.", "40 million Ghanaian cedis", "GHS"),
    ("The county spent 12 million Kenyan shillings on roads.", "12 million Kenyan shillings", "KES"),
    ("Fees rose to 150,000 Ugandan shillings a term.", "150,000 Ugandan shillings", "UGX"),
    ("The fund holds 900 crore Indian rupees.", "900 crore Indian rupees", "INR"),
    ("Fuel now costs 280 Pakistani rupees a litre.", "280 Pakistani rupees", "PKR"),
    ("The ticket cost 40 Egyptian pounds.", "40 Egyptian pounds", "EGP"),
    # GHC, the cedi's old code, still written before an amount.
    ("The ministry paid GHC 4.5 million to contractors.", "GHC 4.5 million", "GHS"),
]


@pytest.mark.parametrize(
    ("text", "figure", "unit"), COUNTRY_CURRENCIES, ids=[row[0][:40] for row in COUNTRY_CURRENCIES]
)
def test_currency_named_with_its_country(text: str, figure: str, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.kind, statistic.unit) == ("money", unit)
