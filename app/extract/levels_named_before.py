"""What an amount counts when the words before it name it through a verb or a participle: the new level
of a share changed earlier in the clause (`net profit increased 12.6 per cent in the first quarter ended
March 31 to RM1.41 billion`), or the noun a participle of totalling describes (`commitments totaling
about $500 million`)."""

from __future__ import annotations

import re

from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS
from app.extract.numbers import Found
from app.extract.subjects import CHANGE_BEFORE, counts_before

__all__ = ["level_named_before"]

# A share changed by, then what comes between it and the new level: a period, a date ("March 31, 2018").
_SHARE_THEN_LEVEL = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than)\s+)?\d[\d.]*\s*(?:%|pct\b|percent\b|per\s+cent\b)"
    r"(?:[^.;:,!?]|,(?=\s*\d))*?\s+to\s+$",
    re.IGNORECASE,
)

_ABSOLUTE_SHARE = re.compile(
    r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:up|down)\s+$"
)

_TOTALLING_BEFORE = re.compile(
    r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:totall?ing|amounting\s+to)\s+$"
)


def level_named_before(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """The counted thing of a money level after a changed share, or of an amount or count after a
    participle of totalling; None when neither names one."""
    if found.kind == "money" and found.qualifier != "between":
        share_then_level = _SHARE_THEN_LEVEL.search(text, max(sentence[0], found.start - 120), found.start)
        if share_then_level is not None and CHANGE_BEFORE.search(
            text, max(sentence[0], share_then_level.start() - 40), share_then_level.start()
        ):
            counted = counts_before(text, sentence[0], share_then_level.start())
            if counted is not None:
                return counted
        absolute = (
            _ABSOLUTE_SHARE.search(
                text, max(sentence[0], share_then_level.start() - 60), share_then_level.start()
            )
            if share_then_level is not None
            else None
        )
        if absolute is not None:
            # "with revenue up 6 percent to more than $5 billion": the new level of what the share changed.
            return absolute["np"]
    totalling = _TOTALLING_BEFORE.search(text, max(sentence[0], found.start - 40), found.start)
    if totalling is None:
        return None
    # "fines amounting to $4 million", not "the firm paid fines": the words after the last verb or stop.
    words = totalling["np"].split()
    opening = max(
        (
            index + 1
            for index, word in enumerate(words)
            if word.lower() in COUNTED_PHRASE_STOPS or word.lower() in COMMON_VERBS
        ),
        default=0,
    )
    return " ".join(words[opening:]) or None
