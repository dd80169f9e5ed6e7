"""Dates, round 4: a span of years joined by an en dash names each year once, as one joined by a hyphen does.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from tests.extract.pages import HEADLINE, record_of

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


# A fiscal year's label cut to two digits is a label, not a year the story names; written in full it is a year.
FISCAL_LABELS: list[tuple[str, list[str]]] = [
    ("Profit rose in Q3 FY31 from Q3 FY30.", []),
    ("The FY31 outlook was raised.", []),
    ("The outlook for FY2031 was raised.", ["2031"]),
    ("The outlook for fiscal year 2031 was raised.", ["2031"]),
]


@pytest.mark.parametrize(("text", "values"), FISCAL_LABELS)
def test_a_fiscal_label_cut_to_two_digits_is_no_year(text: str, values: list[str]) -> None:
    record = record_of(HEADLINE + text + "\n")
    assert [mention.value for mention in record.dates_mentioned] == values


def test_a_fiscal_label_is_still_no_figure() -> None:
    # The label's digits are no statistic, and the margin it dates is one.
    record = record_of(HEADLINE + "The margin improved 20 basis points in Q3 FY31 to 21.9 per cent.\n")
    assert [statistic.value for statistic in record.statistics] == [20, 21.9]
