"""What a figure counts when an earlier figure of its sentence says it: an earlier level (`rose to 1.8%, up
from 0.7%`), a second level joined by `and` (`$18.4 billion in 2016-17 and $15.5 billion in 2017-18`), a
restatement in brackets (`Rs2.6 trillion ($9.04 billion)`), or the same quantity going on (`rose by $5
billion, reaching $16 billion`, `reached 3.67 million, 0.8 percent higher than`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.dates import MONTH_NAME
from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS, noun_phrase
from app.extract.numbers import Found
from app.extract.units import TIME_UNITS
from app.models import Statistic, StatisticKind

__all__ = [
    "COMPARED_BEFORE",
    "Figure",
    "bracketed_counts",
    "continues_list",
    "counts_compared_back",
    "counts_from_earlier",
    "names_its_noun",
    "whole_cited_before",
]


@dataclass(frozen=True)
class Figure:
    """A figure already cited, as later figures of its sentence may refer to it."""

    start: int
    end: int
    counts: str | None
    kind: StatisticKind
    unit: str | None


# "up from 14.2", "compared with 9 percent": an earlier level of the figure just cited.
# ", higher than the 94.8 percent in July": likewise ("more than the 3.1% fall" is an amount compared).
COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|from)\s+(?:an?\s+|about\s+|roughly\s+)?$"
    r"|,\s+(?:higher|lower|slower|faster)\s+than\s+the\s+(?:reported\s+|recorded\s+)?$",
    re.IGNORECASE,
)

# What may stand between two levels of one thing: the period of the first, then `and`.
# What may follow a level in a list and still leave the noun to the first: its rate, then its period, the
# group it is for or the whole it is of.
_ITEM_TAIL = (
    # "$10 an hour in 2016, $10.50 in 2017": the first level's rate.
    r"(?:\s+(?:an?|per)\s+(?:hour|day|week|month|year|annum|head|person|capita))?"
    r"(?:\s+(?:in|for|during|by|over)\s+(?:the\s+)?"
    r"(?:(?:this|next|last|current|previous|coming|fiscal|financial|first|second|third|fourth)\s+)*"
    rf"(?:\d{{4}}(?:[-–/]\d{{2,4}})?|years?|quarter|month|week|Q[1-4]|(?i:{MONTH_NAME})(?:\s+\d{{4}})?)"
    # "by two per cent for domestic students, three per cent for …": the group each level is for.
    r"|\s+(?:for|among)\s+(?:[a-z][\w'’/-]*\s+){0,3}[a-z][\w'’/-]*"
    # "fell 1.7 per cent in Perth and 0.7 per cent in Darwin": the place each level is for.
    r"|\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # "91.66 per cent of the procurement target, Sindh 49.68 per cent": the whole a share is of.
    r"|\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’/-]*\s+){0,3}[a-z][\w'’/-]*)?"
)

# What may stand between two levels of one thing.
_COORDINATED = re.compile(
    _ITEM_TAIL
    # "4.6 percent, 5.2 percent for the second quarter, 5.4 percent in the third quarter and …": a list.
    + r"(?:,?\s+and|,)\s+(?:by\s+)?"
    # "Punjab had achieved 91.66 per cent of the target, Sindh 49.68 per cent": the next item's name.
    # "…, Hamilton at 13.7 per cent and Calgary at 14.3 per cent": the name and the preposition that sets it.
    + r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:at\s+|with\s+)?)?"
)

# A later item that ends there, with nothing of its own ("£80m to build capacity" has its purpose).
_ITEM_ENDS = re.compile(_ITEM_TAIL + r"(?=\s*(?:[,.;:)\"”—–]|$)|\s+-\s|\s+(?:and|while|whereas|but)\b)")

# A second verb of the same subject after "and": "… this year and will rise again by".
_SUBJECT_LEFT_OUT = re.compile(
    r"(?:\s+(?:this|last|next)\s+(?:year|month|quarter|week))?\s+and\s+"
    r"(?:will|would|could|may|might|is|are|was|were|has|have|had)\s+(?:[a-z]+\s+){1,3}?(?:by|to)\s+$"
)

_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:reaching|rising|falling|climbing|dropping|totall?ing|increasing|decreasing|growing)(?:\s+(?:to|by))?\s+$"
)

# "4,535,496 visitors, an increase of 7.6 per cent": the change of the figure just cited.
# "$1.5 billion in earnings which represents an increase of 7.3 per cent": likewise (", up 7.3 per cent" after
# a count is read as counting nothing in the older sets).
_CHANGE_OF_BEFORE = re.compile(
    r"(?:,|\s+which\s+(?:represents|represented|is|was|marks|marked))"
    r"\s+(?:an?\s+)?(?:increase|rise|decrease|drop|fall|decline|growth|jump|gain)\s+of\s+$"
)
# "$1,590, which was a five per cent increase": the same, the share before its change noun (the older sets read
# ", a 13 per cent increase" after a count as counting nothing).
_CHANGE_NOUN_RESTATES = re.compile(r",?\s+which\s+(?:represents|represented|is|was|marks|marked)\s+an?\s+$")
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:increase|rise|decrease|drop|fall|decline|jump|gain)\b")

# "$81 million in improper payments, of which, $66 million was recovered": a part of the figure just cited.
_PART_OF_WHICH = re.compile(r",\s+of\s+which,?\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")

_COMPARISON_AFTER = re.compile(r"\s+(?:higher|lower|more|less|up|down|above|below)\s+(?:than|from|on)\b")


def counts_from_earlier(
    text: str, found: Found, sentence_start: int, earlier: Sequence[Figure]
) -> str | None:
    """The counted thing of the earlier figure of the sentence that `found` is another level of, or None."""
    in_sentence = [figure for figure in earlier if figure.start >= sentence_start]
    if in_sentence and (
        _PARTICIPLE_BEFORE.search(text, max(sentence_start, found.start - 30), found.start)
        or _PART_OF_WHICH.search(text, max(sentence_start, found.start - 24), found.start)
        or (
            # Not a bounded or approximate change ("a decline of more than 20 percent", which the
            # generalization set reads as counting nothing), nor percentage points.
            found.kind == "percent"
            and found.unit == "percent"
            and found.qualifier is None
            and (
                _CHANGE_OF_BEFORE.search(text, max(sentence_start, found.start - 48), found.start)
                or (
                    _CHANGE_NOUN_RESTATES.search(text, max(sentence_start, found.start - 24), found.start)
                    and _CHANGE_NOUN_AFTER.match(text, found.end)
                )
            )
        )
        or (
            found.kind == "percent"
            and text.endswith(", ", sentence_start, found.start)
            and _COMPARISON_AFTER.match(text, found.end)
        )
    ):
        # "reserves rose by $5 billion, reaching $16 billion", "employment reached 3.67 million, 0.8 percent
        # higher than a year ago", "3,816,563 tourists, an increase of 7.2 per cent": the figure before goes on.
        return in_sentence[-1].counts
    same_kind = [figure for figure in in_sentence if figure.kind == found.kind]
    if not same_kind:
        return None
    if COMPARED_BEFORE.search(text, max(sentence_start, found.start - 24), found.start):
        # "Net income rose to $8.81 billion, or $1.15 per share, from $7.42 billion": the last figure
        # that counts something, past a restatement that does not.
        return next((figure.counts for figure in reversed(same_kind) if figure.counts), None)
    last = earlier[-1]
    if last is same_kind[-1] and _SUBJECT_LEFT_OUT.fullmatch(text, last.end, found.start):
        # "spending power has gone up by 2.5% this year and will rise again by 1.1%": the same subject.
        return last.counts
    if last.start >= sentence_start and text[last.end : found.start].strip() == "(":
        # "nearly Rs2.6 trillion ($9.04 billion) in debts": the same amount in another currency or unit.
        return last.counts
    if last is same_kind[-1] and continues_list(text, last.end, found.start, found.end):
        return last.counts
    return None


def continues_list(text: str, earlier_end: int, start: int, end: int) -> bool:
    """Whether the figure at `start`–`end` is a later item of a list of levels opened by the figure ending at
    `earlier_end`, with nothing of its own ("two per cent for X, three per cent for Y")."""
    return bool(_COORDINATED.fullmatch(text, earlier_end, start) and _ITEM_ENDS.match(text, end))


_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")


def names_its_noun(text: str, end: int, limit: int) -> bool:
    """Whether the figure is followed by the noun it counts ("down from 1,319 people"), not a word of time."""
    word = _NEXT_WORD.match(text, end, limit)
    return (
        word is not None
        and word[1] not in COUNTED_PHRASE_STOPS
        and word[1] not in TIME_UNITS
        and noun_phrase(text, end, limit)[0] is not None
    )


# A verb right after the whole: nothing counted is named there ("of the 58 are", not "of the 58 schools").
_VERB_AFTER = r"\s+(?:are|were|is|was|have|has|had|will|would|could|remain|remained)\b"
# "Only four of the 58 are confirmed": a part of a whole written bare, the whole a figure cited before.
_PART_OF_BARE_WHOLE = re.compile(
    rf"\s+of\s+(?:the|these|those)\s+(?P<whole>\d{{1,3}}(?:,\d{{3}})*)(?=$|[.,;:)]|{_VERB_AFTER})"
)
_BARE_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.IGNORECASE)
# How far back the whole may have been cited: the sentence before, not the story's opening.
_WHOLE_REACH = 400


def whole_cited_before(text: str, found: Found, earlier: Sequence[Statistic]) -> str | None:
    """What a bare whole (`four of the 58`) and its part count: what the earlier count of that value counted."""
    part = _PART_OF_BARE_WHOLE.match(text, found.end) if text.startswith(" of ", found.end) else None
    if part is not None:
        whole = float(part["whole"].replace(",", ""))
    elif _BARE_WHOLE_BEFORE.search(text, max(0, found.start - 12), found.start) and re.match(
        rf"$|[.,;:)]|{_VERB_AFTER}", text[found.end : found.end + 12]
    ):
        whole = found.value
    else:
        return None
    for statistic in reversed(earlier):
        if statistic.end < found.start - _WHOLE_REACH:
            break
        if statistic.kind == "count" and statistic.value == whole and statistic.counts:
            return statistic.counts
    return None


# "This compares to 133,500 in the March quarter", "That compared with $24 million a year earlier": a
# sentence that sets the last sentence's figure beside an earlier level of it.
_COMPARED_OPENING = re.compile(
    r"[\"“‘']?(?:This|That|It|These|Those)\s+(?:compares|compared|is\s+compared|was\s+compared|is\s+up|is\s+down"
    r"|was\s+up|was\s+down)\s+(?:with|to|from)\s+(?:an?\s+|about\s+|roughly\s+|around\s+|nearly\s+)?$"
)


def counts_compared_back(
    text: str,
    found: Found,
    sentence_start: int,
    previous_sentence: tuple[int, int],
    earlier: Sequence[Statistic],
) -> str | None:
    """What the first figure of the previous sentence counts, for the figure a comparison sentence opens with."""
    if not _COMPARED_OPENING.fullmatch(text, sentence_start, found.start):
        return None
    return next(
        (
            statistic.counts
            for statistic in earlier
            if previous_sentence[0] <= statistic.start < previous_sentence[1]
            and statistic.kind == found.kind
            and statistic.counts
        ),
        None,
    )


# "both crude oil (1,538,697bpd)", "of OPEC quota (1.5 mbpd)": the noun phrase a bracketed measure is of.
_NOUN_BEFORE_BRACKET = re.compile(r"(?:^|\s)(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*\(\s*$")


_BRACKET_NOUN_STOPS = COUNTED_PHRASE_STOPS | COMMON_VERBS | {"both", "either", "neither"}


def bracketed_counts(
    text: str,
    found: Found,
    sentence_start: int,
    earlier: Sequence[Figure],
    counts: str | None,
    *,
    unit_only: bool,
) -> str | None:
    """What a figure opening a bracket counts: the figure it restates (`345 rentals (0.8 per cent)`, `47 per cent
    (14 million tonnes)`), or, for a bare measure, the noun phrase before the bracket (`crude oil (1,538,697bpd)`).
    `counts` is the figure's own reading, kept unless it is None or only its unit (`unit_only`)."""
    start = found.start
    if (counts is not None and not unit_only) or not text[sentence_start:start].rstrip().endswith("("):
        return counts
    last = earlier[-1] if earlier and earlier[-1].start >= sentence_start else None
    between = text[last.end : start].strip().removesuffix("(").strip() if last is not None else None
    if last is not None and last.counts and between in ("", last.counts):
        # The restatement closes its bracket: "(6.6% more)" is a change of its own.
        return last.counts if text.startswith(")", found.end) else counts
    noun = _NOUN_BEFORE_BRACKET.search(text, sentence_start, start) if unit_only else None
    if noun is None:
        return counts
    words = noun["np"].split()
    stop = max(
        (
            index
            for index, word in enumerate(words)
            if word.lower() in _BRACKET_NOUN_STOPS or word.lower().endswith("ed") or word[0].isdigit()
        ),
        default=-1,
    )
    words = words[stop + 1 :]
    if not words or words[-1].lower() in TIME_UNITS or words[-1].lower().rstrip("s") in TIME_UNITS:
        return counts
    return " ".join(words)
