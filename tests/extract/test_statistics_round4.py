"""Statistic rules of round 4, each confirmed on a set it was not read from (see docs/evaluation.md), one
invented sentence per row."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics
from tests.extract.pages import statistic_written

# (text, figure as written, counts, unit)
MEASURED: list[tuple[str, str, str | None, str]] = [
    # The noun a measured figure is "of".
    ("The burst pipe caused a leak of 2.4 million litres.", "2.4 million", "leak", "litres"),
    ("Farmers face a deficit of 300,000 tonnes this season.", "300,000", "deficit", "tonnes"),
    ("The mill missed a target of 12,000 tonnes.", "12,000", "target", "tonnes"),
    # The subject of a copula or of a verb that holds a level, right before the figure.
    ("Maize output is forecast to be 4.1 million tonnes this year.", "4.1 million", "Maize output", "tonnes"),
    ("Average barley yields are estimated to be 1.6 tons per acre.", "1.6", "Average barley yields", "tons"),
    ("Copper exports stood at 9,500 tonnes in June.", "9,500", "Copper exports", "tonnes"),
    (
        "Reservoir storage will be around 80 million cubic metres.",
        "80 million",
        "Reservoir storage",
        "cubic meters",
    ),
    # Nothing else measured: the unit.
    ("The blaze burned 45,000 hectares.", "45,000", "hectares", "hectares"),
    ("The ferry carried 1,200 tonnes of grain.", "1,200", "grain", "tonnes"),
    # A body of figures, a bound or a quantifier is no measured thing.
    ("The numbers sent to the regulator are 2.1 million barrels.", "2.1 million", "barrels", "barrels"),
    ("Under the new rules the maximum is 150 litres a day.", "150", "litres", "litres"),
    # A unit of time keeps its reading (the ruling before blind9: "waited 7.8 hours" counts hours).
    ("In the north the wait was 4.2 hours.", "4.2", "hours", "hours"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "unit"), MEASURED, ids=[row[0][:40] for row in MEASURED]
)
def test_what_a_measured_figure_measures(text: str, figure: str, counts: str | None, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.unit) == (counts, unit)


# (text, [(figure as written, counts, change)])
LISTED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # Later levels of a list, each with its group, count what the first counts and take its change.
    (
        "The council raised parking fees by 4 per cent for residents, 6 per cent for visitors and 9 per cent "
        "for lorries.",
        [
            ("4 per cent", "parking fees", "up"),
            ("6 per cent", "parking fees", "up"),
            ("9 per cent", "parking fees", "up"),
        ],
    ),
    # Each later item named before its level; the first is a share of a whole.
    (
        "Northshire had met 88 per cent of the waste target, Eastvale 61 per cent and Westmoor 40 per cent.",
        [
            ("88 per cent", "waste target", None),
            ("61 per cent", "waste target", None),
            ("40 per cent", "waste target", None),
        ],
    ),
    # A period written with a capital month.
    ("Bread prices fell 3 percent in March and 2 percent in April.", [("2 percent", "Bread prices", "down")]),
    # A later item with a purpose of its own is no level of the first.
    (
        "The grant was split three ways: £40m for rural clinics, £25m to train nurses and £10m to repair roofs.",
        [("£25m", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED, ids=[row[0][:40] for row in LISTED])
def test_later_levels_of_a_list(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    for figure, counts, change in expected:
        statistic = statistic_written(text, figure)
        assert (statistic.counts, statistic.change) == (counts, change), figure


# (text, figure as written, counts)
THAT_CLAUSES: list[tuple[str, str, str | None]] = [
    # A clause opened by "that" after any verb, active or passive, or after a noun, has its own subject.
    (
        "The new tariff will mean that the average monthly bill will go up from £41.20 to £44.80.",
        "£44.80",
        "average monthly bill",
    ),
    (
        "The cabinet was informed that the port's revenue increased to Rs120 billion.",
        "Rs120 billion",
        "revenue",
    ),
    ("This comes despite the fact that enrolments have climbed by 12 per cent.", "12 per cent", "enrolments"),
    # A relative "that" before its own verb opens no subject.
    ("The toll from the storm that battered the coast has risen to 45, police said.", "45", "toll"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), THAT_CLAUSES, ids=[row[0][:40] for row in THAT_CLAUSES]
)
def test_a_that_clause_has_its_own_subject(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, change)
GROWING_AND_SHRINKING: list[tuple[str, str, str | None]] = [
    # Verbs of growing and shrinking say the direction of the figure after them.
    ("The regional economy is expected to contract by 1.2% next year.", "1.2%", "down"),
    ("Retail output contracted by 3 percent in the quarter.", "3 percent", "down"),
    ("The cod catch diminished by 40,000 tonnes.", "40,000", "down"),
    ("Food inflation has subsided to 2.1 percent.", "2.1 percent", "down"),
    ("The port is expanding its yearly capacity to 12 million containers.", "12 million", "up"),
    # "contracts" is the noun far more often than the verb.
    ("The firm sold service contracts through agents to more than 5,000 drivers.", "5,000", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "change"), GROWING_AND_SHRINKING, ids=[row[0][:40] for row in GROWING_AND_SHRINKING]
)
def test_verbs_of_growing_and_shrinking(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


# (text, figure as written, counts)
PARTICLES: list[tuple[str, str, str | None]] = [
    # "out", "back", "away" after a figure are the verb's particles, never what it counts.
    ("The scheme reached 31 schools out of 40 and 6 colleges out of 9.", "9", "colleges"),
    ("The tribunal ordered that 2 million rand out of the award be paid at once.", "2 million rand", None),
    ("She must pay the remaining £1,800 back to the charity.", "£1,800", None),
    ("Staff turned 120 visitors away.", "120", "visitors"),
]


@pytest.mark.parametrize(("text", "figure", "counts"), PARTICLES, ids=[row[0][:40] for row in PARTICLES])
def test_a_particle_is_no_counted_noun(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


def test_small_bare_numbers_counting_out_are_no_figures() -> None:
    # "with 14 out of a total 27": small bare numbers were kept as figures because they counted "out".
    assert find_statistics("The province has the most clean audits with 14 out of a total 27.") == []
