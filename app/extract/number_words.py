"""Numbers written as words (`twenty-two`, `one hundred and eleven`, `a dozen`) and when the word "one" counts.

`WORD_NUMBER` matches a number word from two up (bare "one" is mostly a pronoun or an article); `word_value`
reads one; `counted_one` says whether a "one" counts the noun after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.extract.lexicon import word_map

__all__ = ["COUNTING_WORDS", "WORD_NUMBER", "WORD_VALUES", "alternation", "counted_one", "word_value"]

WORD_VALUES: dict[str, int] = {word: int(value) for word, value in word_map("number_words.tsv").items()}
# "dozen" and "hundred" count only with an article ("a dozen"); bare, they are scales.
COUNTING_WORDS = [word for word in WORD_VALUES if word not in ("dozen", "hundred")]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, a space matching any whitespace."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


_TENS = alternation(word for word, value in WORD_VALUES.items() if value in range(20, 100, 10))
_UNITS = alternation(word for word, value in WORD_VALUES.items() if value in range(1, 10))
_TEENS = alternation(word for word in COUNTING_WORDS if WORD_VALUES[word] in range(2, 20))
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS})"
# "two hundred", "one hundred and eleven": hundreds written out, with the rest after an optional "and".
_HUNDREDS = rf"(?:{_UNITS}|one|a)\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED}|{_UNITS}|one)\b)?"
WORD_NUMBER = rf"(?:{_HUNDREDS}|{_BELOW_HUNDRED}|a\s+dozen)"


def word_value(word: str) -> float:
    lowered = " ".join(word.lower().split())
    if " hundred" in lowered:
        hundreds, _, rest = lowered.partition(" hundred")
        rest = rest.removeprefix(" and").strip()
        return 100 * (1 if hundreds == "a" else WORD_VALUES[hundreds]) + (word_value(rest) if rest else 0)
    if lowered.startswith("a "):
        return float(WORD_VALUES[lowered[2:]])
    if "-" in lowered:
        tens, ones = lowered.split("-")
        return float(WORD_VALUES[tens] + WORD_VALUES[ones])
    return float(WORD_VALUES[lowered])


# `21 cases and one death`, `three drivers, one passenger and one pedestrian`: "one" counting a noun beside
# other counts in a list, or bounded (`_BOUNDED_ONE`).
_LISTED_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{WORD_NUMBER}|one))\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+(?:,\s+(?:[^,.;:\n]{{1,40}},\s+)*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(rf"\s+[a-z-]+(?:,|\s+and)\s+(?:\d|(?i:{WORD_NUMBER})\b)")
# `at least one person dead`, `only one casualty`; not `one case that was described` (a way of speaking) or
# `about one officer to every 526 people` (a ratio).
_LOWER_BOUNDS = frozenset(["at least", "only", "just", "more than"])
_BOUNDED_ONE = re.compile(r"\s+[a-z][a-z-]+\b(?!\s+(?:that|which|where|who|to\s+every|for\s+every|per)\b)")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|to|for|another|other|day|week|month|year|time|way|thing)\b)[a-z][a-z-]+\b"
)


def counted_one(text: str, match: re.Match[str]) -> bool:
    """Whether the word "one" counts the noun after it (see `_LISTED_BEFORE`)."""
    end = match.end()
    if _NOUN_AFTER.match(text, end) is None:
        return False
    bound = " ".join(match["qualifier"].lower().split()) if match["qualifier"] else None
    if bound in _LOWER_BOUNDS and _BOUNDED_ONE.match(text, end) is not None:
        return True
    start = match.start()
    return bool(_LISTED_BEFORE.search(text, max(0, start - 120), start) or _LISTED_AFTER.match(text, end))
