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

__all__ = ["host_spells", "site_reporting", "spelled_by_openings"]

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
