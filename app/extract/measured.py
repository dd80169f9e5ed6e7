"""What a measured figure measures when no material follows its unit: `a spill of 5.3 million litres` →
spill, `wheat output is projected to be 26 million tonnes` → wheat output (`9 pounds of fentanyl` is read
in `counted`)."""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set
from app.extract.noun_phrases import COUNTED_PHRASE_STOPS
from app.extract.numbers import Found
from app.extract.subjects import CHANGE_BEFORE, NOT_COUNTED, NOUN_OF, counts_before

__all__ = ["measured_before"]

# How far before a measured figure its subject's verb may end ("is projected to be around").
_MEASURED_SUBJECT_REACH = 30

# "is", "will be", "stood at", "remained at": a verb that holds its subject at the measured level.
_HOLDING_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|stood|stands|remained|remains|stayed)(?:\s+at)?\s+"
    r"(?:[a-z]+\s+){0,2}$"
)

_SOURCE_NOUNS: frozenset[str] = word_set("source_nouns.txt")

_NOT_MEASURED_SUBJECTS: frozenset[str] = word_set("not_measured_subjects.txt")

_FIGURE_NOUNS: frozenset[str] = word_set("figure_nouns.txt")

_CHANGE_NOUNS: frozenset[str] = frozenset(word_map("change_nouns.tsv"))


def measured_before(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """What a measured figure with no material after it measures: the noun it is "of", or the subject
    of a copula, of a verb that holds a level or of a verb of change right before it."""
    noun_of = NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
    if noun_of is not None:
        np = noun_of["np"]
        usable = np not in NOT_COUNTED and np not in COUNTED_PHRASE_STOPS and np not in _CHANGE_NOUNS
        return np if usable else None
    window = max(sentence[0], found.start - 40)
    # "output increased 10 percent to 1.9 million barrels", "production diminished by two million tonnes":
    # the level or change of the verb's subject.
    if not (
        _HOLDING_BEFORE.search(text, window, found.start) or CHANGE_BEFORE.search(text, window, found.start)
    ):
        return None
    subject = counts_before(text, sentence[0], found.start, reach=_MEASURED_SUBJECT_REACH, copula=True)
    first = subject.split()[0].lower() if subject else ""
    if (
        first in _FIGURE_NOUNS
        or first in _SOURCE_NOUNS
        or (first.islower() and first.endswith(("ed", "ing")))
    ):
        # "the data presented by X is 1.7 million barrels", "compared to the definition …": no measured thing.
        return None
    if subject is not None and subject.lower() in _NOT_MEASURED_SUBJECTS:
        return None
    return subject
