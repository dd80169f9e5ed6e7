"""Whether a page's address spells an outlet's name: `ukranews.com` spells `Ukrainian News Agency`.

A site's host is most often its name run together (`harbourledger`), its initials (`bbc`) or the openings
of its words (`nytimes` for The New York Times, `philstar` for Philippine Star). An outlet the story names
whose name the address spells is the site's own name, not an outlet it cites (`…, Ukrainian News Agency
reports.` on ukranews.com).
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from app.clean import RemovedSpan

__all__ = ["host_holds", "host_spells", "site_reporting", "site_self_reference", "spelled_by_openings"]

_WORD = re.compile(r"[a-z0-9]+")
# Labels of a host that never carry a site's name.
_GENERIC_LABELS = frozenset({"www", "m", "en", "amp", "news", "com", "co", "org", "net"})
# A label this short matches too many names by their initials alone.
_SHORTEST_LABEL = 3


def spelled_by_openings(label: str, words: tuple[str, ...]) -> bool:
    """`label` is the openings of `words` run together, from the first word on; later words may be left out."""

    @cache
    def from_word(position: int, word: int) -> bool:
        if position == len(label):
            return word > 0
        if word == len(words):
            return False
        opening = words[word]
        return any(
            label.startswith(opening[:length], position) and from_word(position + length, word + 1)
            for length in range(min(len(opening), len(label) - position), 0, -1)
        )

    return from_word(0, 0)


def host_spells(url: str | None, name: str) -> bool:
    """The host of `url` has a label that spells `name` (its words' openings run together, or initials)."""
    if not url:
        return False
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    written = tuple(_WORD.findall(name.lower()))
    # "theguardian" and "guardian" both spell The Guardian.
    spellings = {written, written[1:] if written[:1] == ("the",) else written} - {()}
    labels = host.split(".")[:-1]
    return any(
        len(label) >= _SHORTEST_LABEL and label not in _GENERIC_LABELS and spelled_by_openings(label, words)
        for label in labels
        for words in spellings
    )


# "…, Ukrainian News Agency reports.": an agency's present-tense credit for its own story; its name may run on
# past the part an outlet pattern found ("Ukrainian News" + "Agency").
_SITE_REPORTS = re.compile(
    r"(?P<rest>(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]+(?:reports|has[ \t]+learned|has[ \t]+learnt)\b"
)


def site_reporting(text: str, mentions: list[tuple[int, int]], url: str | None) -> tuple[int, int] | None:
    """The span of an outlet mention that `reports` the story, when the page's address spells its name: the
    site's own name, not a citation (an outlet named only as a source or a recipient is neither)."""
    if not url:
        return None
    for start, end in mentions:
        reports = _SITE_REPORTS.match(text, end)
        if reports is not None and host_spells(url, text[start : reports.end("rest")]):
            return start, reports.end("rest")
    return None


def _host_labels(url: str) -> list[str]:
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return [label for label in host.split(".")[:-1] if label not in _GENERIC_LABELS]


# A name run together this long is rarely a chance part of a host's label (`thisday` in `thisdaylive`).
_SHORTEST_HELD_NAME = 5


def host_holds(url: str | None, name: str) -> bool:
    """The host of `url` spells `name` (see `host_spells`), or a label opens or ends with its words run together
    (`thisdaylive` holds `THISDAY`, `harbourexpress` holds `Express`)."""
    if not url:
        return False
    if host_spells(url, name):
        return True
    written = "".join(_WORD.findall(name.lower()))
    return len(written) >= _SHORTEST_HELD_NAME and any(
        label.startswith(written) or label.endswith(written) for label in _host_labels(url)
    )


_SITE_NAME = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2}"
# The site naming itself in its own story: its print edition's line (`Published in Dawn, March 3rd, 2024`), a
# source speaking to it (`told the Express`, `in an interview with the Express`), or its own earlier report
# (`THISDAY recently reported`). Only a name the page's address holds is the site's.
_SITE_SELF_REFERENCE = re.compile(
    # The edition's line holds only its date after the name (`Published in Science, the study found` cites a
    # journal).
    rf"(?:^|\n)[ \t]*Published[ \t]+in[ \t]+(?P<edition>{_SITE_NAME}),[ \t]+[^\n]{{0,30}}?(?:19|20)\d\d\.?[ \t]*(?=\n|$)"
    rf"|\b(?:told|interview[ \t]+with|speaking[ \t]+to|spoke[ \t]+(?:to|with))[ \t]+the[ \t]+(?P<recipient>{_SITE_NAME})"
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<reporter>{_SITE_NAME})[ \t]+"
    r"(?:(?:recently|previously|earlier|first|exclusively|also)[ \t]+)?reported\b"
)
# A masthead on a line of its own above the story: one to four capitalized words (`The Harbour Ledger Online`).
_MASTHEAD_LINE = re.compile(r"[ \t]*(?P<name>(?:The[ \t]+)?[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})[ \t]*")
# Set-aside lines that start this near the top may be the masthead.
_TOP = 600
# Lines of prose above which a masthead may stand (the first may be a standfirst).
_PROSE = re.compile(r"(?:\S+\s+){11,}\S*[.!?\"”’]\s*$")


def _masthead_line(text: str, url: str) -> tuple[int, int] | None:
    offset = 0
    for number, line in enumerate(text[:1500].split("\n")):
        start, offset = offset, offset + len(line) + 1
        if number > 8 or _PROSE.match(line):
            return None
        masthead = _MASTHEAD_LINE.fullmatch(line)
        if masthead is not None and host_spells(url, masthead["name"]):
            return start + masthead.start("name"), start + masthead.end("name")
    return None


def _removed_self_reference(raw_text: str, removed: list[RemovedSpan], url: str) -> tuple[int, int] | None:
    """A masthead line or the print edition's line that cleaning set aside as page furniture, in `raw_text`."""
    for span in removed:
        located = raw_text.find(span.text)
        if located < 0:
            continue
        masthead = _MASTHEAD_LINE.fullmatch(span.text) if span.start < _TOP else None
        if masthead is not None and host_spells(url, masthead["name"]):
            return located + masthead.start("name"), located + masthead.end("name")
        edition = _SITE_SELF_REFERENCE.match(span.text)
        if edition is not None and edition["edition"] and host_holds(url, edition["edition"]):
            return located + edition.start("edition"), located + edition.end("edition")
    return None


def site_self_reference(
    text: str, raw_text: str, removed: list[RemovedSpan], url: str | None
) -> tuple[int, int, bool] | None:
    """The span of the site's own name and whether it is in `raw_text` (set aside by cleaning): a masthead
    line above the story, or the story naming the site as its edition, as the paper a source spoke to, or as
    the reporter of an earlier story, where the page's address holds the name (`VnExpress International` on
    vnexpress.net; `told the Express` on harbourexpress.com)."""
    if not url:
        return None
    masthead = _masthead_line(text, url)
    if masthead is not None:
        return *masthead, False
    for match in _SITE_SELF_REFERENCE.finditer(text):
        group = match.lastgroup or ""
        if host_holds(url, match[group]):
            return *match.span(group), False
    set_aside = _removed_self_reference(raw_text, removed, url)
    return (*set_aside, True) if set_aside is not None else None
