"""Small bare numbers: a figure under 1,000 with no unit and no counted noun is no statistic (a page number,
a list position, a count of nothing), unless its sentence says what it is a figure of.
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set
from app.extract.numbers import Found
from app.extract.spans import word_pattern
from app.extract.subjects import CHANGE_BEFORE
from app.extract.units import TIME_UNITS, measure_unit

__all__ = ["NOT_A_STATISTIC", "NO_MEASURE", "bare_number_counts"]

# What the counting functions return for a figure that is not a statistic after all.
NOT_A_STATISTIC = "\x00skip"

_CHANGE_NOUNS: frozenset[str] = frozenset(word_map("change_nouns.tsv"))

# No unit, or a unit of time: what leaves a small bare number counting nothing.
NO_MEASURE: frozenset[str | None] = frozenset([None, *TIME_UNITS])

_LIST_VALUE = re.compile(r"\s*[•*▪·–-]\s*[A-Za-z][\w' -]{0,40}:\s*")

_CHANGE_OF = re.compile(rf"\b(?:an?\s+)?(?:{'|'.join(_CHANGE_NOUNS)})\s+of\s+$", re.IGNORECASE)

_IN_NAMED_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_FROM_NAMED_PLACE = re.compile(r"\s+(?:are\s+|were\s+)?(?:each\s+)?from\s+(?:the\s+)?[A-Z][a-z]")
_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:followed\s+by|while|and|with)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?:with|recorded|reported|registered|had|on)\s+$"
)
# "22 severe cases, six in critical condition and five on ventilators": a list item that leaves out the noun.
_LIST_ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$")
_PART_AFTER = re.compile(r"\s+(?:in|on|at|from|with|under)\s")
_INCLUDED = re.compile(r"\bin(?:clud(?:ed|es|ing)|cluding)\b", re.IGNORECASE)

# "The death toll from …", "Ecuador Earthquake Death Toll Rises": the noun phrase opening a sentence, before
# a preposition or its verb.
_OPENING_NOUN = re.compile(
    r"[\"'“‘]?(?:The\s+)?(?P<np>(?:[A-Za-z][a-z-]*\s+){0,3}?(?:toll|[a-z]{3,}(?<!s)s|[A-Z][a-z]{2,}(?<!s)s|Toll))"
    r"\s+(?i:from|of|in|at|for|among|across|has|have|had|is|are|was|were|rises|rose|falls|fell|climbs|climbed|jumps|jumped)\b"
)

_TALLY_NOUNS = word_set("tally_nouns.txt")
_TALLY_OF = re.compile(rf"\b(?:{word_pattern(_TALLY_NOUNS)})\s+of\s+$", re.IGNORECASE)
_STATED_LEVEL = re.compile(r"\b(?:was|is|were|are|stood\s+at|reached)\s+$")

# "Jigawa (95), Yobe (80), Kaduna (68) and Niger (1)": a list of names each with its figure in brackets.
_NAMED_ITEM = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+\(\d[\d,]*\)"
_BRACKETED_LIST = re.compile(rf"{_NAMED_ITEM}(?:(?:,\s+|,?\s+and\s+){_NAMED_ITEM}){{2,}}")
# What the list's items are figures of: "states with new cases are …", "states that recorded deaths …".
_LIST_NOUN = re.compile(
    r"\b(?:with|recorded|reported|registered|confirmed)\s+(?P<noun>(?:new\s+|fresh\s+)?[a-z]{3,}s)\b(?![\s\S]*\b(?:with|recorded|reported|registered|confirmed)\s)"
)


def _bracketed_list_item(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """The list's noun, "" when it names none, or None when `found` is not a bracketed figure of such a list."""
    if not (text[found.start - 1 : found.start] == "(" and text[found.end : found.end + 1] == ")"):
        return None
    for listed in _BRACKETED_LIST.finditer(text, sentence[0], sentence[1]):
        if listed.start() <= found.start < listed.end():
            noun = _LIST_NOUN.search(text, sentence[0], listed.start())
            return noun["noun"] if noun else ""
    return None


def bare_number_counts(
    text: str, found: Found, sentence: tuple[int, int], counted_before: str | None = None
) -> str | None:
    """For a small bare count with nothing counted: NOT_A_STATISTIC, the noun it is a level of, or None
    when it is a statistic counting nothing named. `counted_before`: what a count earlier in the sentence counts."""
    if counted_before is not None and (
        _FROM_NAMED_PLACE.match(text, found.end, sentence[1])
        or _NAMED_PLACE_BEFORE.search(text, max(sentence[0], found.start - 60), found.start)
        or (
            _LIST_ITEM_BEFORE.search(text, max(sentence[0], found.start - 6), found.start)
            and _PART_AFTER.match(text, found.end, sentence[1])
        )
    ):
        # "five new deaths — four from Nkhotakota and one from Mangochi", "six deaths, followed by Adamawa with
        # five, while Katsina recorded four", "93 cases in 18 districts, 86 in five districts": a part of the
        # count before, by place or state.
        return counted_before
    if (
        measure_unit(text, found.end) not in NO_MEASURE
        # "• injured: 165": a list item's value, labelled by what it counts.
        or _LIST_VALUE.fullmatch(text, max(sentence[0], text.rfind("\n", 0, found.start) + 1), found.start)
        # "an increase of 686 from the previous year": a change, a statistic though nothing is named.
        or _CHANGE_OF.search(text, max(sentence[0], found.start - 20), found.start)
        # "That included 90 in University Hospital Limerick and 73 in …": a total's part in a named place.
        or (
            _IN_NAMED_PLACE.match(text, found.end, sentence[1])
            and _INCLUDED.search(text, sentence[0], found.start)
        )
    ):
        return None
    listed = _bracketed_list_item(text, found, sentence)
    if listed is not None:
        return listed or None
    level_of = _OPENING_NOUN.match(text, sentence[0], found.start)
    if level_of is not None and CHANGE_BEFORE.search(text, max(sentence[0], found.start - 40), found.start):
        # "The death toll from the typhoon that hit … has increased to 208": the level of the noun that
        # opens the sentence, its subject, however far the verb stands from it.
        return str(level_of["np"])
    if _TALLY_OF.search(text, max(sentence[0], found.start - 20), found.start) or (
        level_of is not None
        and level_of["np"].split()[-1].lower() in _TALLY_NOUNS
        and _STATED_LEVEL.search(text, max(sentence[0], found.start - 20), found.start)
    ):
        # "The toll at the same time last year was 562", "the 2007 total of 455": a running count's level.
        return None
    # A small bare number counts nothing, unless a measure says what it is ("1.5°C", "6ft").
    return NOT_A_STATISTIC
