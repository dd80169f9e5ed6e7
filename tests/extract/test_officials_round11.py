"""Officials, people and bodies, round 11: honorifics between an office and a name, names written with two
initials without stops, titles in other countries' forms, and words that open or end no name.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.organizations import find_organizations
from app.extract.people import find_people
from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # An honorific between the office and the name is part of neither.
        (
            "Deputy Inspector-General of Police Datuk Seri Hamdan Khan Yusof Merican said 70 cases were recorded.",
            "Hamdan Khan Yusof Merican",
            "Deputy Inspector-General of Police",
        ),
        ("Trade Minister Tan Sri Rahim Ismail said exports rose.", "Rahim Ismail", "Trade Minister"),
        (
            "Works Minister Tan Sri Nor Azlan Md Yusof opened the bridge.",
            "Nor Azlan Md Yusof",
            "Works Minister",
        ),
        (
            "Former Prime Minister Tun Dr Abdul Rahman Karim spoke.",
            "Abdul Rahman Karim",
            "Former Prime Minister",
        ),
        ("Police chief Datuk Aziz Rahman said 12 were held.", "Aziz Rahman", "Police chief"),
        # A portfolio after "of" ends where a three-word name that opens with its surname begins.
        (
            "Full employment is close, said the Minister of Manpower Teo Chee Hean on Monday.",
            "Teo Chee Hean",
            "Minister of Manpower",
        ),
        # A Sarawak honorific after "Datuk"; the name after it is three words.
        (
            "Chief Minister Datuk Patinggi Awang Tengah Ali said revenue rose.",
            "Awang Tengah Ali",
            "Chief Minister",
        ),
        # An honorific written with an apostrophe is a word of the run, not where it ends.
        (
            "Transport Minister Dato' Sri Kamal Loke Siew Meng said 8 lines opened.",
            "Kamal Loke Siew Meng",
            "Transport Minister",
        ),
        # A title's initials in brackets may spell its joining words in lowercase.
        (
            "Commissioner of Police (CoP) Garth Mitchell said 500 had died.",
            "Garth Mitchell",
            "Commissioner of Police|CoP",
        ),
        # Initials in brackets that leave the joining words out; the division a title heads.
        (
            "Member of Parliament (MP) Grace Ho Mei Ling asked how many were hired.",
            "Grace Ho Mei Ling",
            "Member of Parliament|MP",
        ),
        (
            "Assistant Commissioner (Traffic) Neil Garrick said 13 had died.",
            "Neil Garrick",
            "Assistant Commissioner",
        ),
        # A division of one short word is no initials, so no title of its own.
        (
            "Assistant Commissioner (Crime) Neil Garrick said 13 had died.",
            "Neil Garrick",
            "Assistant Commissioner",
        ),
        # England and Wales's police and crime commissioners by their initials.
        ("The county's PCC Martin Hale said knife crime rose.", "Martin Hale", "PCC"),
        # A Malaysian state's chief minister.
        ("Selangor Mentri Besar Amran Shafiq said revenue rose.", "Amran Shafiq", "Selangor Mentri Besar"),
        (
            "Johor Menteri Besar Datuk Onn Hafiz Ghani said 3 schools opened.",
            "Onn Hafiz Ghani",
            "Johor Menteri Besar",
        ),
        # "-led" makes the name a modifier of the noun after it; the name ends before the hyphen.
        (
            "He never conspired against Chief Minister R K Gowda-led government.",
            "R K Gowda",
            "Chief Minister",
        ),
    ],
)
def test_the_office_stated_before_the_name(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    # `Commissioner of Police|CoP`: the office, then its initials in brackets, each a stated title.
    assert [stated.text for stated in person.titles] == title.split("|")


def test_a_word_that_can_open_an_honorific_is_still_a_name() -> None:
    # "Sri" opens "Tan Sri" and "Dato' Sri"; alone, before a name, it is the name's first word.
    person = person_named(
        "Finance Minister Sri Wahyuni Indrawati said the deficit narrowed.", "Sri Wahyuni Indrawati"
    )
    assert person.kind == "official"


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("R K Gowda said the scheme would cost Rs 5 crore.", "R K Gowda", []),
        (
            "A S Raman, Executive Director, Operations, told reporters that 4 trains ran.",
            "A S Raman",
            ["Executive Director"],
        ),
        ("Leader of the opposition H D Venkatesh Murthy said 12 seats were won.", "H D Venkatesh Murthy", []),
    ],
)
def test_two_initials_without_stops_stand_for_the_given_names(
    text: str, name: str, titles: list[str]
) -> None:
    person = person_named(text, name)
    assert [stated.text for stated in person.titles][: len(titles)] == titles


@pytest.mark.parametrize(
    "text",
    [
        # A single capital before a word opens no name.
        "A Canadian said the figures were right.",
        "A Minister said 4 trains ran.",
        "U.S. Steel said output fell.",
        # "Corps Commander Lahore": the post named by its city.
        "She met the Corps Commander Lahore, she said, and 4 beds were added.",
        # An Indian scheme's name.
        "Under the Pradhan Mantri Garib Kalyan Anna Yojna, 80 crore people got grain.",
    ],
)
def test_no_person_is_named(text: str) -> None:
    assert find_people(text) == []


@pytest.mark.parametrize(
    "body", ["Presidency", "Treasury", "Cabinet", "Secretariat", "Directorate", "Parliament"]
)
def test_a_body_before_a_name_is_no_part_of_it(body: str) -> None:
    names = [
        person.name for person in find_people(f"A minister in the {body} Zwelakhe Mthethwa said 7 had left.")
    ]
    assert names == ["Zwelakhe Mthethwa"]


@pytest.mark.parametrize("title", ["Labour backbencher", "Tory frontbencher"])
def test_a_backbencher_sits_in_a_legislature(title: str) -> None:
    assert (
        person_named(f"{title} Gwyn Rhys-Evans asked about passenger numbers.", "Gwyn Rhys-Evans").kind
        == "official"
    )


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        ("The Ontario Minister of Health, Jane Doyle, said 4 wards closed.", "Jane Doyle", "Ontario"),
        (
            "The Kano State Commissioner for Information, Musa Bello, said 4 roads opened.",
            "Musa Bello",
            "Kano State",
        ),
    ],
)
def test_a_body_before_a_titles_head_ends_at_the_head(text: str, name: str, organization: str) -> None:
    person = person_named(text, name)
    assert (person.kind, person.titles[0].organization) == ("official", organization)


def test_a_courtesy_title_before_a_given_name_refers_to_the_full_name() -> None:
    people = find_people(
        "Punjab Health Minister Dr Ayesha Qureshi said 4 had died. Dr Ayesha said 530 beds were reserved."
    )
    assert [(person.name, len(person.mentions)) for person in people] == [("Ayesha Qureshi", 2)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dar es Salaam. Tanzania Revenue Authority (TRA) yesterday announced it had collected more.",
            ["Tanzania Revenue Authority"],
        ),
        (
            "The figures came from the Department of Public Health. Fatal overdoses fell.",
            ["Department of Public Health"],
        ),
        ("The U.S. Department of Labor said 3 were hired.", ["Department of Labor"]),
    ],
)
def test_a_body_never_runs_across_a_sentences_full_stop(text: str, names: list[str]) -> None:
    assert [organization.name for organization in find_organizations(text)] == names


@pytest.mark.parametrize("body", ["Rand Water", "Manitoba Hydro", "Network Rail", "Metro Transit"])
def test_a_utility_is_no_person(body: str) -> None:
    people = find_people(f"{body} said 2.5 billion litres were lost in the year to June.")
    assert body not in [person.name for person in people]
