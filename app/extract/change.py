"""Whether the sentence says a figure's quantity changed: `up`, `down` or `none`.

A change word before the figure in its clause ("Sales fell 12% to $4.5 billion", "The city cut 40
jobs", "was unchanged at 2 percent"), or a change noun right after it ("a 12% increase").
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_table
from app.models import Change

__all__ = ["figure_change"]

_CHANGE_VERBS: dict[str, str] = {
    word: direction for word, (direction, _) in word_table("change_verbs.tsv").items()
}
# "declined 500 detainer requests": with a counted object these verbs refuse or abandon, not decrease.
_OBJECT_CHANGES_MEANING = frozenset(
    word for word, (_, usage) in word_table("change_verbs.tsv").items() if usage == "object"
)
_CHANGE_NOUNS: dict[str, str] = word_map("change_nouns.tsv")
_WORD = re.compile(r"[A-Za-z]+")
_CHANGE_NOUN_AFTER = re.compile(r"\s+([a-z-]+)(?:\s+([a-z]+))?")
# A clause boundary: a change word before it describes another quantity.
_CLAUSE_PUNCTUATION = ",;:()"
_CLAUSE_WORDS = frozenset(
    [
        "and",
        "but",
        "while",
        "whereas",
        "after",
        "before",
        "when",
        "as",
        "because",
        "since",
        "which",
        "who",
        "that",
        "if",
    ]
)
_HELD_AT = re.compile(
    r"\b(?:remained|remains|stayed|stays|held|holds|kept|left)(?:\s+\w+){0,2}\s+at\s+$", re.IGNORECASE
)
_WINDOW = 60


def figure_change(text: str, sentence_start: int, start: int, end: int, *, counted: bool) -> Change | None:
    """The direction of change the sentence gives the figure at `start:end` (`counted`: it counts a noun)."""
    window_start = max(sentence_start, start - _WINDOW)
    window_start = max(
        [window_start] + [text.rfind(mark, window_start, start) + 1 for mark in _CLAUSE_PUNCTUATION]
    )
    if _HELD_AT.search(text, window_start, start):
        return "none"
    words = _WORD.findall(text, window_start, start)
    for position, word in reversed(list(enumerate(words))):
        lowered = word.lower()
        if lowered in _CLAUSE_WORDS:
            break
        if lowered in _CHANGE_VERBS:
            if counted and lowered in _OBJECT_CHANGES_MEANING and position == len(words) - 1:
                return None
            return _direction(_CHANGE_VERBS[lowered])
    noun = _CHANGE_NOUN_AFTER.match(text, end)
    for candidate in noun.groups() if noun else ():
        if candidate is not None and candidate.lower() in _CHANGE_NOUNS:
            return _direction(_CHANGE_NOUNS[candidate.lower()])
    return None


def _direction(written: str) -> Change:
    return "up" if written == "up" else "down" if written == "down" else "none"
