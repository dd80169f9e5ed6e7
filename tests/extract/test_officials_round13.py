"""Officials and people, round 13: an officer's title made general, `Eng.` before a name, an honorific of
more than one word opening a name, a patronymic chain, and an apostrophe inside a name.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Any officer of general_officers.txt made general is a title's head, hyphenated or not.
        (
            "Comptroller-General of Customs, Halima Bello Sani attributed the rise to new scanners.",
            "Halima Bello Sani",
            "Comptroller-General of Customs",
        ),
        (
            "Accountant General Musa Dauda Ogun said 14 accounts were frozen.",
            "Musa Dauda Ogun",
            "Accountant General",
        ),
        # `Eng.` (engineer), like `Dr.`, stands between an office and the name.
        (
            "The Director General of the Marlow Ports Authority, Eng. Festo Mrema, said cargo rose 5%.",
            "Festo Mrema",
            "Director General of the Marlow Ports Authority",
        ),
    ],
)
def test_the_office_stated_before_the_name(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert title in [stated.text for stated in person.titles]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An honorific of two words opens the run; the name follows it.
        ("Tan Sri Hamid Rashidi said 12 were held.", ["Hamid Rashidi"]),
        # A father's name after `bin` does not count towards the four words of a name, and `H E` (His
        # Excellency) is an honorific, never a pair of initials.
        (
            "Jobseekers number 9,000, according to H E Dr Khalid bin Nasser bin Ali Al’amri, Minister of Labour."
            "\n\nH E Al’amri said 400 found work in May.",
            ["Khalid bin Nasser bin Ali Al’amri"],
        ),
        # An apostrophe inside a name keeps it whole; a possessive still ends it.
        ("Minister Salim Ba’alawi said 40 schools opened.", ["Salim Ba’alawi"]),
        ("Mayor Jane Okafor’s office said 40 schools opened.", ["Jane Okafor"]),
    ],
)
def test_the_names_found(text: str, names: list[str]) -> None:
    assert [person.name for person in find_people(text)] == names


def test_an_honorific_states_no_office() -> None:
    text = "Minister of Labour Khalid bin Nasser Al’amri spoke.\n\nH E Al’amri said 400 found work in May."
    person = person_named(text, "Khalid bin Nasser Al’amri")
    assert [stated.text for stated in person.titles] == ["Minister of Labour"]


def test_a_ranking_word_before_the_head_names_no_body() -> None:
    text = "Ama Serwaa, the Permanent Secretary in the Ministry of Energy, said 12 plants closed."
    person = person_named(text, "Ama Serwaa")
    assert person.kind == "official"
    assert [stated.organization for stated in person.titles] == ["Ministry of Energy"]


@pytest.mark.parametrize(
    "text",
    [
        "She spoke at the Office of the President Auditorium in Kampala on Tuesday.",
        "Comptroller-General Kola Adewale credited reforms under President Kola Tinuade’s Renewed Hope Agenda, as "
        "revealed in an upcoming State House documentary marking the President’s second anniversary.",
    ],
)
def test_a_venue_or_a_programme_after_a_title_is_no_person(text: str) -> None:
    assert all(person.name.split()[-1] not in ("Auditorium", "Agenda") for person in find_people(text))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Ports, shipping, aviation and other transport portfolios title a minister in lowercase too.
        (
            "While praising the port, minister of ports and shipping Kamal Perera said it had grown.",
            "Kamal Perera",
            "minister of ports and shipping",
        ),
        (
            "Earlier, minister of aviation Ada Obi said 12 airports reopened.",
            "Ada Obi",
            "minister of aviation",
        ),
    ],
)
def test_a_lowercase_portfolio_title(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [title]
