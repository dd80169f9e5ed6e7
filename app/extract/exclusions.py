"""Numbers that are not statistics: ids and addresses, phone numbers, clock times, and figures that
define a group (`voters under 30`, `deals worth more than $1 million must be reported`).
"""

from __future__ import annotations

import re

from app.extract.counted import COMMON_VERBS, COUNTED_PHRASE_STOPS, GROUP_NOUNS
from app.extract.lexicon import word_set
from app.extract.numbers import Found, minus_sign_before
from app.extract.spans import word_pattern
from app.extract.units import TIME_UNITS, measure_unit

__all__ = ["YEAR_NOUN", "is_excluded", "is_rate_base", "is_threshold", "is_year_span", "phone_spans"]

# Written as a prefix tree: the pattern is tried at every offset of the text before each figure.
_LABEL_WORDS = word_pattern(word_set("number_label_words.txt")).replace(r"\ ", r"\s+")
# "last week 12 people", "each term 3 pupils": a period named by a determiner is no label.
_NOT_AFTER_DETERMINER = (
    r"(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bthat\s)"
    r"(?<!\bsame\s)(?<!\bthe\s)(?<![Ll]ast\s)(?<![Tt]his\s)"
)
_WEEK_NUMBER_BEFORE = re.compile(rf"{_NOT_AFTER_DETERMINER}\bweek\s+$")
# "Term two", "in quarter 2": the number of a part of the year (at most four of them); "the first quarter
# 3 firms" is a count.
_PART_NUMBER_BEFORE = re.compile(
    rf"{_NOT_AFTER_DETERMINER}(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfourth\s)(?<!\bfinal\s)"
    r"\b(?:[Tt]erm|[Qq]uarter|[Ss]emester)\s+$"
)
_PARTS_OF_A_YEAR = 4
_SKIP_BEFORE = re.compile(rf"(?:\b{_LABEL_WORDS}\s*#?|§\s*|#|\b[a-z]+[-/])$", re.IGNORECASE)
# `\d\d\d`, not `\d{3}`: a pattern that opens on a character class lets the scan skip other characters fast.
_PHONE_CORE = re.compile(r"\d\d\d[-.]\d{4}\b")
_PHONE_PREFIX = re.compile(r"(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])$")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers ("(614) 555-0199", "1-800-555-0142"), found from their fixed seven-digit tail."""
    spans = []
    for match in _PHONE_CORE.finditer(text):
        start = match.start()
        if start and text[start - 1].isdigit():
            continue
        prefix = _PHONE_PREFIX.search(text, max(0, start - 10), start)
        spans.append((prefix.start() if prefix else start, match.end()))
    return spans


_STREET = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Plaza|Parkway|Court|Ct\.|Highway|Terrace)"
)
_HYPHEN_COUNT_WORDS = word_pattern(word_set("hyphen_count_words.txt"))
_SKIP_AFTER = re.compile(
    r"\s+block\s+of\b|[-–/]\d\d(?!\d)|(?:st|nd|rd|th)\b|[-–](?:year|month|week|day|hour|minute|foot|mile|inch|pound|story|acre|page|member|yard)"
    rf"|-(?!(?:{_HYPHEN_COUNT_WORDS})\b)[a-z]|\(\w\)|:\d|/\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\s+o['’]clock\b|\.\d|[A-Za-z]",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|top|bottom)\s+$", re.IGNORECASE)
_AGE_APPOSITION = re.compile(r"\b[A-Z][a-z'’-]+,\s$")
_YEAR_AFTER_ARTICLE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z]+ed\s+)?$")
YEAR_NOUN = re.compile(r"\s+(?:school|fiscal|academic|budget|model|season|election|census|calendar)\b")


def is_excluded(
    text: str, match: re.Match[str], found: Found, blocked: list[tuple[int, int]], compound: bool = False
) -> bool:
    """Whether the matched number is part of a date, an id, an address, a clock time or a compound adjective."""
    number_start = match.start("number") if match["number"] else match.start("word") if match["word"] else -1
    if not (match["fraction"] or match["percent"] or match["currency"]) and _RANK_BEFORE.search(
        text, max(0, found.start - 16), found.start
    ):
        # "ranks 12 out of 50", "the top 10 of the league": a rank, not a quantity.
        return True
    for block_start, block_end in blocked:
        if block_start < found.end and found.start < block_end:
            return True
    if number_start < 0:
        return False
    before = text[max(0, number_start - 16) : number_start]
    if _SKIP_BEFORE.search(before) and not match["currency"]:
        return True
    if (
        not match["currency"]
        and not match["percent"]
        and found.value <= 53
        and _WEEK_NUMBER_BEFORE.search(text, max(0, number_start - 20), number_start)
    ):
        # "cases reported in week 36": the week's number, a label; "last week 12 people" is a count.
        return True
    if (
        not match["currency"]
        and not match["percent"]
        and found.value <= _PARTS_OF_A_YEAR
        and _PART_NUMBER_BEFORE.search(text, max(0, number_start - 20), number_start)
    ):
        return True
    previous_char = text[number_start - 1] if number_start > 0 else " "
    # `at -3.7% of GDP`: a minus sign before a share, which numbers.classify negates.
    minus = bool(match["percent"]) and minus_sign_before(text, number_start)
    if not match["currency"] and (previous_char.isalnum() or (previous_char in "-./#" and not minus)):
        return True
    after_end = match.end()
    if (
        _SKIP_AFTER.match(text, after_end)
        and not match["percent"]
        and not match["short_scale"]
        and not compound
        and measure_unit(text, after_end) is None
        # "$300 billion-the largest ever": an amount with a sign or a scale word is no compound adjective.
        and not (match["currency"] or match["scale"])
    ):
        return True
    plain = not (
        match["percent"]
        or match["currency"]
        or match["scale"]
        or ("high" in match.re.groupindex and match["high"])
    )
    if (
        plain
        and not match["qualifier"]
        and found.value <= 120
        and text[after_end : after_end + 1] in (",", ")")
        and _AGE_APPOSITION.search(text, max(0, number_start - 30), number_start)
    ):
        # "Margaret Dunbar, 83, has": an age in apposition to a name.
        return True
    if (
        plain
        and not match["qualifier"]
        and re.fullmatch(r"(?:19|20)\d\d", match["number"] or "")
        and _YEAR_AFTER_ARTICLE.search(text, max(0, number_start - 30), number_start)
    ):
        # "The 2019 accounts", "the restated 2018 accounts": a year naming what it is of (a count of
        # thousands after "the" is written with its comma, "the 2,000 staff").
        return True
    return bool(match["number"] and plain and _STREET.match(text, after_end))


def is_year_span(found: Found, match: re.Match[str]) -> bool:
    """`2017-2018`: a fiscal or school year, not a range of quantities."""
    return (
        found.kind == "range"
        and found.value_high == found.value + 1
        and 1900 <= found.value <= 2099
        and found.value.is_integer()
        and not (match["currency"] or match["percent"] or match["short_scale"] or match["scale"])
    )


def is_rate_base(text: str, found: Found, match: re.Match[str]) -> bool:
    """The `US$1` of an exchange rate written `N750/US$1`: the base of the rate, not an amount."""
    return bool(match["currency"]) and found.value == 1 and text[found.start - 1 : found.start] == "/"


# Numbers that define a population instead of citing a quantity.
_GROUP_WORD = r"(?P<group>[a-z]{3,})"


def _is_group(word: str) -> bool:
    lowered = word.lower()
    if lowered in GROUP_NOUNS:
        return True
    return (
        lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is"))
        and lowered not in COUNTED_PHRASE_STOPS
        and lowered not in COMMON_VERBS
    )


_AGE_LIMIT_BEFORE = re.compile(
    rf"\b{_GROUP_WORD}\s+(?:(?:aged?\s+)?(?:under|over|above|below|older\s+than|younger\s+than)\s+)?$",
    re.IGNORECASE,
)
_AGE_LIMIT_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|over|up|above|younger|under|below)\b", re.IGNORECASE)
_AGE_QUALIFIERS = frozenset(["under", "over", "older than", "younger than", "above", "below"])
_LIMIT_QUALIFIERS = frozenset(
    [
        "under",
        "over",
        "above",
        "below",
        "more than",
        "at least",
        "fewer than",
        "less than",
        "up to",
        "at most",
    ]
)
_RESTRICTIVE_BEFORE = re.compile(
    rf"\b{_GROUP_WORD}\s+(?:(?:who|that)\s+(?:[a-z]+\s+){{1,2}}|[a-z]+ing\s+|with\s+)$",
    re.IGNORECASE,
)
_THRESHOLD_NOUN_BEFORE = re.compile(
    r"\b(?:speeds?|incomes?|earnings|salaries|ages?|temperatures?|thresholds?|minimum|cutoff|limits?|eligibility)"
    r"\s+(?:of\s+)?$",
    re.IGNORECASE,
)


# A plural noun after a preposition or an article (not a verb: "Escondida alone produces more than 1 million tons").
_SIZED_GROUP_BEFORE = re.compile(
    r"\b(?:(?:of|for|in|on|with|all|the)\s+(?:[a-z]+\s+)?[a-z]{3,}[^s\W]s|the\s+[a-z]{3,}\s+[a-z]+(?:ed|ing))\s+$"
)

_CATEGORY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?[A-Za-z]{3,}[^s\W]s\s+"
    r"(?:worth|valued\s+at|of|priced\s+at|totaling|totalling|exceeding|above|over)\s+$"
)


# "12 were 19 or younger": an age bound.
_AGE_BOUND_AFTER = re.compile(r"\s+or\s+(?:older|younger)\b", re.IGNORECASE)
# "Consumers who paid $500 or more": a bound inside a relative clause.
_OR_MORE_AFTER = re.compile(r"\s+or\s+(?:more|less|fewer|above|below|higher|lower)\b", re.IGNORECASE)
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\b(?:who|that|whose|with)\b[^,;.]{0,40}$", re.IGNORECASE)
_GROUP_WAITING_BEFORE = re.compile(rf"\b{_GROUP_WORD}\s+waiting\s+(?:for\s+)?$", re.IGNORECASE)
# "patients waiting more than 52 weeks": a waiting-time bound.
_WAITING_BEFORE = re.compile(r"\b(?:waiting|waited|wait|waits)\s+(?:for\s+)?$", re.IGNORECASE)


# "over the age of 65", "50-64 years of age", "aged 12 years old": an age, not a quantity.
_AGE_OF_BEFORE = re.compile(r"\bages?\s+of\s+$", re.IGNORECASE)
_YEARS_OF_AGE_AFTER = re.compile(r"\s+years?\s+(?:of\s+age|old)\b", re.IGNORECASE)


_BOUNDED_TARGET_BEFORE = re.compile(r"\btargets?\s+(?:of\s+)?$", re.IGNORECASE)
_DURATION_OR_MORE_AFTER = re.compile(
    r"\s+(?:hours?|days?|weeks?|months?|years?)\s+or\s+(?:more|longer|over)\b", re.IGNORECASE
)


def is_threshold(text: str, found: Found, plain: bool) -> bool:
    """`voters under 30`, `adults 65 and older`, `people who work more than 20 hours`: a group's bounds."""
    before = text[max(0, found.start - 60) : found.start]
    qualifier = found.qualifier
    if found.kind in ("count", "range") and (
        (before.endswith("of ") and _AGE_OF_BEFORE.search(before))
        or _YEARS_OF_AGE_AFTER.match(text, found.end)
    ):
        return True
    if qualifier in ("between", *_LIMIT_QUALIFIERS) and _BOUNDED_TARGET_BEFORE.search(before):
        # "waiting longer than the maximum target of between 10 and 12 weeks": a bound set, not a figure.
        return True
    if found.kind == "count" and _DURATION_OR_MORE_AFTER.match(text, found.end):
        # "had been waiting 18 months or more", "on the list for three years or more": a bound on a wait.
        return True
    if plain and found.value <= 120 and _AGE_BOUND_AFTER.match(text, found.end):
        return True
    if _OR_MORE_AFTER.match(text, found.end) and _RELATIVE_CLAUSE_BEFORE.search(before):
        return True
    if qualifier in _LIMIT_QUALIFIERS and _WAITING_BEFORE.search(before):
        return True
    waiting_group = _GROUP_WAITING_BEFORE.search(before) if "waiting" in before else None
    if waiting_group is not None and _is_group(waiting_group["group"]):
        # "pathways waiting 36 weeks": the wait defines which pathways are counted.
        return True
    if qualifier is None and before.lower().endswith(("within ", "within a ")):
        # "within 50 miles of home", "within 30 days": a radius or a deadline, not a quantity.
        return True
    if (
        plain
        and found.value <= 120
        and (age := _AGE_LIMIT_BEFORE.search(before)) is not None
        and _is_group(age["group"])
        and (qualifier in _AGE_QUALIFIERS or _AGE_LIMIT_AFTER.match(text, found.end))
    ):
        return True
    if qualifier in _LIMIT_QUALIFIERS and _CATEGORY_SUBJECT.search(before):
        # "Deals worth more than $1 million must be reported": the amount defines a category.
        return True
    if (
        qualifier in _LIMIT_QUALIFIERS
        and _SIZED_GROUP_BEFORE.search(before)
        and measure_unit(text, found.end) not in (None, *TIME_UNITS)
    ):
        # "homes less than 100 square metres", "the home occupied more than 100 square metres": a size
        # that says which homes are meant.
        return True
    if qualifier in _LIMIT_QUALIFIERS:
        restrictive = _RESTRICTIVE_BEFORE.search(before)
        if restrictive is not None and _is_group(restrictive["group"]):
            return True
        return _THRESHOLD_NOUN_BEFORE.search(before) is not None
    return False
