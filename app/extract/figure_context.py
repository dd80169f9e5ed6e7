"""Where and when a figure applies: the place and period its sentence, or the sentence that introduced
its list, names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from app.case_folding import lowers_like_ignorecase
from app.extract.spans import Sentences
from app.models import DateMention

__all__ = ["figure_period", "figure_place", "list_intro"]


# `_period_lead` skips this search by the lead's last word: a new word here goes in _PERIOD_LEAD_LAST_WORDS too.
_PERIOD_LEAD = re.compile(
    r"(?:\b(?:since|during|in|from|between|through|by|as\s+of|over|for|until)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last|past|final)\s+(?:(?:two|three|four|six|nine|few)\s+)?"
    r"(?:quarter|half|months?|weeks?|days?|years?)\s+of\s+)?$",
    re.IGNORECASE,
)
# A lead that is not empty ends on one of these words and then whitespace.
_PERIOD_LEAD_LAST_WORDS: tuple[str, ...] = ("since", "during", "in", "from", "between", "through", "by", "of")
_PERIOD_LEAD_LAST_WORDS += ("over", "for", "until", "the")
_SPAN_JOINER = re.compile(r"\s*(?:through|to|until|-|–)\s*")
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:so\s+far\s+)?this\s+(?:year|month|week)|last\s+(?:year|month|week)|in\s+recent\s+(?:years|months)"
    r"|each\s+(?:year|day|month)|every\s+(?:single\s+)?day|per\s+(?:year|day))\b",
    re.IGNORECASE,
)
# Every match of `_RELATIVE_PERIOD` names a year, month, week or day: a sentence whose lowercased text holds
# none of these is not searched (change this with the pattern; test_scan_shortcuts compares the two).
_RELATIVE_PERIOD_UNITS = ("year", "month", "week", "day")


def _relative_period(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_RELATIVE_PERIOD.search(text, start, end)`, None at once where it cannot match."""
    sentence = text[start:end]
    if lowers_like_ignorecase(sentence):
        lowered = sentence.lower()
        if not any(unit in lowered for unit in _RELATIVE_PERIOD_UNITS):
            return None
    return _RELATIVE_PERIOD.search(text, start, end)


def _period_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_PERIOD_LEAD.search(text, start, end)` where its match may hold a word; None where it cannot."""
    window = text[start:end]
    if not window[-1:].isspace():
        return None
    words = window.split()
    if (
        words
        and lowers_like_ignorecase(words[-1])
        and not words[-1].lower().endswith(_PERIOD_LEAD_LAST_WORDS)
    ):
        return None
    return _PERIOD_LEAD.search(text, start, end)


def figure_period(
    text: str,
    sentence: tuple[int, int],
    position: int,
    dates: Sequence[DateMention],
    date_starts: Sequence[int],
) -> str | None:
    """The period the sentence gives a figure at `position`: the nearest date, else `this year`, `last month`."""
    start, end = sentence
    inside = [
        mention
        for mention in dates[bisect.bisect_left(date_starts, start) : bisect.bisect_left(date_starts, end)]
        if mention.end <= end and not _ATTRIBUTIVE_YEAR.search(text, max(0, mention.start - 4), mention.start)
    ]
    if inside:
        nearest = min(inside, key=lambda mention: abs(mention.start - position))
        index = inside.index(nearest)
        span_start, span_end = nearest.start, nearest.end
        if index > 0 and _SPAN_JOINER.fullmatch(text, inside[index - 1].end, span_start):
            span_start = inside[index - 1].start
        elif index + 1 < len(inside) and _SPAN_JOINER.fullmatch(text, span_end, inside[index + 1].start):
            span_end = inside[index + 1].end
        lead = _period_lead(text, max(start, span_start - 60), span_start)
        if lead and lead.group().strip():
            span_start = lead.start()
        return text[span_start:span_end].strip()
    relative = _relative_period(text, start, end)
    return relative.group() if relative else None


def figure_place(
    sentence: tuple[int, int], text: str, position: int, places: Sequence[tuple[str, int, int]]
) -> str | None:
    """The place named in the figure's clause, the nearest before it, else the first after it."""
    start, end = sentence
    clause_start = max(start, text.rfind(";", start, position) + 1)
    clause_end_index = text.find(";", position, end)
    clause_end = end if clause_end_index < 0 else clause_end_index
    before = [place for place in places if clause_start <= place[1] and place[2] <= position]
    if before:
        return max(before, key=lambda place: (place[2], -place[1]))[0]
    after = [place for place in places if position <= place[1] and place[2] <= clause_end]
    return after[0][0] if after else None


_BULLETS = "-•*–—·▪"


def list_intro(text: str, sentences: Sentences, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence ending in a colon that introduced the list item `sentence` belongs to."""
    index = sentences.index_at(sentence[0])
    while index > 0:
        index -= 1
        previous_end = sentences.ends[index]
        if text[previous_end - 1] == ":":
            return sentences.starts[index], previous_end
        if text[sentences.starts[index]] not in _BULLETS or text[sentence[0]] not in _BULLETS:
            return None
    return None
