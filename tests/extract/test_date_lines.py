"""Publication dates from the page text and the URL, one invented page top per row."""

from __future__ import annotations

import pytest

from app.extract.datelines import is_date_line
from app.extract.dates import find_dates
from app.extract.url_dates import url_date
from tests.extract.pages import BODY, HEADLINE, record_of

# (page top above the body, published, the date as written)
DATE_LINE_CASES: list[tuple[str, str, str]] = [
    # a byline followed by a date
    ("By Ana Ruiz, March 3, 2020\n\n", "2020-03-03", "March 3, 2020"),
    ("By Ana Ruiz on March 3, 2020\n\n", "2020-03-03", "March 3, 2020"),
    ("By Ana Ruiz | 3 March 2020\n\n", "2020-03-03", "3 March 2020"),
    ("By Ana Ruiz and Li Wei - March 3, 2020\n\n", "2020-03-03", "March 3, 2020"),
    ("By Ana Ruiz, Li Wei and Tom Hale — Mar. 3, 2020 at 9:15 a.m.\n\n", "2020-03-03", "Mar. 3, 2020"),
    ("By ANA RUIZ · 3 Mar 2020\n\n", "2020-03-03", "3 Mar 2020"),
    # a date in brackets before the byline
    ("[March 3, 2020]  By Ana Ruiz\n\n", "2020-03-03", "March 3, 2020"),
    ("(3 March 2020)\n\n", "2020-03-03", "3 March 2020"),
    # a byline that runs the site's name into the weekday
    ("By Ana Ruiz, APTuesday, March 3, 2020\n\n", "2020-03-03", "March 3, 2020"),
    # a line of names without "By", then the date
    ("Ana Ruiz, Li Wei and Tom Hale, Tuesday March 3, 2020 - 09:15 EST\n\n", "2020-03-03", "March 3, 2020"),
    # a date line of its own, under or above the headline
    ("/ 6 May 2024\n\n", "2024-05-06", "6 May 2024"),
    ("Tue 12 Nov 2019 10.21 GMT\n\n", "2019-11-12", "12 Nov 2019"),
    ("Tuesday, November 12, 2019\n\n", "2019-11-12", "November 12, 2019"),
    ("12 November 2019, 10:21\n\n", "2019-11-12", "12 November 2019"),
    ("NOV. 12, 2019\n\n", "2019-11-12", "NOV. 12, 2019"),
    ("2019-11-12\n\n", "2019-11-12", "2019-11-12"),
    # labelled lines
    ("Published 10:21 AM, 12 Nov 2019\n\n", "2019-11-12", "12 Nov 2019"),
    ("6:00 am on 12 November 2019\n\n", "2019-11-12", "12 November 2019"),
    ("Posted on November 12, 2019\n\n", "2019-11-12", "November 12, 2019"),
    ("Posted: Nov 12, 2019 / 10:21 AM EST\n\n", "2019-11-12", "Nov 12, 2019"),
    ("First published on Tue 12 Nov 2019 10.21 GMT\n\n", "2019-11-12", "12 Nov 2019"),
    ("PUBLISHED NOVEMBER 12, 2019\n\n", "2019-11-12", "NOVEMBER 12, 2019"),
    ("Date: 12th November 2019\n\n", "2019-11-12", "12th November 2019"),
    # published wins over updated or last modified, in either order; updated alone is the date shown
    ("Published: Nov. 12, 2019 | Updated: Nov. 14, 2019\n\n", "2019-11-12", "Nov. 12, 2019"),
    ("Updated 14 November 2019\nFirst published 12 November 2019\n\n", "2019-11-12", "12 November 2019"),
    (
        "Last modified on Thu 14 Nov 2019 08.00 GMT\nFirst published on Tue 12 Nov 2019\n\n",
        "2019-11-12",
        "12 Nov 2019",
    ),
    ("Updated / Thursday, 14 Nov 2019 18:42\n\n", "2019-11-14", "14 Nov 2019"),
    # numeric dates only with a signal of their order
    ("12/11/2019 10:21 GMT\n\n", "2019-11-12", "12/11/2019"),
    ("11/12/2019 10:21 AM EST\n\n", "2019-11-12", "11/12/2019"),
    ("25/11/2019\n\n", "2019-11-25", "25/11/2019"),
    ("12th Tuesday, November 2019\n\n", "2019-11-12", "12th Tuesday, November 2019"),
    # a masthead in brackets before the date, or with the author after it (after blind9)
    ("(Harbour Ledger, 21 April 2018)\n\n", "2018-04-21", "21 April 2018"),
    ("Harbour Wire logoHarbour Wire 24/08/2016 Ana Ruiz\n\n", "2016-08-24", "24/08/2016"),
    # a machine timestamp with a space before its clock (after blind10)
    ("2019-11-14 18:42:07\n\n", "2019-11-14", "2019-11-14 18:42:07"),
    # year first with dots or slashes: no one writes year, day, month (after blind30)
    ("2019.11.14\n\n", "2019-11-14", "2019.11.14"),
    ("2019/11/14\n\n", "2019-11-14", "2019/11/14"),
]


@pytest.mark.parametrize(
    ("top", "value", "written"), DATE_LINE_CASES, ids=[c[0].strip() for c in DATE_LINE_CASES]
)
@pytest.mark.parametrize("headline_first", [True, False], ids=["under-headline", "above-headline"])
def test_date_line_is_published_and_not_mentioned(
    top: str, value: str, written: str, headline_first: bool
) -> None:
    raw = HEADLINE + top + BODY if headline_first else top + HEADLINE + BODY
    record = record_of(raw)
    assert record.published is not None and record.published.value.isoformat() == value
    assert record.published.source == "text"
    evidence = record.published.evidence
    assert evidence is not None and evidence.text == written
    source = record.raw_text if record.published.evidence_in == "raw_text" else record.text
    assert source[evidence.start : evidence.end] == written
    assert [mention.value for mention in record.dates_mentioned] == []
    assert record.title is not None and record.title.value == HEADLINE.strip()


def test_date_line_under_a_standfirst() -> None:
    standfirst = "Riders will wait longer for buses on the east side while the new depot is being built.\n\n"
    record = record_of(HEADLINE + standfirst + "Mar 3, 2020\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2020-03-03"
    assert [mention.value for mention in record.dates_mentioned] == []


def test_labelled_date_after_other_furniture_is_not_mentioned() -> None:
    record = record_of(HEADLINE + "Edited by: desk Published: 2019-11-12 10:21:00\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2019-11-12"
    assert [mention.value for mention in record.dates_mentioned] == []


def test_run_in_date_line() -> None:
    raw = HEADLINE + "March 3, 2020WASHINGTON — " + BODY
    record = record_of(raw)
    assert record.published is not None and record.published.value.isoformat() == "2020-03-03"
    assert record.published.evidence is not None and record.published.evidence.text == "March 3, 2020"
    assert [mention.value for mention in record.dates_mentioned] == []


# Pages that do not state when they were published.
NO_DATE_CASES: list[str] = [
    HEADLINE + BODY,
    # a numeric date with nothing to say whether it is day or month first
    HEADLINE + "12/11/2019\n\n" + BODY,
    # year first in a mixed or impossible order is not a date
    HEADLINE + "2019.14.11\n\n" + BODY,
    HEADLINE + "2019/11.14\n\n" + BODY,
    # a date in the body's prose is a date mentioned, not the publication date
    HEADLINE + "The depot will open on March 3, 2021, the council said in a statement on Tuesday night.\n",
    # a byline without a date
    HEADLINE + "By Ana Ruiz, Staff Writer\n\n" + BODY,
]


@pytest.mark.parametrize("raw", NO_DATE_CASES, ids=[str(i) for i in range(len(NO_DATE_CASES))])
def test_no_published_where_nothing_says(raw: str) -> None:
    assert record_of(raw).published is None


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://example.com/news/2017/03/20/council-backs-depot/", "2017-03-20"),
        ("https://example.com/news/2017/3/20/council-backs-depot", "2017-03-20"),
        ("https://example.com/local/2017/mar/20/council-backs-depot", "2017-03-20"),
        ("https://example.com/2017-03-20/council-backs-depot", "2017-03-20"),
        ("https://example.com/local/20170320/council-backs-depot.html", "2017-03-20"),
        ("https://example.com/news/council-backs-depot-2017-03-20", "2017-03-20"),
        ("https://example.com/news/2017/03/council-backs-depot", None),
        ("https://example.com/news/council-backs-depot?date=2017-03-20", None),
        ("https://example.com/2017/13/45/not-a-date", None),
        ("https://example.com/story/1234567890", None),
        # Eight digits inside a segment may be a story number: only a whole segment is a date.
        ("https://example.com/politics/council-backs-depot-20170320-p5abcd.html", None),
        ("https://example.com/local/20170320.html", "2017-03-20"),
    ],
)
def test_url_date(url: str, value: str | None) -> None:
    found = url_date(url)
    assert (found.isoformat() if found else None) == value


def test_url_date_is_published_only_where_the_text_says_nothing() -> None:
    url = "https://example.com/news/2017/03/20/council-backs-depot/"
    from_url = record_of(HEADLINE + BODY, url=url).published
    assert from_url is not None and from_url.value.isoformat() == "2017-03-20"
    assert from_url.source == "url" and from_url.evidence is None
    from_text = record_of(HEADLINE + "Posted on March 21, 2017\n\n" + BODY, url=url).published
    assert from_text is not None and from_text.value.isoformat() == "2017-03-21"
    assert from_text.source == "text"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 20, 2026 4:12 PM GMT", True),
        ("Updated 3:05 p.m. EST, Thu November 19, 2026", True),
        ("Sat 21 Nov 2026", True),
        ("Council Backs Plan For New Bus Depot", False),
        ("Council To Vote On March 3, 2020 Budget", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The hearing is set for Sept. 3, 2020.", ["2020-09-03"]),
        ("A probe to Mars in 2020 failed.", ["2020"]),
        ("The report came out in May.", ["--05"]),
        # an ordinal day "of" the month
        ("The grid must hold until the 14th of June.", ["--06-14"]),
        ("Polls close on the 3rd of November, 2020.", ["2020-11-03"]),
        # a word ending in -ss after the year is not a plural noun ("January 2010 jobless rate")
        ("The March 2019 jobless rate was 4 percent.", ["2019-03"]),
        # a decade is not a year
        ("Growth was faster in the 1990s than in 2005.", ["2005"]),
        # a school or fiscal year written with a slash names each year once
        ("Rates for 2025/26 are set; the 2024/5 budget was cut.", ["2025", "2026"]),
        # after blind9: a period of years names its first year too; two consecutive years keep the older reading
        ("It was 0.5C above the 1991-2020 average.", ["1991", "2020"]),
        ("Theft rose in 2017-2018.", ["2018"]),
        # a word ending in "s" that is no plural noun does not stop a year
        ("Taking the year 2011 as a base, and since March 2022 is when it began.", ["2011", "2022-03"]),
        ("Builders finished 2019 homes in 2021.", ["2021"]),
        # an abbreviation without its period is a month before a day's number
        ("The sale ran up to Mar 27, and he spoke on Tuesday (Apr 1).", ["--03-27", "--04-01"]),
        ("Jan Smit said so.", []),
        # a month joined to another month
        ("Jobs were lower in both February and March than a year before.", ["--02", "--03"]),
        # after blind10: a day run onto the abbreviation's period; "March" of a possessive or naming a period
        ("The cabinet met on Tuesday (Dec.19), after the Oct.4 vote.", ["--12-19", "--10-04"]),
        ("Output beat the ministry's March estimate and the March quarter.", ["--03", "--03"]),
        ("Thousands March on the capital; the March for Jobs was peaceful.", []),
        # after blind11: two consecutive years joined by a slash are a season or fiscal year, naming both
        ("Tanks must be full for the 2031/2032 winter.", ["2031", "2032"]),
        # a fiscal year's label before a span is the span's first year, named once
        ("The loss grew in fiscal year 2030-31, officials said.", ["2030", "2031"]),
        # an abbreviation without its period is a month before a year too
        ("Rents are at their lowest since Aug 2031.", ["2031-08"]),
        # a range of days joined by "to" or "through", its year written once
        ("The survey ran from October 3 to 9, 2031, in four towns.", ["2031-10-03", "2031-10-09"]),
        ("Rates rose on June 3 to 4.5% and on May 4 to 10 lenders.", ["--06-03", "--05-04"]),
        # a year before the plural noun of a period's records ("the 2030 accounts") is a date
        ("The 2030 accounts showed a loss, and the restated 2029 results a profit.", ["2030", "2029"]),
    ],
)
def test_month_table(text: str, values: list[str]) -> None:
    assert [mention.value for mention in find_dates(text)] == values
