"""Statistic changes and units, round 15: `lift`, `climb`, `uptick` and `slide` after a figure say it changed;
a later item of a list of changes takes the change of the item before it also where neither counts a noun, and
where the item is set by its name and `at` (`a rise of 11.9 per cent, Hamilton at 13.7 per cent`). `kilogram`
and `mld` (million litres a day) are units.

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("It represents a 5.2 per cent lift in rough sleeping over five years.", [("5.2", "up")]),
        ("Sales saw a 3% slide in March.", [("3%", "down")]),
        ("Prices posted a 2% uptick.", [("2%", "up")]),
        (
            "Towns that saw jumps were Harbour with a rise of 11.9 per cent, Lakeside at 13.7 per cent and "
            "Ridgeway at 14.3 per cent.",
            [("11.9 per cent", "up"), ("13.7 per cent", "up"), ("14.3 per cent", "up")],
        ),
        (
            "Rents fell 2 per cent in Harbour, 3 per cent in Lakeside and 4 per cent in Ridgeway.",
            [("2 per cent", "down"), ("3 per cent", "down"), ("4 per cent", "down")],
        ),
    ],
)
def test_the_change_of_a_figure(sentence: str, changes: list[tuple[str, str]]) -> None:
    record = record_of("Harbour figures out\n\n" + sentence + "\n")
    found = {statistic.text: statistic.change for statistic in record.statistics}
    for text, change in changes:
        matching = [value for written, value in found.items() if written.startswith(text)]
        assert matching == [change], (text, found)


@pytest.mark.parametrize(
    ("sentence", "unit", "counts"),
    [
        ("A 100 kilogram bag of maize cost more.", "kg", "bag"),
        ("The city receives 1450 mld of river water.", "mld", "river water"),
    ],
)
def test_the_unit_of_a_measure(sentence: str, unit: str, counts: str) -> None:
    (statistic,) = record_of("Harbour figures out\n\n" + sentence + "\n").statistics
    assert (statistic.unit, statistic.counts) == (unit, counts)
