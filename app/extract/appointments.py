"""Titles stated by an appointment: `X was appointed as acting governor of the central bank`, `the
president named X as finance minister`, `X was elected mayor`, `X was sworn in as chief justice`.

The title is the noun phrase after the verb (and `as`), up to the first title head word and the body it is
held at (`of`/`for`/`at` a capitalized body); whether it is an office is decided like any stated title.
"""

from __future__ import annotations

import re

from app.extract.lexicon import TITLE_HEADS
from app.extract.title_bodies import phrase_organization
from app.models import StatedTitle

__all__ = ["appointed_titles"]

_VERBS = r"(?:appointed|named|elected|re-elected|installed|confirmed|nominated|sworn\s+in)"
# The title after the verb: up to three modifiers, a head word, then an optional body it is held at.
_HEADS = "|".join(sorted((re.escape(head) for head in TITLE_HEADS if " " not in head), key=len, reverse=True))
_TITLE = (
    rf"(?P<title>(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,3}}(?P<head>(?i:{_HEADS}))(?![\w’'-])"
    r"(?:\s+(?:of|for|at|to)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w’'.&-]*)*)?)"
)
# "X was appointed as …", "X has been named …": the verb after the name.
_AFTER_NAME = re.compile(
    rf"\s+(?:was|were|is|has\s+been|had\s+been|will\s+be|being)\s+{_VERBS}\s+(?:as\s+)?{_TITLE}"
)
# "… appointed X as …": the verb before the name, the title after it.
_VERB_BEFORE = re.compile(r"\b(?:appointed|named|nominated|installed)\s+$")
_AS_AFTER_NAME = re.compile(rf"\s+as\s+(?:the\s+)?(?:new\s+)?{_TITLE}")


def _is_title(match: re.Match[str]) -> bool:
    # "named in the report", "elected on Tuesday": the words before the head hold no preposition.
    return all(
        word not in ("by", "in", "on", "to", "for", "after") for word in match["title"].lower().split()[:-1]
    )


def _titled(text: str, match: re.Match[str]) -> StatedTitle:
    title = match["title"]
    start = match.start("title")
    return StatedTitle(
        start=start,
        end=match.end("title"),
        text=title,
        organization=phrase_organization(text, title, start),
    )


def appointed_titles(text: str, start: int, end: int) -> list[StatedTitle]:
    """The titles the name at `start`–`end` is stated to have been appointed, named or elected to."""
    after = _AFTER_NAME.match(text, end)
    if after is not None and _is_title(after):
        return [_titled(text, after)]
    if _VERB_BEFORE.search(text, max(0, start - 20), start):
        as_title = _AS_AFTER_NAME.match(text, end)
        if as_title is not None and _is_title(as_title):
            return [_titled(text, as_title)]
    return []
