"""Statistic fields, round 18 (read from blind34's first run): an amount written as added (`an additional $1,900`,
`another $2.7 million`, `a further 3,300 procedures`) is a change up, unless a change verb before `by` gives the
direction (`cut by a further £106m`).

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Harbour University would receive an additional $1,900 per student.", "up"),
        ("Colleges would get an extra $1,503 to spend per student.", "up"),
        ("The readiness charge is expected to generate another $2.7 million.", "up"),
        ("A further 3,300 hospital procedures were cancelled.", "up"),
        ("The farm budget would be cut by a further £106m.", "down"),
    ],
)
def test_an_amount_added(sentence: str, change: str) -> None:
    (statistic,) = record_of("Budget\n\n" + sentence + "\n").statistics
    assert statistic.change == change


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("The port became the first to handle a million containers in a year.", 1e6, "containers"),
        ("The mill ground half a million tonnes.", 5e5, "tonnes"),
    ],
)
def test_a_scale_with_its_article_is_a_count(sentence: str, value: float, counts: str) -> None:
    (statistic,) = record_of("Port\n\n" + sentence + "\n").statistics
    assert (statistic.value, statistic.counts or statistic.unit) == (value, counts)


def test_a_million_dollar_adjective_is_no_count() -> None:
    assert not record_of("Homes\n\nHe bought a million-dollar home.\n").statistics


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The toll at the same time last year was 562.", 562),
        ("The previous highest murder toll was 605 in 2022.", 605),
        ("Deaths are more than double the 2007 total of 455.", 455),
    ],
)
def test_a_small_bare_number_stated_as_a_running_counts_level_is_a_statistic(
    sentence: str, value: int
) -> None:
    assert value in [statistic.value for statistic in record_of("Murders\n\n" + sentence + "\n").statistics]


def test_a_small_bare_number_after_a_noun_that_is_no_running_count_is_still_none() -> None:
    assert not record_of("Meeting\n\nThe agenda at the meeting last week was 12.\n").statistics
