"""A unit written between a figure and the thing it measures (`a 25kg maize sack`) is the figure's unit, and the
thing is what it counts; a unit of several words stays whole, and a unit alone is counted as before."""

from __future__ import annotations

import pytest

from tests.extract.pages import statistic_written

# (text, figure as written, counts, unit)
UNITS_BEFORE_THINGS: list[tuple[str, str, str | None, str]] = [
    ("Traders sold a 25kg maize sack for Sh3,000.", "25", "maize sack", "kg"),
    ("Traders sold a 25 kg maize sack for Sh3,000.", "25", "maize sack", "kg"),
    ("The state opened a 14 km bypass last year.", "14", "bypass", "km"),
    ("The bank raised its rate by 50 basis points.", "50", "basis points", "basis points"),
    ("The fire burned 90 square kilometres of forest.", "90", "forest", "square km"),
    ("Mills lost 2 million tonnes whereas farmers lost more.", "2 million", "tonnes", "tonnes"),
]


@pytest.mark.parametrize(("text", "figure", "counts", "unit"), UNITS_BEFORE_THINGS)
def test_a_unit_before_the_thing_it_measures(text: str, figure: str, counts: str | None, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.unit) == (counts, unit)
