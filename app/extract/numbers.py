"""The number grammar: digits, number words, scales, fractions, ratios and the qualifiers before them.

`NUMBER_PATTERN` reads one figure where `TRIGGER` says one can start; `classify` turns the match into
a value, kind and unit. Whether the figure is a statistic is decided elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from app.extract.lexicon import word_map
from app.extract.units import CURRENCY_SYMBOLS, CURRENCY_WORDS
from app.models import StatisticKind

__all__ = [
    "NUMBER_PATTERN",
    "QUALIFIER_TAIL",
    "SINGLE_NUMBER_PATTERN",
    "TRIGGER",
    "WORD_NUMBER",
    "Found",
    "classify",
]

_WORD_VALUES: dict[str, int] = {word: int(value) for word, value in word_map("number_words.tsv").items()}
_SCALES: dict[str, float] = {word: float(value) for word, value in word_map("number_scales.tsv").items()}
_FRACTIONS: dict[str, float] = {
    word: float(Fraction(value)) for word, value in word_map("fraction_words.tsv").items()
}

_QUALIFIER = (
    r"(?P<qualifier>\b(?:at\s+least|at\s+most|about|roughly|approximately|around|nearly|almost|"
    r"well\s+over|just\s+over|just\s+under|over|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|"
    r"as\s+much\s+as|as\s+few\s+as|close\s+to|only|just|some|an\s+estimated|upwards?\s+of|under|between|plus\s+or\s+minus|past|nearly)\s+)?"
)
# Cheap first pass: where a figure can start. The full pattern runs only at these places.
TRIGGER = re.compile(
    r"[\d$€£¥]|\b(?:a\s+few|fifth|tenth|quarter|third|a\s+(?:third|quarter|fifth|tenth|half|dozen|hundred)|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|half)\b",
    re.IGNORECASE,
)
QUALIFIER_TAIL = re.compile(
    _QUALIFIER.replace("(?P<qualifier>", "(?:").removesuffix(")?") + ")$", re.IGNORECASE
)
WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a\s+dozen|a\s+hundred)"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _amount(currency: str, number: str, short_scale: str, scale: str) -> str:
    return (
        rf"(?P<{currency}>US\$|\$|€|£|¥)?(?P<{number}>{_DIGITS})"
        rf"(?:(?P<{short_scale}>[KkMmBb](?:n|ln)?)\b|(?:\s+|-)(?P<{scale}>hundred|thousand|million|billion|trillion)\b)?"
    )


def _number_pattern(with_range: bool) -> re.Pattern[str]:
    range_part = (
        rf"""(?:\s*(?:to|-|–|and)\s*{_amount("currency_high", "high", "short_scale_high", "scale_high")}
         (?:\s*(?P<percent_high>%|percent\b|per\s+cent\b))?)?"""
        if with_range
        else ""
    )
    return re.compile(
        rf"""(?ix:{_QUALIFIER})
    (?:
      (?P<few>\ba\s+few\s+(?P<few_unit>hundred|thousand|million|billion|dozen))\b
    | (?P<fraction>(?:(?<=\btop\s)|(?<=\bbottom\s))(?:fifth|tenth|quarter|third|half)|\b(?:a\s+half|one-half|half|a\s+third|one[-\s]third|two[-\s]thirds|a\s+quarter|one[-\s]quarter
         |three[-\s]quarters|a\s+fifth|one-fifth|a\s+tenth|one-tenth))(?=\s+(?:of|the|all)\b)
    | (?P<ratio>\b(?P<ratio_a>\d+|{WORD_NUMBER}|one)\s+(?:in|out\s+of|of\s+every(?=\s+(?:\d+|{WORD_NUMBER})\b))
         \s+(?P<ratio_b>(?!(?:1[89]|20)\d\d\b)\d+|{WORD_NUMBER}))\b
    | {_amount("currency", "number", "short_scale", "scale")}
      (?:\s*(?P<percent>%|percent\b|per\s+cent\b|percentage\s+points?\b))?
      (?:\s+(?P<currency_word>dollars|euros|pounds)\b)?
      {range_part}
    | (?P<word>\b{WORD_NUMBER}\b)(?:\s+(?P<word_scale>thousand|million|billion|dozen)\b)?
    )""",
        re.VERBOSE | re.IGNORECASE,
    )


NUMBER_PATTERN = _number_pattern(with_range=True)
SINGLE_NUMBER_PATTERN = _number_pattern(with_range=False)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _word_value(word: str) -> float:
    lowered = " ".join(word.lower().split())
    if lowered.startswith("a "):
        return float(_WORD_VALUES[lowered[2:]])
    if "-" in lowered:
        tens, ones = lowered.split("-")
        return float(_WORD_VALUES[tens] + _WORD_VALUES[ones])
    return float(_WORD_VALUES[lowered])


def _scale(short: str | None, long: str | None) -> float:
    if short:
        return _SCALES[short.lower()]
    if long:
        return _SCALES[long.lower()]
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
    groups = match.groupdict()
    qualifier = " ".join(match["qualifier"].lower().split()) if match["qualifier"] else None
    start = match.start()
    if qualifier == "between" and not groups.get("high"):
        qualifier, start = None, match.end("qualifier")
    end = match.end()
    if match["few"]:
        # "a few hundred dollars": approximately the unit it names.
        value = _SCALES[match["few_unit"].lower()]
        return Found(start, end, value, None, qualifier, "count", True, None, None, True)
    if match["fraction"]:
        value = _FRACTIONS[" ".join(match["fraction"].lower().split())]
        return Found(start, end, value, None, qualifier, "fraction", False, None, None, True)
    if match["ratio"]:
        numerator, denominator = (
            _number(part) if part[0].isdigit() else _word_value(part)
            for part in (match["ratio_a"], match["ratio_b"])
        )
        if denominator == 0 or numerator > denominator:
            return None
        return Found(start, end, numerator / denominator, None, qualifier, "ratio", False, None, None, True)
    if match["word"]:
        if match["word"].lower() == "one":
            return None
        value = _word_value(match["word"]) * _scale(None, match["word_scale"])
        return Found(start, end, value, None, qualifier, "count", False, None, None, True)
    number = match["number"]
    if number is None:
        return None
    value = _number(number) * _scale(match["short_scale"], match["scale"])
    currency = match["currency"] or groups.get("currency_high")
    unit = CURRENCY_SYMBOLS.get(currency or "") or CURRENCY_WORDS.get((match["currency_word"] or "").lower())
    percent = bool(match["percent"] or groups.get("percent_high"))
    kind: StatisticKind = "money" if unit else "percent" if percent else "count"
    value_high = None
    high = groups.get("high")
    if (
        high
        and bool(match["percent"]) != bool(groups.get("percent_high"))
        and (match["currency"] or groups.get("currency_high"))
    ):
        # "6.4 per cent to $9.8 billion": a change and the new level, two figures.
        return None
    if high:
        high_scale = _scale(groups.get("short_scale_high"), groups.get("scale_high"))
        if high_scale == 1.0 and (match["short_scale"] or match["scale"]):
            high_scale = _scale(match["short_scale"], match["scale"])
        value_high = _number(high) * high_scale
        if not match["short_scale"] and not match["scale"] and high_scale != 1.0:
            value *= high_scale
        if value_high <= value:
            # "5-4", "2017-16": a score or a label, not a range of quantities.
            return None
        kind = "range"
        if percent:
            unit = "percent"
    return Found(start, end, value, value_high, qualifier, kind, False, unit, None, False)
