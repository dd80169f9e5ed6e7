"""The counted thing a verb sets or changes: its object (`cut its growth forecast to 3.3 percent`,
`kept the repo rate unchanged at 6.5 per cent`, `would cut ridership by 9 percent`)."""

from __future__ import annotations

import re

from app.extract.lexicon import word_set
from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS
from app.extract.spans import word_pattern

__all__ = ["object_of_change"]

_LEVEL_SETTING_VERBS: frozenset[str] = word_set("level_setting_verbs.txt")

_LEVEL_HOLDING_VERBS: frozenset[str] = word_set("level_holding_verbs.txt")

_LY_NOUNS: frozenset[str] = word_set("ly_nouns.txt")

_VERB = re.compile(
    rf"{word_pattern(_LEVEL_SETTING_VERBS | _LEVEL_HOLDING_VERBS, not_after='[A-Za-z]')}(?![A-Za-z])"
)

# What stands between the verb and the figure: the object (words, a bracketed acronym, no figure and no
# clause punctuation), an optional change already given ("by 150 basis points to", "from 22% to"), then
# the preposition that introduces the figure.
# A conjunction opens another clause: "increased rates because it costs more to run services … at over 7%".
_OBJECT_WORD = (
    r"(?:(?!(?:because|while|whilst|when|since|which|who|with|as|although|though|whereas|amid)\b)"
    r"[‘“\"']?[A-Za-z][\w'’-]*[’”\"]?|\([A-Z]{2,6}\))"
)
_OBJECT_TAIL = re.compile(
    # A word may stand in quote marks ("increase the 'Legislators' Fund' to"); the object may run to a dozen words
    # ("cut its growth forecast for countries in East Asia and the Pacific to").
    rf"\s+(?:(?:up|down)\s+)?(?P<object>{_OBJECT_WORD}(?:\s+{_OBJECT_WORD}){{0,12}}?)"
    r"(?:\s+(?:unchanged|untouched|steady|stable|constant|flat|up|down))?"
    r"(?:\s+(?:by|from)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,3}?)?"
    # "projected the CPI inflation to be 4.6 percent": the level the object is held to be.
    r"\s+(?:by|to|from|at|to\s+be|to\s+remain\s+at)\s+$"
)

_NO_OBJECT = re.compile(r"\s+(?:by|to|from|at)\s+")

_ACRONYM = re.compile(r"\s+\([A-Z]{2,6}\)")

_NAMED_BY_ACRONYM = re.compile(r".*\(([A-Z]{2,6})\)(?=\s+[a-z])")

_OBJECT_REACH = 120

_NUMBER_OF = re.compile(r"(?:the\s+)?(?:number|count|total)\s+of\s+", re.IGNORECASE)

_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)

_DIRECTIONS = frozenset(["upward", "upwards", "downward", "downwards", "back", "down", "up", "off", "out"])

_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)

_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


# Verbs a noun phrase's subject takes: a word after a "verb" that is one of these is that verb's clause.
_SUBJECT_VERBS = COMMON_VERBS | word_set("level_verbs.txt")
_HELD_WORDS = frozenset(["unchanged", "untouched", "steady", "stable", "constant", "flat"])


def object_of_change(text: str, sentence_start: int, figure_start: int, *, held: bool = True) -> str | None:
    """The object of the verb before the figure in its clause that sets or changes it, or None; with
    `held`, also of a verb that holds it at a level."""
    window = max(sentence_start, figure_start - _OBJECT_REACH)
    # Lowercase only: "the Economic Project predicted" names no verb.
    for verb in reversed(list(_VERB.finditer(text, window, figure_start))):
        if _ARTICLE_BEFORE.search(text, max(window, verb.start() - 8), verb.start()):
            # "the projected rates increase": an adjective or a noun, not a verb.
            continue
        if verb[0] in _LEVEL_HOLDING_VERBS and not held:
            counted = _OBJECT_TAIL.fullmatch(text, verb.end(), figure_start)
            if counted is None or not _NUMBER_OF.match(counted["object"]):
                return None
            # "put the number of dead at 57": a bare figure is the level of a number it names.
        if not verb[0].endswith("ing") and _PASSIVE_BEFORE.search(
            text, max(window, verb.start() - 30), verb.start()
        ):
            # "counts are typically revised upward by 4 percent": the subject changed, not an object.
            return None
        tail = _OBJECT_TAIL.fullmatch(text, verb.end(), figure_start)
        if (tail is None and _NO_OBJECT.fullmatch(text, verb.end(), figure_start)) or (
            tail is not None
            and tail["object"].split()[0].lower() in COUNTED_PHRASE_STOPS
            and tail["object"].split()[0].lower() not in _DETERMINERS
        ):
            # "shrink the projected rates increase to 11.3%", "retained the GDP growth forecast for the
            # current fiscal at": a noun, the verb stands before it.
            continue
        if tail is None:
            return None
        if tail["object"].split()[0].lower() in _SUBJECT_VERBS or tail["object"].lower() in _HELD_WORDS:
            # "The council's growth forecast remained at 1.8%": a noun before the verb of its own clause;
            # "Key rate kept untouched at 3.5%": a passive with no object.
            return None
        named = _NAMED_BY_ACRONYM.match(tail["object"])
        # "consumer prices index (CPI) inflation": the acronym stands for the words before it.
        words = _ACRONYM.sub(
            "", named[1] + tail["object"][named.end() :] if named else tail["object"]
        ).split()
        return _object_phrase(words)
    return None


def _object_phrase(words: list[str]) -> str | None:
    """The object's noun phrase: no article or possessive before it, nothing after a function word."""
    words = [word.strip("‘“\"'’”") for word in words]
    while words and (words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    if len(words) > 2 and [word.lower() for word in words[:2]] in (["number", "of"], ["amount", "of"]):
        # "cut the number of beds by 20": the beds are counted.
        words = words[2:]
    end = next(
        (index for index, word in enumerate(words) if word.lower() in COUNTED_PHRASE_STOPS), len(words)
    )
    participle = next(
        (
            index
            for index, word in enumerate(words[:end])
            if index > 0
            and word.lower() in COMMON_VERBS
            and not words[index - 1].lower().endswith("ly")
            and index + 1 == end < len(words)
        ),
        end,
    )
    # "raised the fixed farmgate price paid to cocoa farmers by 20%": the participle and its phrase go.
    words = words[:participle]
    last = words[-1].lower() if words else ""
    if last in ("age", "ages"):
        # "lowered the voting age to 16": an age, which is no statistic.
        return None
    if not words or (last.endswith("ly") and last not in _LY_NOUNS) or last in _DIRECTIONS:
        # "revised upward", "cut sharply": an adverb, not an object.
        return None
    return " ".join(words)
