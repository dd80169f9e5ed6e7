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


# (text, figure as written, counted noun)
BRACKETED: list[tuple[str, str, str | None]] = [
    # A bare measure in brackets measures the noun phrase before the bracket.
    ("Output was made up of both diesel (12,000 tonnes) and petrol.", "12,000", "diesel"),
    ("Imports stayed under the quota (300 tonnes).", "300", "quota"),
    # A share that restates a count in brackets is a share of what the count counts.
    ("Only 52 homes (0.9 per cent) were affordable.", "0.9 per cent", "homes"),
    # Not a restatement: a share that compares ("more") and a duration's unit.
    ("There were 1.3 million visitors (4.2% more) from Spain.", "4.2%", None),
    ("Crews missed the target response time (18 minutes).", "18", "minutes"),
]


@pytest.mark.parametrize(("text", "figure", "counts"), BRACKETED, ids=[row[0][:40] for row in BRACKETED])
def test_figure_in_brackets(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, counted noun)
SUBJECTS: list[tuple[str, str, str | None]] = [
    # A passive of a verb of change: the subject is what changed.
    ("The backlog has been reduced to 4,100 cases.", "4,100", "cases"),
    ("Arrears have been reduced to Rs 80 billion.", "Rs 80 billion", "Arrears"),
    ("The levy was cut to 12 percent.", "12 percent", "levy"),
    # A participle that reports a clause opens it ("a survey showing the rate fell").
    ("Data were released showing the vacancy rate fell to 3.1 percent.", "3.1 percent", "vacancy rate"),
    # A clause that "where" opens.
    ("The report covered March, where inflation increased to 9.3 percent.", "9.3 percent", "inflation"),
    # "Rs." before an amount ends no sentence.
    ("Losses fell to Rs. 397 billion from Rs. 590 billion.", "Rs. 590 billion", "Losses"),
]


@pytest.mark.parametrize(("text", "figure", "counts"), SUBJECTS, ids=[row[0][:40] for row in SUBJECTS])
def test_subject_of_the_verb_before(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, counted noun, change)
RESTATED_CHANGES: list[tuple[str, str, str | None, str | None]] = [
    # A level, then "which was a N per cent increase": the level changed, and the share counts what it counts.
    ("Studio flats averaged $1,250, which was a 9 per cent increase.", "$1,250", None, "up"),
    ("Some 8,200 patients waited, which is a 3pc decrease since May.", "3pc", "patients", "down"),
    # A dash or comma before the change noun gives the level its change (the share's noun is left to the older
    # sets' reading).
    ("Rents reached $1,390 – a 16 per cent increase from 2017.", "$1,390", None, "up"),
    ("The town counted 512 burglaries, a 9% drop on last year.", "512", "burglaries", "down"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"),
    RESTATED_CHANGES,
    ids=[f"{row[1]} {row[0][:30]}" for row in RESTATED_CHANGES],
)
def test_level_then_its_change_restated(
    text: str, figure: str, counts: str | None, change: str | None
) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.change, statistic.counts if counts else None) == (change, counts)


# (text, figure as written, counted noun, change)
LISTED_PLACES: list[tuple[str, str, str | None, str | None]] = [
    # A later level of a list, each for a place: the first level's noun and change.
    ("Rents fell 2.1 per cent in Hobart and 0.4 per cent in Perth.", "0.4 per cent", "Rents", "down"),
    ("Thefts rose 8% in the North East and by 3% in Kent.", "3%", "Thefts", "up"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"), LISTED_PLACES, ids=[row[0][:40] for row in LISTED_PLACES]
)
def test_later_level_for_a_place(text: str, figure: str, counts: str | None, change: str | None) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.change) == (counts, change)
