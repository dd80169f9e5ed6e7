"""Statistic rules of round 9, each a plain pattern of news English, one invented sentence per row."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics
from tests.extract.pages import statistic_written

# (text, figure as written, counted noun): a participle used as an adjective opens a compound noun.
ADJECTIVAL_PARTICIPLES: list[tuple[str, str, str | None]] = [
    ("Officials logged 41 suspected drug deaths in the county.", "41", "suspected drug deaths"),
    ("The clinic reported 16 confirmed measles cases this week.", "16", "confirmed measles cases"),
    ("Inspectors found 320 damaged school buildings.", "320", "damaged school buildings"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), ADJECTIVAL_PARTICIPLES, ids=[row[0][:40] for row in ADJECTIVAL_PARTICIPLES]
)
def test_an_adjectival_participle_opens_the_counted_noun(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


def test_a_participle_that_is_a_verb_opens_no_noun() -> None:
    # "61 required hospital care": the figure's verb, not an adjective of a noun.
    assert find_statistics("In all, 61 required hospital care.") == []


# (text, figure as written, counted noun, change): a difference set off after a level gives both the
# direction, and a difference written before its noun counts that noun.
DIFFERENCES: list[tuple[str, str, str | None, str | None]] = [
    ("The county had 48 road deaths in the period – 11 more than a year earlier.", "48", "road deaths", "up"),
    ("The county had 48 road deaths in the period – 11 more than a year earlier.", "11", None, "up"),
    ("The ward logged 212 falls, 30 fewer than in 2019.", "212", "falls", "down"),
    ("There were 7 fewer house fires than the year before.", "7", "house fires", "down"),
    ("The school has 12 more teachers this year.", "12", "teachers", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"), DIFFERENCES, ids=[r[0][:40] + r[1] for r in DIFFERENCES]
)
def test_a_difference_after_a_level(text: str, figure: str, counts: str | None, change: str | None) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.change) == (counts, change)
