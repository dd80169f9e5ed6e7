"""Publisher, round 4: the paper's short name for itself after `told the`.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import HEADLINE, record_of

# A source speaks to the paper, which names itself with a lowercase "the": its short name, or the fuller name
# the text gives it; a news service by its kind. A body told something is no outlet, nor is a cited paper.
TOLD_THE_PAPER: list[tuple[str, str | None]] = [
    ("The harbour master told the Courier that two ferries would be withdrawn.\n", "Courier"),
    (
        "Reporters from the Dunmore Herald asked for figures. The harbour master told the Herald that two left.\n",
        "Dunmore Herald",
    ),
    ("The harbour master told the Clarion that two ferries would be withdrawn.\n", None),
    ("Two ferries will be withdrawn, the harbour master told the Harbour Post.\n", "Harbour Post"),
    (
        "Two ferries will be withdrawn, the harbour master told the Capitol News Service.\n",
        "Capitol News Service",
    ),
    ("Two ferries will be withdrawn, the harbour master told the Senate Transport Committee.\n", None),
    ("Two ferries will be withdrawn, the harbour master told The Harbour Post on Monday.\n", None),
]


@pytest.mark.parametrize(("body", "publisher"), TOLD_THE_PAPER)
def test_told_the_paper(body: str, publisher: str | None) -> None:
    record = record_of(HEADLINE + body)
    assert (record.outlet.value if record.outlet else None) == publisher
