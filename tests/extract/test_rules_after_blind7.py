"""Officials, people and quotes in forms met on real news after blind7, invented sentences."""

from __future__ import annotations

import pytest

from app.extract.people import find_people

# (passage, name, kind)
KINDS: list[tuple[str, str, str]] = [
    # a given name that is also a common noun ("bill") opens a name after a title
    ("Finance Minister Bill Okafor presented the new figures on Monday.", "Bill Okafor", "official"),
    ("Minister of Finance Bill Okafor spoke at a town hall.", "Bill Okafor", "official"),
    # a capitalized particle that ends the name is the surname, not a connector
    ("Central Bank Governor Ravi Das said on Friday rates would hold.", "Ravi Das", "official"),
    ("Mayor Ana De said the road would reopen.", "Ana De", "official"),
    # honorifics between the office and the name
    ("Deputy Trade Minister Datuk Wira Aziz Rahman said exports grew.", "Aziz Rahman", "official"),
    ("Transport Minister Datuk Seri Lim Wei said the line would open.", "Lim Wei", "official"),
    # a scientist of a public service is an official; of a company, a person
    (
        "National Weather Service meteorologist Rhea Lindqvist said the storm was wide.",
        "Rhea Lindqvist",
        "official",
    ),
    ("AccuWeather meteorologist Rhea Lindqvist said the storm was wide.", "Rhea Lindqvist", "person"),
    # an acronym written with lowercase connector letters, spelled out earlier
    (
        "The Bureau of Meteorology (BoM) released its statement. "
        "Head of Climate Monitoring at BoM, Tomas Reyes said the year was hot.",
        "Tomas Reyes",
        "official",
    ),
    (
        "The Department for Education (DfE) said more schools would open. A DfE spokesman, Tom Hale, said so.",
        "Tom Hale",
        "official",
    ),
    # an intergovernmental body by its acronym
    ("The UN refugee agency's director Amara Diallo said camps were full.", "Amara Diallo", "official"),
    # one of two roles joined by "and" is an office
    ("Health Undersecretary and spokesperson Lina Cruz said cases rose.", "Lina Cruz", "official"),
    ("Company Director and spokesperson Lina Cruz said sales rose.", "Lina Cruz", "person"),
    # the incumbent in election results holds the seat
    ("Lena Marsh defeated incumbent Oscar Velde in Ward 4, another close race.", "Oscar Velde", "official"),
    ("Incumbent Priya Nolan won against her challenger Sam Oduya.", "Priya Nolan", "official"),
    ("Incumbent Priya Nolan won against her challenger Sam Oduya.", "Sam Oduya", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS, ids=[f"{row[1]}-{row[2]}" for row in KINDS])
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    people = {person.name: person for person in find_people(text)}
    assert name in people, list(people)
    assert people[name].kind == kind, people[name]


# (passage, names that are not people)
NOT_PEOPLE: list[tuple[str, str]] = [
    ("The Finance Bill Committee met on Tuesday.", "Finance Bill"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE, ids=[row[1] for row in NOT_PEOPLE])
def test_not_a_person(text: str, name: str) -> None:
    assert all(name not in person.name for person in find_people(text))


def test_two_titled_surnames_joined_by_and() -> None:
    people = {
        person.entity_id: person
        for person in find_people("I thank Governor Ortega and Speaker Lund for this.")
    }
    assert "gov-ortega" in people and "speaker-lund" in people, list(people)


# (passage, name, kind) for people named without an office
PEOPLE: list[tuple[str, str, str]] = [
    # a full name whose surname later speaks alone
    ('Nia Obi plans to walk more. "It will be hard," said Obi, a local resident.', "Nia Obi", "person"),
    ('Nia Obi plans to walk more. "It will be hard," Ms Obi said.', "Nia Obi", "person"),
    # a resident, a rider or a challenger holds no office wherever they live
    ('"It will be hard," said Nia Obi, a 48-year-old Leeds resident.', "Nia Obi", "person"),
    ("Incumbent Priya Nolan won against her challenger Sam Oduya.", "Sam Oduya", "person"),
]


@pytest.mark.parametrize(
    ("text", "name", "kind"), PEOPLE, ids=[f"{row[1]}-{i}" for i, row in enumerate(PEOPLE)]
)
def test_people_without_office(text: str, name: str, kind: str) -> None:
    people = {person.name: person for person in find_people(text)}
    assert name in people, list(people)
    assert people[name].kind == kind, people[name]


# (passage, a credited name that is no person in the story)
CREDITS: list[tuple[str, str]] = [
    ("Prices rose again. (Reporting By Lena Hart, editing by Tom Vale)", "Lena Hart"),
    ("Prices rose again. (Reporting By Lena Hart, editing by Tom Vale)", "Tom Vale"),
    ("The new ward opened. Image by Lena Hart/CITY PHOTOS", "Lena Hart"),
    ("The new ward opened. Photo / Lena Hart", "Lena Hart"),
]


@pytest.mark.parametrize(("text", "name"), CREDITS, ids=[f"{row[1]}-{i}" for i, row in enumerate(CREDITS)])
def test_credit_lines_name_no_people(text: str, name: str) -> None:
    assert all(person.name != name for person in find_people(text))
