"""Who cited a figure, after blind11: invented passages, one or more per rule."""

from __future__ import annotations

import pytest

from app.models import DocumentRecord, Statistic
from tests.extract.pages import record_of

HEADLINE = "Valdoria Counts Its Visitors\n\n"


def _figure(record: DocumentRecord, figure: str) -> Statistic:
    return next(
        statistic
        for statistic in record.statistics
        if statistic.text.endswith(figure) or statistic.text.startswith(f"{figure} ")
    )


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "a country that recorded a figure went through it, after an opening phrase too",
        HEADLINE + "For the six months to June, Portugal recorded 812,400 visitors from abroad.",
        "812,400",
        None,
    ),
    (
        "a state that counted a figure went through it, wherever it stands",
        HEADLINE + "Over the winter, Ontario counted 4,210 new cases of the fever.",
        "4,210",
        None,
    ),
    (
        "a place that states a figure is still its government",
        HEADLINE + "In its spring update, Alberta anticipates a deficit of $883 million.",
        "$883 million",
        "Alberta",
    ),
    (
        "`the figures show` keeps a statistics office's report going into the next paragraphs",
        HEADLINE
        + "Thefts fell 12 per cent in the year to March, the National Statistics Office (NSO) said.\n\n"
        + "A total of 9,310 thefts were logged, 1,240 fewer than a year before, the figures show.\n\n"
        + "The number of assaults recorded rose 3.1 per cent to 5,602.",
        "3.1 per cent",
        "National Statistics Office",
    ),
    (
        "`the figures show` after a minister's release keeps it to its paragraph",
        HEADLINE
        + "Finance Minister Anneke Vossberg released the quarterly accounts and said revenue was $2.1 billion.\n\n"
        + "The accounts show the reserve fell to $400 million.\n\n"
        + "Spending rose by $900 million.",
        "$900 million",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES]
)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    statistic = _figure(record_of(passage), figure)
    named = statistic.attributed_to.name if statistic.attributed_to else None
    assert named == source, rule
