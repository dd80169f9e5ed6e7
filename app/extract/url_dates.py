"""The date in a document's URL path, the weakest source of a publication date (docs/evaluation.md, the rulings
before blind9 and blind34): `/2017/03/20/`, `/2017/mar/20/`, `/2017-03-20/`, `/20170320/`, `-2017-mar-20-`."""

from __future__ import annotations

import re
from datetime import date

from app.extract.dates import PUBLICATION_YEAR, month_number

__all__ = ["url_date"]

_URL_DATE = re.compile(
    rf"[/_-](?P<year>{PUBLICATION_YEAR})(?P<sep>[/-]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?=[/_-]|\.html?|$)"
    rf"|/(?P<slash_year>{PUBLICATION_YEAR})/(?P<slash_month>[01]?\d|[a-z]{{3}})/(?P<slash_day>[0-3]?\d)(?=/|$)"
    # "-2010-mar-17-": a slug's date with the month's short name.
    rf"|[/_-](?P<named_year>{PUBLICATION_YEAR})-(?P<named_month>[a-z]{{3}})-(?P<named_day>[0-3]?\d)(?=[/_-]|\.html?|$)"
)
_WHOLE_SEGMENT = re.compile(r"/\d{8}(?:/|\.html?$|$)")


def url_date(url: str) -> date | None:
    """The date in a URL's path: `/2017/03/20/`, `/2017/mar/20/`, `/2017-03-20/`, `/20170320/`,
    `-2017-mar-20-`."""
    path = re.sub(r"^[a-z][\w+.-]*://[^/]*", "", url.split("?")[0].split("#")[0])
    for match in _URL_DATE.finditer(path):
        if match["year"] and not match["sep"] and not _WHOLE_SEGMENT.match(path, match.start()):
            # "…-20241212-p5kxsn.html": eight digits inside a segment may be any number, not a date.
            continue
        if match["sep"] == "/" and path[match.end() : match.end() + 1] not in ("/", ".", ""):
            # "/2015/03/12-minimum-wage…": a path of slashes ends its day with its segment; a day run into the
            # slug may be any number (docs/evaluation.md, round 6).
            continue
        year = match["year"] or match["slash_year"] or match["named_year"]
        month = match["month"] or match["slash_month"] or match["named_month"]
        day = match["day"] or match["slash_day"] or match["named_day"]
        try:
            return date(int(year), int(month) if month.isdigit() else month_number(month), int(day))
        except (KeyError, ValueError):
            continue
    return None
