"""The publication date: a date line at the top, a byline's date, a dateline, the header, the URL.

Strongest first, after supplied metadata: a line at the top that holds only a date with an optional
label, weekday, clock and zone (`Posted on Tue 12 Nov 2019 10.21 GMT`, `/ 6 May 2024`), or a byline
followed by one (`By Ana Ruiz and Li Wei - March 3, 2020`); a `Published`/`Posted` line wins over an
`Updated`/`Last modified` one. Then a date run into the dateline's place (`March 3, 2020WASHINGTON —`),
a `date:` header, a dateline in the first paragraph, and last the date in the document's URL path.
A numeric date (`12/11/2019`) is read only when the text signals its order (see `_numeric_order`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from app.clean import CleanedText
from app.corpus import RawDocument
from app.extract.dateline_dates import dateline_date_spans
from app.extract.dates import MONTH_NAME, PUBLICATION_YEAR, WEEKDAY_NAME, date_matches, month_number
from app.extract.spans import evidence, raw_evidence
from app.extract.url_dates import url_date
from app.models import DateMention, Evidence, Provenanced

__all__ = [
    "DateLine",
    "byline_date_start",
    "dateline",
    "find_published",
    "holds_dated_clock",
    "is_date_line",
    "outside_date_line",
    "without_trailing_author",
]


class DateLine(NamedTuple):
    """A date stated on a line of its own (or after a byline) near the top of the page."""

    value: date
    updated: bool
    line_start: int
    line_end: int
    date_start: int
    date_end: int


_ZONE = r"(?-i:\(?[A-Z]{2,5}\)?)"
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:,?\s+{_ZONE})?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_LABEL = (
    r"(?:(?:first|last|originally)\s+)?(?:published|posted|updated|modified|date|dated)"
    # "PublishedJune 11, 2018": a copied page may run the label into the date.
    r"(?:\s+on)?(?:\b|(?-i:(?=[A-Z][a-z])))\s*:?"
)
_DATE = (
    rf"(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{PUBLICATION_YEAR})"
    rf"|(?P<df_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<df_month>{MONTH_NAME}),?\s+(?P<df_year>{PUBLICATION_YEAR})"
    # "2020-03-03T09:15:00Z": a machine timestamp copied with the page; "2018.08.13", "2018/08/13" are the
    # same order (no one writes year, day, month).
    rf"|(?P<iso>{PUBLICATION_YEAR}(?P<iso_separator>[-./])[01]\d(?P=iso_separator)[0-3]\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|(?P<first>\d{{1,2}})(?P<numeric_separator>[/.-])(?P<second>\d{{1,2}})(?P=numeric_separator)(?P<numeric_year>{PUBLICATION_YEAR})"
    # "12th Wednesday, November 2025": a site's template puts the ordinal day before the weekday.
    rf"|(?P<wd_day>\d{{1,2}})(?:st|nd|rd|th)\s+{_WEEKDAY}\s+(?P<wd_month>{MONTH_NAME})\s+(?P<wd_year>{PUBLICATION_YEAR})"
)
_LABEL_BEFORE = re.compile(rf"\b{_LABEL}\s*$", re.IGNORECASE)
_SEPARATOR = r"[|·•/–—-]"
# "Posted: Nov 19, 2026", "Sat 21 Nov 2026", "Updated / Friday, 20 Nov 2026 18:42",
# "Published 10:21 AM, 12 Nov 2019", "5:00 am on 12 Nov 2019", "November 20, 2026 at 4:12 PM GMT | Updated: Nov. 21, 2026".
_DATE_LINE = re.compile(
    rf"(?:{_SEPARATOR}\s*)?(?P<label>{_LABEL})?\s*(?:{_SEPARATOR}\s*)?"
    rf"(?:{_CLOCK},?\s+(?:on\s+)?)?(?:{_WEEKDAY}\s+)?(?P<date>{_DATE})"
    # "…, 11:59 GMT 12:59 UK": the clock may be given again in a second zone.
    rf"(?:[,;]?\s+(?:at\s+)?{_CLOCK}(?:\s+{_CLOCK})?)?\.?(?P<rest>\s*(?:{_SEPARATOR}|(?=(?:updated|last\s+updated|modified)\b))\s*.*)?",
    re.IGNORECASE,
)
# A byline, then a date after a comma, "on", a bar or a dash: "By Ana Ruiz and Li Wei - March 3, 2020".
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE_NAMES = re.compile(
    rf"(?:(?:Written|Reported|Words)\s+by|By)\s+{_NAME}(?:(?:,\s+|\s+and\s+|\s*&\s*){_NAME})*"
)
_CREDIT_BEFORE_DATE = re.compile(r"\([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\)\s*")
_BRACKETED_DATE = re.compile(rf"[\[(](?P<date>[^\[\]()\n]{{6,60}})[\])](?:\s+{_BYLINE_NAMES.pattern})?")
# Without "By", a line of two or more names before the date: "Ana Ruiz and Li Wei, Monday March 3, 2020".
_CREDIT_NAMES = re.compile(rf"{_NAME}(?:(?:,\s+|\s+and\s+|\s*&\s*){_NAME})*(?:,\s+|\s+and\s+|\s*&\s*){_NAME}")
# A masthead: the site's name before the date ("NZ Newswire 17/08/2016"), its logo's text maybe run into it.
_PLACE_BETWEEN_BARS = re.compile(r"[ \t]*\|[ \t]*[A-Z][\w .'’-]{1,40}?[ \t]*\|[ \t]*")
_MASTHEAD_NAME = re.compile(rf"{_NAME}(?:\s*logo\s*{_NAME})?")
_SPACE = re.compile(r"\s+")
# "By Ana Ruiz, APTuesday, March 3, 2020": a copied byline may run the site's name into the weekday.
_BYLINE_SEPARATOR = re.compile(rf"\s*(?:,|{_SEPARATOR}|\s+on\b)\s*|(?<=[A-Za-z])(?={WEEKDAY_NAME})")
# "March 3, 2020WASHINGTON —": a copied page runs the date line into the dateline's place.
_RUN_IN_DATE = re.compile(
    rf"(?P<date>(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}}),\s+(?P<year>{PUBLICATION_YEAR}))(?=(?-i:[A-Z]{{2}}))",
    re.IGNORECASE,
)
_PROSE_LINE = re.compile(r"(?:\S+\s+){11,}\S*[.!?\"”’]\s*$")
_DATELINE = re.compile(
    rf"""\A.{{0,160}}?(?:
        (?:published|posted|updated|date)[:\s]+(?:on\s+)?
        | \([A-Z][A-Za-z]+\)\s*[—–-]+\s*
        | ^[A-Z][A-Z .,]{{2,40}}[—–-]+\s*
    )
    (?P<when>(?P<month>{MONTH_NAME})\s+(?P<day>[0-3]?\d),?\s+(?P<year>{PUBLICATION_YEAR})|(?P<iso>{PUBLICATION_YEAR}-[01]\d-[0-3]\d))""",
    re.VERBOSE | re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
# "APIA, 22 JUNE 2018 (SAMOA OBSERVER) –": the day before the month, after the place in capitals.
_DAY_FIRST_DATELINE = re.compile(
    rf"\A.{{0,160}}?^(?-i:[A-Z][A-Z .'’-]{{1,40}}),\s+"
    rf"(?P<when>(?P<day>[0-3]?\d)\s+(?P<month>{MONTH_NAME})\.?,?\s+(?P<year>{PUBLICATION_YEAR}))(?=\s*[(—–-])",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
_DAY_FIRST_ZONES = frozenset(
    {"GMT", "BST", "IST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "CET", "CEST"}
)
_MONTH_FIRST_ZONES = frozenset({"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "AKST"})


def _numeric_order(text: str, line: str) -> str | None:
    """`dmy` or `mdy` where the page signals how it writes dates: its time zone, or its named dates."""
    zones = set(re.findall(r"\b[A-Z]{2,4}\b", line))
    if zones & _DAY_FIRST_ZONES and not zones & _MONTH_FIRST_ZONES:
        return "dmy"
    if zones & _MONTH_FIRST_ZONES and not zones & _DAY_FIRST_ZONES:
        return "mdy"
    named = [match for match in date_matches(text[:5000]) if match["day"] or match["df_day"]]
    day_first = sum(1 for match in named if match["df_day"])
    if named and day_first in (0, len(named)):
        return "dmy" if day_first else "mdy"
    return None


def _year_first_date(text: str) -> date:
    """The date in "2018-08-13", "2018.08.13" or "2018/08/13"; ValueError when it is not a calendar date."""
    year, month, day = (int(part) for part in re.split(r"[-./]", text))
    return date(year, month, day)


def _named_date(match: re.Match[str]) -> date | None:
    """The date in a match's `month`, `day` and `year` groups (or `iso`), if it is a calendar date."""
    try:
        if match.groupdict().get("iso"):
            return _year_first_date(match["iso"])
        return date(int(match["year"]), month_number(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _line_date(match: re.Match[str], text: str) -> date | None:
    """The date a date-line match states, or None when it is not a calendar date or its order is unknown."""
    try:
        if match["iso"]:
            return _year_first_date(match["iso"])
        if match["first"]:
            first, second = int(match["first"]), int(match["second"])
            # The order matters only where day and month differ ("03/03/2020" reads the same both ways).
            order = (
                "dmy"
                if first > 12 or first == second
                else "mdy"
                if second > 12
                else _numeric_order(text, match.string)
            )
            if order is None:
                return None
            day, month = (first, second) if order == "dmy" else (second, first)
            return date(int(match["numeric_year"]), month, day)
        month = month_number(match["month"] or match["df_month"] or match["wd_month"])
        return date(
            int(match["year"] or match["df_year"] or match["wd_year"]),
            month,
            int(match["day"] or match["df_day"] or match["wd_day"]),
        )
    except (KeyError, ValueError):
        return None


def is_date_line(line: str) -> bool:
    """The line holds only a date (optional label, weekday, clock and zone), or a byline's names and a date."""
    return _date_in_line(line.strip()) is not None


# "Tuesday, 3 September 2024, 11:30": a full date and the clock, as a page's date line gives them.
_DATED_CLOCK = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME},?\s+{PUBLICATION_YEAR}|\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{PUBLICATION_YEAR})"
    rf",?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\b",
    re.IGNORECASE,
)


def holds_dated_clock(line: str) -> bool:
    """The line states a full date with the clock (`Tuesday, 3 September 2024, 11:30`): a page's date line,
    whatever byline or buttons are run into it, and never a headline."""
    return _DATED_CLOCK.search(line) is not None


def byline_date_start(line: str) -> int | None:
    """Where the date after a byline's names begins, separator included, if the byline carries one."""
    match = _date_in_line(line) if _BYLINE_NAMES.match(line) else None
    if match is None:
        return None
    return len(re.sub(rf"(?:\s*(?:,|{_SEPARATOR})|\s+on)\s*$", "", line[: match.start()]))


# "AAP 24/08/2016 Ana Ruiz": a masthead's date followed by the author's name.
_TRAILING_AUTHOR = re.compile(r"\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}$")


def without_trailing_author(line: str) -> str:
    """The line less an author's name that ends it."""
    return _TRAILING_AUTHOR.sub("", line)


def _date_in_line(line: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The date-line part of a line: the whole line, what follows a byline's names, or a date in brackets
    before one (`[July 30, 2015]  By Ana Ruiz`) or after a masthead (`(Harbour Ledger, 21 April 2018)`)."""
    end = len(line) if end is None else end
    match = _DATE_LINE.fullmatch(line, start, end)
    if match is not None:
        return match
    credit = _CREDIT_BEFORE_DATE.match(line, start, end)
    if credit is not None and (match := _DATE_LINE.fullmatch(line, credit.end(), end)) is not None:
        # "(Harbour Wire) 16:37, March 3, 2020": the site's credit in brackets, then its time stamp.
        return match
    bracketed = _BRACKETED_DATE.fullmatch(line, start, end)
    if bracketed is not None:
        return _DATE_LINE.fullmatch(line, bracketed.start("date"), bracketed.end("date")) or (
            _date_in_line(line, bracketed.start("date"), bracketed.end("date"))
            if bracketed.end("date") == end - 1
            else None
        )
    names = (
        _BYLINE_NAMES.match(line, start, end)
        or _CREDIT_NAMES.match(line, start, end)
        or _MASTHEAD_NAME.match(line, start, end)
    )
    if names is None:
        return None
    place = _PLACE_BETWEEN_BARS.match(line, names.end(), end)
    if place is not None and (match := _DATE_LINE.fullmatch(line, place.end(), end)) is not None:
        # "PTI | Thiruvananthapuram | Updated: 15-06-2022 17:19 IST": a wire's credit, its place, the date.
        return match
    # The names may have taken the date's month ("By Ana Ruiz, March 3, 2020"): try every separator.
    for separator in _BYLINE_SEPARATOR.finditer(line, start + 1, end):
        if separator.start() > names.end():
            break
        match = _DATE_LINE.fullmatch(line, separator.end(), end)
        if match is not None:
            return match
    # "NZ Newswire 17/08/2016": a masthead puts only a space before the date, and the author may follow it.
    author = _TRAILING_AUTHOR.search(line, names.end(), end)
    for space in _SPACE.finditer(line, start + 1, names.end() + 1):
        match = _DATE_LINE.fullmatch(line, space.end(), end) or (
            _DATE_LINE.fullmatch(line, space.end(), author.start()) if author else None
        )
        if match is not None and not match["label"]:
            return match
    return None


def _date_lines(raw_text: str) -> list[DateLine]:
    """Date lines above the article's second paragraph of prose (the first may be a standfirst)."""
    found: list[DateLine] = []
    offset = 0
    prose_lines = 0
    for number, line in enumerate(raw_text[:1500].split("\n")):
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        stripped = line.strip()
        prose_lines += bool(_PROSE_LINE.match(stripped))
        if number > 15 or prose_lines > 1:
            break
        match = _date_in_line(stripped)
        value = _line_date(match, raw_text) if match is not None else None
        if match is None or value is None:
            continue
        label = (match["label"] or "").lower()
        updated = "updated" in label or "modified" in label
        found.append(
            DateLine(
                value,
                updated,
                start,
                start + len(stripped),
                start + match.start("date"),
                start + match.end("date"),
            )
        )
    return found


def _run_in_date(text: str) -> tuple[date, Evidence] | None:
    """A date run into the dateline's place at the start of one of the first paragraphs."""
    for paragraph in re.finditer(r"(?:^|\n)(?=\S)", text[:1500]):
        match = _RUN_IN_DATE.match(text, paragraph.end())
        value = _named_date(match) if match is not None else None
        if match is not None and value is not None:
            return value, evidence(text, *match.span("date"))
    return None


def dateline(text: str) -> tuple[date, Evidence] | None:
    """A publication date stated at the top of the text ("Published: ...", "CITY (AP) — March 3, 2019 —")."""
    match = _DATELINE.match(text[:400]) or _DAY_FIRST_DATELINE.match(text[:400])
    value = _named_date(match) if match is not None else None
    if match is None or value is None:
        return None
    return value, evidence(text, *match.span("when"))


def _from_date_line(doc: RawDocument, cleaned: CleanedText, line: DateLine) -> Provenanced[date]:
    line_text = doc.raw_text[line.line_start : line.line_end]
    in_text = cleaned.text.find(line_text) if "\n" not in line_text else -1
    if 0 <= in_text < 1500:
        start = in_text + line.date_start - line.line_start
        end = start + line.date_end - line.date_start
        return Provenanced[date](value=line.value, source="text", evidence=evidence(cleaned.text, start, end))
    return Provenanced[date](
        value=line.value,
        source="text",
        evidence=evidence(doc.raw_text, line.date_start, line.date_end),
        evidence_in="raw_text",
    )


def find_published(doc: RawDocument, cleaned: CleanedText) -> Provenanced[date] | None:
    """The publication date from metadata, else the text, else the URL; None when nothing says."""
    if doc.metadata.published:
        return Provenanced[date](value=doc.metadata.published, source="metadata")
    lines = _date_lines(doc.raw_text)
    if lines:
        # A published line wins over an updated one; an updated line alone is the date shown.
        return _from_date_line(doc, cleaned, min(lines, key=lambda line: line.updated))
    run_in = _run_in_date(cleaned.text)
    if run_in is not None:
        return Provenanced[date](value=run_in[0], source="text", evidence=run_in[1])
    if cleaned.header_date:
        stated = cleaned.header_date.isoformat()
        offset = doc.raw_text.find(stated)
        header = evidence(doc.raw_text, offset, offset + len(stated)) if offset >= 0 else None
        return Provenanced[date](
            value=cleaned.header_date, source="text", evidence=header, evidence_in="raw_text"
        )
    stated_dateline = dateline(cleaned.text)
    if stated_dateline is not None:
        return Provenanced[date](value=stated_dateline[0], source="text", evidence=stated_dateline[1])
    for removed in cleaned.removed:
        removed_dateline = dateline(removed.text)
        if removed_dateline is not None:
            published, span = removed_dateline
            located = raw_evidence(doc.raw_text, removed.text, span.start, span.end)
            return Provenanced[date](value=published, source="text", evidence=located, evidence_in="raw_text")
    from_url = url_date(doc.metadata.url) if doc.metadata.url else None
    if from_url is not None:
        return Provenanced[date](value=from_url, source="url")
    return None


def _furniture_dates(text: str) -> list[tuple[int, int]]:
    """Spans of the date lines at the top (published or updated) and of a dateline's date."""
    return [(line.line_start, line.line_end) for line in _date_lines(text)] + dateline_date_spans(text)


def outside_date_line(
    dates: list[DateMention], text: str, published: Provenanced[date] | None
) -> list[DateMention]:
    """The dates mentioned, less those of the page's date lines and wire dateline, and of the line that
    set `published`."""
    furniture = _furniture_dates(text)
    if furniture:
        dates = [mention for mention in dates if not any(s <= mention.start < e for s, e in furniture)]
    if published is None or published.evidence is None or published.evidence_in != "text":
        return dates
    span = published.evidence
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if _date_in_line(text[line_start:line_end]) is None:
        # A dateline inside the first paragraph stays a date the article mentions; a run-in date line
        # ("March 3, 2020WASHINGTON") or a labelled one ("Edited by X Published: 2016-10-31") does not.
        if not (_RUN_IN_DATE.match(text, span.start) or _LABEL_BEFORE.search(text, line_start, span.start)):
            return dates
        line_start, line_end = span.start, span.end
    return [mention for mention in dates if not (line_start <= mention.start < line_end)]
