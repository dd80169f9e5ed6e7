"""Statistic rules of round 7, each confirmed on the sets or a plain pattern of news English (see
docs/evaluation.md), one invented sentence per row."""

from __future__ import annotations

import pytest

from tests.extract.pages import statistic_written

# (text, figure as written, counted noun)
LEVEL_MEASURES: list[tuple[str, str, str | None]] = [
    # After a copula a share is the level of a measure named as a rate, inflation or turnout.
    ("Core inflation was 3.4 percent last year.", "3.4 percent", "Core inflation"),
    ("Officials said the turnout was 56.2 percent.", "56.2 percent", "turnout"),
    ("The vacancy rate is 2.1 per cent.", "2.1 per cent", "vacancy rate"),
    # A sentence adverb set off by commas stands between the measure and its verb.
    ("The jobless rate, meanwhile, was recorded at 6.1 percent.", "6.1 percent", "jobless rate"),
    ("Exports, however, fell 4 percent.", "4 percent", "Exports"),
    # Not a measure: a target after a copula counts nothing.
    ("The target is 90 percent.", "90 percent", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), LEVEL_MEASURES, ids=[row[0][:40] for row in LEVEL_MEASURES]
)
def test_share_after_a_copula_is_a_measure_level(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, counted noun, change)
EARLIER_LEVELS: list[tuple[str, str, str | None, str | None]] = [
    # ", higher than the N": the level set beside an earlier level of the same measure.
    ("The pass rate was 81 percent, higher than the 77 percent in 2022.", "81 percent", "pass rate", "up"),
    ("The pass rate was 81 percent, higher than the 77 percent in 2022.", "77 percent", "pass rate", None),
    (
        "Food inflation was recorded at 6.2 percent, slower than the 7.9 percent rate in May.",
        "6.2 percent",
        "Food inflation",
        "down",
    ),
    (
        "Food inflation was recorded at 6.2 percent, slower than the 7.9 percent rate in May.",
        "7.9 percent",
        "Food inflation",
        None,
    ),
    # A comparison with no earlier figure is not a change.
    ("Wages were 7 percent, higher than expected.", "7 percent", None, None),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"),
    EARLIER_LEVELS,
    ids=[f"{row[1]} {row[0][:30]}" for row in EARLIER_LEVELS],
)
def test_level_beside_an_earlier_level(
    text: str, figure: str, counts: str | None, change: str | None
) -> None:
    statistic = statistic_written(text, figure)
    assert statistic.counts == counts
    if change is not None:
        assert statistic.change == change
