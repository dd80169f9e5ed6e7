"""Statistic groups: the same measured quantity stated more than once, and whether its statements agree.

Pure functions over extracted statistics, keyed by `app.extract.group_keys`. Statistics with one key
form a group when they state one quantity: figures of one sentence, and figures of one document that
no rounding reconciles, are different quantities (the two sides of a poll, a part and its whole),
never one group.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from app.extract.group_keys import fold, group_key, measure_of
from app.extract.lexicon import word_map
from app.models import CitedStatistic, GroupKey, QuantityGroup, Statistic, StatisticSource

__all__ = ["compatible", "group_statistics", "independent_sources", "value_bounds"]

_QUALIFIER_BOUNDS = word_map("group_qualifier_bounds.tsv")
_RATE_PERIOD = re.compile(r"\bper [a-z]+")
_LEADING_PREPOSITION = re.compile(r"^(?:in|during|for|over|of|on|at)\s+", re.IGNORECASE)
# Rounding is read from the figure, but a stated figure is never taken looser than this share of itself.
_ROUNDING_CAP = 0.05
_ABOUT = 0.1
_SAME_QUANTITY_RATIO = 2.0


Bounds = tuple[float, float]


def _rounding(value: float) -> float:
    """Half the step a figure is rounded to, read from its digits: 25,000 -> 500, 2.5 -> 0.05."""
    magnitude = abs(value)
    if magnitude == 0:
        return 0.0
    step = 1.0
    if magnitude == int(magnitude):
        whole = int(magnitude)
        while whole % 10 == 0:
            whole //= 10
            step *= 10
    else:
        decimals = len(f"{magnitude:.6f}".rstrip("0").split(".")[1])
        step = 10.0**-decimals
    # Just under half a step, so neighbours (47 and 48 percent) never touch.
    return min(step / 2, _ROUNDING_CAP * magnitude) * 0.999


def _scale(statistic: Statistic) -> float:
    """Fractions and ratios are stated as shares already (0.5 for "half"); percentages as 0-100."""
    return 0.01 if measure_of(statistic) == "share" and statistic.kind not in ("fraction", "ratio") else 1.0


def value_bounds(statistic: Statistic) -> Bounds:
    """The values a statement is true of, given its qualifier and rounding; shares as 0-1.

    A qualifier's own side is exact ("more than 25,000" starts at 25,000); the other side, and an
    unqualified figure, allow for the rounding its digits show.
    """
    scale = _scale(statistic)
    stated_low = statistic.value * scale
    stated_high = (statistic.value_high if statistic.value_high is not None else statistic.value) * scale
    low = stated_low - _rounding(statistic.value) * scale
    high = stated_high + _rounding(stated_high / scale) * scale
    bound = _QUALIFIER_BOUNDS.get(statistic.qualifier or "", "exact")
    if statistic.approximate and bound == "exact":
        bound = "about"
    if bound == "at_least":
        return stated_low, math.inf
    if bound == "at_most":
        return -math.inf, stated_high
    if bound == "about":
        return low - abs(low) * _ABOUT, high + abs(high) * _ABOUT
    if bound == "just_below":
        return low - abs(low) * _ABOUT, stated_high
    if bound == "just_above":
        return stated_low, high + abs(high) * _ABOUT
    return low, high


def _overlap(first: Bounds, second: Bounds) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def compatible(first: Statistic, second: Statistic) -> bool:
    """Two statements of one quantity agree when some value satisfies both."""
    return _overlap(value_bounds(first), value_bounds(second))


def _earliest_first(cited: CitedStatistic) -> tuple[bool, str, str, int]:
    published = cited.published.isoformat() if cited.published else ""
    return cited.published is None, published, cited.document_id, cited.statistic.start


class _Quantity:
    """Statements of one quantity as they are gathered, with what joining them needs computed once.

    Joining compares every statement of a new quantity with every statement of the ones before it, so
    a key stated in hundreds of documents would recompute the same bounds millions of times."""

    def __init__(self, cited: CitedStatistic, bounds: Bounds) -> None:
        self.members = [cited]
        self.bounds = [bounds]
        self.documents = {cited.document_id}
        self.sentences = {cited.statistic.sentence.start}
        self.smallest = self.largest = _magnitude(cited.statistic)

    def extend(self, other: _Quantity) -> None:
        self.members.extend(other.members)
        self.bounds.extend(other.bounds)
        self.documents |= other.documents
        self.sentences |= other.sentences
        self.smallest = min(self.smallest, other.smallest)
        self.largest = max(self.largest, other.largest)

    def close_to(self, other: _Quantity) -> bool:
        """Within a factor of two of each other: 5,000 beside 3 million, or 29 beside "fewer than 900",
        are two quantities, however compatible their bounds."""
        return min(self.smallest, other.smallest) * _SAME_QUANTITY_RATIO >= max(self.largest, other.largest)

    def compatible_with(self, other: _Quantity) -> bool:
        """Some statement of one agrees with some statement of the other."""
        return any(_overlap(mine, theirs) for mine in self.bounds for theirs in other.bounds)

    def restated_in_document(self, cited: CitedStatistic, bounds: Bounds) -> bool:
        """One document's figure states this quantity again: another sentence, agreeing with every statement."""
        return cited.statistic.sentence.start not in self.sentences and all(
            _overlap(mine, bounds) for mine in self.bounds
        )

    def joined_by(self, other: _Quantity) -> bool:
        """Another document's figures restate this quantity: compatible with one of its members, close to all."""
        return (
            self.documents.isdisjoint(other.documents)
            and self.close_to(other)
            and self.compatible_with(other)
        )


def _magnitude(statistic: Statistic) -> float:
    return abs(statistic.value) * _scale(statistic)


def _pinned(key: GroupKey) -> bool:
    """The sentences say where or when: incompatible figures can then be one quantity in dispute.

    A rate alone (`per day`) says neither: it belongs to how the figure is measured."""
    return key.place is not None or bool(key.period and _RATE_PERIOD.sub("", key.period).strip())


def _specific(key: GroupKey) -> bool:
    """Says enough to be one quantity: "two children" in two stories, or a 6-3 and a 7-2 "votes", are not."""
    return _pinned(key) or len(key.counts.split()) >= 2


def _quantities(key: GroupKey, members: Sequence[CitedStatistic]) -> list[list[CitedStatistic]]:
    """Split statistics of one key into the quantities they state, documents in published order."""
    by_document: dict[str, list[CitedStatistic]] = defaultdict(list)
    stated: set[tuple[str, str, str]] = set()
    for cited in sorted(members, key=_earliest_first):
        # A page that prints a sentence twice (a teaser, a summary box) states its figure once.
        statement = (cited.document_id, cited.statistic.sentence.text, cited.statistic.text)
        if statement not in stated:
            stated.add(statement)
            by_document[cited.document_id].append(cited)
    quantities: list[_Quantity] = []
    for document_members in by_document.values():
        own: list[_Quantity] = []
        for cited in document_members:
            bounds = value_bounds(cited.statistic)
            same = next((quantity for quantity in own if quantity.restated_in_document(cited, bounds)), None)
            if same is None:
                own.append(_Quantity(cited, bounds))
            else:
                same.extend(_Quantity(cited, bounds))
        for quantity in own:
            agreeing = next((existing for existing in quantities if existing.joined_by(quantity)), None)
            if agreeing is not None:
                agreeing.extend(quantity)
            elif (
                len(own) == 1
                and len(quantities) == 1
                and key.place is not None
                and quantity.close_to(quantities[0])
            ):
                # One figure here, one quantity elsewhere, both of one place: the same quantity, stated
                # differently. A period alone is not enough: every country has a GDP for 2025.
                quantities[0].extend(quantity)
            else:
                quantities.append(quantity)
    return [quantity.members for quantity in quantities]


def _sources(members: Iterable[CitedStatistic]) -> list[StatisticSource]:
    sources: dict[str, StatisticSource] = {}
    for cited in members:
        attribution = cited.statistic.attributed_to
        if attribution is not None:
            identity = attribution.entity_id or fold(attribution.name)
            sources.setdefault(
                identity, StatisticSource(name=attribution.name, entity_id=attribution.entity_id)
            )
    return list(sources.values())


def independent_sources(members: Iterable[CitedStatistic], cluster_of: Mapping[str, str]) -> int:
    """Members that share a story cluster count once, and so do members attributed to the same source.

    The count is of connected members: a wire story's figure reprinted by 200 outlets is one source, and
    a minister's figure reported by two unrelated stories is one too.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for cited in members:
        story = root("story:" + cluster_of.get(cited.document_id, cited.document_id))
        attribution = cited.statistic.attributed_to
        if attribution is not None:
            parent[root("source:" + (attribution.entity_id or fold(attribution.name)))] = story
    return len({root(node) for node in parent if node.startswith("story:")})


def _stated_period(period: str | None) -> str | None:
    """`in 2023` -> `2023`: the period as the text states it, without its preposition."""
    return _LEADING_PREPOSITION.sub("", period) if period else None


def _label(first: Statistic) -> str:
    counts = " ".join(
        word if word.isupper() and len(word) > 1 else word.lower() for word in (first.counts or "").split()
    )
    return " · ".join(part for part in (counts, first.place, _stated_period(first.period)) if part)


def _group(key: GroupKey, members: list[CitedStatistic], cluster_of: Mapping[str, str]) -> QuantityGroup:
    members = sorted(members, key=_earliest_first)
    bounds = [value_bounds(member.statistic) for member in members]
    disagree = any(
        not _overlap(first, second)
        for position, first in enumerate(bounds)
        for second in bounds[position + 1 :]
    )
    return QuantityGroup(
        label=_label(members[0].statistic),
        how=key,
        members=members,
        sources=_sources(members),
        independent_sources=independent_sources(members, cluster_of),
        disagree=disagree,
    )


def group_statistics(
    cited: Iterable[CitedStatistic], cluster_of: Mapping[str, str] | None = None
) -> list[QuantityGroup]:
    """Every quantity stated two or more times among `cited`, with its members in published order.

    `cluster_of` maps document ids to story clusters, for counting independent sources.
    """
    by_key: dict[tuple[str, str, str | None, str | None], tuple[GroupKey, list[CitedStatistic]]] = {}
    for item in cited:
        key = group_key(item.statistic)
        if key is not None:
            identity = (key.counts, key.measure, key.place, key.period)
            by_key.setdefault(identity, (key, []))[1].append(item)
    groups = [
        _group(key, quantity, cluster_of or {})
        for key, members in by_key.values()
        if _specific(key)
        for quantity in _quantities(key, members)
        if len(quantity) >= 2
    ]
    return sorted(groups, key=lambda group: (_earliest_first(group.members[0]), group.label))
