"""Changes a figure takes from the figures around it: the change said after it (`759 people, down from`), the
change of the figure it restates (`up 9,900 jobs, or 2.5 percent`), a verb left out of a second clause (`and rape
by 0.5%`), and the direction two levels of one quantity give (`from 3.1 percent to 3 percent`)."""

from __future__ import annotations

import re

from app.extract.change import is_restatement, trailing_change
from app.extract.earlier_figures import continues_list
from app.models import Change, Statistic

__all__ = [
    "COMPARED_WITH_EARLIER",
    "add_level_change",
    "add_restated_changes",
    "add_trailing_changes",
    "gapped_change",
    "listed_change",
]

# "59 deaths recorded in the region – 13 more than": a difference set off by a dash or a comma after the level.
_SET_OFF = re.compile(r"[^.;:]{0,80}?(?:\s[–—-]|,)\s*")
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?P<up>more|higher|greater)|(?P<down>fewer|less|lower))\s+than\b"
)
_GAPPED_BY = re.compile(r"[^.;:]*?,\s+and\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?\s+by\s+")
# "4.1% of households will be poor next year, compared with 4.6% this year": the level it is set beside.
COMPARED_WITH_EARLIER = re.compile(
    r"[^.;:\d]{0,100}?,\s+compared\s+(?:with|to)\s+"
    r"(?:an?\s+|about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def add_restated_changes(text: str, statistics: list[Statistic]) -> None:
    """Give a restated figure ("up 9,900 jobs, or 2.5 percent") the change of the figure it restates."""
    for index in range(1, len(statistics)):
        earlier, later = statistics[index - 1], statistics[index]
        if (
            later.change is None
            and earlier.change is not None
            and is_restatement(text, earlier.end, later.start, same_kind=earlier.kind == later.kind)
        ):
            statistics[index] = later.model_copy(update={"change": earlier.change})


def add_trailing_changes(text: str, statistics: list[Statistic]) -> None:
    """Give a figure with no change of its own the change said right after it ("759 people, down from"), or
    the direction of the difference set after it ("59 deaths in the region – 13 more than last year")."""
    for index, statistic in enumerate(statistics):
        if statistic.change is not None:
            continue
        limit = statistic.sentence.end
        following = statistics[index + 1] if index + 1 < len(statistics) else None
        if following is not None:
            limit = min(limit, max(statistic.end, following.start))
        change = trailing_change(text, statistic.end, limit, statistic.sentence.end)
        if change is None and following is not None and following.start < statistic.sentence.end:
            change = _difference_direction(text, statistic.end, following)
            if change is not None and following.change is None:
                statistics[index + 1] = following.model_copy(update={"change": change})
        if change is not None:
            statistics[index] = statistic.model_copy(update={"change": change})


def _difference_direction(text: str, level_end: int, difference: Statistic) -> Change | None:
    """`up` or `down` when `difference` is set off after a level as a difference from an earlier one."""
    if _SET_OFF.fullmatch(text, level_end, difference.start) is None:
        return None
    compared = _DIFFERENCE_AFTER.match(text, difference.end)
    if compared is None:
        return None
    return "up" if compared["up"] else "down"


def gapped_change(text: str, sentence_start: int, start: int, statistics: list[Statistic]) -> Change | None:
    """`Murder rose by 6.9%, and rape by 0.5%`: the verb left out of the second clause, and its change."""
    if not statistics or statistics[-1].start < sentence_start or statistics[-1].change is None:
        return None
    if _GAPPED_BY.fullmatch(text, statistics[-1].end, start) is None:
        return None
    return statistics[-1].change


def add_level_change(statistics: list[Statistic], *, earlier_first: bool) -> None:
    """`from 3.1 percent to 3 percent`: the direction the last two levels give, where no word gave one."""
    first, second = statistics[-2:]
    earlier, later = (first, second) if earlier_first else (second, first)
    if earlier.value == later.value or earlier.kind != later.kind:
        return
    direction: Change = "up" if later.value > earlier.value else "down"
    statistics[-2:] = [
        first.model_copy(update={"change": first.change or direction}),
        second.model_copy(update={"change": second.change or direction}),
    ]


def listed_change(
    text: str, start: int, end: int, counts: str | None, statistics: list[Statistic]
) -> Change | None:
    """`increase tuition by two per cent for X, three per cent for Y`: a later item of a list of changes of one
    thing takes the change of the item before it."""
    if not statistics:
        return None
    earlier = statistics[-1]
    if earlier.change is None or earlier.counts != counts or earlier.start < start - 200:
        return None
    return earlier.change if continues_list(text, earlier.end, start, end) else None
