"""What an amount of money is of, in or for, read after it: `a further £557 million of funding`, `£75
million worth of savings`, `$2.3 million in overtime`, `$18.5 million for street repairs` (past a
restatement in brackets: `11 billion kroner (€1.5bn) for government spending`)."""

from __future__ import annotations

import re

from app.extract.noun_phrases import COUNTED_PHRASE_STOPS, noun_phrase
from app.extract.numbers import Found
from app.extract.units import TIME_UNITS

__all__ = ["IN_WHAT", "money_for_what", "money_in_what", "money_of_what"]

# "$18.5 million for street repairs", "spent $1.1 billion on acquisitions": what the money pays for.
_FOR_WHAT = re.compile(
    r"\s+(?:for|on)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|each|every|average)\b)(?=[a-z])"
)

IN_WHAT = re.compile(
    r"\s+in\s+(?!(?:the|a|an|its|their|his|her|our|this|that|fiscal|each|every|morning|afternoon|evening|midday"
    r"|overnight|early|late|trading|premarket|after-hours)\b)(?=[a-z])"
)

# "of funding", not "of the previously …" nor "of them".
_MONEY_OF = re.compile(
    r"\s+of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|which|whom|them|those|these)\b)(?=[a-z])"
)

_GERUND = re.compile(r"[a-z]{2,}ing\b(?!\s+(?:the|a|an|its|their)\b)")

_WORTH_OF = re.compile(r"\s+worth\s+of\s+")


def money_of_what(
    text: str, found: Found, after: int, sentence: tuple[int, int], counts: str | None
) -> str | None:
    """`counts` as read so far, or `£557 million of funding` → funding when it is None; `£75 million worth
    of savings` → savings in any case."""
    money_of = _MONEY_OF.match(text, after, sentence[1]) if counts is None else None
    if money_of is not None:
        counts, _ = noun_phrase(text, money_of.end(), sentence[1])
        gerund = _GERUND.match(text, money_of.end()) if counts is None else None
        # After "of", a word in -ing is a noun ("of funding", "of spending"), not a verb.
        counts = gerund[0] if gerund is not None else counts
    worth_of = _WORTH_OF.match(text, found.end, sentence[1])
    if worth_of is not None:
        counts, _ = noun_phrase(text, worth_of.end(), sentence[1])
    return counts


# A headline's amount in title case: "$81 Million in Improper Payments Uncovered".
_TITLE_CASE_SCALE = re.compile(r"\b(?:Million|Billion|Trillion)\b")
_IN_TITLE_CASE = re.compile(r"\s+in\s+(?=[A-Z][a-z])")


def money_in_what(text: str, after: int, sentence: tuple[int, int], found: Found | None = None) -> str | None:
    """`$2.3 million in overtime`, `$18,400 in cash`: what the money is in (not a time, `in 2025`)."""
    in_what = IN_WHAT.match(text, after, sentence[1])
    if in_what is None and found is not None and _TITLE_CASE_SCALE.search(text, found.start, found.end):
        in_what = _IN_TITLE_CASE.match(text, after, sentence[1])
    if in_what is None:
        return None
    counts, _ = noun_phrase(text, in_what.end(), sentence[1])
    if counts is not None and (
        counts.split()[0].lower() in TIME_UNITS or counts.lower() in COUNTED_PHRASE_STOPS
    ):
        return None
    return counts


def money_for_what(text: str, after: int, sentence: tuple[int, int]) -> str | None:
    """`$18.5 million for street repairs`, `spent $1.1 billion on acquisitions`: what the money pays for."""
    for_what = _FOR_WHAT.match(text, after, sentence[1])
    if for_what is None:
        return None
    counts, _ = noun_phrase(text, for_what.end(), sentence[1])
    if counts is not None and counts.split()[0].lower() in TIME_UNITS:
        return None
    return counts
