"""The search features engine.py defines once for every engine: order without text, facet order, periods."""

from __future__ import annotations

import pytest

from app.index.engine import Interval, SearchQuery, effective_sort, facet_order, period_label
from app.models import SortOrder


@pytest.mark.parametrize(
    ("text", "sort", "expected"),
    [
        ("", "relevance", "-published"),
        ("   ", "relevance", "-published"),
        ("border", "relevance", "relevance"),
        ("", "published", "published"),
        ("border", "-published", "-published"),
    ],
)
def test_effective_sort(text: str, sort: SortOrder, expected: SortOrder) -> None:
    assert effective_sort(SearchQuery(text=text, sort=sort)) == expected


def test_facet_order_is_biggest_first_then_by_value_without_empty_values() -> None:
    counts = [("b", 2), ("", 9), ("c", 5), ("a", 2)]
    assert facet_order(counts) == [("c", 5), ("a", 2), ("b", 2)]


@pytest.mark.parametrize(
    ("key", "interval", "label"),
    [(2018, "year", "2018"), (201803, "month", "2018-03"), (99912, "month", "0999-12"), (7, "year", "0007")],
)
def test_period_label(key: int, interval: Interval, label: str) -> None:
    assert period_label(key, interval) == label
