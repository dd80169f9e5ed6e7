"""Publisher, round 16: the author's role before the site's name on the line under a byline (`Education
correspondent, Harbour News`), a byline that names the site alone (`By Harbour Review`), and the site's staff
credited (`Harbour Ledger staff`).

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of


@pytest.mark.parametrize(
    ("top", "outlet", "authors"),
    [
        ("By Ana Ruiz\nEducation correspondent, Harbour News\n\n", "Harbour News", ["Ana Ruiz"]),
        ("By Harbour Review\n\n", "Harbour Review", []),
        ("Harbour Ledger staff\n\n", "Harbour Ledger", []),
        ("By Harbour Ledger Staff Writer\n\n", "Harbour Ledger", []),
        # A known wire after the author's name is still the wire, the name still the author's.
        ("By ANA RUIZ Associated Press\n\n", "Associated Press", ["ANA RUIZ"]),
    ],
)
def test_the_publisher_under_or_in_the_byline(top: str, outlet: str, authors: list[str]) -> None:
    record = record_of(HEADLINE + top + BODY)
    assert record.outlet is not None and record.outlet.value == outlet
    assert [author.value for author in record.authors] == authors
