"""Statistic values, round 12: a decimal comma before a scale word, pence written after a pound amount, and
carats as a measure.

Invented passages; each rule with a row where it applies and, where a near case must not change, one where it
does not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of

HEADLINE = "Harbour Figures Out\n\n"


@pytest.mark.parametrize(
    ("passage", "figure", "value", "unit"),
    [
        # One or two digits after a comma before a scale word group no thousands: a decimal comma.
        ("The mines produced over 1,8 million carats last year.", "1,8 million", 1.8e6, "carats"),
        ("The utility lost N$2,45 billion.", "N$2,45 billion", 2.45e9, "NAD"),
        # Three digits after the comma still group thousands.
        ("The mines produced 1,800 million carats.", "1,800 million", 1.8e9, "carats"),
        # Pence written after a pound amount add nothing; pence alone are hundredths of a pound.
        ("Band D households will pay £1,549.08p from April.", "£1,549.08p", 1549.08, "GBP"),
        ("A stamp now costs 85p in Marlow.", "85p", 0.85, "GBP"),
    ],
)
def test_the_value_read(passage: str, figure: str, value: float, unit: str | None) -> None:
    statistic = figure_of(record_of(HEADLINE + passage), figure)
    assert statistic.value == pytest.approx(value)
    assert statistic.unit == unit
