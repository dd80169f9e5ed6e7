"""Who cited a figure, round 4: rules kept only when they fixed a miss on a set they were not read from.

Invented passages, one or more per rule; docs/evaluation.md lists the misses that suggested and confirmed each.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbourton Weighs Its Numbers\n\n"


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "`pointed out that` states the figures of its clause",
        HEADLINE
        + "Dairy farmers met in Marlow on Thursday.\n\n"
        + "Mr Tobin Evers, the growers' chairman, pointed out that milk prices have fallen to 31 cents a litre.",
        "31 cents",
        "Tobin Evers",
    ),
    (
        "`points out` in the present tense too",
        HEADLINE + "Analyst Rhea Castell points out that rents in 14 districts rose by 8.2 per cent.",
        "8.2 per cent",
        "Rhea Castell",
    ),
    (
        "`pointed to` cites evidence and is no statement of its own",
        HEADLINE
        + "Union president Dario Venn said the plan was working. He pointed to the hiring of 42 new wardens.",
        "42",
        "Dario Venn",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), SOURCE_CASES)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule
