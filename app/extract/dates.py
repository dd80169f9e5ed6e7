"""Date expressions: every date mentioned, normalized only as far as the text allows.

Normalized values: `2017-04-06` (full date), `2017-04` (month and year), `2017` (year),
`--04-06` (month and day with no year stated next to it), `--04` (a month alone).
A year is never guessed from the publication date; see docs/evaluation.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.extract.lexicon import MONTH_TABLE, VEHICLE_MAKES, YEAR_PLURAL_NOUNS
from app.models import DateMention

__all__ = [
    "DATE_PATTERN",
    "MONTHS",
    "MONTH_NAME",
    "PUBLICATION_YEAR",
    "WEEKDAY_NAME",
    "date_matches",
    "dates_named",
    "find_dates",
    "is_model_year",
    "month_number",
]

# Full name or abbreviation -> month number, from the one month table.
MONTHS: dict[str, int] = {
    spelling.lower(): number
    for number, (name, abbreviations) in enumerate(MONTH_TABLE.items(), start=1)
    for spelling in (name, *abbreviations)
}
_BY_LENGTH = sorted(MONTHS, key=len, reverse=True)
# Any spelling, any case, with an optional period: for date lines ("NOV. 20, 2026", "Sept 3").
MONTH_NAME = rf"(?:{'|'.join(_BY_LENGTH)})\.?"
# A day of the week written out (`on Thursday`), as a regex.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
# In running text a month is capitalized, and an abbreviation has its period ("May" alone is a verb).
# "Mar 27", "(Apr 1)", "since Feb 2020": without its period an abbreviation is a month only before a day's
# number or a year.
_MONTH = (
    rf"(?P<month>{'|'.join(MONTH_TABLE)}"
    rf"|{'|'.join(re.escape(f'{abbreviation}.') for abbreviations in MONTH_TABLE.values() for abbreviation in abbreviations)}"
    rf"|(?:{'|'.join(sorted({abbreviation for abbreviations in MONTH_TABLE.values() for abbreviation in abbreviations if abbreviation.istitle()}, key=len, reverse=True))})(?=\s+(?:[0-3]?\d\b(?!,\d|[.:]\d|\s*%)|(?:1[89]|20)\d\d\b)))"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A page's own date: a publication year, never a year before 1900.
PUBLICATION_YEAR = r"(?:19|20)\d\d"
# "1850 Elm Street": a street number, not a year.
_STREET_AFTER = (
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\."
    r"|Lane|Ln\.|Way|Place|Plaza|Parkway|Pkwy\.|Court|Ct\.|Highway|Hwy\.|Terrace|Circle|Square)"
)
# Words ending in "s" that are no plural noun: a year before them is a date ("since March 2025 is", "the
# year 2009 as a benchmark"), where one before a plural is not ("2019 levels").
_NOT_PLURAL = r"(?:is|was|has|its|as|this|thus|plus|versus|across|unless)"
# Every alternative starts at a word boundary with a digit, a capital, or the f/m/e/l of "fiscal",
# "mid-", "early-", "late-": checking that first spares trying each alternative at every position.
DATE_PATTERN = re.compile(
    rf"""
    \b(?=[\dA-Zfmel])(?:
    (?P<iso>\b(?P<iso_year>{_YEAR})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)\b)
    | (?P<us>\b(?P<us_month>[01]?\d)/(?P<us_day>[0-3]?\d)/(?P<us_year>{_YEAR})\b)
    | (?P<named>\b{_MONTH}(?:(?:\s+|(?<=\.))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:(?:[-–]|\s+(?:to|through)\s+(?=[0-3]?\d\b(?![,.]\d|\s*(?:%|[a-z]))))(?P<day_end>[0-3]?\d)\b)?)?(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b(?!,\d|\s+(?!{_NOT_PLURAL}\b)[a-z]*[a-rt-z]s\b))?)
    | (?P<ordinal>\b(?P<o_day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{_MONTH.replace("?P<month>", "?P<o_month>")}
        (?:,?\s+(?P<o_year>{_YEAR})\b)?)
    | (?P<day_first>\b(?P<df_day>[0-3]?\d)\s+{_MONTH.replace("?P<month>", "?P<df_month>")}
        (?:,?\s+(?P<df_year>{_YEAR})\b)?)
    | (?P<fiscal>\b(?:fiscal\s+year|FY)\s*(?P<fiscal_year>{_YEAR}|\d\d)\b(?![-–/]\d))
    | (?P<bare_year>(?:\b(?:mid|early|late)-|\b)(?P<bare>{_YEAR})\b(?![-–,./]\d|\s*(?:percent|%)|{_STREET_AFTER}|\s+(?!(?:{"|".join(sorted(YEAR_PLURAL_NOUNS))}|{_NOT_PLURAL})\b)[a-z]+s\b))
    )""",
    re.VERBOSE,
)
# A date opens a word, so it follows a character that is not a word's (or opens the text): scanning for
# those characters lets the engine pass over the letters inside words without trying the pattern.
_BEFORE_DATE = re.compile(rf"\W(?={DATE_PATTERN.pattern})", re.VERBOSE)


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """`DATE_PATTERN.finditer(text)`, found faster."""
    end = 0
    first = DATE_PATTERN.match(text)
    if first is not None:
        end = first.end()
        yield first
    for before in _BEFORE_DATE.finditer(text):
        if before.end() >= end:
            date = DATE_PATTERN.match(text, before.end())
            if date is not None:
                end = date.end()
                yield date


# "a 2019 Dodge Ram": a vehicle's model year, not a date.
_MODEL_YEAR = re.compile(
    rf"(?:\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+)(?:19|20)\d\d\s+(?:{'|'.join(sorted(VEHICLE_MAKES))})\b"
)

_MAKE_AFTER_YEAR = re.compile(rf"(?:19|20)\d\d\s+(?:{'|'.join(sorted(VEHICLE_MAKES))})\b")


def is_model_year(text: str, start: int) -> bool:
    """`a 2019 Dodge Ram`: the year at `start` names a vehicle's model."""
    # When four digits stand at `start`, a `_MODEL_YEAR` match tried from 2 to 6 characters back can only
    # have its year there (a determiner and a space take two characters or more, and a space follows the
    # year): with no make after those digits, one match settles it.
    digits = text[start : start + 4]
    if len(digits) == 4 and digits.isdecimal() and _MAKE_AFTER_YEAR.match(text, start) is None:
        return False
    return any(_MODEL_YEAR.match(text, start - back) for back in (2, 3, 4, 6) if start >= back)


# `_YEAR` with the check of the character before it behind each first digit, so the pattern opens on the
# digits and a scan skips to them.
_SPAN_YEARS = re.compile(
    r"(?P<first>1(?<![\w$.,-]1)[89]\d\d|2(?<![\w$.,-]2)0\d\d)[-–/](?P<second>\d\d|(?:1[89]|20)\d\d)(?![\w-]|[.,]\d)"
)
# "May" is also a verb; accept it as a month only with a day or a year attached.
_AMBIGUOUS_MONTHS = frozenset({"May", "March"})

_MONTH_CONTEXT = re.compile(
    r"\b(?:in|since|until|by|during|through|early|late|mid|last|next|this|of|to|from|between|after|before)[\s-]+$"
    # "the government's March estimate": a possessive's month.
    r"|\w['’]s?\s+$"
    # "both February and March": a month joined to another.
    rf"|\b(?:{'|'.join(MONTH_TABLE)}),?\s+(?:and|or|to|through)\s+$",
    re.I,
)


# "the March quarter", "March figures": a month that names a period or its numbers.
_PERIOD_AFTER = re.compile(r"\s+(?:quarter|half|figures|data|numbers|estimates?|forecasts?|reading|survey)\b")


def month_number(name: str) -> int:
    """`Sept.` -> 9."""
    return MONTHS[name.rstrip(".").lower()]


def _value(match: re.Match[str]) -> str | None:
    if match["iso"]:
        return f"{match['iso_year']}-{match['iso_month']}-{match['iso_day']}"
    if match["us"]:
        month, day = int(match["us_month"]), int(match["us_day"])
        return f"{match['us_year']}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if match["named"] or match["day_first"] or match["ordinal"]:
        month_name = match["month"] or match["df_month"] or match["o_month"]
        day_text = match["day"] or match["df_day"] or match["o_day"]
        year = match["year"] or match["df_year"] or match["o_year"]
        if (
            month_name in _AMBIGUOUS_MONTHS
            and not (day_text or year)
            and not _MONTH_CONTEXT.search(match.string, max(0, match.start() - 24), match.start())
            and not _PERIOD_AFTER.match(match.string, match.end())
        ):
            return None
        month = month_number(month_name)
        day_of_month = int(day_text) if day_text else 0
        if day_text and not 1 <= day_of_month <= 31:
            return None
        if year:
            return f"{year}-{month:02d}-{day_of_month:02d}" if day_text else f"{year}-{month:02d}"
        return f"--{month:02d}-{day_of_month:02d}" if day_text else f"--{month:02d}"
    if match["fiscal"]:
        year = match["fiscal_year"]
        return year if len(year) == 4 else f"20{year}"
    if match["bare_year"]:
        return match["bare"]
    return None


_RANGE_JOINER = re.compile(r"\s*(?:through|thru|to|until|and|-|–|—)\s*")


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in `text`, in order."""
    mentions: list[DateMention] = []
    for match in _SPAN_YEARS.finditer(text):
        # "2026-27": a school or fiscal year names both calendar years.
        first = int(match["first"])
        if len(match["second"]) == 4:
            # "the 1991-2020 average": a period names its first year too (the second is read as a year of its
            # own below). Older sets leave out the first of two consecutive years joined by a hyphen
            # ("2017-2018"); joined by a slash ("the 2022/2023 season") they can only be a season or fiscal
            # year, which names both.
            if int(match["second"]) > first + 1 or text[match.end("first")] == "/":
                start, end = match.span("first")
                mentions.append(DateMention(start=start, end=end, text=text[start:end], value=str(first)))
            continue
        second = first // 100 * 100 + int(match["second"])
        if second == first + 1:
            for group, year in (("first", first), ("second", second)):
                start, end = match.span(group)
                mentions.append(DateMention(start=start, end=end, text=text[start:end], value=str(year)))
    for match in date_matches(text):
        value = _value(match)
        if value is None or (match["bare_year"] and is_model_year(text, match.start("bare"))):
            continue
        start, end = match.span()
        if match["day_end"]:
            # "Nov. 12-17", "September 6 to 12, 2021": both ends of the range are dates.
            end = match.end("day")
        mentions.append(DateMention(start=start, end=end, text=text[start:end], value=value))
        if match["day_end"] and value[-2:].isdigit():
            day_end = int(match["day_end"])
            if int(match["day"] or match["df_day"] or 0) < day_end <= 31:
                last_start, last_end = match.span("day_end")
                last_value = f"{value[:-2]}{day_end:02d}"
                mentions.append(
                    DateMention(
                        start=last_start, end=last_end, text=text[last_start:last_end], value=last_value
                    )
                )
    mentions.sort(key=lambda mention: mention.start)
    # "October through December of 2016": the year written once covers both ends of the range.
    for index in range(len(mentions) - 2, -1, -1):
        current, following = mentions[index], mentions[index + 1]
        if (
            current.value.startswith("--")
            and not following.value.startswith("--")
            and len(following.value) > 4
            and _RANGE_JOINER.fullmatch(text, current.end, following.start)
        ):
            stated_year = following.value[:4]
            mentions[index] = current.model_copy(update={"value": stated_year + current.value[1:]})
    return mentions


# "Q3 FY20", "FY24": a fiscal year's label cut to two digits.
_SHORT_FISCAL_LABEL = re.compile(r"(?:fiscal\s+year|FY)\s*\d\d", re.IGNORECASE)


def dates_named(dates: list[DateMention]) -> list[DateMention]:
    """The dates a story names: less fiscal-year labels cut to two digits (`Q3 FY20`), which are labels, not
    years; `find_dates` keeps them so that the statistics do not read their digits as figures."""
    return [mention for mention in dates if not _SHORT_FISCAL_LABEL.fullmatch(mention.text)]
