"""Statistic fields, round 18 (read from blind34's first run): an amount written as added (`an additional $1,900`,
`another $2.7 million`, `a further 3,300 procedures`) is a change up, unless a change verb before `by` gives the
direction (`cut by a further £106m`).

Invented passages.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Harbour University would receive an additional $1,900 per student.", "up"),
        ("Colleges would get an extra $1,503 to spend per student.", "up"),
        ("The readiness charge is expected to generate another $2.7 million.", "up"),
        ("A further 3,300 hospital procedures were cancelled.", "up"),
        ("The farm budget would be cut by a further £106m.", "down"),
    ],
)
def test_an_amount_added(sentence: str, change: str) -> None:
    (statistic,) = record_of("Budget\n\n" + sentence + "\n").statistics
    assert statistic.change == change
