"""Officials and people after the blind9 round: one table per mechanism.

Every passage is invented; each row states the name found and its kind.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# (passage, name, kind)
Row = tuple[str, str, str]

# Military and police ranks written out in full are offices; a hyphenated vice-president is a president's.
RANKS: list[Row] = [
    ("Army spokesperson Colonel Ines Barros said 40 soldiers were sent.", "Ines Barros", "official"),
    ("Colonel Ines Barros said the roads were closed.", "Ines Barros", "official"),
    (
        '"It is rare," Commander Mark Ellwood, the force lead for knife crime, said.',
        "Mark Ellwood",
        "official",
    ),
    ("Admiral Ruth Okafor told the committee the fleet was ready.", "Ruth Okafor", "official"),
    ("Vice-President Tomas Iglesias said the bank would wait.", "Tomas Iglesias", "official"),
    # "Lagarde and Vice-President X": a surname, then a titled name, are two people.
    ("Weber and Vice-President Tomas Iglesias said growth held up.", "Tomas Iglesias", "official"),
    ("Harvard Vice-President Tomas Iglesias said fees would rise.", "Tomas Iglesias", "person"),
]

# Two roles joined by "and", either of them capitalized: one office makes an official.
JOINED_ROLES: list[Row] = [
    ("Defence Secretary and Relief Council Chairman Dario Lentz said 12 died.", "Dario Lentz", "official"),
    ("Acme Chairman and Chief Executive Dario Lentz said sales rose.", "Dario Lentz", "person"),
]

# A title led by its article anywhere in the sentence and set off from the name by a comma.
ARTICLE_TITLES: list[Row] = [
    (
        "Forty were held, according to a post by the Minister of the Interior, Paul Severin.",
        "Paul Severin",
        "official",
    ),
    (
        '"Crime is down," the chief spokesman for the Police Department, Ray Gundersen, said.',
        "Ray Gundersen",
        "official",
    ),
    (
        "In a note the secretary general of the World Meteorological Organization (WMO), Aino Laine, said it was hot.",
        "Aino Laine",
        "official",
    ),
    ("Minister of State for Mines (Gold), Kofi Adjei, said output rose.", "Kofi Adjei", "official"),
    ('"We grew," the chief executive of Acme Foods, Ray Gundersen, said.', "Ray Gundersen", "person"),
]

# A portfolio alone after "of" names the department of it the text named last.
PORTFOLIO_BODIES: list[Row] = [
    (
        "The Dunmore District Health Department held a clinic. Director of Health Lena Morrow said 40 came.",
        "Lena Morrow",
        "official",
    ),
    (
        "The Acme Health Group opened a clinic. Director of Health Lena Morrow said 40 came.",
        "Lena Morrow",
        "person",
    ),
]

# The person a successor replaced held the office named after "as".
PREDECESSORS: list[Row] = [
    (
        "Ms Reid served as health secretary before succeeding Nicola Strang as SNP leader.",
        "Nicola Strang",
        "official",
    ),
    ("He replaced Tom Hale as the county sheriff in 2019.", "Tom Hale", "official"),
    ("She succeeded Tom Hale as chief executive of Acme Foods.", "Tom Hale", "person"),
]

# "X, whose leader Y": a party's leader, when the sentence calls X a party.
WHOSE_LEADER: list[Row] = [
    (
        "The big winner is Groenrood, whose leader Jan Kloet helped propel the party from four to 14 seats.",
        "Jan Kloet",
        "official",
    ),
    ("The big winner is Acme Foods, whose leader Jan Kloet helped the firm grow.", "Jan Kloet", "person"),
]

# A title in apposition before a statement verb, at a body the text named in full before.
SHORT_BODY_NAMES: list[Row] = [
    (
        "Data from the Vesta Service for Climate Change (VSC) show a record. "
        "In a statement, Sara Bergen, deputy director of Vesta reveals that July was hot.",
        "Sara Bergen",
        "official",
    ),
    ("Sara Bergen, deputy director of Vesta reveals that July was hot.", "Sara Bergen", "person"),
    (
        "Kemble Town won the cup. Sam Ode, Kemble's chief executive, said the club would spend.",
        "Sam Ode",
        "person",
    ),
]

TABLES = {
    "rank": RANKS,
    "joined-roles": JOINED_ROLES,
    "article-title": ARTICLE_TITLES,
    "portfolio-body": PORTFOLIO_BODIES,
    "predecessor": PREDECESSORS,
    "whose-leader": WHOSE_LEADER,
    "short-body-name": SHORT_BODY_NAMES,
}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [pytest.param(*row, id=f"{table}-{row[1]}-{row[2]}") for table, rows in TABLES.items() for row in rows],
)
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    person = person_named(text, name)
    assert person.kind == kind, person


def test_an_article_title_names_its_body_after_of() -> None:
    person = find_people(
        "Forty were held, according to a post by the Minister of the Interior, Paul Severin."
    )[0]
    assert [(title.text, title.organization) for title in person.titles] == [
        ("Minister of the Interior", "Interior")
    ]


# Photo credits, and a possessive after a statement verb, name no one in the story.
NO_ONE: list[str] = [
    "Premier Ana Ruiz said she dislikes deficits. (Tom Brandt/CBC)\n\nThe budget passed.",
    "Treasurer Ana Ruiz handed down the budget. Harbour NewsWire / Tom Brandt\n\nThe budget passed.",
    "Treasurer Ana Ruiz spoke. Harbour NewsWire / Tom Brandt Credit: Harbour Media\n\nThe budget passed.",
    "Medd says Heritage Oak’s loss of students reflects a trend.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_credits_and_possessives_name_no_one_else(text: str) -> None:
    assert [person.name for person in find_people(text) if person.name not in ("Ana Ruiz", "Medd")] == []
