"""A title's own initials in brackets between the title and the name: `Education Cabinet Secretary (CS) X`."""

from __future__ import annotations

import re

from app.extract.lexicon import TITLE_HEADS

__all__ = ["without_title_initials"]

# "Education Cabinet Secretary (CS) Julius Ogamba": a title's own initials in brackets before the name.
# `(?<=[a-z])[ \t]+\(…`, the blank first so that a scan skips from blank to blank.
# "Commissioner of Police (CoP) Gary Griffith": a lowercase letter stands for a joining word.
_TITLE_INITIALS = re.compile(
    r"[ \t](?<=[a-z][ \t])[ \t]*\((?P<initials>(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,5})\)(?=[ \t]+[A-Z])"
)
_CAPITALIZED_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?)*[A-Z][\w-]*$")


def without_title_initials(text: str) -> str:
    """`text` with a title's bracketed initials blanked (offsets kept), so the title and name form one run."""
    if "(" not in text:
        return text
    blanked = text
    for match in _TITLE_INITIALS.finditer(text):
        before = _CAPITALIZED_BEFORE.search(text, max(0, match.start() - 80), match.start())
        words = before.group().split() if before else []
        initials = match["initials"]
        if (
            len(words) >= len(initials)
            and "".join(word[0] for word in words[-len(initials) :]) == initials
            and any(word.lower() in TITLE_HEADS for word in words[-len(initials) :])
        ):
            start, end = match.span("initials")
            blanked = blanked[: start - 1] + " " * (end - start + 2) + blanked[end + 1 :]
    return blanked
