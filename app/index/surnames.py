"""Surnames standing alone in a text: `Sessions said`, not `Sessions Court` nor `Pete Sessions`."""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["SurnameFinder"]

# A surname found in the text must stand alone: not part of a longer capitalized name or title.
_CAPITALIZED_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b[A-Z]\.)[ \t]+$")
_CAPITALIZED_AFTER = re.compile(r"[ \t]+[A-Z]")
# A capitalized word without a possessive `'s`.
_CAPITALIZED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*?(?=['’]s\b|[^\w’'-]|$)")
_NAME_CHAR = re.compile(r"[\w’'-]")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:]['\"’”]?\s+|\n\s*|[\"“]\s*)$")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A capitalized surname that is not part of a longer name, nor a capitalized common word."""
    if _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start) or _CAPITALIZED_AFTER.match(text, end):
        return False
    if _SENTENCE_START_BEFORE.search(text, max(0, start - 4), start):
        # At a sentence start any word is capitalized: only a word the text never writes in lowercase.
        return re.search(rf"\b{re.escape(text[start:end].lower())}\b", text) is None
    return True


class SurnameFinder:
    """Finds the surnames (and partial names) that name one official, standing alone in a text.

    They are looked up by their last word among the text's capitalized words: one pass per text,
    whatever the number of names.
    """

    def __init__(self, surfaces: dict[str, str]) -> None:
        self.surfaces = surfaces
        self._by_last_word: dict[str, list[str]] = defaultdict(list)
        for surface in sorted(surfaces, key=len, reverse=True):
            self._by_last_word[surface.split()[-1]].append(surface)

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Each surname as written -> the spans where it stands alone in the text."""
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for word in _CAPITALIZED_WORD.finditer(text):
            for surface in self._by_last_word.get(word.group(), ()):
                start = word.end() - len(surface)
                if text.startswith(surface, start) and (start == 0 or not _NAME_CHAR.match(text[start - 1])):
                    if _stands_alone(text, start, word.end()):
                        spans[surface].append((start, word.end()))
                    break
        return spans
