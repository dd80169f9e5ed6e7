"""Listed heads and outlet names match as written: a period is a period, and the longest listed name wins.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

from tests.extract.pages import HEADLINE, record_of


def test_a_listed_head_with_a_period_needs_the_period() -> None:
    record = record_of(
        HEADLINE + "Shares of Rogers Communications Inc, the carrier, fell after Quebecor Inc. bid.\n"
    )
    assert [organization.name for organization in record.organizations] == ["Quebecor Inc."]


def test_the_longest_listed_outlet_name_wins_across_outlets() -> None:
    record = record_of(HEADLINE + "Exports rose, the Associated Press of Pakistan reported on Monday.\n")
    assert [citation.name for citation in record.outlets_cited] == ["Associated Press of Pakistan"]
