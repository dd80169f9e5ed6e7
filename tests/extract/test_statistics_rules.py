"""Statistics rules, one invented sentence per row: what is a figure, its value and what it counts."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics

# (sentence, expected [(value, counts head or None)]) -- every statistic found, in order.
CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("The renovation took six years to finish.", [(6, "years")]),
    ("Deliberations lasted nearly three hours on Friday.", [(3, "hours")]),
    ("Three other schools closed their gyms.", [(3, "other schools")]),
    ("About three dozen parents attended the forum.", [(36, "parents")]),
    ("A tenth of the budget went to repairs.", [(0.1, "budget")]),
    ("A fifth of tenants moved away.", [(0.2, "tenants")]),
    ("Two-thirds of members approved.", [(2 / 3, "members")]),
    ("More than half of the nurses signed.", [(0.5, "nurses")]),
    ("Cuts fell hardest on the top fifth of earners.", [(0.2, "earners")]),
    ("The board voted 6-3 to approve the plan.", [(6, "votes"), (3, "votes")]),
    ("It passed on a 4-3 vote.", [(4, "votes"), (3, "votes")]),
    ("The House passed the budget. The vote was 103-12.", [(103, "votes"), (12, "votes")]),
    ("The bill cleared the chamber 218-214 on Friday.", [(218, "votes"), (214, "votes")]),
    ("The bank announced a 100-basis-point cut.", [(100, "basis points")]),
    ("The overdose rate reached 31.2 per 100,000 residents.", [(31.2, "overdose")]),
    ("The county recorded 14.5 overdose deaths per 100,000 people.", [(14.5, "overdose deaths")]),
    ("Eleven of the 12 schools met the standard.", [(11, "schools"), (12, "schools")]),
    ("Revenue fell 9 percent in the quarter.", [(9, "Revenue")]),
    ("The firm reported a net loss of $86.4 million.", [(86.4e6, "net loss")]),
    (
        "Ruiz led 48 percent to 44 percent among likely voters.",
        [(48, "likely voters"), (44, "likely voters")],
    ),
    ("Burglaries rose to 143.", [(143, "Burglaries")]),
    ("About 40 percent of households spends less than $100 a week.", [(40, "households"), (100, None)]),
    ("Nearly 300 children attend Lincoln Elementary.", [(300, "children")]),
]

NOT_STATISTICS = [
    "Voters under 30 favored the measure.",
    "Adults 65 and older are eligible.",
    "People who work more than 20 hours a week qualify.",
    "Internet speeds of at least 100 megabits are required.",
    "Members of Local 117 picketed.",
    "Police were called to the 1400 block of Garfield Avenue.",
    "The crash closed Interstate 280 and Route 9.",
    "Enrollment for the 2026-27 school year opens soon.",
    "The 2026 school year began on time.",
    "Rents have gone up in three years.",
    "Two Men Sentenced for Fraud",
    "Thousands of people marched.",
    "Dozens of residents complained.",
    "Tens of thousands of fans lined the route.",
    "Scores of homes were damaged.",
    "Several officers were hurt.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_statistic_values_and_counts(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    found = [(s.value, s.counts) for s in find_statistics(sentence)]
    assert len(found) == len(expected), found
    for (value, counts), (want_value, want_counts) in zip(found, expected, strict=True):
        assert value == pytest.approx(want_value), found
        assert counts == want_counts, found


@pytest.mark.parametrize("sentence", NOT_STATISTICS)
def test_not_a_statistic(sentence: str) -> None:
    assert find_statistics(sentence) == []


def test_more_than_half_keeps_its_qualifier() -> None:
    (statistic,) = find_statistics("More than half of the nurses signed.")
    assert (statistic.value, statistic.qualifier, statistic.kind) == (0.5, "more than", "fraction")


def test_rate_denominator_is_the_unit() -> None:
    (statistic,) = find_statistics("The overdose rate reached 31.2 per 100,000 residents.")
    assert (statistic.kind, statistic.unit) == ("ratio", "per 100,000")
