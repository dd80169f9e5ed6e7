"""What may open a name in a capitalized run: courtesy titles and honorifics between an office and a name
(`Minister Tan Sri X`), and initials without stops standing for the given names (`H D Kumaraswamy`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from app.extract.lexicon import COURTESY_TITLES, POST_NOMINALS, word_set
from app.extract.name_words import AGENCY_ALIASES, PLACE_WORDS, is_name_like_word

__all__ = [
    "honorific_before_name",
    "honorific_length",
    "initials_name_start",
    "opening_initials",
    "trailing_honorifics",
]

_HONORIFIC_PHRASES: frozenset[str] = word_set("honorific_phrases.txt")
_LONGEST_HONORIFIC_PHRASE = max(len(phrase.split()) for phrase in _HONORIFIC_PHRASES)
# "Mayor A C Wharton", "Chief Minister K Chandrashekhar Rao": initials written without stops.
_BARE_INITIAL = re.compile(r"[A-Z]")
_INITIAL = re.compile(r"[A-Z]\.?")
# "Planning Minister MA Mannan", "JP Smith": two initials written as one word, told from an acronym by the lists.
_JOINED_INITIALS = re.compile(r"[A-Z]{2}")
_ACRONYMS = AGENCY_ALIASES | POST_NOMINALS | PLACE_WORDS


class Word(Protocol):
    """A word of a capitalized run (`names.Token`), as written without `then-` or `ex-`."""

    @property
    def bare(self) -> str: ...


def honorific_length(tokens: Sequence[Word], start: int) -> int:
    """How many tokens from `start` make one courtesy title or honorific (`Dr` 1, `Tan Sri` and `Dato' Sri`
    2, the longest first), or 0."""
    words = [token.bare for token in tokens[start : start + _LONGEST_HONORIFIC_PHRASE]]
    phrase = next(
        (length for length in range(len(words), 1, -1) if " ".join(words[:length]) in _HONORIFIC_PHRASES), 0
    )
    return phrase or int(words[0] in COURTESY_TITLES)


def honorific_before_name(tail: Sequence[Word]) -> int | None:
    """Where the last honorific of `tail` starts when two to four words follow it (`of Police Datuk Seri Ayob
    Khan Mydin Pitchay`: at `Datuk`), or None."""
    for start in range(len(tail) - 3, 0, -1):
        length = honorific_length(tail, start)
        if length and 2 <= len(tail) - start - length <= 4:
            while start and honorific_length(tail, start - 1) == 1:
                start -= 1
            return start
    return None


def trailing_honorifics(tokens: Sequence[Word]) -> int:
    """How many tokens at the end of `tokens` are courtesy titles and honorifics (`Minister Tan Sri`: 2)."""
    for start in range(len(tokens)):
        index = start
        while index < len(tokens) and (length := honorific_length(tokens, index)):
            index += length
        if index == len(tokens):
            return len(tokens) - start
    return 0


def opening_initials(tail: Sequence[Word]) -> int:
    """How many words of initials without stops open a name after its title (`A C Wharton`: two; `MA Mannan`:
    one), at most two initials, and only before a word that can be a name."""
    count = 0
    while count < min(2, len(tail) - 1) and _BARE_INITIAL.fullmatch(tail[count].bare):
        count += 1
    if (
        not count
        and len(tail) > 1
        and _JOINED_INITIALS.fullmatch(tail[0].bare)
        and tail[0].bare not in _ACRONYMS
    ):
        count = 1
    return count if count and is_name_like_word(tail[count].bare) else 0


def _is_initial(word: Word) -> bool:
    """`H` or `D.`: one initial (`D.C.` or `B.C.` written together is more often a place than a name)."""
    return _INITIAL.fullmatch(word.bare) is not None


def initials_name_start(tokens: Sequence[Word]) -> int | None:
    """Where a name written with two initials starts when the run ends with it (`H D Kumaraswamy`, `A S
    Shankar`, `D. V. Chanaka`): two initials stand for the given names as a given name would."""
    for start in range(max(0, len(tokens) - 4), len(tokens) - 1):
        index = start
        while index < len(tokens) - 1 and index - start < 2 and _is_initial(tokens[index]):
            index += 1
        surname = tokens[index:]
        if (
            index - start == 2
            and 1 <= len(surname) <= 2
            and all(len(token.bare) > 2 and is_name_like_word(token.bare) for token in surname)
        ):
            return start
    return None
