"""Where the text can name a source, and what a named source is.

The words that open a cue (a reporting verb, a source noun, `according`), found in one scan of the
document, and the `Source` and `Cue` records the attribution rules pass along.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.spans import word_pattern
from app.models import AttributionMethod

__all__ = [
    "ANY_CASE_SOURCE_NOUNS",
    "CREDITING_VERBS",
    "DECIDING_VERBS",
    "REPORTING_VERBS",
    "SOURCE_NOUNS",
    "SOURCE_NOUN_WORDS",
    "Cue",
    "Source",
    "cue_words",
]


def _capitalized(words: frozenset[str]) -> set[str]:
    return {*words, *(word.capitalize() for word in words)}


_REPORTING_VERB_WORDS = _capitalized(
    word_set("reporting_verbs.txt") | word_set("attribution_verbs.txt") | word_set("presenting_verbs.txt")
)
REPORTING_VERBS = word_pattern(_REPORTING_VERB_WORDS)
# Deciding an amount credits it only to a named body (`attribution.py` drops the others); it reports nothing,
# so a body by its kind before it still opens a paragraph on another body (`carry_stops.py`).
DECIDING_VERBS = word_set("deciding_verbs.txt")
_CREDITING_VERB_WORDS = _REPORTING_VERB_WORDS | _capitalized(DECIDING_VERBS)
CREDITING_VERBS = word_pattern(_CREDITING_VERB_WORDS)
# Nouns for a body of figures (`X's data`, `a report by X`).
SOURCE_NOUN_WORDS = word_set("source_nouns.txt")
SOURCE_NOUNS = word_pattern(SOURCE_NOUN_WORDS)
ANY_CASE_SOURCE_NOUNS = word_pattern(_capitalized(SOURCE_NOUN_WORDS))
# Where a cue can start, found in one scan of the document: a source noun (`noun`), a reporting verb
# or `according`. The patterns that start on one of these words then run anchored there only.
# `based on the CBRE's latest snapshot` names a report's owner as `according to` does; `as per` says it.
_CUE_WORD = re.compile(
    rf"\b(?:(?P<noun>{ANY_CASE_SOURCE_NOUNS})|{CREDITING_VERBS}|[Aa]ccording|[Bb]ased(?=\s+on\b)|[Aa]s(?=\s+per\b))\b"
)
# A cue word opens a word, so it follows a character that is not a word's (or opens the text): scanning
# for those characters lets the engine pass over the letters inside words without trying the pattern.
# Their first letters come first: one class check turns away most words before the alternation is tried.
_CUE_FIRST_LETTERS = "".join(
    sorted(
        {word[0] for word in _CREDITING_VERB_WORDS | _capitalized(SOURCE_NOUN_WORDS)} | {"A", "a", "B", "b"}
    )
)
_BEFORE_CUE_WORD = re.compile(rf"\W(?=[{re.escape(_CUE_FIRST_LETTERS)}])(?=(?P<cue>{_CUE_WORD.pattern}))")


def cue_words(text: str) -> Iterator[tuple[int, bool]]:
    """(start, is a source noun) of each match of `_CUE_WORD.finditer(text)`, found faster."""
    end = 0
    first = _CUE_WORD.match(text)
    if first is not None:
        end = first.end()
        yield first.start(), first["noun"] is not None
    for before in _BEFORE_CUE_WORD.finditer(text):
        start = before.start("cue")
        if start >= end:
            end = before.end("cue")
            yield start, before["noun"] is not None


@dataclass(frozen=True)
class Source:
    """Who a figure is credited to, how the text names them, and whether it carries on."""

    named: Speaker  # who, and where the text names them
    method: AttributionMethod
    data: bool  # a body of figures: it carries on into later paragraphs


@dataclass(frozen=True)
class Cue:
    """A source the text names at `position` in a sentence."""

    position: int
    source: Source | None  # None: a source the text leaves unnamed
    forward: bool = False  # it credits only the figures after it (`…, asserting that …`)
    # A span whose figures it does not credit: `X, which runs 142 hospitals, reported` (what the text says of X).
    aside: tuple[int, int] | None = None
