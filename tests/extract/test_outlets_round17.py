"""Publisher and published date, round 17: the site's name on a line of its own under the headline or the
byline (`The Harbour Journal`), a wire or site in capitals in a dateline that gives the day before the month
(`APIA, 22 JUNE 2018 (HARBOUR OBSERVER) –`, which also dates the story), `The Associated Press` as the wire by
its name, and an outlet a source `told` only by a short name is the paper's own.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("Ana Ruiz\nThe Harbour Telegram\n\n", "The Harbour Telegram"),
        ("\nThe Harbour Journal\n\n", "The Harbour Journal"),
        ("The Associated Press\nMonday, March 12, 2007; 2:20 AM\n\n", "Associated Press"),
    ],
)
def test_the_sites_name_on_a_line_of_its_own(top: str, outlet: str) -> None:
    record = record_of(HEADLINE + top + BODY)
    assert record.outlet is not None and record.outlet.value == outlet


def test_a_dateline_with_the_day_first_names_the_site_and_the_date() -> None:
    record = record_of(HEADLINE + "APIA, 22 JUNE 2018 (HARBOUR OBSERVER) – " + BODY)
    assert record.outlet is not None and record.outlet.value == "Harbour Observer"
    assert record.published is not None and record.published.value == datetime.date(2018, 6, 22)


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("“We will be below target,” Ana Ruiz told the Star last week.", "Star"),
        ("“We will be below target,” Ana Ruiz told the Wall Street Journal last week.", None),
    ],
)
def test_only_a_short_name_told_is_the_papers_own(sentence: str, outlet: str | None) -> None:
    record = record_of(HEADLINE + sentence + "\n")
    assert (record.outlet.value if record.outlet else None) == outlet
