"""The words of a name in running text: what a capitalized word is (`Sen.` and `Dato'` are one), how words join
into a run (connectors, particles, a quoted nickname), and `Token`, one word of a run with its offsets.

`names.py` splits the runs into titles and names.
"""

from __future__ import annotations

import re

from app.extract.lexicon import (
    COMPOUND_SUFFIXES,
    COURTESY_TITLES,
    DOTTED_ABBREVIATIONS,
    NAME_PARTICLES,
    STATE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)
from app.extract.name_words import HYPHEN_PREFIX, UPPER
from app.extract.spans import word_pattern

__all__ = [
    "CONNECTORS",
    "DOTTED_WORDS",
    "NICKNAME",
    "RUN",
    "TOKEN_PATTERN",
    "Token",
    "in_name",
    "nickname_spans",
]

# "Sen.", "Calif.", "Dept.", "St.": one word each, so a title or body is not cut at its first period.
DOTTED_WORDS = frozenset(
    abbreviation
    for abbreviation in {*TITLE_ABBREVIATIONS, *STATE_ABBREVIATIONS, *DOTTED_ABBREVIATIONS}
    if abbreviation.endswith(".")
)


_ABBREVIATIONS = word_pattern(DOTTED_WORDS)
_COMPOUND_SUFFIXES = "|".join(sorted(COMPOUND_SUFFIXES))
# "Dato' Sri Anthony Loke": an honorific written with an apostrophe is one word of the run.
_APOSTROPHE_HONORIFICS = "|".join(
    re.escape(title) for title in sorted(COURTESY_TITLES) if title.endswith(("'", "’"))
)
_TOKEN = (
    rf"(?:(?:then|ex)-)?(?:(?:{_ABBREVIATIONS})(?!\w)|(?:{_APOSTROPHE_HONORIFICS})(?=\s)|(?:[A-Z]\.){{1,5}}(?![a-z])"
    rf"|(?:O['’]|D['’])?[{UPPER}][\w]*(?:['’](?!(?:s|t|d|m|ll|re|ve)\b)[a-z]\w*)?(?:-(?!(?:{_COMPOUND_SUFFIXES})(?![\w-]))[\w]+)*(?:\s+(?:Jr\.|Sr\.|II|III|IV)(?!\w))?)"
)
_PARTICLES = "|".join(
    particle.replace(" ", r"\s+") for particle in sorted(NAME_PARTICLES, key=len, reverse=True)
)
_CONNECTOR = rf"(?:of|for|and|&|the|los|las|{_PARTICLES})"
# Where a token can start, checked first so that a scan skips every other position at once: a capital, a
# dotted word's first letter, or `then-` and `ex-` spelled out (a bare `t` or `e` let every word's try).
_TOKEN_FIRST = rf"(?:[{UPPER}{re.escape(''.join(sorted({word[0] for word in DOTTED_WORDS})))}]|then-|ex-)"
# `Joko “Jokowi” Widodo`, `Ronald “Bato” dela Rosa`: a nickname quoted inside a name is not one of its words.
NICKNAME = r"[“\"‘][A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?[”\"’]"
RUN = re.compile(
    rf"(?={_TOKEN_FIRST}){_TOKEN}(?:(?:[ \t]+{NICKNAME})?(?:\s+{_CONNECTOR})*[ \t]+{HYPHEN_PREFIX}?{_TOKEN})*"
)
_NICKNAME_PATTERN = re.compile(NICKNAME)
_WORD_BEFORE_NICKNAME = re.compile(r"[A-Z][\w.'’-]* $")
_WORD_AFTER_NICKNAME = re.compile(rf" (?:(?:{_PARTICLES})\s+)?[{UPPER}]")
TOKEN_PATTERN = re.compile(rf"{_CONNECTOR}(?=\s)|{HYPHEN_PREFIX}?{_TOKEN}")
CONNECTORS = frozenset(["of", "for", "and", "&", "the", "los", "las"]) | NAME_PARTICLES


class Token:
    """One capitalized word (or connector) of a run, with its offsets."""

    __slots__ = ("bare", "end", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.bare = text.removeprefix("then-").removeprefix("ex-") if text[0] in "te" else text
        self.lower = self.bare.lower()


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the quoted `text[start:end]` (marks excluded) is a nickname inside a name (`Joko “Jokowi” Widodo`)."""
    return (
        _NICKNAME_PATTERN.fullmatch(text, start - 1, end + 1) is not None
        and _WORD_BEFORE_NICKNAME.search(text, max(start - 41, 0), start - 1) is not None
        and _WORD_AFTER_NICKNAME.match(text, end + 1) is not None
    )


def nickname_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted nicknames inside the run `text[start:end]`, whose words are none of the name's."""
    return [nickname.span() for nickname in _NICKNAME_PATTERN.finditer(text, start, end)]
