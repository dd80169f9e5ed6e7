"""Officials and people read from blind34's first-run misses (round 18): a public office's holder named at a
venue, a title's initials that leave out its place, an editor's bracketed name, a family name inside a name.

Every passage is invented.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.pages import record_of
from tests.extract.people_cases import person_named

# (passage, name, kind)
OFFICES: list[tuple[str, str, str]] = [
    # After a public office, `at` names where the holder was, not whom she serves.
    (
        "The scheme will be opened by President Amara Tembo at Chisanga Primary school.",
        "Amara Tembo",
        "official",
    ),
    ("Minister Jonas Phiri spoke at Harbour Secondary school on Friday.", "Jonas Phiri", "official"),
    # A title's bracketed initials may leave out the place the title names.
    (
        "Seizures rose, Director General of Rivermark Police (DGP) Kiran Sethi said.",
        "Kiran Sethi",
        "official",
    ),
    (
        "Inspector General of Valeland Police (IGP) Musa Bello said the road was shut.",
        "Musa Bello",
        "official",
    ),
    # Between the portfolio and a known given name, words that hold no office are the name's first words.
    (
        "“Exports are up,” said Minister of Finance Abul Karim Abdul Rahman who was present.",
        "Abul Karim Abdul Rahman",
        "official",
    ),
    (
        "Cabinet Secretary for Health and Social Care Peter Owain welcomed the fall.",
        "Peter Owain",
        "official",
    ),
    ("Minister for Social Protection Joan Keane said the numbers were welcome.", "Joan Keane", "official"),
    # An editor's name in square brackets after a title, inside a quote.
    ("“Premier [Dana] Whitlock should apologise,” she said.", "Dana Whitlock", "official"),
    ("“I know the Premier [Colin Abbot] is in talks with Canberra,” he said.", "Colin Abbot", "official"),
]


@pytest.mark.parametrize(("text", "name", "kind"), OFFICES)
def test_offices(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


def test_a_title_that_is_no_office_still_takes_the_body_at_which_she_works() -> None:
    text = "Director Lena Osei at Harbour Foods said sales rose."
    person = person_named(text, "Lena Osei")
    assert (person.kind, person.organization) == ("person", "Harbour Foods")


def test_a_family_name_inside_a_name_refers_to_the_person() -> None:
    text = (
        "Ridership rose, said Transport Minister Peter Lim Siew Hong.\n\n"
        "Lim said 1.2 million people rode the trains each day.\n"
    )
    (person,) = find_people(text)
    assert person.name == "Peter Lim Siew Hong"
    assert [mention.text for mention in person.mentions] == ["Peter Lim Siew Hong", "Lim"]


def test_a_western_middle_name_alone_is_still_the_same_person_not_a_new_one() -> None:
    text = "Health Minister Mary Ann Holt spoke.\n\nAnn said the wards were full.\n"
    assert [person.name for person in find_people(text)] == ["Mary Ann Holt"]


def test_a_titles_initials_name_its_holder_not_a_body() -> None:
    record = record_of(
        "Seizure\n\nPolice seized 147 kg of heroin, Director General of Rivermark Police (DGP) Kiran Sethi said.\n\n"
        "“The network has been busted,” the DGP said.\n"
    )
    (quote,) = record.quotes
    assert quote.speaker is not None and quote.speaker.entity_id == "kiran-sethi"
    assert "Director General of Rivermark Police" not in [org.name for org in record.organizations]
    assert "DGP" in [title.text for title in person_named(record.text, "Kiran Sethi").titles]
