"""Officials and people, round 5: rules kept only when they fixed a miss in a set they were not read from.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# A regulator is a public body, named in full or by its common noun before a title.
REGULATORS: list[tuple[str, str, str]] = [
    ("National Water Regulator chair Helen Okafor said prices would rise.", "Helen Okafor", "official"),
    (
        "Tarifica will cut the cap, the regulator’s chief executive, Tomas Varga, told MPs on Monday.",
        "Tomas Varga",
        "official",
    ),
    ("Harbour Rowing Club coach Daniel Otieno praised the crew.", "Daniel Otieno", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), REGULATORS)
def test_a_regulator_is_a_public_body(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# A body's short name in brackets stays inside the title that names the body, before or after the name; a
# `Managing Director` after the brackets is the body's.
BODY_INITIALS: list[tuple[str, str, str]] = [
    (
        "Lakeland Ports Authority (LPA) Managing Director Samuel Njoroge said volumes grew.",
        "Samuel Njoroge",
        "official",
    ),
    (
        "Costs will rise, warned Dame Ruth Ellery, chief executive of the Northern Schools Funding Council "
        "(NSFC), on Monday.",
        "Ruth Ellery",
        "official",
    ),
    (
        "In defending the rise, Deputy Chairman of the Coastal Power Regulatory Commission (CPRC), "
        "Dr. Amaka Obi, said supply would improve.",
        "Amaka Obi",
        "official",
    ),
    (
        "Harbour Rowing Club (HRC) Managing Director Paul Otieno praised the crew.",
        "Paul Otieno",
        "person",
    ),
    (
        "Costs will rise, warned Ruth Ellery, chief executive of the Northern Schools Alliance (NSA), on Monday.",
        "Ruth Ellery",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), BODY_INITIALS)
def test_a_bodys_bracketed_initials_inside_a_title(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# A run that ends in a word naming a body or a thing names no one.
NOT_PEOPLE: list[str] = [
    "The Welsh Government said nurses had been offered more.",
    "Lakeside Airports said traffic grew. Lakeside International Airport is the busiest.",
    "Funds will go to the Maria Lopez Memorial garden.",
    "In June the President issued Executive Order No. 14 on tariffs.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_a_body_or_a_thing_is_no_person(text: str) -> None:
    assert [person.name for person in find_people(text)] == []


# A body named by its acronym whose capitalized name the text writes elsewhere, without brackets, is judged by
# that name; a name ending in a body's head word wins over an officer's title that spells the same letters.
SPELLED_OUT_ACRONYMS: list[tuple[str, str, str]] = [
    (
        "The Lakeland National Examinations Board released the results on Friday.\n\n"
        "“More pupils finished,” said Prof Ruth Akello, LNEB chairperson.",
        "Ruth Akello",
        "official",
    ),
    (
        "Chief Election Commissioner Abdul Karim spoke at the Election Commission offices.\n\n"
        "EC Secretary Nasir Uddin said turnout was 27 percent.",
        "Nasir Uddin",
        "official",
    ),
    (
        "Chief Election Commissioner Abdul Karim spoke on Monday. EC Secretary Nasir Uddin said turnout was low.",
        "Nasir Uddin",
        "person",
    ),
    (
        "The Harbour Rowing Club met on Friday.\n\nHRC chairperson Ruth Akello said the crew was ready.",
        "Ruth Akello",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), SPELLED_OUT_ACRONYMS)
def test_an_acronym_spelled_out_elsewhere_names_the_body(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# A person named without a title or cue is read by a known given name; the list covers names of many origins.
GIVEN_NAMES: list[tuple[str, str]] = [
    ("The purse rose again. Ousmane Diallo received $2 million.", "Ousmane Diallo"),
    ("The club did not include the sale of Declan Mwangi to Porto for £9m.", "Declan Mwangi"),
    ("Corey Brandt ended the night with 3,359 votes.", "Corey Brandt"),
]


@pytest.mark.parametrize(("text", "name"), GIVEN_NAMES)
def test_a_known_given_name_opens_a_persons_name(text: str, name: str) -> None:
    assert person_named(text, name).kind == "person"


@pytest.mark.parametrize(
    "text", ["Water flows through the King Abdullah Canal.", "Crowds gathered at Hussein Bridge on Sunday."]
)
def test_a_place_named_after_a_person_is_no_person(text: str) -> None:
    assert [person.name for person in find_people(text)] == []


def test_a_title_before_a_courtesy_title_is_listed_once() -> None:
    person = person_named(
        "In defending the rise, Deputy Chairman of the Coastal Power Regulatory Commission (CPRC), "
        "Dr. Amaka Obi, said supply would improve.",
        "Amaka Obi",
    )
    texts = [title.text for title in person.titles]
    assert len(texts) == len(set(texts)), texts
