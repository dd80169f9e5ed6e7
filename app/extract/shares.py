"""The counted thing of a share: the group it is among (`48 percent to 44 percent among likely voters`), the
named measure it is the level of (`an unemployment rate of 3.8%`) and the subject of the verb before it
(`Revenue fell 9 percent`, `robbery up 6 per cent`).
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set
from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS, DEFINING_CLAUSE, noun_phrase
from app.extract.numbers import Found
from app.extract.subjects import CHANGE_BEFORE, NOT_COUNTED, counts_before
from app.extract.units import TIME_UNITS

__all__ = ["percent_counts"]

_AMONG_AFTER = re.compile(
    r"(?:\s*(?:,|to|and|vs\.?|versus)\s*\d[\d.]*\s*(?:%|percent|per\s+cent))*\s+among\s+(?:the\s+|all\s+)?",
    re.IGNORECASE,
)

_AMONG_LEAD = re.compile(
    r"^(?:[A-Z][\w ]{0,30}?,\s+)?[Aa]mong\s+(?:the\s+|all\s+)?(?P<np>[a-z][\w -]{1,40}?),"
)

_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|will\s+be|would\s+be)(?:\s+(?:now|still|currently|also))?(?:\s+at)?\s+$"
)

# "with drug use up 11 per cent, robbery up 6 per cent": each noun with its own change.
_ABSOLUTE_CHANGE = re.compile(
    r"(?:,\s+(?:with\s+|and\s+)?|\b[Ww]ith\s+|\band\s+)(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)"
    # ", arrests were down 56 percent": the copula is no part of the subject.
    r"(?:\s+(?:is|are|was|were|also|still))*\s+(?:up|down)\s+(?:by\s+)?$"
)

# "With the policy repo rate at 6.5 percent": a share stated in an absolute construction.
_ABSOLUTE_LEVEL = re.compile(
    r"\b[Ww]ith\s+(?:the\s+|its\s+|their\s+)?(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)"
    # "with annual inflation recorded at 50%"; not "with inflation running at", a trend, not the level.
    r"(?:\s+[a-z]{3,}ed)?(?<!ing)\s+at\s+$"
)

# "Murder rose by 6.9%, and rape by 0.5%": the subject of a clause whose verb is left out.
_GAPPED_SUBJECT = re.compile(
    r",\s+and\s+(?:the\s+number\s+of\s+)?(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)"
    # "…, and sexual assault crimes increased by 4.6%": the clause's own verb is no part of its subject.
    r"(?:\s+[a-z]{3,}ed)?\s+by\s+$"
)

_SUBJECT_REACH = 30

# "an 8% hike in the number of patients": the change is in the number of what follows.
_CHANGE_IN = re.compile(
    rf"\s+(?:{'|'.join(word_map('change_nouns.tsv'))})\s+in\s+the\s+(?:number|count)\s+of\s+(?:the\s+)?"
)

_CHANGE_NOUN_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(word_map('change_nouns.tsv'))})\s+of\s+$")
_NUMBER_OF_AFTER = re.compile(r"\s+(?:in|to)\s+the\s+(?:number|count)\s+of\s+(?:the\s+)?")

# "an unemployment rate of 3.8%": the measure a share is the level of.
_MEASURE_OF = re.compile(r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+$")

_NOT_MEASURE: frozenset[str] = frozenset(word_map("change_nouns.tsv")) | word_set("not_measure_nouns.txt")

# "remained at a record low of 3.5%": the subject is that of the verb before the level.
_LEVEL_OF = re.compile(
    r"(?<=\s)(?:a|an|its|their|the)\s+(?:[\w\"“”'’-]+\s+){0,2}(?:low|high|level|peak)\s+(?:of|at)\s+$"
)


_COMPARATIVE_AFTER = re.compile(
    r"\s+(?:larger|higher|lower|smaller|bigger|greater|more|less|fewer|above|below)\b"
)


# "the jobless rate", "retail inflation", "the turnout": a measure whose level a share after a copula states.
_LEVEL_MEASURES: frozenset[str] = word_set("level_measure_nouns.txt")


def _is_named_rate(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and words[-1] in _LEVEL_MEASURES and (len(words) > 1 or words[-1] not in NOT_COUNTED)


def percent_counts(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """`led 48 percent to 44 percent among likely voters`, `Revenue fell 9 percent`, `robbery up 6 per cent`."""
    window = max(sentence[0], found.start - 60)
    absolute = (
        _ABSOLUTE_CHANGE.search(text, window, found.start)
        or _GAPPED_SUBJECT.search(text, window, found.start)
        if text.endswith((" up ", " down ", " by "), window, found.start)
        else _ABSOLUTE_LEVEL.search(text, window, found.start)
        if text.endswith(" at ", window, found.start)
        else None
    )
    if absolute is not None and absolute["np"].split()[0].lower() not in COUNTED_PHRASE_STOPS:
        return DEFINING_CLAUSE.sub("", absolute["np"])
    among = _AMONG_AFTER.match(text, found.end, sentence[1])
    if among is not None:
        phrase, _ = noun_phrase(text, among.end(), sentence[1])
        if phrase:
            return phrase
    lead = _AMONG_LEAD.match(text[sentence[0] : found.start])
    if lead is not None:
        return lead["np"].strip()
    change_in = _CHANGE_IN.match(text, found.end, sentence[1])
    if change_in is None and _CHANGE_NOUN_OF_BEFORE.search(
        text, max(sentence[0], found.start - 30), found.start
    ):
        # "a reduction of 10% to the number of people on waiting lists".
        change_in = _NUMBER_OF_AFTER.match(text, found.end, sentence[1])
    if change_in is not None:
        phrase, _ = noun_phrase(text, change_in.end(), sentence[1])
        if phrase:
            return DEFINING_CLAUSE.sub("", phrase)
    measure = _MEASURE_OF.search(text, max(sentence[0], found.start - 40), found.start)
    if measure is not None:
        words = measure["np"].split()
        while words and words[0].lower() in COUNTED_PHRASE_STOPS:
            words = words[1:]
        last = words[-1].lower() if words else ""
        if (
            words
            and not any(word.lower() in COUNTED_PHRASE_STOPS for word in words)
            and last not in _NOT_MEASURE
            and last not in COMMON_VERBS
            and last not in TIME_UNITS
            and last + "s" not in TIME_UNITS
            and (len(words) > 1 or last not in NOT_COUNTED)
        ):
            return " ".join(words)
    level = _LEVEL_OF.search(text, max(sentence[0], found.start - 40), found.start)
    position = level.start() if level is not None else found.start
    window = max(sentence[0], position - 32)
    copula = _COPULA_BEFORE.search(text, window, position) is not None
    if copula or CHANGE_BEFORE.search(text, window, position):
        # "Violent crime has risen by 19 per cent, while offences … have increased by 26 per cent": the
        # subject of the verb right before the figure, not of an earlier clause.
        subject = counts_before(text, sentence[0], position, reach=_SUBJECT_REACH, copula=copula)
        if (
            subject is not None
            and (len(subject.split()) > 1 or subject.lower() not in NOT_COUNTED)
            # After a copula only a named rate is the measure ("the jobless rate is 4%"; "the target is 90%" is not).
            and (
                not copula
                or CHANGE_BEFORE.search(text, window, position)
                or _is_named_rate(subject)
                or _COMPARATIVE_AFTER.match(text, found.end)
            )
        ):
            return subject
    return None
