"""Publisher and published dates, round 7. Every URL and passage is invented; none is copied from a set."""

from __future__ import annotations

import pytest

from app.extract.site_names import host_holds
from app.extract.url_dates import url_date
from tests.extract.pages import BODY, HEADLINE, record_of

# A slug's date may give the month by its short name.
URL_DATES: list[tuple[str, str | None]] = [
    ("https://example.com/archives/hl-2011-apr-05-hl-depot-story.html", "2011-04-05"),
    ("https://example.com/news/2011-apr-05", "2011-04-05"),
    ("https://example.com/news/2011-foo-05-depot", None),
    ("https://example.com/news/2011-feb-30-depot", None),
]


@pytest.mark.parametrize(("url", "value"), URL_DATES)
def test_a_slug_date_with_a_month_name(url: str, value: str | None) -> None:
    found = url_date(url)
    assert (found.isoformat() if found else None) == value


# A site's credit in brackets, then its time stamp, is a date line.
CREDITED_DATE_LINES: list[tuple[str, str | None]] = [
    ("(Harbour Wire) 16:37, March 3, 2020\n\n", "2020-03-03"),
    ("(Harbour Wire) 09:05, 4 March 2020\n\n", "2020-03-04"),
    ("(Harbour Wire) said on March 3, 2020 that it would\n\n", None),
]


@pytest.mark.parametrize(("line", "published"), CREDITED_DATE_LINES)
def test_a_credit_before_a_time_stamp(line: str, published: str | None) -> None:
    record = record_of(HEADLINE + line + BODY)
    assert (record.published.value.isoformat() if record.published else None) == published


# A host holds a name it spells, or a label that opens or ends with the name run together.
HOSTS: list[tuple[str, str, bool]] = [
    ("https://www.dailyharbourlive.com/x", "DAILYHARBOUR", True),
    ("https://harbourexpress.com/x", "Express", True),
    ("https://harbourexpress.com/x", "Harbour Express", True),
    ("https://harbourexpress.com/x", "News", False),
    ("https://harbourexpress.com/x", "Bour", False),
    ("https://www.ledger.com/x", "Ledger", True),
]


@pytest.mark.parametrize(("url", "name", "held"), HOSTS)
def test_host_holds(url: str, name: str, held: bool) -> None:
    assert host_holds(url, name) is held


# The site named in its own page, where the address holds the name.
SELF_REFERENCES: list[tuple[str, str, str | None]] = [
    # A masthead on a line of its own above the story.
    (
        "Harbourview Daily\nBusiness\n\n" + HEADLINE + BODY,
        "https://e.harbourview.net/news/1.html",
        "Harbourview Daily",
    ),
    (
        "The Harbourview Online\n\n" + HEADLINE + BODY,
        "https://www.harbourview.co.uk/news/1.html",
        "The Harbourview Online",
    ),
    # Not a masthead: a possessive, or a line the address does not spell.
    ("Harbour's Budget\n\n" + HEADLINE + BODY, "https://www.harbour.com/news/1.html", None),
    ("Weekend Edition\n\n" + HEADLINE + BODY, "https://www.harbourview.net/news/1.html", None),
    # The print edition's line at the foot of the story.
    (HEADLINE + BODY + "\nPublished in Beacon, March 3rd, 2024\n", "https://beacon.com/news/1", "Beacon"),
    # A journal cited in a sentence is no edition line, even where the address holds its name.
    (
        HEADLINE + BODY + "\nPublished in Beacon, the study found that 40 percent of depots leak.\n",
        "https://beacondaily.com/news/1",
        None,
    ),
    # A source speaking to the paper, and the paper's own earlier report.
    (
        HEADLINE + "The mayor confirmed the vote in an interview with the Express on Tuesday.\n",
        "https://harbourexpress.com/news/1",
        "Express",
    ),
    (
        HEADLINE + "DAILYHARBOUR recently reported that the depot would cost $9 million.\n",
        "https://www.dailyharbourlive.com/news/1",
        "DAILYHARBOUR",
    ),
    # The same words on a site whose address does not hold the name: a citation, not the publisher.
    (
        HEADLINE + "DAILYHARBOUR recently reported that the depot would cost $9 million.\n",
        "https://www.otherpaper.com/news/1",
        None,
    ),
]


@pytest.mark.parametrize(("page", "url", "publisher"), SELF_REFERENCES)
def test_the_site_names_itself(page: str, url: str, publisher: str | None) -> None:
    record = record_of(page, url=url)
    assert (record.outlet.value if record.outlet else None) == publisher
