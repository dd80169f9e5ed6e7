"""Publisher and published dates, round 6. Every URL and passage is invented; none is copied from a set."""

from __future__ import annotations

import pytest

from app.extract.datelines import url_date

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
