"""The number grammar: digits, number words, scales, fractions, ratios and the qualifiers before them.

`NUMBER_PATTERN` reads one figure where `TRIGGER` says one can start; `classify` turns the match into
a value, kind and unit. Whether the figure is a statistic is decided elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from app.extract.lexicon import word_map, word_set, word_table
from app.extract.number_words import (
    COUNTING_WORDS,
    WORD_NUMBER,
    alternation,
    counted_one,
    word_value,
)
from app.extract.spans import word_pattern
from app.extract.units import CURRENCY_SYMBOLS, CURRENCY_WORDS, MINOR_CURRENCY_WORDS
from app.models import StatisticKind

__all__ = [
    "NUMBER_PATTERN",
    "QUALIFIER_WORDS",
    "SINGLE_NUMBER_PATTERN",
    "TRIGGER",
    "Found",
    "classify",
    "figure_trigger_starts",
    "minus_sign_before",
    "qualifier_before",
]

_SCALE_TABLE = word_table("number_scales.tsv")
_SCALES: dict[str, float] = {word: float(value) for word, (value, _) in _SCALE_TABLE.items()}
_FRACTIONS: dict[str, float] = {
    word: float(Fraction(value)) for word, value in word_map("fraction_words.tsv").items()
}
_FIGURE_QUALIFIERS = word_set("figure_qualifiers.txt")
APPROXIMATE_QUALIFIERS: frozenset[str] = word_set("approximate_qualifiers.txt")


_CURRENCY_WORD_NAMES = alternation(CURRENCY_WORDS)
_SCALE_WORDS = alternation(word for word, (_, form) in _SCALE_TABLE.items() if form == "word")
_SCALE_ABBREVIATIONS = alternation(word for word, (_, form) in _SCALE_TABLE.items() if form == "abbreviation")
_QUALIFIER = rf"(?P<qualifier>\b(?:{alternation(_FIGURE_QUALIFIERS)})\s+)?"
# Letter codes written before an amount ("KSh 500", "HUF 2bn", "Rs 5 crore"); a lone letter (R, N, K) is
# a currency only before a large amount or an exchange rate.
_CURRENCY_CODES = [
    code for code in CURRENCY_SYMBOLS if code[0].isalpha() and len(code) > 1 and not code.endswith("$")
]
_LONE_LETTERS = "".join(sorted(code for code in CURRENCY_SYMBOLS if len(code) == 1 and code.isalpha()))
_LETTER_CODES = alternation(_CURRENCY_CODES)
# "US$", "NZ$", "FJ$": a country's letters before the dollar sign.
_DOLLAR_PREFIXES = tuple(
    code.removesuffix("$") for code in CURRENCY_SYMBOLS if len(code) > 1 and code.endswith("$")
)
# "$US", "$A": the Australian and New Zealand press write the country's letters after the sign.
_DOLLAR_SUFFIXES = tuple(
    code.removeprefix("$") for code in CURRENCY_SYMBOLS if len(code) > 1 and code.startswith("$")
)
_LARGE_AMOUNT = rf"\d[\d.]*(?:-|\s)?(?:{_SCALE_WORDS})\b|\d[\d.]*(?:{_SCALE_ABBREVIATIONS})\b|\d{{1,3}}(?:,\d{{3}})+|\d[\d.]*/"
# `P42 per kilogram`, `between P45 and P52 per kg`: a lone letter before a small amount is a currency only in a
# price, a rate `per` something.
_PRICE = rf"\d[\d.]*(?:\s*(?:to|and|-|–)\s*(?-i:[{_LONE_LETTERS}])\d[\d.]*)?\s+per\s"
_CURRENCY = (
    rf"(?<![A-Za-z])(?:{alternation(_DOLLAR_PREFIXES)})\$|\$(?:(?-i:{alternation(_DOLLAR_SUFFIXES)})(?=\d))?|€|£|¥|₹\s?|₦|₱"
    rf"|(?<![A-Za-z])(?-i:{_LETTER_CODES})\s?(?=\d)|(?<![A-Za-z])(?-i:[{_LONE_LETTERS}])(?={_LARGE_AMOUNT})"
    rf"|(?<![A-Za-z])(?-i:[{_LONE_LETTERS}])(?={_PRICE})"
)


# The only characters outside ASCII that match an ASCII letter when case is ignored.
_NON_ASCII_LETTER_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign


def _any_case(character: str) -> str:
    """`character` as a case-sensitive regex matching what it matches case-insensitively (`t` → `[Tt]`).

    Spelling case out keeps `re.IGNORECASE` off scanning patterns, where it defeats the engine's
    first-character checks at every branch and makes the scan several times slower.
    """
    if not character.isascii() or not character.isalpha():
        return re.escape(character)
    candidates = dict.fromkeys(character.lower() + character.upper() + _NON_ASCII_LETTER_FOLDS)
    return "[" + "".join(c for c in candidates if re.fullmatch(character, c, re.IGNORECASE)) + "]"


_TRIGGER_WORDS = [*COUNTING_WORDS, "fifth", "tenth", "quarter", "third", "half"]
# "a third", a dollar's country letters ("J$", "US$"), a lone currency letter ("R5bn").
_INITIALS = "".join(
    sorted(
        {word[0] for word in _TRIGGER_WORDS}
        | {"a"}
        | {prefix[0] for prefix in _DOLLAR_PREFIXES}
        | set(_LONE_LETTERS)
    )
)
_CODE_INITIALS = "".join(sorted({code[0] for code in CURRENCY_SYMBOLS if code[0].isupper()}))
# Cheap first pass: where a figure can start. The full pattern runs only at these places; letter codes
# are looked for only at capitals, so lowercase words are not tried against them.
_ANY_CASE_INITIALS = "".join(dict.fromkeys("".join(_any_case(initial)[1:-1] for initial in _INITIALS)))
_ARTICLE_COUNTS = (
    "few",
    "third",
    "quarter",
    "fifth",
    "tenth",
    "half",
    "dozen",
    "hundred",
    "million",
    "billion",
    "trillion",
)
_SYMBOL = r"[\d$€£¥₹₦₱]"
# A word or letter code that starts a figure; each alternative opens with a word boundary.
_WORD_TRIGGER = (
    rf"\b(?=[{_ANY_CASE_INITIALS}])(?:(?:{_any_case('a')}\s+(?:"
    + "|".join(word_pattern([word], written=_any_case) for word in _ARTICLE_COUNTS)
    + rf")|{word_pattern(_TRIGGER_WORDS, written=_any_case)})\b"
    + "|(?:"
    + "|".join(word_pattern([prefix], written=_any_case) for prefix in _DOLLAR_PREFIXES)
    + rf")(?=\$)|[{_LONE_LETTERS}](?=\d))"
    + rf"|\b(?=[{_CODE_INITIALS}]){word_pattern(_CURRENCY_CODES)}(?=\s?\d)"
)
TRIGGER = re.compile(rf"{_SYMBOL}|{_WORD_TRIGGER}")
# A figure starts at a symbol or digit, or right after a character that is not a word's. Scanning for
# those characters first lets the engine skip the letters inside words without trying the pattern there.
_BEFORE_TRIGGER = re.compile(rf"[\W\d](?:(?<={_SYMBOL})|(?={_WORD_TRIGGER}))")


_SYMBOLS = frozenset("$€£¥₹₦₱")


def figure_trigger_starts(text: str) -> Iterator[int]:
    """The start of each match of `TRIGGER.finditer(text)`, found faster: TRIGGER is tried only where
    `_BEFORE_TRIGGER` says it can match, and not at all at a digit or currency sign (its one-character match)."""
    end = 0
    first = TRIGGER.match(text, 0)
    if first is not None:
        end = first.end()
        yield 0
    for before in _BEFORE_TRIGGER.finditer(text):
        position = before.start()
        for start in (position, position + 1):
            if start < end:
                continue
            # `\d` is a decimal digit, the class `str.isdecimal` tests; `_SYMBOL` comes first in TRIGGER.
            char = text[start : start + 1]
            if char and (char.isdecimal() or char in _SYMBOLS):
                end = start + 1
                yield start
                continue
            trigger = TRIGGER.match(text, start)
            if trigger is not None:
                end = trigger.end()
                yield start


_QUALIFIER_TAIL = re.compile(
    _QUALIFIER.replace("(?P<qualifier>", "(?:").removesuffix(")?") + ")$", re.IGNORECASE
)
_QUALIFIER_LAST_WORDS = frozenset(qualifier.split()[-1] for qualifier in _FIGURE_QUALIFIERS)
QUALIFIER_WORDS: frozenset[str] = frozenset(
    word for qualifier in _FIGURE_QUALIFIERS for word in qualifier.split()
)


def qualifier_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    """The qualifier (`more than`, `about`) that ends right before `start`, not reaching before `floor`."""
    low = max(floor, start - 24)
    before = text[low:start]
    if not before[-1:].isspace():
        return None
    words = before.split()
    if not words:
        return None
    last = words[-1].lower()
    # "(approx. US$2b)": a qualifier abbreviated with its period.
    letters = len(last) - last.endswith(".")
    while letters and last[letters - 1].isalpha():
        letters -= 1
    if last[letters:] not in _QUALIFIER_LAST_WORDS:
        return None
    return _QUALIFIER_TAIL.search(text, low, start)


# Indian grouping ("1,20,000") before Western grouping before plain digits; a thin or plain space groups
# thousands too ("20 336") where no digit group stands before or after (a phone number's "0800 486 000").
# A decimal comma before a percent sign or a scale ("17,72 percent", "1,8 million carats", as Southern African
# and European copy writes them): one or two digits after a comma group no thousands.
_DIGITS = (
    r"\d{1,3},\d{1,2}(?![\d,])(?=\s*(?:%|per\s*cent|percent|(?:million|billion|trillion)\b))"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,.])(?<!\d\s)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[,.]\d|\s\d)"
    r"|\d+(?:\.\d+|[½¼¾⅓⅔](?![\d/]))?"
)
_PARTICLE_OVER = re.compile(rf"\b(?:{alternation(word_set('particle_verbs.txt'))})\s+$", re.IGNORECASE)
_PARTICLE_UP = re.compile(rf"\b(?:{alternation(word_set('up_to_particle_verbs.txt'))})\s+$", re.IGNORECASE)


def _amount(currency: str, number: str, short_scale: str, scale: str, pence: str) -> str:
    return (
        rf"(?P<{currency}>{_CURRENCY})?(?P<{number}>{_DIGITS})"
        # "$3bn"; "Rs 91,000-cr": an abbreviated scale hyphened to an amount with its currency ("a 10-m race" is none).
        rf"(?:(?({currency})-?)(?P<{short_scale}>{_SCALE_ABBREVIATIONS})\b|(?P<{pence}>p)\b(?!\.)"
        rf"|(?:\s+|-)?(?P<{scale}>{_SCALE_WORDS})\b)?"
    )


def _number_pattern(with_range: bool) -> re.Pattern[str]:
    range_part = (
        rf"""(?:\s*(?P<joiner>to|-|–|and)\s*{_amount("currency_high", "high", "short_scale_high", "scale_high", "pence_high")}
         (?:(?:\s*|-)(?P<percent_high>%|percent\b|per\s+cent\b|pct\b|(?-i:pc)\b|percentage\s+points?\b))?)?"""
        if with_range
        else ""
    )
    return re.compile(
        rf"""(?ix:{_QUALIFIER})
    (?:
      (?P<few>\ba\s+few\s+(?P<few_unit>hundred|thousand|million|billion|dozen))\b
    | (?P<half_scale>\b(?P<half>half\s+)?a\s+(?P<half_unit>million|billion|trillion))\b(?!-)
    | (?P<fraction>(?:(?<=\btop\s)|(?<=\bbottom\s))(?:fifth|tenth|quarter|third|half)|(?<=\bother\s)half|\b(?:a\s+half|one-half|half|a\s+third|one[-\s]third|two[-\s]thirds|a\s+quarter|one[-\s]quarter
         |three[-\s]quarters|a\s+fifth|one-fifth|a\s+tenth|one-tenth))
         (?(qualifier)\b|(?:(?<=\bother\shalf)\b|(?=\s+(?:of|the|all|its|their|his|her|our|your|percent|per\s+cent|percentage\s+points?)\b)))
         (?:\s+(?P<fraction_percent>percent|per\s+cent|percentage\s+points?)\b)?
    | (?P<ratio>\b(?P<ratio_a>\d+|{WORD_NUMBER}|one)\s+(?:in|out\s+of(?:\s+the)?|(?:of|in)\s+every(?=\s+(?:\d+|{WORD_NUMBER})\b))
         \s+(?P<ratio_b>(?!(?:1[89]|20)\d\d\b)\d+|{WORD_NUMBER}))\b
    | (?P<mixed>\b(?P<mixed_whole>\d+|{WORD_NUMBER}|one)\s+(?:and\s+a\s+half|(?<=\d\s)1/2(?![\d/])))\b(?:\s+(?P<mixed_scale>{_SCALE_WORDS})\b)?
    | {_amount("currency", "number", "short_scale", "scale", "pence")}
      (?P<shillings>/-(?![\w-]))?
      (?:(?:\s*|-)(?P<percent>%|percent\b|per\s+cent\b|pct\b|(?-i:pc)\b|percentage\s+points?\b))?
      (?:\s+(?P<currency_word>{_CURRENCY_WORD_NAMES})\b)?
      {range_part}
    | (?P<word>\b(?:{WORD_NUMBER}|one)\b)(?:\s+(?P<word_scale>thousand|million|billion|dozen|crore|lakh)\b)?
      (?:(?:\s+|-)(?P<word_percent>percent|per[-\s]cent|percentage\s+points?)\b)?
    )""",
        re.VERBOSE | re.IGNORECASE,
    )


NUMBER_PATTERN = _number_pattern(with_range=True)
SINGLE_NUMBER_PATTERN = _number_pattern(with_range=False)


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# "4½ years": a whole number with a fraction character after it.
_FRACTION_CHARACTERS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def _number(text: str) -> float:
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    if text[-1] in _FRACTION_CHARACTERS:
        return _number(text[:-1]) + _FRACTION_CHARACTERS[text[-1]]
    return float("".join(text.replace(",", "").split()))


def _part_value(part: str) -> float:
    return _number(part) if part[0].isdigit() else word_value(part)


def _scale(short: str | None, long: str | None) -> float:
    if short:
        return _SCALES[short.lower()]
    if long:
        return _SCALES[" ".join(long.lower().split())]
    return 1.0


@dataclass
class Found:
    """One figure read from the text, before it is judged a statistic."""

    start: int
    end: int
    value: float
    value_high: float | None
    qualifier: str | None
    kind: StatisticKind
    approximate: bool
    unit: str | None
    counts: str | None
    from_words: bool


def classify(text: str, match: re.Match[str]) -> Found | None:
    """The value, kind and unit of a `NUMBER_PATTERN` match; None when it is no quantity."""
    # The range's groups exist only in NUMBER_PATTERN's matches (not in SINGLE_NUMBER_PATTERN's).
    ranged = "high" in match.re.groupindex
    high = match["high"] if ranged else None
    qualifier = " ".join(match["qualifier"].lower().split()) if match["qualifier"] else None
    start = match.start()
    if (
        (qualifier == "between" and not high)
        or (qualifier == "over" and _PARTICLE_OVER.search(text, max(0, start - 20), start))
        or (qualifier == "up to" and _PARTICLE_UP.search(text, max(0, start - 20), start))
    ):
        # "hand over 25,000 documents", "went up to $17.5 million": a verb's particle, not a bound.
        qualifier, start = None, match.end("qualifier")
    approximate = qualifier in APPROXIMATE_QUALIFIERS
    end = match.end()
    if match["few"]:
        # "a few hundred dollars": approximately the unit it names.
        value = _SCALES[match["few_unit"].lower()]
        return Found(start, end, value, None, qualifier, "count", True, None, None, True)
    if match["half_scale"]:
        # "half a million", "a million containers": (half) the scale it names, a count like "500,000".
        value = _SCALES[match["half_unit"].lower()] / (2 if match["half"] else 1)
        return Found(start, end, value, None, qualifier, "count", approximate, None, None, True)
    if match["fraction"]:
        value = _FRACTIONS[" ".join(match["fraction"].lower().split())]
        fraction_percent = _percent_unit(match["fraction_percent"])
        if fraction_percent:
            # "less than a half percent", "a quarter percentage point": a share, not a fraction of a whole.
            return Found(
                start, end, value, None, qualifier, "percent", approximate, fraction_percent, None, True
            )
        return Found(start, end, value, None, qualifier, "fraction", approximate, None, None, True)
    if match["ratio"]:
        numerator, denominator = (_part_value(part) for part in (match["ratio_a"], match["ratio_b"]))
        if denominator == 0 or numerator > denominator:
            return None
        return Found(
            start, end, numerator / denominator, None, qualifier, "ratio", approximate, None, None, True
        )
    if match["mixed"]:
        value = (_part_value(match["mixed_whole"]) + 0.5) * _scale(None, match["mixed_scale"])
        return Found(start, end, value, None, qualifier, "count", approximate, None, None, True)
    if match["word"]:
        word_percent = _percent_unit(match["word_percent"])
        if (
            match["word"].lower() == "one"
            and qualifier != "all but"
            and not word_percent
            and not counted_one(text, match)
        ):
            return None
        value = _part_value(match["word"]) * _scale(None, match["word_scale"])
        kind: StatisticKind = "percent" if word_percent else "count"
        return Found(start, end, value, None, qualifier, kind, approximate, word_percent, None, True)
    number = match["number"]
    if number is None:
        return None
    value = _number(number) * _scale(match["short_scale"], match["scale"])
    currency = match["currency"] or (match["currency_high"] if ranged else None)
    currency_word = " ".join((match["currency_word"] or "").lower().split())
    if currency_word == "pounds" and not (currency or match["scale"] or match["short_scale"]):
        # "9 pounds of fentanyl": a weight; money in pounds is written "£9" or "9 million pounds".
        currency_word = ""
        end = match.start("currency_word")
        while text[end - 1].isspace():
            end -= 1
    unit = CURRENCY_SYMBOLS.get((currency or "").strip()) or CURRENCY_WORDS.get(currency_word)
    if match["shillings"] and not unit:
        # "1.970tri/-", "20,000/-": East Africa's press marks an amount in shillings with a slash and a dash.
        unit = CURRENCY_WORDS["shillings"]
    if match["pence"] and not currency:
        unit = "GBP"
    if (match["pence"] and not currency) or currency_word in MINOR_CURRENCY_WORDS:
        # "£1,549.08p": the pence after a pound amount add nothing.
        value /= 100
    percent_high = match["percent_high"] if ranged else None
    percent = _percent_unit(match["percent"]) or _percent_unit(percent_high)
    kind = "money" if unit else "percent" if percent else "count"
    value_high = None
    if high and match["joiner"].lower() == "and" and qualifier != "between" and (currency or currency_word):
        # "118 million pesos and 225 million pesos": two amounts, not "between X and Y"; shares and counts
        # joined by "and" stay a range ("43 percent and 81 percent").
        return None
    if high and (
        (bool(match["percent"]) != bool(percent_high) and currency)
        or (match["percent"] and _percent_unit(match["percent"]) != _percent_unit(percent_high))
    ):
        # "6.4 per cent to $9.8 billion", "0.3 percentage points to 5.1 percent": a change and the new
        # level, two figures.
        return None
    if high:
        high_scale = _scale(match["short_scale_high"], match["scale_high"])
        if high_scale == 1.0 and (match["short_scale"] or match["scale"]):
            high_scale = _scale(match["short_scale"], match["scale"])
        value_high = _number(high) * high_scale
        if match["pence_high"] and not (currency or match["currency_high"]):
            value_high /= 100
        if not match["short_scale"] and not match["scale"] and high_scale != 1.0:
            value *= high_scale
        if value_high <= value:
            # "5-4", "2017-16": a score or a label, not a range of quantities.
            return None
        kind = "range"
    elif percent and not qualifier and minus_sign_before(text, start):
        # "settling at -3.7% of GDP", "(−0.5%)": a negative share; not "COVID-19", "2019-20" or "5-7%".
        start, value = start - 1, -value
    return Found(start, end, value, value_high, qualifier, kind, approximate, unit or percent, None, False)


_MINUS_BEFORE = re.compile(r"[\s(][-−]")


def minus_sign_before(text: str, start: int) -> bool:
    """A minus sign right before `start`, after a space or bracket (`at -3.7%`, `(−0.5%)`): not the hyphen of
    `COVID-19`, `2019-20` or `5-7%`."""
    return _MINUS_BEFORE.match(text, max(0, start - 2), start) is not None


def _percent_unit(written: str | None) -> str | None:
    """`percent` or `percentage points` for the percent sign or words after a figure."""
    if not written:
        return None
    return "percentage points" if written.lower().startswith("percentage") else "percent"
