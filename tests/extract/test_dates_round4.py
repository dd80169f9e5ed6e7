"""Dates, round 4: a span of years joined by an en dash names each year once, as one joined by a hyphen does.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates

SPANS: list[tuple[str, list[str]]] = [
    ("The council's 2031–32 budget was passed.", ["2031", "2032"]),
    ("The council's 2031-32 budget was passed.", ["2031", "2032"]),
    ("Funding runs to 2044–45 under the plan.", ["2044", "2045"]),
    ("Rates rose in 2031–2032.", ["2032"]),
    ("Rates rose in 2031-2032.", ["2032"]),
    ("The 1991–2020 average was lower.", ["1991", "2020"]),
    ("Rates rose in 2031 – and fell in 2032.", ["2031", "2032"]),
]


@pytest.mark.parametrize(("text", "values"), SPANS)
def test_a_span_of_years_names_each_year_once(text: str, values: list[str]) -> None:
    assert [mention.value for mention in find_dates(text)] == values
