"""The date in a story's dateline, which is when a wire filed it and no date the story mentions:
`WELLINGTON, July 19 (Xinhua) --`, `KUALA LUMPUR, Sept 23 —`, `MEXICO CITY Nov 7 Mexico's …`."""

from __future__ import annotations

import re

__all__ = ["dateline_date_spans"]

# "WELLINGTON, July 19 (Xinhua) --": the date a wire filed the story from its dateline; also with no place
# ("May 3 (Reuters) -"), the wire's initials after a comma ("KINGSTON, Jamaica, July 24, CMC –") or two
# credits after one ("Madrid, Sept 16, (dpa/GNA) –").
_WIRE_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z.'’ -]{1,40}?(?:[ \t]*\([A-Z][A-Za-z]+\))?,[ \t]*(?:[A-Z][A-Za-z.]+,[ \t]*)?)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
    r"(?:,?[ \t]*\([A-Za-z][A-Za-z&./ ]{1,30}\)|,[ \t]*[A-Z]{2,6}[ \t]*[—–-])",
    re.MULTILINE,
)


# "KUALA LUMPUR, Sept 23 — The …": a dateline with the place in capitals and the date before a dash.
_CAPITAL_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}?,[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})[ \t]*(?:--|[—–])",
    re.MULTILINE,
)

# A dateline whose credit or dash was lost in the copy: "MEXICO CITY Nov 7 Mexico's …" (a place in capitals
# runs straight into the story) and "Raipur Feb 9 :Chhattisgarh …" (a place in title case before a colon or
# dash; not a sentence's opening word, "On March 3: …").
_BARE_DATELINE = re.compile(
    r"^[ \t]*(?:"
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2},?[ \t]+(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
    r",?[ \t]*(?:[:—–-]|(?=[A-Z]))"
    r"|(?!(?:On|By|In|Since|From|Until|Through|Before|After|Last|Next|Early|Late)\b)"
    r"[A-Z][a-z.'’-]+(?:[ \t]+[A-Z][a-z.'’-]+){0,2},?[ \t]+(?P<title_case_date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
    r",?[ \t]*(?:[:—–]|-[ \t])"
    r")",
    re.MULTILINE,
)


def dateline_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dates in datelines among the first paragraphs of `text`."""
    head_end = min(len(text), 1500)
    spans = [match.span("date") for match in _WIRE_DATELINE.finditer(text, 0, head_end)]
    spans += [match.span("date") for match in _CAPITAL_DATELINE.finditer(text, 0, head_end)]
    spans += [
        match.span("date" if match["date"] else "title_case_date")
        for match in _BARE_DATELINE.finditer(text, 0, head_end)
    ]
    return spans
