"""Officials, people, speakers, publishers and dates after the blind11 round: one table per mechanism.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import HEADLINE, record_of

# A dateline whose credit or dash the copy lost is no date the story mentions; a sentence's opening word
# is no place.
DATELINES: list[tuple[str, list[str]]] = [
    ("PORT LOUIS Mar 4 The island's port handled more ships in June.", ["--06"]),
    ("Dunmore Mar 4 :The district's port handled more ships in June.", ["--06"]),
    ("Dunmore, Mar 4, (Ana/PNA) – The port handled more ships in June.", ["--06"]),
    ("On Mar 4: the port handled more ships than in June.", ["--03-04", "--06"]),
    ("The port handled more ships on Mar 4 than in June.", ["--03-04", "--06"]),
]


@pytest.mark.parametrize(("body", "values"), DATELINES)
def test_a_dateline_without_its_credit_is_no_date_mentioned(body: str, values: list[str]) -> None:
    record = record_of(HEADLINE + body + "\n")
    assert [mention.value for mention in record.dates_mentioned] == values
