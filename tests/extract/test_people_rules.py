"""Officials and people, one invented passage per row: who is found, under which kind and title."""

from __future__ import annotations

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.extract.people import find_people
from app.models import Person


def _by_surname(text: str) -> dict[str, Person]:
    return {person.name.split()[-1]: person for person in find_people(text)}


# (passage, surname, kind, a stated title or None, name)
CASES: list[tuple[str, str, str, str | None, str]] = [
    (
        "Dana Kowalski, Press Secretary, said the office would respond.",
        "Kowalski",
        "official",
        "Press Secretary",
        "Dana Kowalski",
    ),
    (
        "Kendra Bishop, a spokeswoman for the county health department, declined to comment.",
        "Bishop",
        "official",
        None,
        "Kendra Bishop",
    ),
    ("Gareth Lloyd MP said the plan was flawed.", "Lloyd", "official", "MP", "Gareth Lloyd"),
    (
        "The minister spoke. Home Secretary, Fiona Ashworth, said she disagreed.",
        "Ashworth",
        "official",
        "Home Secretary",
        "Fiona Ashworth",
    ),
    ("Trustee Ana Park voted no.", "Park", "official", "Trustee", "Ana Park"),
    ("Council member Jo Reyes objected to the plan.", "Reyes", "official", "Council member", "Jo Reyes"),
    ("Board President Mike Osei called the vote.", "Osei", "official", "Board President", "Mike Osei"),
    ("Chief Constable Amir Haddad said crime fell.", "Haddad", "official", "Chief Constable", "Amir Haddad"),
    (
        "Marcus Webb, a former county treasurer, said the budget was short.",
        "Webb",
        "official",
        None,
        "Marcus Webb",
    ),
    (
        "Former state attorney general Lydia Sorensen criticized it.",
        "Sorensen",
        "official",
        "Former state attorney general",
        "Lydia Sorensen",
    ),
    ("Former congressman Paul Denning agreed.", "Denning", "official", None, "Paul Denning"),
    (
        "Rosa Klein, president of Teamsters Local 117, said members would strike.",
        "Klein",
        "person",
        None,
        "Rosa Klein",
    ),
    ("Darius Lamont Freeman said he was worried.", "Freeman", "person", None, "Darius Lamont Freeman"),
    ("Tyler J. Voss said nothing.", "Voss", "person", None, "Tyler J. Voss"),
    ("Longtime resident Bernice Talley said the road flooded.", "Talley", "person", None, "Bernice Talley"),
    (
        "Researcher Jonah Feldstein said the data were clear.",
        "Feldstein",
        "person",
        "Researcher",
        "Jonah Feldstein",
    ),
]


@pytest.mark.parametrize(("text", "surname", "kind", "title", "name"), CASES, ids=[c[1] for c in CASES])
def test_kind_title_and_name(text: str, surname: str, kind: str, title: str | None, name: str) -> None:
    person = _by_surname(text)[surname]
    assert person.kind == kind
    assert person.name == name
    if title is not None:
        assert title in [t.text for t in person.titles]


@pytest.mark.parametrize(
    ("text", "surname", "mentions"),
    [
        ("Fiona Ashworth, the Home Secretary, spoke first. Ms Ashworth said she disagreed.", "Ashworth", 2),
        ("Gareth Lloyd MP said the plan was flawed. Mr Lloyd later voted for it.", "Lloyd", 2),
        (
            "Longtime resident Bernice Talley said the road flooded. Talley said she called twice.",
            "Talley",
            2,
        ),
    ],
)
def test_surname_only_mentions_merge(text: str, surname: str, mentions: int) -> None:
    people = find_people(text)
    assert len(people) == 1, [p.entity_id for p in people]
    assert people[0].name.split()[-1] == surname and len(people[0].mentions) == mentions


@pytest.mark.parametrize(
    "text",
    [
        "AdTrack Analytics said it would appeal the ruling.",
        "Chief Constable Amir Haddad said crime fell.",  # no person named "Constable Amir Haddad"
    ],
)
def test_not_a_person_name(text: str) -> None:
    names = [person.name for person in find_people(text)]
    assert not any(name.startswith(("AdTrack", "Constable")) for name in names), names


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Maria Lopez, Political Correspondent, Capital Ledger", "Capital Ledger"),
        ("By Maria Lopez, Staff Writer", None),
    ],
)
def test_byline_author_is_not_a_person(byline: str, outlet: str | None) -> None:
    raw = f'{byline}\n\nThe council met Tuesday. "We are ready for this," said Mayor Tom Ruiz.\n'
    record = extract_document(RawDocument("d", raw, SuppliedMetadata(), "t"))
    assert [a.value for a in record.authors] == ["Maria Lopez"]
    assert [p.name for p in record.people] == ["Tom Ruiz"]
    assert (record.outlet.value if record.outlet else None) == outlet
