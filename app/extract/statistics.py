"""Quantities cited as facts: counts, percentages, money, ranges, fractions, ratios and number words.

Not statistics: dates and years, phone/street/section/id numbers, ordinals, party-state tags,
hyphenated compound adjectives ("10-year-old") and durations that name a period ("first three months").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.dates import is_model_year
from app.extract.spans import Sentences, evidence
from app.models import DateMention, Evidence, Statistic, StatisticKind

__all__ = ["find_statistics"]


_WORD_VALUES: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "one": 1,
}  # fmt: skip
_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12, "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
}  # fmt: skip
_FRACTIONS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "one-half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "one third": 1 / 3,
    "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one-quarter": 0.25, "one quarter": 0.25,
    "three-quarters": 0.75, "three quarters": 0.75, "a fifth": 0.2, "one-fifth": 0.2, "a tenth": 0.1,
    "one-tenth": 0.1, "a majority": 0.5, "fifth": 0.2, "tenth": 0.1, "quarter": 0.25, "third": 1 / 3,
}  # fmt: skip
_VAGUE: dict[str, float] = {
    "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
    "hundreds of millions": 1e8, "thousands": 1e3, "hundreds": 1e2, "dozens": 12, "millions": 1e6,
    "billions": 1e9, "scores": 20,
}  # fmt: skip
_CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}

_QUALIFIER = (
    r"(?P<qualifier>\b(?:at\s+least|at\s+most|about|roughly|approximately|around|nearly|almost|"
    r"well\s+over|just\s+over|just\s+under|over|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|"
    r"as\s+much\s+as|as\s+few\s+as|close\s+to|only|just|some|an\s+estimated|upwards?\s+of|under|between|plus\s+or\s+minus|past|nearly)\s+)?"
)
# Cheap first pass: where a figure can start. The full pattern runs only at these places.
_TRIGGER = re.compile(
    r"[\d$€£¥]|\b(?:a\s+few|fifth|tenth|quarter|third|a\s+(?:third|quarter|fifth|tenth|half|dozen|hundred)|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|half|tens|hundreds|thousands|dozens|millions|billions|scores)\b",
    re.IGNORECASE,
)
_QUALIFIER_TAIL = re.compile(
    _QUALIFIER.replace("(?P<qualifier>", "(?:").removesuffix(")?") + ")$", re.IGNORECASE
)
_WORD_NUMBER = (
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
      (?P<vague>\b(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|hundreds\s+of\s+millions
         |thousands|hundreds|dozens|millions|billions))(?=\s+of\b|\s+more\b)
    | (?P<few>\ba\s+few\s+(?P<few_unit>hundred|thousand|million|billion|dozen))\b
    | (?P<fraction>(?:(?<=\btop\s)|(?<=\bbottom\s))(?:fifth|tenth|quarter|third|half)|\b(?:a\s+half|one-half|half|a\s+third|one[-\s]third|two[-\s]thirds|a\s+quarter|one[-\s]quarter
         |three[-\s]quarters|a\s+fifth|one-fifth|a\s+tenth|one-tenth))(?=\s+(?:of|the|all)\b)
    | (?P<ratio>\b(?P<ratio_a>\d+|{_WORD_NUMBER}|one)\s+(?:in|out\s+of|of\s+every(?=\s+(?:\d+|{_WORD_NUMBER})\b))
         \s+(?P<ratio_b>(?!(?:1[89]|20)\d\d\b)\d+|{_WORD_NUMBER}))\b
    | {_amount("currency", "number", "short_scale", "scale")}
      (?:\s*(?P<percent>%|percent\b|per\s+cent\b|percentage\s+points?\b))?
      (?:\s+(?P<currency_word>dollars|euros|pounds)\b)?
      {range_part}
    | (?P<word>\b{_WORD_NUMBER}\b)(?:\s+(?P<word_scale>thousand|million|billion|dozen)\b)?
    )""",
        re.VERBOSE | re.IGNORECASE,
    )


_NUMBER_PATTERN = _number_pattern(with_range=True)
_SINGLE_NUMBER_PATTERN = _number_pattern(with_range=False)

# Things a number can be without being a statistic.
_SKIP_BEFORE = re.compile(
    r"(?:\b(?:section|sec\.|title|article|chapter|rule|amendment|no\.|number|route|highway|interstate|district|ward"
    r"|precinct|room|suite|box|page|pp?\.|ext\.|flight|case|docket|bill|h\.r\.|s\.|proposition|prop\.|measure"
    r"|code|form|station|unit|building|gate|terminal|version|episode|season|resolution|order|id|call|dial|"
    r"phone|fax|apt\.|apartment|district|grade|level|class|category|tier|age|aged|ages|every|local|per|lot|pier|exit|mile\s+marker"
    r"|road|rd\.|hwy\.?|freeway|expressway|state\s+route|sr|us|u\.s\.)\s*#?|§\s*|#|\b[a-z]+[-/])$",
    re.IGNORECASE,
)
_PHONE_CORE = re.compile(r"\d{3}[-.]\d{4}\b")
_PHONE_PREFIX = re.compile(r"(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])$")


def _phone_spans(text: str) -> list[tuple[int, int]]:
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
_SKIP_AFTER = re.compile(
    r"\s+block\s+of\b|[-–/]\d\d(?!\d)|(?:st|nd|rd|th)\b|[-–](?:year|month|week|day|hour|minute|foot|mile|inch|pound|story|acre|page|member|yard)"
    r"|-[a-z]|\(\w\)|:\d|/\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\s+o['’]clock\b|\.\d|[A-Za-z]",
    re.IGNORECASE,
)
_PERIOD_WORDS = re.compile(r"\b(?:first|last|next|past|previous|final|initial|coming)\s+$", re.IGNORECASE)
_TIME_UNITS = frozenset(
    ["days", "weeks", "months", "years", "hours", "minutes", "decades", "quarters", "seconds"]
)

_NP_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")
_NP_SKIP = re.compile(
    r"\s+(?:of\s+(?:(?:the|all|its|those|these|their|our|his|her|a|an|such)\s+)?"
    r"|(?:the|all|its|those|these|their|our|his|her)\s+)?",
    re.IGNORECASE,
)
_NP_STOP = frozenset(
    [
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "what",
        "where",
        "when",
        "why",
        "how",
        "in",
        "on",
        "at",
        "from",
        "for",
        "to",
        "with",
        "by",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "against",
        "between",
        "among",
        "across",
        "through",
        "during",
        "since",
        "until",
        "after",
        "before",
        "than",
        "as",
        "per",
        "via",
        "within",
        "without",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "had",
        "have",
        "has",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "do",
        "does",
        "did",
        "say",
        "says",
        "said",
        "told",
        "include",
        "included",
        "includes",
        "including",
        "according",
        "more",
        "less",
        "fewer",
        "were",
        "each",
        "every",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "if",
        "while",
        "because",
        "although",
        "though",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "they",
        "them",
        "we",
        "he",
        "she",
        "you",
        "i",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "a",
        "an",
        "the",
        "of",
        "who'd",
        "who’d",
        "who've",
        "who’ve",
        "alone",
        "also",
        "already",
        "annually",
        "daily",
        "yearly",
        "weekly",
        "monthly",
        "total",
        "last",
        "next",
        "ago",
        "now",
        "nationwide",
        "statewide",
        "apiece",
        "overall",
        "combined",
        "earlier",
        "later",
        "then",
        "still",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
_ANTECEDENT_PRONOUNS = frozenset(["them", "those", "these", "it", "this", "they"])
_PERIOD_LEAD = re.compile(
    r"(?:\b(?:since|during|in|from|between|through|by|as\s+of|over|for|until)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last|past|final)\s+(?:(?:two|three|four|six|nine|few)\s+)?"
    r"(?:quarter|half|months?|weeks?|days?|years?)\s+of\s+)?$",
    re.IGNORECASE,
)
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:so\s+far\s+)?this\s+(?:year|month|week)|last\s+(?:year|month|week)|in\s+recent\s+(?:years|months)"
    r"|each\s+(?:year|day|month)|every\s+(?:single\s+)?day|per\s+(?:year|day))\b",
    re.IGNORECASE,
)


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


def _noun_phrase(text: str, position: int, limit: int, money: bool = False) -> tuple[str | None, int]:
    """The counted noun phrase starting at `position` (up to `limit`), and where it ends."""
    skip = _NP_SKIP.match(text, position, limit)
    cursor = skip.end() if skip else position
    possessive = _LEADING_POSSESSIVE.match(text, cursor, limit)
    if possessive:
        # "the nation's 313 control facilities", "the city's general fund"
        cursor = possessive.end()
    words: list[tuple[int, int]] = []
    while len(words) < 6:
        match = _NP_WORD.match(text, cursor, limit)
        if not match:
            break
        word = match[1]
        lowered = word.lower()
        previous = text[words[-1][0] : words[-1][1]].lower() if words else ""
        participle = lowered.endswith(("ed", "ing")) and len(lowered) > 4
        if not words and lowered in ("more", "additional") and text[match.end() : match.end() + 1] == " ":
            # "six more openings": the count is of openings.
            following = _NP_WORD.match(text, match.end(), limit)
            if following and following[1].lower() not in _NP_STOP and following[1][0].islower():
                cursor = match.end()
                continue
        if not words and participle:
            following = _NP_WORD.match(text, match.end(), limit)
            noun_follows = (
                money
                and lowered.endswith("ing")
                and following is not None
                and following[1][0].islower()
                and following[1].lower() not in _NP_STOP
            )
            if not noun_follows and (not following or not _PLURAL.search(following[1].lower())):
                # "61 required hospitalization": a verb, not an adjective as in "registered voters".
                break
        gerund_noun = (
            words
            and lowered.endswith("ing")
            and not _PLURAL.search(previous)
            and previous not in _GROUP_NOUNS
            and not previous.endswith(("ed", "ing"))
        )
        if lowered in _NP_STOP or (words and participle and not gerund_noun):
            following = _NP_WORD.match(text, match.end(), limit)
            if (
                lowered == "and"
                and words
                and not previous.endswith("s")
                and following
                and following[1].lower() not in _NP_STOP
            ):
                words.append(match.span(1))
                cursor = match.end()
                continue
            break
        if word.isupper() and len(word) > 3 and words and not previous.isupper():
            break
        if word[0].isupper() and words and text[words[-1][0]].islower():
            # "package late Sunday": a capitalized word after lowercase ones starts something else.
            break
        if words and (
            lowered in _COMMON_VERBS
            or lowered in _TIME_ADVERBS
            or (lowered.endswith("ly") and lowered not in _LY_NOUNS)
        ):
            # "households spends", "children attend": the verb after the counted noun.
            break
        if _PLURAL.search(previous) and word[0].islower() and not lowered.endswith("s"):
            # A plural noun followed by a singular lowercase word: the verb ("renters spend").
            break
        if len(words) >= 2 and _PLURAL.search(lowered) and word[0].islower():
            following = _NP_WORD.match(text, match.end(), limit)
            if following is not None and (
                following[1].lower().endswith("ed")
                or (following[1].lower() in _COMMON_VERBS and not following[1].lower().endswith("s"))
            ):
                # "grant program lawmakers approved": a new clause's subject and verb.
                break
        if word.endswith(("'", "’")):
            words.append((match.start(1), match.end(1) - 1))
            break
        words.append(match.span(1))
        cursor = match.end()
        if text[cursor : cursor + 1] not in (" ", ""):
            break
    while words and text[words[-1][0] : words[-1][1]].lower() == "and":
        words.pop()
    if not words:
        return None, position
    phrase = text[words[0][0] : words[-1][1]]
    lowered_phrase = phrase.lower()
    if len(words) == 1 and lowered_phrase.endswith(("ed", "ing")) and len(lowered_phrase) > 4:
        return None, position
    return phrase, words[-1][1]


_COMMON_VERBS = frozenset(
    [
        "attend",
        "attended",
        "attends",
        "back",
        "backed",
        "backs",
        "believe",
        "believes",
        "came",
        "come",
        "comes",
        "die",
        "died",
        "dies",
        "earn",
        "earned",
        "earns",
        "enroll",
        "enrolled",
        "enrolls",
        "face",
        "faced",
        "faces",
        "favor",
        "favored",
        "favors",
        "get",
        "gets",
        "go",
        "goes",
        "got",
        "lack",
        "lacked",
        "lacks",
        "leave",
        "leaves",
        "left",
        "live",
        "lived",
        "lives",
        "lose",
        "loses",
        "lost",
        "made",
        "make",
        "makes",
        "need",
        "needed",
        "needs",
        "oppose",
        "opposes",
        "own",
        "owned",
        "owns",
        "paid",
        "pay",
        "pays",
        "qualified",
        "qualifies",
        "qualify",
        "receive",
        "received",
        "receives",
        "remain",
        "remains",
        "report",
        "reported",
        "reports",
        "saw",
        "say",
        "see",
        "sees",
        "show",
        "showed",
        "shows",
        "spend",
        "spends",
        "spent",
        "stay",
        "stayed",
        "stays",
        "support",
        "supports",
        "take",
        "takes",
        "think",
        "thinks",
        "took",
        "use",
        "used",
        "uses",
        "want",
        "wanted",
        "wants",
        "went",
        "win",
        "wins",
        "won",
        "work",
        "worked",
        "works",
        "spoke",
        "speak",
        "speaks",
        "resume",
        "resumes",
        "resumed",
        "continue",
        "continues",
        "begin",
        "begins",
        "began",
        "start",
        "starts",
        "end",
        "ends",
        "rose",
        "fell",
        "grew",
        "held",
        "met",
        "ran",
        "stood",
        "gave",
        "became",
        "brought",
        "bought",
        "built",
        "found",
        "heard",
        "kept",
        "knew",
        "led",
        "sent",
        "sold",
        "fled",
        "told",
        "wrote",
        "voted",
        "waited",
        "rode",
    ]
)
_LY_NOUNS = frozenset(
    ["family", "supply", "assembly", "rally", "ally", "anomaly", "monopoly", "reply", "italy"]
)
_UNIT_WORDS = frozenset(
    [
        "mph", "kph", "km/h", "miles", "mile", "kilometres", "kilometers", "km", "kilograms", "kg", "grams",
        "tons", "tonnes", "feet", "foot", "inches", "acres", "hectares", "gallons", "litres", "liters",
        "degrees", "meters", "metres", "yards", "ounces", "barrels", "lbs", "mm", "cm", "square",
    ]
)  # fmt: skip
# Units that name no material: "winds of 120 mph" counts the winds.
_BARE_UNITS = frozenset(["mph", "kph", "km/h", "degrees", "mm", "cm", "km"])
_IN_WHAT = re.compile(
    r"\s+in\s+(?!(?:the|a|an|its|their|his|her|our|this|that|fiscal|each|every)\b)(?=[a-z])"
)
_TIME_ADVERBS = frozenset(["late", "early", "yesterday", "today", "tonight", "tomorrow"])
_LEADING_POSSESSIVE = re.compile(r"[A-Za-z]+['’]s\s+(?:\d[\d,.]*\s+)?")
_PLURAL = re.compile(r"[a-z]{3,}[^s]s$")
_SUBJECT_VERB = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Hh]is\s+|[Hh]er\s+|[Oo]ur\s+)?"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?:\s+(?:in|at|of|for|on|among)\s+[^,;]{1,40}?)?\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:risen|fallen|grown|shrunk|closed|rose|fell|dropped|declined|increased|decreased|"
    r"climbed|grew|jumped|surged|plunged|totaled|totalled|reached|hit|remained|stood|numbered|swelled|topped|"
    r"soared|doubled|tripled|averaged)\b"
)
_OF_THE_GROUP = re.compile(r"\b[Oo]f\s+(?:the|those|these|all)\s+(?P<np>[a-z][\w'’ -]{1,40}?),\s*$")
_NOUN_OF = re.compile(r"\b(?P<np>[a-z][a-z-]{2,})\s+of\s+$")
_NOT_COUNTED = frozenset(["total", "number", "average", "sum", "tally", "count", "rate", "share", "percent"])
_DURATION_AFTER = re.compile(r"\s+(?:earlier|later|ago|before|after|prior|from\s+now)\b")
_DURATION_BEFORE = re.compile(
    r"\b(?:in|over|within|during|past|last|next|first|coming|previous|the\s+past|the\s+last|the\s+next|the\s+first)\s+$",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|last|latter|former|final)\s+$", re.IGNORECASE)


def _counts_before(text: str, sentence_start: int, stat_start: int) -> str | None:
    """The counted thing named before the figure: "Homicides ... dropped to 143", "Of the cases, 61"."""
    before = text[sentence_start:stat_start]
    of_group = _OF_THE_GROUP.search(before)
    if of_group:
        return of_group["np"].strip()
    noun_of = _NOUN_OF.search(before)
    if noun_of and noun_of["np"] not in _NOT_COUNTED and noun_of["np"] not in _NP_STOP:
        return noun_of["np"]
    subject = None
    for match in _SUBJECT_VERB.finditer(before):
        subject = match
    if subject is not None:
        phrase = subject["np"]
        if phrase.split()[0].lower() not in _NP_STOP:
            return phrase
    return None


@dataclass
class _Found:
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


def _classify(text: str, match: re.Match[str]) -> _Found | None:
    groups = match.groupdict()
    qualifier = " ".join(match["qualifier"].lower().split()) if match["qualifier"] else None
    start = match.start()
    if qualifier == "between" and not groups.get("high"):
        qualifier, start = None, match.end("qualifier")
    end = match.end()
    if match["vague"]:
        value = _VAGUE[" ".join(match["vague"].lower().split())]
        return _Found(start, end, value, None, qualifier, "count", True, None, None, True)
    if match["few"]:
        # "a few hundred dollars": approximately the unit it names.
        value = _SCALES[match["few_unit"].lower()]
        return _Found(start, end, value, None, qualifier, "count", True, None, None, True)
    if match["fraction"]:
        value = _FRACTIONS[" ".join(match["fraction"].lower().split())]
        return _Found(start, end, value, None, qualifier, "fraction", False, None, None, True)
    if match["ratio"]:
        numerator, denominator = (
            _number(part) if part[0].isdigit() else _word_value(part)
            for part in (match["ratio_a"], match["ratio_b"])
        )
        if denominator == 0 or numerator > denominator:
            return None
        return _Found(start, end, numerator / denominator, None, qualifier, "ratio", False, None, None, True)
    if match["word"]:
        if match["word"].lower() == "one":
            return None
        value = _word_value(match["word"]) * _scale(None, match["word_scale"])
        return _Found(start, end, value, None, qualifier, "count", False, None, None, True)
    number = match["number"]
    if number is None:
        return None
    value = _number(number) * _scale(match["short_scale"], match["scale"])
    currency = match["currency"] or groups.get("currency_high")
    unit = _CURRENCIES.get(currency or "") or _CURRENCY_WORDS.get((match["currency_word"] or "").lower())
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
    return _Found(start, end, value, value_high, qualifier, kind, False, unit, None, False)


def _is_excluded(
    text: str, match: re.Match[str], found: _Found, blocked: list[tuple[int, int]], compound: bool = False
) -> bool:
    number_start = match.start("number") if match["number"] else match.start("word") if match["word"] else -1
    for block_start, block_end in blocked:
        if block_start < found.end and found.start < block_end:
            return True
    if number_start < 0:
        return False
    before = text[max(0, number_start - 16) : number_start]
    if _SKIP_BEFORE.search(before) and not match["currency"]:
        return True
    previous_char = text[number_start - 1] if number_start > 0 else " "
    if (previous_char.isalnum() or previous_char in "-./#") and not (
        previous_char == "-" and match["currency"]
    ):
        return True
    after_end = match.end()
    if (
        _SKIP_AFTER.match(text, after_end)
        and not match["percent"]
        and not match["short_scale"]
        and not compound
    ):
        return True
    plain = not (match["percent"] or match["currency"] or match["scale"] or match.groupdict().get("high"))
    return bool(match["number"] and plain and _STREET.match(text, after_end))


def _period(text: str, sentence: tuple[int, int], position: int, dates: Sequence[DateMention]) -> str | None:
    start, end = sentence
    inside = [
        mention
        for mention in dates
        if start <= mention.start
        and mention.end <= end
        and not _ATTRIBUTIVE_YEAR.search(text, max(0, mention.start - 4), mention.start)
    ]
    if inside:
        nearest = min(inside, key=lambda mention: abs(mention.start - position))
        index = inside.index(nearest)
        span_start, span_end = nearest.start, nearest.end
        if index > 0 and re.fullmatch(
            r"\s*(?:through|to|until|-|–)\s*", text[inside[index - 1].end : span_start]
        ):
            span_start = inside[index - 1].start
        elif index + 1 < len(inside) and re.fullmatch(
            r"\s*(?:through|to|until|-|–)\s*", text[span_end : inside[index + 1].start]
        ):
            span_end = inside[index + 1].end
        lead = _PERIOD_LEAD.search(text, max(start, span_start - 60), span_start)
        if lead and lead.group().strip():
            span_start = lead.start()
        return text[span_start:span_end].strip()
    relative = _RELATIVE_PERIOD.search(text, start, end)
    return relative.group() if relative else None


def _place(
    sentence: tuple[int, int], text: str, position: int, places: Sequence[tuple[str, int, int]]
) -> str | None:
    start, end = sentence
    clause_start = max(start, text.rfind(";", start, position) + 1)
    clause_end_index = text.find(";", position, end)
    clause_end = end if clause_end_index < 0 else clause_end_index
    before = [place for place in places if clause_start <= place[1] and place[2] <= position]
    if before:
        return max(before, key=lambda place: (place[2], -place[1]))[0]
    after = [place for place in places if position <= place[1] and place[2] <= clause_end]
    return after[0][0] if after else None


_SKIP = "\x00skip"

# "voted 6-3", "on a 5-2 vote": both sides of a tally are counts of votes.
_TALLY = re.compile(r"(?<![\w.$-])(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})(?![\w.%-])")
_TALLY_BEFORE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|approved|rejected|passed|defeated|ruled|decided|split|endorsed)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:by|on|in|with)\s+(?:a|an|the)\s+$",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(r"\s+(?:vote|decision|ruling|majority|margin|tally)\b", re.IGNORECASE)
# "a 100-basis-point cut", "a 12-point lead": a measured amount written as a compound modifier.
_COMPOUND_UNIT = re.compile(
    r"-(?P<unit>basis-point|percentage-point|point|square-foot|square-mile|mile|kilometer|kilometre|acre|megawatt"
    r"|gigawatt|ton|tonne|gallon|bed|seat)(?![\w-])",
    re.IGNORECASE,
)
_IRREGULAR_PLURALS = {"foot": "feet"}
# "31.2 per 100,000 residents": a rate; the denominator is part of its unit, not a statistic.
_RATE = re.compile(
    r"(?P<noun>(?:\s+[a-z][\w-]*){0,3}?)\s+per\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+|thousand|million|capita)\b"
    r"(?:\s+(?P<of>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
)
# Numbers that define a population instead of citing a quantity.
_GROUP_WORD = r"(?P<group>[a-z]{3,})"
_GROUP_NOUNS = frozenset(
    ["people", "children", "men", "women", "those", "anyone", "everyone", "youth", "staff"]
)


def _is_group(word: str) -> bool:
    lowered = word.lower()
    if lowered in _GROUP_NOUNS:
        return True
    return (
        lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is"))
        and lowered not in _NP_STOP
        and lowered not in _COMMON_VERBS
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


_CATEGORY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?[A-Za-z]{3,}[^s\W]s\s+"
    r"(?:worth|valued\s+at|of|priced\s+at|totaling|totalling|exceeding|above|over)\s+$"
)


def _is_threshold(text: str, found: _Found, plain: bool) -> bool:
    """`voters under 30`, `adults 65 and older`, `people who work more than 20 hours`: a group's bounds."""
    before = text[max(0, found.start - 60) : found.start]
    qualifier = found.qualifier
    age = _AGE_LIMIT_BEFORE.search(before)
    if (
        plain
        and found.value <= 120
        and age is not None
        and _is_group(age["group"])
        and (qualifier in _AGE_QUALIFIERS or _AGE_LIMIT_AFTER.match(text, found.end))
    ):
        return True
    if qualifier in _LIMIT_QUALIFIERS and _CATEGORY_SUBJECT.search(before):
        # "Deals worth more than $1 million must be reported": the amount defines a category.
        return True
    if qualifier in _LIMIT_QUALIFIERS:
        restrictive = _RESTRICTIVE_BEFORE.search(before)
        if restrictive is not None and _is_group(restrictive["group"]):
            return True
        return _THRESHOLD_NOUN_BEFORE.search(before) is not None
    return False


_YEAR_NOUN = re.compile(r"\s+(?:school|fiscal|academic|budget|model|season|election|census|calendar)\b")
_OF_THE_TOTAL = re.compile(
    rf"\s+of\s+(?:the|its|their|all)\s+(?:[\d,]+|{_WORD_NUMBER}|one)\s+(?=[a-z])", re.IGNORECASE
)
_AMONG_AFTER = re.compile(
    r"(?:\s*(?:,|to|and|vs\.?|versus)\s*\d[\d.]*\s*(?:%|percent|per\s+cent))*\s+among\s+(?:the\s+|all\s+)?",
    re.IGNORECASE,
)
_AMONG_LEAD = re.compile(
    r"^(?:[A-Z][\w ]{0,30}?,\s+)?[Aa]mong\s+(?:the\s+|all\s+)?(?P<np>[a-z][\w -]{1,40}?),"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|fell|dropped|declined|increased|decreased|climbed|grew|jumped|surged|plunged|slipped|slid|gained"
    r"|shrank|sank|tumbled|soared|rise|fall|drop|decline|increase|decrease|climb|grow|jump|risen|fallen|grown"
    r"|shrunk|sunk)(?:\s+[a-z]+ly)?(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent))?(?:\s+(?:by|to))?\s+$",
    re.IGNORECASE,
)
_AMOUNT_OF = re.compile(r"\b(?P<np>(?:[a-z]{3,}\s+)?[a-z]{3,})\s+of\s+$")
_NOT_AMOUNT_NOUN = frozenset(
    ["total", "sum", "average", "amount", "excess", "tune", "upwards", "range", "value"]
)


def _statistic_counts(
    text: str, found: _Found, sentence: tuple[int, int], previous_counts: tuple[int, str] | None
) -> str | None:
    """The counted noun phrase of a figure, None when there is none, or _SKIP when it is not a statistic."""
    counts, counts_end = _noun_phrase(text, found.end, sentence[1], money=found.kind == "money")
    if counts is not None and counts.split()[0].lower() in _UNIT_WORDS:
        # "12 miles of coastline", "9 pounds of fentanyl": the unit measures; the material is counted.
        material = re.match(r"\s+of\s+", text[counts_end : counts_end + 8])
        if material is not None:
            counts, _ = _noun_phrase(text, counts_end + material.end(), sentence[1])
        elif counts.split()[0].lower() in _BARE_UNITS:
            noun_of = _NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
            counts = noun_of["np"] if noun_of else None
    of_the_total = _OF_THE_TOTAL.match(text, found.end, sentence[1])
    if counts is None and of_the_total is not None and found.kind == "count":
        # "Eleven of the 12 schools": the part counts what the whole counts.
        counts, _ = _noun_phrase(text, of_the_total.end(), sentence[1])
    after_of = re.match(r"\s+of\b|\s+(?:the|all)\b", text[found.end : found.end + 6]) is not None
    if (found.kind == "percent" or found.unit == "percent") and not after_of:
        counts = None
    if found.kind == "fraction" and _ORDINAL_BEFORE.search(text, max(0, found.start - 10), found.start):
        return _SKIP
    if found.from_words and counts is None and found.kind not in ("fraction", "ratio"):
        return _SKIP
    if found.from_words and found.kind == "count" and counts and all(w[0].isupper() for w in counts.split()):
        # "Three Rivers", "Two Men Sentenced": a name or a headline, not a count.
        return _SKIP
    if counts and counts.split()[0].lower() in _TIME_UNITS and found.kind == "count":
        if found.qualifier in ("past", "over", "under"):
            return _SKIP
        before = text[max(0, found.start - 12) : found.start]
        if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, found.end + len(counts) + 1):
            return _SKIP
    if counts is None and re.match(r"\s+of\s+(?:them|those|these)\b", text[found.end : found.end + 12]):
        counts = "them"
    if counts is not None and counts.lower() in _ANTECEDENT_PRONOUNS:
        counts = previous_counts[1] if previous_counts and previous_counts[0] >= sentence[0] else None
    if counts is None and found.kind in ("count", "range") and found.unit != "percent":
        noun_of = _NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
        if noun_of and noun_of["np"] not in _NOT_COUNTED and noun_of["np"] not in _NP_STOP:
            counts = noun_of["np"]
        elif previous_counts is not None and previous_counts[0] >= sentence[0]:
            counts = previous_counts[1]
        else:
            counts = _counts_before(text, sentence[0], found.start)
    if counts is None and found.kind == "count" and not found.qualifier and found.value < 1000:
        return _SKIP
    if counts is None and found.kind == "percent":
        counts = _percent_counts(text, found, sentence)
    if counts is None and found.kind == "money":
        in_what = _IN_WHAT.match(text, found.end, sentence[1])
        if in_what is not None:
            # "$2.3 million in overtime", "$18,400 in cash": what the money is in.
            counts, _ = _noun_phrase(text, in_what.end(), sentence[1])
            if counts is not None and (
                counts.split()[0].lower() in _TIME_UNITS or counts.lower() in _NP_STOP
            ):
                counts = None
    if (
        counts is None
        and found.kind == "money"
        and _CHANGE_BEFORE.search(text, max(sentence[0], found.start - 40), found.start)
    ):
        # "Revenue rose 6.4 per cent to $9.8 billion": the new level of what changed.
        counts = _counts_before(text, sentence[0], found.start)
    if counts is None and found.kind == "money":
        amount_of = _AMOUNT_OF.search(text, max(sentence[0], found.start - 40), found.start)
        if amount_of is not None:
            words = amount_of["np"].split()
            if words[0] in _NP_STOP or words[0] in _COMMON_VERBS:
                words = words[1:]
            if words and words[-1] not in _NOT_AMOUNT_NOUN and words[-1] not in _NP_STOP:
                counts = " ".join(words)
    return counts


def _percent_counts(text: str, found: _Found, sentence: tuple[int, int]) -> str | None:
    """`led 48 percent to 44 percent among likely voters`, `Revenue fell 9 percent`."""
    among = _AMONG_AFTER.match(text, found.end, sentence[1])
    if among is not None:
        phrase, _ = _noun_phrase(text, among.end(), sentence[1])
        if phrase:
            return phrase
    lead = _AMONG_LEAD.match(text[sentence[0] : found.start])
    if lead is not None:
        return lead["np"].strip()
    if _CHANGE_BEFORE.search(text, max(sentence[0], found.start - 20), found.start):
        subject = _counts_before(text, sentence[0], found.start)
        if subject is not None and subject.split()[-1].lower() not in _NOT_COUNTED:
            return subject
    return None


def find_statistics(
    text: str,
    *,
    sentences: Sentences | None = None,
    dates: Sequence[DateMention] = (),
    places: Sequence[tuple[str, int, int]] = (),
) -> list[Statistic]:
    """Every statistic in `text`; dates and places give its period and place."""
    sentences = sentences or Sentences.of(text)
    blocked = [(mention.start, mention.end) for mention in dates]
    blocked.extend(_phone_spans(text))
    statistics: list[Statistic] = []
    previous_counts: tuple[int, str] | None = None
    position = 0
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < position:
            continue
        tally = _TALLY.match(text, trigger.start()) if text[trigger.start()].isdigit() else None
        if tally is not None and (
            _TALLY_BEFORE.search(text, max(0, trigger.start() - 40), trigger.start())
            or _TALLY_AFTER.match(text, tally.end())
        ):
            position = tally.end()
            for group in ("a", "b"):
                tally_sentence = sentences.span_at(tally.start())
                statistics.append(
                    Statistic(
                        start=tally.start(group),
                        end=tally.end(group),
                        text=tally[group],
                        value=float(tally[group]),
                        kind="count",
                        counts="votes",
                        sentence=evidence(text, *tally_sentence),
                    )
                )
            continue
        qualifier = _QUALIFIER_TAIL.search(text, max(position, trigger.start() - 24), trigger.start())
        match = _NUMBER_PATTERN.match(text, qualifier.start() if qualifier else trigger.start())
        if match is None and qualifier is not None:
            match = _NUMBER_PATTERN.match(text, trigger.start())
        if match is None or match.end() <= trigger.start():
            continue
        found = _classify(text, match)
        if found is None and match["number"] and match.groupdict().get("high"):
            # "49 percent to 43 percent": two figures, not a range.
            single = _SINGLE_NUMBER_PATTERN.match(text, match.start())
            if single is not None:
                match = single
                found = _classify(text, match)
        position = max(match.end(), position + 1)
        if found is None:
            continue
        plain = bool(
            match["number"]
            and not (
                match["percent"]
                or match["currency"]
                or match["currency_word"]
                or match.groupdict().get("high")
            )
        )
        compound = _COMPOUND_UNIT.match(text, match.end()) if plain and not match["scale"] else None
        if _is_excluded(text, match, found, blocked, compound is not None):
            continue
        if (
            plain
            and found.value.is_integer()
            and 1900 <= found.value <= 2099
            and not match["short_scale"]
            and (not _noun_phrase(text, found.end, len(text))[0] or _YEAR_NOUN.match(text, found.end))
        ):
            # A year the date finder did not take ("the 2026-27 school year", "a 2026 model").
            continue
        if plain and is_model_year(text, found.start):
            # "a 2019 Dodge Ram": a vehicle's model year.
            continue
        sentence = sentences.span_at(found.start)
        rate = _RATE.match(text, found.end) if plain and not match["scale"] else None
        if compound is not None:
            unit_word = compound["unit"].lower()
            last = unit_word.split("-")[-1]
            plural = _IRREGULAR_PLURALS.get(last, last + "s")
            found.end = compound.end()
            counts: str | None = " ".join([*unit_word.split("-")[:-1], plural])
        elif rate is not None and (rate["base"] != "capita" or rate["noun"].strip()):
            found.kind = "ratio"
            found.unit = f"per {rate['base']}"
            noun = rate["noun"].strip()
            counts = noun or None
            if counts is None:
                subject = _counts_before(text, sentence[0], found.start)
                if subject is not None:
                    words = subject.split()
                    counts = " ".join(words[:-1] if len(words) > 1 and words[-1].lower() == "rate" else words)
        else:
            if _is_threshold(text, found, plain):
                continue
            counts = _statistic_counts(text, found, sentence, previous_counts)
        if counts is _SKIP:
            continue
        if counts is not None and found.kind in ("count", "range"):
            previous_counts = (found.start, counts)
        statistics.append(
            Statistic(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                value=found.value,
                value_high=found.value_high,
                qualifier=found.qualifier,
                kind=found.kind,
                approximate=found.approximate,
                unit=found.unit,
                counts=counts,
                sentence=evidence(text, *sentence)
                if sentence[1] > sentence[0]
                else Evidence(start=found.start, end=found.end, text=text[found.start : found.end]),
                place=_place(sentence, text, found.start, places),
                period=_period(text, sentence, found.start, dates),
            )
        )
    return statistics
