"""Units and currencies: what a figure is measured in.

Currency signs and names map to ISO codes; measure words are units, not the thing counted; a
compound modifier (`a 12-point lead`) and a rate (`31.2 per 100,000`) carry their unit with them.
A bare `$` is USD, `Rs` INR, `Sh` KES, `pesos` MXN, `kroner` DKK, `CFA francs` XOF and `pounds` GBP unless the
text is placed in another dollar, rupee or shilling country (`local_currency`).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass

from app.extract.lexicon import STATES, word_map, word_set
from app.extract.spans import word_pattern

__all__ = [
    "BARE_UNITS",
    "COMPOUND_UNIT",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "IRREGULAR_PLURALS",
    "MEASURE_UNITS",
    "MINOR_CURRENCY_WORDS",
    "RATE",
    "SHARED_CURRENCIES",
    "TIME_UNITS",
    "CompoundMeasure",
    "ScaledUnit",
    "compound_measure",
    "local_currency",
    "measure_end",
    "measure_unit",
    "unit_scale",
]

CURRENCY_SYMBOLS: dict[str, str] = word_map("currency_symbols.tsv")
MINOR_CURRENCY_WORDS: dict[str, str] = word_map("minor_currency_words.tsv")
CURRENCY_WORDS: dict[str, str] = word_map("currency_words.tsv") | MINOR_CURRENCY_WORDS
_UNIT_NAMES: dict[str, str] = word_map("measure_units.tsv")
MEASURE_UNITS: frozenset[str] = frozenset(unit.lower() for unit in _UNIT_NAMES)
# Units written with a scale ("1.5mbpd" is 1.5 million barrels per day): written form -> scale.
_UNIT_SCALES: dict[str, float] = {unit: float(scale) for unit, scale in word_map("scaled_units.tsv").items()}
TIME_UNITS: frozenset[str] = word_set("time_units.txt")
_MEASURE_AFTER = re.compile(
    r"\s*(?P<square>square\s+)?(?P<unit>"
    + "|".join(re.escape(unit) for unit in sorted(_UNIT_NAMES.keys() | TIME_UNITS, key=len, reverse=True))
    + r")(?![\w/])"
)
# Units that name no material: "winds of 120 mph" counts the winds.
BARE_UNITS: frozenset[str] = word_set("bare_units.txt")
# "a 100-basis-point cut", "a 12-point lead": a measured amount written as a compound modifier.
COMPOUND_UNIT = re.compile(
    r"-(?P<unit>basis-point|percentage-point|point|square-foot|square-mile|mile|kilometer|kilometre|acre|megawatt"
    r"|gigawatt|ton|tonne|gallon|bed|seat|cent|magnitude)(?![\w-])",
    re.IGNORECASE,
)
IRREGULAR_PLURALS = {"foot": "feet"}
# A magnitude is a measure, never counted in the plural ("a 7.8-magnitude earthquake").
_SINGULAR_MEASURES = frozenset(["magnitude"])


@dataclass(frozen=True)
class CompoundMeasure:
    """`a 12-point lead`: the measure a hyphenated modifier states, and where it ends."""

    end: int
    counts: str


def compound_measure(text: str, position: int) -> CompoundMeasure | None:
    """The measure written as a compound modifier right after a figure (`-point`, `-acre`, `-magnitude`).

    Units of time are left out: the older sets read `a four-hour target`, `a 10-year low` as no figure.
    """
    match = COMPOUND_UNIT.match(text, position)
    if match is None:
        return None
    unit_word = match["unit"].lower()
    last = unit_word.split("-")[-1]
    plural = last if last in _SINGULAR_MEASURES else IRREGULAR_PLURALS.get(last, last + "s")
    counts = " ".join([*unit_word.split("-")[:-1], plural])
    return CompoundMeasure(match.end(), counts)


# "31.2 per 100,000 residents": a rate; the denominator is part of its unit, not a statistic.
RATE = re.compile(
    r"(?P<noun>(?:\s+[a-z][\w-]*){0,3}?)\s+per\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+|thousand|million|capita)\b"
    r"(?:\s+(?P<of>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
)


# Abbreviations that are units only written onto the figure ("6ft 3in"); "3 in 10" is a ratio.
_ATTACHED_ONLY = frozenset(["in", "ft", "ha"])


def measure_end(text: str, position: int) -> int:
    """Where the unit of measure written right after a figure ends (`position` when none is written)."""
    match = _MEASURE_AFTER.match(text, position)
    return match.end() if match is not None and measure_unit(text, position) is not None else position


def measure_unit(text: str, position: int) -> str | None:
    """The unit of measure or time written at `position` right after a figure (`mph`, `km`, `years`)."""
    match = _MEASURE_AFTER.match(text, position)
    if match is None:
        return None
    written = match["unit"]
    if written in _ATTACHED_ONLY and match.start("unit") != position:
        return None
    unit = written if written in TIME_UNITS else _UNIT_NAMES[written]
    return f"square {unit}" if match["square"] else unit


@dataclass(frozen=True)
class ScaledUnit:
    """`1.5mbpd`: a unit written with its scale, as written, and the plain unit it scales."""

    scale: float
    written: str
    unit: str


def unit_scale(text: str, position: int) -> ScaledUnit | None:
    """The unit written with its scale right after a figure (`1.5mbpd`, `2 mbpd`), or None."""
    match = _MEASURE_AFTER.match(text, position)
    if match is None or match["unit"] not in _UNIT_SCALES or match["square"]:
        return None
    return ScaledUnit(_UNIT_SCALES[match["unit"]], match["unit"], _UNIT_NAMES[match["unit"]])


@dataclass(frozen=True)
class _NamedCurrency:
    """A currency name several countries share (dollar, rupee), and the places that say which one a text means."""

    default: str
    places: dict[str, str]
    pattern: re.Pattern[str]
    # How often another country must be named to win over the default.
    mentions_needed: int

    @classmethod
    def of(cls, default: str, places: dict[str, str], mentions_needed: int = 2) -> _NamedCurrency:
        # A prefix tree tries the longest name first, as a longest-first alternation would, one letter at a time.
        pattern = re.compile(rf"\b(?=[A-Z])(?:{word_pattern(places)})(?!\w)")
        return cls(default, places, pattern, mentions_needed)

    def of_text(self, text: str) -> str:
        """The default unless another country is named `mentions_needed` times and more often than the default's."""
        named = Counter(
            self.places[match.group()]
            for match in self.pattern.finditer(text)
            # "US$5m" says its own dollar is not the text's: it places the text nowhere.
            if not (text.startswith("$", match.end()) and self.places[match.group()] == self.default)
        )
        # "ISLAMABAD:", "KAMLOOPS —": the place a story is filed from counts as two mentions.
        dateline = _CAPITALS_DATELINE.search(text[:_DATELINE_REACH])
        if dateline is not None and (place := self.places.get(string.capwords(dateline["place"]))):
            named[place] += 2
        home = named.pop(self.default, 0)
        for currency, mentions in named.most_common(1):
            if mentions >= self.mentions_needed and mentions > home:
                return currency
        return self.default


_DATELINE_REACH = 600
_CAPITALS_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?=:| ?[—–-] |,| \()", re.MULTILINE
)
_DOLLAR = _NamedCurrency.of("USD", word_map("dollar_countries.tsv") | dict.fromkeys(STATES, "USD"))
_RUPEE = _NamedCurrency.of("INR", word_map("rupee_countries.tsv"))
_PESO = _NamedCurrency.of("MXN", word_map("peso_countries.tsv"))
_KRONE = _NamedCurrency.of("DKK", word_map("krone_countries.tsv"))
_CFA_FRANC = _NamedCurrency.of("XOF", word_map("cfa_franc_countries.tsv"))
_POUND = _NamedCurrency.of("GBP", word_map("pound_countries.tsv"))
# "K" has no country that most texts mean: one mention of another country decides.
_KWACHA = _NamedCurrency.of("ZMW", word_map("kwacha_countries.tsv"), mentions_needed=1)
_SHILLING = _NamedCurrency.of("KES", word_map("shilling_countries.tsv"))
_NAMED_CURRENCIES = {
    named.default: named for named in (_DOLLAR, _RUPEE, _PESO, _KRONE, _CFA_FRANC, _POUND, _KWACHA, _SHILLING)
}
# The currencies a bare sign or name may stand for another country's: "$", "Rs", "pesos", "kroner".
SHARED_CURRENCIES = frozenset(_NAMED_CURRENCIES)


def local_currency(text: str, currency: str) -> str:
    """The text's own currency for an amount read as `currency` (a bare `$` as USD, `Rs` as INR)."""
    named = _NAMED_CURRENCIES.get(currency)
    return currency if named is None else named.of_text(text)
