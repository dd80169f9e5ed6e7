"""Statistic rules added after blind10 (see docs/evaluation.md), one invented sentence per row: currency
names and codes written after an amount, and the counted thing of the figures they give."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics
from app.models import Statistic


def _only(text: str, figure: str) -> Statistic:
    return next(statistic for statistic in find_statistics(text) if statistic.text.endswith(figure))


# (text, figure as written, value, unit, counts)
CURRENCY_AFTER: list[tuple[str, str, float, str, str | None]] = [
    ("The shortfall will reach 95 billion zlotys next year.", "95 billion zlotys", 95e9, "PLN", "shortfall"),
    ("Spending rose to 12 billion kroner.", "12 billion kroner", 12e9, "DKK", "Spending"),
    (
        "Norway's wealth fund sold 3 billion kroner of bonds, Norwegian officials said in Oslo.",
        "3 billion kroner",
        3e9,
        "NOK",
        "bonds",
    ),
    ("Growers will be paid 950 CFA francs per kilogram.", "950 CFA francs", 950, "XOF", None),
    (
        "Cameroon set the price at 900 CFA francs, and Gabon and Cameroon followed suit.",
        "900 CFA francs",
        900,
        "XAF",
        None,
    ),
    ("Shipments reached 21 billion USD in the quarter.", "21 billion USD", 21e9, "USD", "Shipments"),
    (
        "The canton set aside 40 million Swiss francs for bridge repairs.",
        "40 million Swiss francs",
        40e6,
        "CHF",
        "bridge repairs",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "counts"), CURRENCY_AFTER, ids=[row[1] for row in CURRENCY_AFTER]
)
def test_a_currency_written_after_the_amount(
    text: str, figure: str, value: float, unit: str, counts: str | None
) -> None:
    statistic = _only(text, figure)
    assert statistic.value == pytest.approx(value)
    assert (statistic.kind, statistic.unit, statistic.counts) == ("money", unit, counts)
