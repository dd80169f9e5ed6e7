"""Officials, round 15: a director-general's portfolio is a government's; a regional coordinator holds public
office; two initials written as one word open a name after its title (`MA Mannan`), unless the word is an
acronym the lists know; the last word of a portfolio after `of` is no surname (`Superintendent of Public
Instruction`); a role that closes the sentence before its verb (`…, the treasurer added.`) is no appositive;
a possessive that lost its apostrophe (`Mr. Okellos analysis`) names the person; a party's role may name the
party after it (`health critic for the Opposition NDP`).

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Director General for Health Dr. Amina Odhiambo said the vaccine is safe.",
            "Amina Odhiambo",
            "Director General for Health",
        ),
        (
            "Director-General of Education Rosli Hashim said 40 schools closed.",
            "Rosli Hashim",
            "Director-General of Education",
        ),
        (
            "Lakeside Regional Coordinator Joseph Kamau said 40 wells dried up.",
            "Joseph Kamau",
            "Lakeside Regional Coordinator",
        ),
        ("Planning Minister MA Rahim said growth would reach 6 percent.", "MA Rahim", "Planning Minister"),
        ("Harbour councillor, Alderman JP Naidoo, said 40 cars were stolen.", "JP Naidoo", "Alderman"),
        # A party's role with the party after it.
        (
            "David Okafor, health critic for the Opposition NDP, said the wait list grew.",
            "David Okafor",
            "health critic for the Opposition NDP",
        ),
    ],
)
def test_the_office_stated_before_the_name(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert title in [stated.text for stated in person.titles]


@pytest.mark.parametrize(
    "text",
    [
        # an acronym the lists know is no pair of initials
        "UK Minister Ana Ruiz said 3 ports would open.",
        "EU Commissioner Ana Ruiz said 3 ports would open.",
    ],
)
def test_a_known_acronym_before_a_titled_name_is_not_initials(text: str) -> None:
    person = person_named(text, "Ana Ruiz")
    assert person.entity_id == "ana-ruiz"


def test_the_last_word_of_a_portfolio_is_no_surname() -> None:
    text = (
        "The Harbour State Office of the Superintendent of Public Instruction released results on Monday. "
        "Superintendent of Public Instruction Ana Ruiz said 40 schools improved."
    )
    assert [person.name for person in find_people(text)] == ["Ana Ruiz"]


def test_a_role_that_closes_the_sentence_is_no_appositive() -> None:
    text = (
        "Revenue fell short because the council has not passed a levy sought by Mr. Okello, the treasurer "
        "added. Ana Ruiz, the mayor, said 3 roads closed."
    )
    people = {person.name: person for person in find_people(text)}
    assert [title.text for title in people["Okello"].titles] == []
    assert [title.text for title in people["Ana Ruiz"].titles] == ["mayor"]


def test_a_possessive_that_lost_its_apostrophe_names_the_person() -> None:
    text = "City Comptroller Tomas Okello spoke on Monday. The gap is $7 million, Mr. Okellos analysis says."
    assert [person.name for person in find_people(text)] == ["Tomas Okello"]
