"""Authors, round 18 (read from blind34's first run): the note that closes a story may name its author without
the outlet she writes for (`Ana Ruiz is an award winning journalist`); she is the author, no person of the story.

Every passage is invented.
"""

from __future__ import annotations

from tests.extract.pages import BODY, HEADLINE, record_of


def test_a_closing_note_without_an_outlet_names_the_author() -> None:
    record = record_of(HEADLINE + BODY + "\nAna Ruiz\nAna Ruiz is an award winning journalist\n")
    assert [author.value for author in record.authors] == ["Ana Ruiz"]
    assert [person.name for person in record.people] == []
    assert record.outlet is None


def test_a_person_described_as_a_journalist_inside_the_story_is_no_author() -> None:
    record = record_of(
        HEADLINE + "Ana Ruiz is an award winning journalist\n\n" + BODY + BODY + BODY + BODY + BODY + BODY
    )
    assert record.authors == []
