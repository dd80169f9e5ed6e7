"""Officials and people, round 12: a middle initial written without its stop, a sentence's opening adverb
before a name, a photo credit's `File` after a caption's name, and a service's lowercase word before a
capitalized rank.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from app.extract.person_ids import canonical_name
from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A middle initial without its stop stays inside the name.
        (
            "Central Bank Governor Ahsan H Rahman said inflows rose 12 percent.",
            "Ahsan H Rahman",
            "Central Bank Governor",
        ),
        ("Minister K T Rama Rao said the line would open in May.", "K T Rama Rao", "Minister"),
        # An opening initial does not count towards the four words a name may have after its title.
        (
            "State Education Minister P Sabitha Indra Reddy said 91 percent passed.",
            "P Sabitha Indra Reddy",
            "State Education Minister",
        ),
        # A lowercase service before a capitalized rank belongs to the title.
        (
            "Acting Marlow police Chief Mark Tindall says crime rose 12 percent.",
            "Mark Tindall",
            "police Chief",
        ),
        ("The fire Chief Anna Berg said 12 homes burned.", "Anna Berg", "fire Chief"),
    ],
)
def test_the_office_stated_before_the_name(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [title]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A sentence's opening adverb is no part of the name after it.
        ("However Mohamad Fuzi said road accidents rose by 1,420.", ["Mohamad Fuzi"]),
        ("Moreover Aziz Rahman said 12 were held.", ["Aziz Rahman"]),
        # A photo credit's `File photo` ends the caption's name.
        (
            "Mayor Alan Winde said 12 were held.\n\nMarlow Mayor Alan Winde File photo: Marlow News Agency",
            ["Alan Winde"],
        ),
    ],
)
def test_the_names_found(text: str, names: list[str]) -> None:
    assert [person.name for person in find_people(text)] == names


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A capitalized title between an inverted attribution's verb and the name, set off by a comma.
        (
            "“The balance sheet remains strong,” said Group Chief Executive Officer, Shayne Tindall.",
            "Shayne Tindall",
            "Group Chief Executive Officer",
        ),
        # A body's initials in brackets written without a space before them.
        (
            "The Commissioner General of Marlow Revenue Authority(MRA), Jon Okot Rujoki has said 13 were paid.",
            "Jon Okot Rujoki",
            "Commissioner General of Marlow Revenue Authority(MRA)",
        ),
    ],
)
def test_a_title_set_off_by_a_comma(text: str, name: str, title: str) -> None:
    assert [stated.text for stated in person_named(text, name).titles] == [title]


@pytest.mark.parametrize(
    ("written", "entity_id"),
    [
        ("Barb Link", "barbara-link"),
        ("Doug Ford", "douglas-ford"),
        ("Geoff Hill", "geoffrey-hill"),
        ("Curt Dougherty", "curtis-dougherty"),
        ("Liv Garfield", "olivia-garfield"),
    ],
)
def test_a_short_form_of_a_given_name_shares_the_formal_form_s_id(written: str, entity_id: str) -> None:
    assert canonical_name(written.split()) == entity_id
