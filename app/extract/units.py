"""Units and currencies: what a figure is measured in.

Currency signs and names map to ISO codes; measure words are units, not the thing counted; a
compound modifier (`a 12-point lead`) and a rate (`31.2 per 100,000`) carry their unit with them.
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set

__all__ = [
    "BARE_UNITS",
    "COMPOUND_UNIT",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "IRREGULAR_PLURALS",
    "MEASURE_UNITS",
    "RATE",
]

CURRENCY_SYMBOLS: dict[str, str] = word_map("currency_symbols.tsv")
CURRENCY_WORDS: dict[str, str] = word_map("currency_words.tsv")
MEASURE_UNITS: frozenset[str] = word_set("measure_units.txt")
# Units that name no material: "winds of 120 mph" counts the winds.
BARE_UNITS: frozenset[str] = word_set("bare_units.txt")
# "a 100-basis-point cut", "a 12-point lead": a measured amount written as a compound modifier.
COMPOUND_UNIT = re.compile(
    r"-(?P<unit>basis-point|percentage-point|point|square-foot|square-mile|mile|kilometer|kilometre|acre|megawatt"
    r"|gigawatt|ton|tonne|gallon|bed|seat)(?![\w-])",
    re.IGNORECASE,
)
IRREGULAR_PLURALS = {"foot": "feet"}
# "31.2 per 100,000 residents": a rate; the denominator is part of its unit, not a statistic.
RATE = re.compile(
    r"(?P<noun>(?:\s+[a-z][\w-]*){0,3}?)\s+per\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+|thousand|million|capita)\b"
    r"(?:\s+(?P<of>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
)
