"""Publisher and published date, round 15: `Source: X` above the story (not a chart's credit further down),
a wire, its place and the date set off by bars (`PTI | Harbourton | Updated: 15-06-2022 17:19 IST`), the note
on the author that closes a story (`Ana Ruiz is a reporter for The Harbour Ledger`), and numeric dates
written with dashes; the note on the author names the author; a photographer credited with a lowercase
`photograph:` is no person of the story.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of

PUBLISHERS: list[tuple[str, str | None]] = [
    ("Source: Harbour Radio\n\n" + BODY, "Harbour Radio"),
    # A chart's credit after the story's first sentences credits the chart, not the story.
    (
        HEADLINE + BODY + "Chart showing rents by town\nSource: Harbour Radio\nRents rose again in May.\n",
        None,
    ),
    (
        HEADLINE
        + "PTI | Harbourton | Updated: 15-06-2022 17:19 IST | Created: 15-06-2022 17:19 IST\n"
        + BODY,
        "Press Trust of India",
    ),
    (HEADLINE + BODY + "\nAna Ruiz\n\nAna Ruiz is a reporter for The Harbour Ledger\n", "The Harbour Ledger"),
    (HEADLINE + BODY + "\nAna Ruiz is a senior political correspondent with Harbour News.\n", "Harbour News"),
    # A note naming no outlet.
    (HEADLINE + BODY + "\nAna Ruiz is a reporter for the council.\n", None),
]


@pytest.mark.parametrize(("raw", "outlet"), PUBLISHERS)
def test_the_publisher(raw: str, outlet: str | None) -> None:
    record = record_of(raw)
    assert (record.outlet.value if record.outlet else None) == outlet


@pytest.mark.parametrize(
    ("top", "value"),
    [
        ("PTI | Harbourton | Updated: 15-06-2022 17:19 IST | Created: 15-06-2022 17:19 IST\n", "2022-06-15"),
        ("15-06-2022\n\n", "2022-06-15"),
        ("Updated: 15-06-2022 17:19 IST\n\n", "2022-06-15"),
    ],
)
def test_a_numeric_date_with_dashes(top: str, value: str) -> None:
    record = record_of(HEADLINE + top + BODY)
    assert record.published is not None and record.published.value.isoformat() == value


def test_the_author_note_names_the_author() -> None:
    record = record_of(HEADLINE + BODY + "\nAna Ruiz\n\nAna Ruiz is a reporter for The Harbour Ledger\n")
    assert [author.value for author in record.authors] == ["Ana Ruiz"]
    assert [person.name for person in record.people] == []


@pytest.mark.parametrize("credit", ["Photo: Tom Hale", "File photograph: Tom Hale"])
def test_a_photographer_credited_under_a_photo_is_no_person_of_the_story(credit: str) -> None:
    record = record_of(HEADLINE + BODY + "\nCommuters wait at the depot. " + credit + "\n")
    assert [person.name for person in record.people] == []
