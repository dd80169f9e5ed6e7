"""Statistic rules added after blind6 (see docs/evaluation.md), one invented sentence per row: number
forms (`half a million`, `pct`, the peso `P`, `US dollars`), the counted thing of shares and amounts,
change words, age bounds, bulleted values and who a listed or referred-to figure belongs to."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics
from app.models import Statistic
from tests.extract.pages import record_of, source_name, statistic_written

# (sentence, figure as written, value, unit, qualifier, approximate)
FORMS: list[tuple[str, str, float, str | None, str | None, bool]] = [
    ("The club is just shy of half a million members.", "half a million", 500_000, None, "just shy of", True),
    ("Exports fell to 4.1 pct in May.", "4.1 pct", 4.1, "percent", None, False),
    ("Exports fell to 4.1 pc in May.", "4.1 pc", 4.1, "percent", None, False),
    ("Flood damage climbed to P3.4 billion, the agency said.", "P3.4 billion", 3.4e9, "PHP", None, False),
    (
        "The port earned 1.2 billion US dollars last year.",
        "1.2 billion US dollars",
        1.2e9,
        "USD",
        None,
        False,
    ),
    (
        "The bill reached 900 million Canadian dollars.",
        "900 million Canadian dollars",
        9e8,
        "CAD",
        None,
        False,
    ),
    ("The state plan is Rs 3,45,210.50 crore.", "Rs 3,45,210.50 crore", 3.4521050e12, "INR", None, False),
    ("By next year the bill will be nearer £80m.", "nearer £80m", 8e7, "GBP", "nearer", True),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "unit", "qualifier", "approximate"), FORMS, ids=[row[1] for row in FORMS]
)
def test_number_forms(
    sentence: str, figure: str, value: float, unit: str | None, qualifier: str | None, approximate: bool
) -> None:
    statistic = statistic_written(sentence, figure)
    assert statistic.value == pytest.approx(value)
    assert (statistic.unit, statistic.qualifier, statistic.approximate) == (unit, qualifier, approximate)


def test_a_currency_name_with_its_country_is_not_the_texts_own_dollar() -> None:
    passage = (
        "Toronto and Ontario officials met in Toronto, Ontario. The deal was worth 2 billion US dollars."
    )
    assert statistic_written(passage, "US dollars").unit == "USD"


# (sentence, figure, counted thing)
COUNTED: list[tuple[str, str, str | None]] = [
    ("Figures show the province's jobless rate is now 6.2 per cent.", "6.2 per cent", "jobless rate"),
    ("The region kept an unemployment rate of 4.4 per cent.", "4.4 per cent", "unemployment rate"),
    ("The jobless rate remained at a record low of 3.1% in May.", "3.1%", "jobless rate"),
    (
        "• Overall hospital admission rates increased by 12.5 percent.",
        "12.5 percent",
        "hospital admission rates",
    ),
    ("Analysts said cargo volumes across the northern ports fell 8 per cent.", "8 per cent", "cargo volumes"),
    ("The town's budget is 4.8 percent larger than last year's.", "4.8 percent", "budget"),
    ("Almost a quarter (24 percent) of those patients waited.", "Almost a quarter", "patients"),
    ("Almost a quarter (24 percent) of those patients waited.", "24 percent", "patients"),
    ("There was a 9% hike in the number of pupils enrolled.", "9%", "pupils"),
    ("The board agreed to make £40 million worth of cuts.", "£40 million", "cuts"),
    ("Bus fares were up, with ticket prices up 7.5 percent.", "7.5 percent", "ticket prices"),
    ("The province expects revenue to grow by 3.2%.", "3.2%", "revenue"),
    ("The target is 95 per cent.", "95 per cent", None),
    ("It is a smaller rise than the previous year of 2.2%.", "2.2%", None),
    ("There was a 4% increase in children seen.", "4%", None),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "counts"), COUNTED, ids=[f"{row[1]}: {row[0][:30]}" for row in COUNTED]
)
def test_counted_thing(sentence: str, figure: str, counts: str | None) -> None:
    assert statistic_written(sentence, figure).counts == counts


def test_number_of_things_after_a_copula() -> None:
    sentence = "In 2025, the number of burglaries that were reported was 12 410, police said."
    assert statistic_written(sentence, "12 410").counts == "burglaries"


# (sentence, figure, change)
CHANGES: list[tuple[str, str, str | None]] = [
    ("Data show 30% fewer patients waited overnight.", "30%", "down"),
    ("The clinic saw 12 per cent more patients.", "12 per cent", "up"),
    ("The jobless rate remained at a record low of 3.1% in May.", "3.1%", "none"),
    ("The county maintained its jobless rate of 4.0% in June.", "4.0%", "none"),
    ("Storm losses ballooned to $2.1 billion.", "$2.1 billion", "up"),
    (
        "Some 380 people were in shelters on the Monday after the storm, according to the city's tally "
        "— down from the 512 of a year earlier.",
        "380",
        "down",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "change"), CHANGES, ids=[row[0][:40] for row in CHANGES])
def test_change(sentence: str, figure: str, change: str | None) -> None:
    assert statistic_written(sentence, figure).change == change


# Figures that define a group by age: not statistics.
AGE_BOUNDS = [
    "The rise was largest among men between the ages of 30 and 49.",
    "The study followed patients aged over 80 in three wards.",
]


@pytest.mark.parametrize("sentence", AGE_BOUNDS)
def test_age_bounds_are_not_statistics(sentence: str) -> None:
    assert find_statistics(sentence) == []


def test_a_bulleted_value_is_a_statistic_however_small() -> None:
    passage = "The storm affected 40,000 people, including:\n\n• dead: 4\n• injured: 31\n"
    assert [statistic.value for statistic in find_statistics(passage)] == [40_000, 4, 31]


def _statistics(raw: str) -> list[Statistic]:
    return record_of(raw).statistics


def _source(statistics: list[Statistic], value: float) -> str | None:
    return source_name(next(statistic for statistic in statistics if statistic.value == value))


def test_a_list_opened_by_a_colon_carries_its_source_to_its_bullets() -> None:
    statistics = _statistics(
        "Flood Toll Rises\n\n"
        "According to the Regional Emergency Management Office, the floods affected 40,000 people, including:\n\n"
        "• dead: 4\n• injured: 31\n• displaced: 2,150\n\n"
        "Rain is expected to ease by the weekend, and 12 roads remain shut."
    )
    assert [_source(statistics, value) for value in (4, 31, 2150)] == [
        "Regional Emergency Management Office"
    ] * 3
    # A body carries on past the end of its list (round 6 carry ruling).
    assert _source(statistics, 12) == "Regional Emergency Management Office"


def test_her_department_said_is_the_person_and_carries_past_the_colon() -> None:
    statistics = _statistics(
        "Clinic Visits Rise\n\n"
        "Health Minister Ana Ruiz said waiting times had improved. Her department said:\n\n"
        "Demand keeps growing, with an overall increase of 6%."
    )
    assert _source(statistics, 6) == "Ana Ruiz"


def test_according_to_the_official_is_the_person_named_before() -> None:
    statistics = _statistics(
        "Jobs Figures Out\n\n"
        'Labour Minister Sam Okoro said the figures were "strong".\n\n'
        "Part-time jobs also recorded a 12% growth in the past year, according to the official."
    )
    assert _source(statistics, 12) == "Sam Okoro"


def test_a_source_name_drops_its_possessive() -> None:
    statistics = _statistics(
        "Beds Short\n\nSome 212 people were waiting for a bed, according to the NHSX’s count on Monday."
    )
    assert _source(statistics, 212) == "NHSX"
