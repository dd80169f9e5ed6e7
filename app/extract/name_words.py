"""Tests of one word of a capitalized run: a title word, a word that may end a title, a word of a name.

Each depends on the word alone, and the same words recur across a document and across a corpus: each word
is answered once (in a bounded cache, for a long build) instead of at every run that holds it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.lexicon import (
    AGENCIES,
    CITIES,
    COMPANY_HEADS,
    COUNTRIES,
    DESCRIPTOR_PREFIXES,
    GIVEN_NAMES,
    HONORIFICS,
    HYPHEN_PARTICLES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    OUTLET_HEADS,
    POST_NOMINAL_OFFICES,
    STATES,
    STREET_SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from app.extract.person_ids import NAME_SUFFIX

__all__ = [
    "AGENCY_ALIASES",
    "HYPHEN_PREFIX",
    "PLACE_WORDS",
    "UPPER",
    "is_name_like_word",
    "is_title_head_word",
    "is_title_word",
]

# Capitals of the Latin alphabets (`Łukasz`, `Šimonytė`, `Ștefan`), as a character class's contents.
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(code) for code in range(0x100, 0x250) if chr(code).isupper())
# "Thamer Abbas al-Ghadhban": a lowercase particle hyphenated to a surname, never the first word of a run.
HYPHEN_PREFIX = rf"(?:(?:{'|'.join(sorted(HYPHEN_PARTICLES, key=len, reverse=True))})-(?=[{UPPER}]))"
_HYPHEN_PREFIX_PATTERN = re.compile(HYPHEN_PREFIX)

AGENCY_ALIASES = frozenset(alias for _, aliases in AGENCIES.values() for alias in aliases)
# A word of a place's name blocks a person's name, except a given name inside a longer place name ("Salvador
# Panelo", not "El Salvador"; "Diego" of "San Diego").
PLACE_WORDS = frozenset(
    word
    for name in (*STATES, *CITIES, *COUNTRIES)
    for word in name.split()
    if word not in ("New", "City", "North", "South", "West", "Of", "of", "San", "Los", "Las", "El", "St.")
    and not (" " in name and word.lower() in GIVEN_NAMES)
)
_NOT_NAME = (
    NOT_NAME_WORDS
    | COMPANY_HEADS
    | STREET_SUFFIXES
    | frozenset(word.lower() for word in ORG_HEADS | OUTLET_HEADS)
)
# Distinct words remembered by each test; a corpus's title words and common names stay well inside it.
_WORDS_REMEMBERED = 1 << 16


def _general_title(word: str) -> bool:
    """`Statistician-General`, `Registrar-General`: an officer's title made general is a title; so is a
    title with a rank before it (`Vice-Chairman`, `Co-Chair`, `Under-Secretary`) and one not yet taken up
    (`Mayor-elect`, `Minister-designate`)."""
    officer, _, general = word.rpartition("-")
    if general in ("general", "elect", "designate"):
        return officer in TITLE_HEADS
    rank, _, title = word.partition("-")
    return rank in ("vice", "co", "under", "deputy", "pro") and title in TITLE_HEADS


def _office_or_honorific(bare: str) -> bool:
    lower = bare.lower()
    return bare in TITLE_ABBREVIATIONS or lower in TITLE_HEADS or _general_title(lower) or bare in HONORIFICS


@lru_cache(maxsize=_WORDS_REMEMBERED)
def is_title_word(bare: str) -> bool:
    """An office, a rank, an abbreviated title, a title's modifier or an honorific."""
    return _office_or_honorific(bare) or bare.lower() in TITLE_MODIFIERS


@lru_cache(maxsize=_WORDS_REMEMBERED)
def is_title_head_word(bare: str) -> bool:
    """A word that may end the title before a name: an office, a rank, `Mr`, or an honorific (`Sir`, `Lord`)."""
    return _office_or_honorific(bare) or bare in POST_NOMINAL_OFFICES


@lru_cache(maxsize=_WORDS_REMEMBERED)
def is_name_like_word(bare: str) -> bool:
    """A capitalized word that can be part of a person's name."""
    # "Smith Jr.": the suffix is read with the surname and dropped from the id.
    word = NAME_SUFFIX.sub("", bare)
    if word[:1].islower() and (prefix := _HYPHEN_PREFIX_PATTERN.match(word)) is not None:
        word = word[prefix.end() :]
    if not word or not word[0].isupper() or len(word) < 2:
        return False
    if word.isupper() and len(word) > 1 and not word.endswith("."):
        return False
    if "." in word or word in PLACE_WORDS or word in AGENCY_ALIASES:
        return False
    if "-" in word:
        first, _, rest = word.partition("-")
        if first.lower() in DESCRIPTOR_PREFIXES and rest.islower():
            return False  # "Co-accused", "Self-described": a common word
    # "U-turn", "X-ray": a capital letter and a hyphen open no name.
    return bare.lower() not in _NOT_NAME and not is_title_word(bare) and word[1] != "-"
