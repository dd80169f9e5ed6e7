"""A field's score (P/R/F1 or accuracy) and a set's regression floors, as `app.eval` reports them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["ACCURACY_FIELDS", "FIELDS", "FLOORS_FILE", "Score", "fields_below_floor", "floors_of", "headline"]

FIELDS = (
    "officials",
    "people",
    "statistics_values",
    "statistics_counts",
    "attribution",
    "approximate",
    "unit",
    "change",
    "quotes",
    "speakers",
    "outlet",
    "published",
    "title",
    "dates",
)
# Scored as accuracy over value-matched statistics whose gold states the field, not as P/R/F1.
ACCURACY_FIELDS = ("attribution", "approximate", "unit", "change")
# A scored set's regression gate: per field the lowest headline figure accepted (see floors_of).
FLOORS_FILE = "floors.json"


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    agreements: int = 0
    compared: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another score into this one."""
        self.agreements += other.agreements
        self.compared += other.compared
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.misses.extend(other.misses)
        self.false_hits.extend(other.false_hits)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def accuracy(self) -> float:
        return self.agreements / self.compared if self.compared else 1.0

    def compare(self, agrees: bool, problem: str) -> None:
        """Count one compared pair for an accuracy field."""
        self.compared += 1
        if agrees:
            self.agreements += 1
        else:
            self.misses.append(problem)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def headline(name: str, score: Score) -> float | None:
    """The one figure a field is judged by (F1, or accuracy); None where the gold never states it."""
    if name in ACCURACY_FIELDS:
        return score.accuracy if score.compared else None
    seen = score.true_positives + score.false_positives + score.false_negatives
    return score.f1 if seen else None


# F1 and accuracy are ratios of small counts: 36/45 comes out as 0.7999999999999999 one way and
# 0.8 another, so figures are compared and floored at this many decimals, far below any real change.
_FIGURE_DECIMALS = 9


def floors_of(totals: dict[str, Score]) -> dict[str, float]:
    """Floors from a run: each field's headline figure rounded down to two decimals."""
    return {
        name: math.floor(round(figure * 100, _FIGURE_DECIMALS)) / 100
        for name in FIELDS
        if (figure := headline(name, totals[name])) is not None
    }


def fields_below_floor(totals: dict[str, Score], floors: dict[str, float]) -> dict[str, float]:
    """The fields whose headline figure fell below its floor, with the figure measured."""
    measured = {name: round(headline(name, totals[name]) or 0.0, _FIGURE_DECIMALS) for name in floors}
    return {name: round(measured[name], 3) for name, floor in floors.items() if measured[name] < floor}
