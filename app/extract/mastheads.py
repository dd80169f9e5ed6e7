"""The site's name at the top of a page: a masthead line above a date (`NZ Newswire 17/08/2016`, `The Ledger |
March 3, 2020`), the same with its city (`Tanzania Daily News (Dar es Salaam)`), or alone under the headline or
the byline (`The State Journal`), in the text or among the lines cleaning set aside.
"""

from __future__ import annotations

import re

from app.clean import RemovedSpan
from app.extract.credits import WIRE_NAMES, Publisher, canonical_outlet, is_outlet_name
from app.extract.datelines import is_date_line, without_trailing_author
from app.extract.lexicon import OUTLET_HEADS
from app.extract.spans import evidence

__all__ = ["masthead"]

_MASTHEAD_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}"
# "NZ Newswire 17/08/2016", "News Service 2014-04-17", "The Ledger | March 3, 2020": the site's name above a
# date; a copied page may run the logo's alternative text into it ("NZ Newswire logoNZ Newswire 17/08/2016").
# "(Harbour Ledger, 21 April 2018)": the same in brackets; "AAP logoAAP 24/08/2016 Ana Ruiz": the author after it.
_MASTHEAD = re.compile(
    rf"^[ \t]*(?P<open>\()?(?P<name>{_MASTHEAD_NAME})(?:[ \t]*logo[ \t]*(?P=name))?[ \t]*"
    rf"(?:(?(open),|[|·•–—-])[ \t]*)?(?P<date>\S[^\n]*?)(?(open)\))[ \t]*$",
    re.MULTILINE,
)


# "Staff Reporter | Published on …": the author's role before the date, not the site's name.
_STAFF_ROLE = re.compile(r"(?:Staff|Special|Senior|Chief|Our)[ \t]+(?:Reporter|Writer|Correspondent)s?")


# "Tanzania Daily News (Dar es Salaam)": the site's name with its city, on a line of its own.
_PLACED_MASTHEAD = re.compile(
    rf"^[ \t]*(?P<name>{_MASTHEAD_NAME})[ \t]*\([A-Z][A-Za-z.'’ -]{{1,30}}\)[ \t]*$", re.MULTILINE
)


# "The State Journal" on a line of its own under the headline or the byline, with no date (cleaning may set it
# aside as page furniture).
_NAME_MASTHEAD = re.compile(rf"^[ \t]*(?P<name>The[ \t]+{_MASTHEAD_NAME})[ \t]*$", re.MULTILINE)


def _masthead(text: str, *, set_aside: bool = False) -> tuple[str, int, int] | None:
    """The site's name and where it is; `set_aside`: `text` is a line cleaning removed, no headline."""
    for placed in _PLACED_MASTHEAD.finditer(text, 0, min(len(text), 600)):
        if is_outlet_name(placed["name"]):
            return WIRE_NAMES.get(placed["name"], placed["name"]), *placed.span("name")
    for named in _NAME_MASTHEAD.finditer(text, 0, min(len(text), 300)):
        if (set_aside or named.start() > 0) and is_outlet_name(named["name"]):
            return canonical_outlet(named["name"]), *named.span("name")
    for match in _MASTHEAD.finditer(text, 0, min(len(text), 600)):
        name = match["name"]
        if not (
            is_outlet_name(name) or name in WIRE_NAMES or any(word in OUTLET_HEADS for word in name.split())
        ) or _STAFF_ROLE.fullmatch(name):
            continue
        if is_date_line(match["date"]) or is_date_line(without_trailing_author(match["date"])):
            return WIRE_NAMES.get(name, name), *match.span("name")
    return None


def masthead(text: str, raw_text: str, removed: list[RemovedSpan]) -> Publisher | None:
    """The site's name on a line of its own with the date, among the first lines (kept or set aside)."""
    found = _masthead(text)
    if found is not None:
        return Publisher(found[0], evidence(text, found[1], found[2]), False)
    for span in removed:
        if span.start > 600:
            break
        found = _masthead(span.text, set_aside=span.start > 0)
        located = raw_text.find(span.text)
        if found is not None and located >= 0:
            return Publisher(found[0], evidence(raw_text, located + found[1], located + found[2]), True)
    return None
