"""The key a statistic is grouped by: what it counts, how it is measured, its place and its period.

A counted phrase becomes a key of lowercase singular nouns without determiners (never a stem); places
fold their aliases (`L.A.` -> `los angeles`); periods fold fiscal years and rates (`every day` -> `per day`).
"""

from __future__ import annotations

import re

from app.extract.lexicon import CITIES, COUNTRIES, STATES, word_map, word_set
from app.extract.spans import strip_accents
from app.models import GroupKey, Statistic

__all__ = ["family_of", "fold", "group_key", "measure_of", "period_key", "place_key", "thing_key"]

_TIME_UNITS = word_set("group_time_units.txt")
_VAGUE_HEADS = word_set("group_vague_words.txt")
_VAGUE_QUANTITIES = word_set("vague_quantities.txt")
_STOPWORDS = word_set("group_key_stopwords.txt")
_IRREGULAR_PLURALS = word_map("group_irregular_plurals.tsv")
_RATE_WORDS = word_map("group_rate_periods.tsv")
_RATE_MARKERS = frozenset({"every", "each", "per", "a"})

_WORDS = re.compile(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*\.?")
_HEAD_NOUN = re.compile(r"[a-z][a-z-]*[a-z]")
_FISCAL_YEAR = re.compile(r"\b(?:fiscal\s+year|fy)\s*(\d{4})\b")


def fold(text: str) -> str:
    """Lowercase without accents: `Giménez` -> `gimenez`."""
    return strip_accents(text).lower()


def _singular(word: str) -> str:
    """`burglaries` -> `burglary`, `aliens` -> `alien`: a naive lemma, never a stem."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def _words(text: str) -> list[str]:
    folded = fold(text).replace("’", "'").replace("'s ", " ").removesuffix("'s")
    return [word.rstrip(".") if word.count(".") <= 1 else word for word in _WORDS.findall(folded)]


def thing_key(counts: str | None) -> str | None:
    """The counted phrase as a key: lowercased, singular nouns, no determiners; None for time and vague words."""
    if not counts:
        return None
    words = [_singular(word) for word in _words(counts) if word not in _STOPWORDS]
    if not words:
        return None
    head = words[-1]
    if not _HEAD_NOUN.fullmatch(head) or head in _TIME_UNITS or head in _VAGUE_HEADS:
        return None
    return " ".join(words)


def _place_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for table in (CITIES, COUNTRIES):
        for canonical, names in table.items():
            for name in (canonical, *names):
                aliases[" ".join(_words(name))] = fold(canonical)
    for state, postal in STATES.items():
        aliases[fold(postal)] = aliases[fold(state)] = fold(state)
    return aliases


_PLACES = _place_aliases()
_CANONICAL_PLACES = frozenset(_PLACES.values())


def place_key(place: str | None) -> str | None:
    """`L.A.` and `Los Angeles, California` -> `los angeles`; other places folded as stated."""
    if not place:
        return None
    parts = [" ".join(word for word in _words(part) if word not in _STOPWORDS) for part in place.split(",")]
    names = [_PLACES.get(part, part) for part in parts if part]
    if not names:
        return None
    if len(names) > 1 and names[0] in _CANONICAL_PLACES:
        return names[0]
    return ", ".join(names)


def period_key(period: str | None) -> str | None:
    """`during fiscal year 2017` -> `fy2017`, `every single day` -> `per day`; None when nothing is left."""
    if not period:
        return None
    text = _FISCAL_YEAR.sub(r"fy\1", fold(period))
    words = [_singular(word) for word in _words(text) if word not in _STOPWORDS or word == "a"]
    kept: list[str] = []
    for position, word in enumerate(words):
        rate_unit = _RATE_WORDS.get(word)
        following = words[position + 1] if position + 1 < len(words) else ""
        if rate_unit:
            kept.append(f"per {rate_unit}")
        elif word in _RATE_MARKERS and following in _TIME_UNITS:
            kept.append(f"per {following}")
        elif word != "a" and not (kept and kept[-1] == f"per {word}"):
            kept.append(word)
    return " ".join(kept) or None


def measure_of(statistic: Statistic) -> str:
    """What kind of number it is: figures of different measures are never one quantity."""
    unit = statistic.unit
    if statistic.kind in ("percent", "fraction") or unit == "percent":
        return "share"
    if statistic.kind == "ratio":
        return f"rate {unit}" if unit else "share"
    if statistic.kind == "money" or (unit and re.fullmatch(r"[A-Z]{3}", unit)):
        return f"money {unit or 'unknown currency'}"
    return unit or "count"


def _is_vague(statistic: Statistic) -> bool:
    """`tens of thousands`, `hundreds`: words that cite no figure."""
    words = fold(statistic.text).split()
    return not any(char.isdigit() for char in statistic.text) and all(
        word in _VAGUE_QUANTITIES for word in words
    )


def group_key(statistic: Statistic) -> GroupKey | None:
    """The key a statistic is grouped by, or None when it names no measured thing."""
    counts = thing_key(statistic.counts)
    if counts is None or _is_vague(statistic):
        return None
    return GroupKey(
        counts=counts,
        measure=measure_of(statistic),
        place=place_key(statistic.place),
        period=period_key(statistic.period),
    )


def family_of(key: GroupKey) -> str:
    """Statistics of one family are grouped together: the same counted thing, measured the same way."""
    return f"{key.counts} | {key.measure}"
