"""Units of round 7 read where a figure runs into them (`1.5mbpd`, `45,000bpd`, `a 50bp move`), one invented
sentence per row (see docs/evaluation.md, "Statistic values, counted nouns, units and change, round 7")."""

from __future__ import annotations

import pytest

from tests.extract.pages import statistic_written

# (text, figure as written, value, unit, counted noun)
SCALED_UNITS: list[tuple[str, str, float, str, str | None]] = [
    # A unit written with its scale run into it: `mbpd` is a million barrels per day.
    ("Output reached 1.8mbpd in March.", "1.8", 1_800_000, "bpd", "Output"),
    ("The cartel allows it 2 mbpd.", "2", 2_000_000, "bpd", "bpd"),
    # `bpd` run into the figure is the unit, not a label.
    ("The field pumps 45,000bpd.", "45,000", 45_000, "bpd", "bpd"),
    # "of" after the noun a unit measures is that noun's, not the material's.
    ("It fell short of the 2mbpd target of the ministry.", "2", 2_000_000, "bpd", "target"),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "counts"), SCALED_UNITS, ids=[row[0][:40] for row in SCALED_UNITS]
)
def test_unit_written_with_its_scale(
    text: str, figure: str, value: float, unit: str, counts: str | None
) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.value, statistic.unit, statistic.counts) == (value, unit, counts)


# (text, figure as written, counted noun, change)
BASIS_POINTS: list[tuple[str, str, str, str | None]] = [
    # `bp` run into a figure is basis points, counted as a compound modifier counts them.
    ("Traders priced in a 25bp move.", "25", "basis points", None),
    ("The bank made three 75bp increases this year.", "75", "basis points", "up"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"), BASIS_POINTS, ids=[row[0][:40] for row in BASIS_POINTS]
)
def test_basis_points_run_into_the_figure(text: str, figure: str, counts: str, change: str | None) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.unit, statistic.counts, statistic.change) == ("basis points", counts, change)
