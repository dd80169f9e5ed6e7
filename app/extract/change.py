"""Whether the sentence says a figure's quantity changed: `up`, `down` or `none`.

A change word before the figure in its clause ("Sales fell 12% to $4.5 billion", "The city cut 40
jobs", "was unchanged at 2 percent"), or a change noun right after it ("a 12% increase").
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map
from app.models import Change

__all__ = ["figure_change"]

_CHANGE_VERBS: dict[str, str] = word_map("change_verbs.tsv")
_CHANGE_NOUNS: dict[str, str] = word_map("change_nouns.tsv")
_CHANGE_VERB = re.compile(r"\b(?:" + "|".join(map(re.escape, _CHANGE_VERBS)) + r")\b", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?P<noun>" + "|".join(map(re.escape, _CHANGE_NOUNS)) + r")\b", re.IGNORECASE
)
# A clause boundary: a change word before it describes another quantity.
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:and|but|while|whereas|after|before|when|as|because|since|which|who|that|if)\b",
    re.IGNORECASE,
)
_HELD_AT = re.compile(
    r"\b(?:remained|remains|stayed|stays|held|holds|kept|left)(?:\s+\w+){0,2}\s+at\s+$", re.IGNORECASE
)
_WINDOW = 60


def figure_change(text: str, sentence_start: int, start: int, end: int) -> Change | None:
    """The direction of change the sentence gives the figure at `start:end`, or None."""
    window_start = max(sentence_start, start - _WINDOW)
    for boundary in _CLAUSE_BREAK.finditer(text, window_start, start):
        window_start = boundary.end()
    if _HELD_AT.search(text, window_start, start):
        return "none"
    verbs = list(_CHANGE_VERB.finditer(text, window_start, start))
    if verbs:
        return _direction(_CHANGE_VERBS[verbs[-1].group().lower()])
    noun = _CHANGE_NOUN_AFTER.match(text, end)
    if noun is not None:
        return _direction(_CHANGE_NOUNS[noun["noun"].lower()])
    return None


def _direction(written: str) -> Change:
    return "up" if written == "up" else "down" if written == "down" else "none"
