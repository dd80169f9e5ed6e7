"""Publisher and published dates, round 6. Every URL and passage is invented; none is copied from a set."""

from __future__ import annotations

import pytest

from app.extract.url_dates import url_date
from tests.extract.pages import BODY, HEADLINE, record_of

# A path of slashes ends its day with the segment; a day run into the slug may be any number.
URL_DAYS: list[tuple[str, str | None]] = [
    ("https://example.com/2019/06/14/council-backs-depot/", "2019-06-14"),
    ("https://example.com/2019/06/14", "2019-06-14"),
    ("https://example.com/2019/06/14.html", "2019-06-14"),
    ("https://example.com/2019/06/14-council-backs-depot", None),
    ("https://example.com/2019-06-14-council-backs-depot", "2019-06-14"),
]


@pytest.mark.parametrize(("url", "value"), URL_DAYS)
def test_url_day_ends_its_segment(url: str, value: str | None) -> None:
    found = url_date(url)
    assert (found.isoformat() if found else None) == value


# A copied page may print its headline and byline twice: a repeated line is not one of the first paragraphs, so
# the wire's dateline below them still credits the wire.
REPEATED_TOP_LINES: list[tuple[str, str | None]] = [
    (
        "Depot plan splits harbour council – Harbour Wire\n\nDepot plan splits harbour council\nBy Ada Stone\n\n"
        "By Ada Stone\n\nPORT ELLIS (Reuters) – The harbour council voted 6-3 on Tuesday to back the depot.\n",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("page", "publisher"), REPEATED_TOP_LINES)
def test_repeated_top_lines_do_not_hide_the_dateline(page: str, publisher: str | None) -> None:
    record = record_of(page)
    assert (record.outlet.value if record.outlet else None) == publisher


# A date line as copied pages print it: the label run into the date, or the clock given in two zones.
DATE_LINES: list[tuple[str, str | None]] = [
    ("  • PublishedJune 11, 2018\n\n", "2018-06-11"),
    ("Last Updated: Monday, 11 June 2007, 11:59 GMT 12:59 UK\n\n", "2007-06-11"),
    ("Updated 4 March 2019, 09:10 GMT\n\n", "2019-03-04"),
    ("Published weekly since June 11, 2018\n\n", None),
]


@pytest.mark.parametrize(("line", "published"), DATE_LINES)
def test_date_lines_as_copied(line: str, published: str | None) -> None:
    record = record_of(line + HEADLINE + BODY)
    assert (record.published.value.isoformat() if record.published else None) == published
