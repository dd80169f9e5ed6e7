"""Officials and people, round 6: rules kept only when they fixed misses in two or more sets, or are plain
patterns of news English.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.clean import clean_text
from app.extract.people import find_people
from tests.extract.people_cases import person_named

# A press release's contact line stays in the text, and the title in apposition may end its line.
CONTACT_LINES: list[tuple[str, str, str, str]] = [
    (
        "HARBOUR COUNTY SHERIFF'S OFFICE\nFOR IMMEDIATE RELEASE\nContact: Lt. Mara Quist, Public Information "
        "Officer, (555) 555-0100\n\nDeputies seize cash in traffic stop\n\nDeputies seized $9,000 in cash on "
        "Friday, the sheriff said in a statement released on Monday afternoon.",
        "Mara Quist",
        "official",
        "Lt.",
    ),
    (
        "Grants announced for rural clinics\n\nThe governor today announced $5 million in grants for twelve "
        "rural clinics across the state, the office said in a statement.\n\nMedia contact: Tobias Renn, "
        "Press Secretary",
        "Tobias Renn",
        "official",
        "Press Secretary",
    ),
    (
        "Refunds ordered for consumers\n\nThe attorney general ordered refunds for 400 consumers who were "
        "misled by a lender, the office said on Monday.\n\nMedia contact: Ines Porter",
        "Ines Porter",
        "person",
        "",
    ),
]


@pytest.mark.parametrize(("raw", "name", "kind", "title"), CONTACT_LINES)
def test_a_contact_line_names_its_officer(raw: str, name: str, kind: str, title: str) -> None:
    cleaned = clean_text(raw)
    assert "ontact:" in cleaned.text
    person = person_named(cleaned.text, name)
    assert person.kind == kind
    assert [stated.text for stated in person.titles][:1] == ([title] if title else [])


# An office whose portfolio lists several areas with commas is one title, run into the name or set off by commas.
PORTFOLIO_LISTS: list[tuple[str, str, str]] = [
    (
        "Minister for Energy, Water, Ports and Shipping Aoife Brennan opened the depot.",
        "Aoife Brennan",
        "Minister for Energy, Water, Ports and Shipping",
    ),
    (
        "The Minister for Health, Disability and Rural Development Ciaran Dolan said beds would open.",
        "Ciaran Dolan",
        "Minister for Health, Disability and Rural Development",
    ),
    (
        "The Minister for Education, Youth and Sport, Niamh Farrell TD, welcomed the figures.",
        "Niamh Farrell",
        "Minister for Education, Youth and Sport",
    ),
    (
        "The Minister for Education, Youth and Sport, Niamh Farrell, welcomed the figures.",
        "Niamh Farrell",
        "Minister for Education, Youth and Sport",
    ),
    (
        "Secretary of State for Business, Energy and Industrial Strategy Kofi Mensah said so.",
        "Kofi Mensah",
        "Secretary of State for Business, Energy and Industrial Strategy",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), PORTFOLIO_LISTS)
def test_a_portfolio_list_is_one_title(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert person.titles[0].text == title
    assert text[person.titles[0].start : person.titles[0].end] == title


def test_a_name_set_off_after_its_office_then_another_office() -> None:
    text = "Minister for Finance, Aine Kehoe and Minister for Health Colm Doyle met the unions."
    found = {person.name: [title.text for title in person.titles] for person in find_people(text)}
    assert found == {"Aine Kehoe": ["Minister for Finance"], "Colm Doyle": ["Minister for Health"]}


def test_a_list_of_people_is_no_portfolio() -> None:
    text = "Minister for Health, Mary Byrne, and Tom Hale met on Friday."
    assert person_named(text, "Mary Byrne").titles[0].text == "Minister for Health"
    assert person_named(text, "Tom Hale").kind == "person"


# A titled full name, `and`, then another title: two people, each with their own title.
TWO_TITLED_NAMES: list[tuple[str, dict[str, str]]] = [
    (
        "The pact was signed by Grenada Prime Minister Rosa Felix and St. Kitts Prime Minister Carl Dyer.",
        {"Rosa Felix": "Grenada Prime Minister", "Carl Dyer": "St. Kitts Prime Minister"},
    ),
    (
        "Minister of Finance Piotr Nowak and Prime Minister Anna Wolska met the bankers.",
        {"Piotr Nowak": "Minister of Finance", "Anna Wolska": "Prime Minister"},
    ),
    (
        "Secretary of Health and Human Services Maria Lopez said costs fell.",
        {"Maria Lopez": "Secretary of Health and Human Services"},
    ),
]


@pytest.mark.parametrize(("text", "titles"), TWO_TITLED_NAMES)
def test_two_titled_names_joined_by_and(text: str, titles: dict[str, str]) -> None:
    found = {person.name: [title.text for title in person.titles] for person in find_people(text)}
    assert found == {name: [title] for name, title in titles.items()}


# A caption's credit in brackets, the agency then its photographer, names no one.
CAPTION_CREDITS: list[tuple[str, list[str]]] = [
    ("Waiting times rose again this year.(AAP: Lena Marsh)\n\nThe minister said beds would open.", []),
    ("The ward reopened on Monday. (City News: Omar Haddad)", []),
    ("The ward reopened, said nurse Omar Haddad (pictured) on Monday.", ["Omar Haddad"]),
]


@pytest.mark.parametrize(("text", "names"), CAPTION_CREDITS)
def test_a_bracketed_caption_credit_names_no_one(text: str, names: list[str]) -> None:
    assert [person.name for person in find_people(text)] == names


# An acronym in capitals opening a title after a name is a body, not the pronoun `who`.
ACRONYM_TITLES: list[tuple[str, str, str]] = [
    (
        '"The vaccine is safe," said Amina Njeri Otieno, WHO country representative in Kenya.',
        "Amina Njeri Otieno",
        "WHO country representative in Kenya",
    ),
    ("Tom Hale, who is the mayor, said so.", "Tom Hale", "mayor"),
]


@pytest.mark.parametrize(("text", "name", "title"), ACRONYM_TITLES)
def test_an_acronym_in_capitals_opens_a_title(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [title]


# A stated title is kept without the determiner before it (but `a`/`an`, and `the` before a possessive), and a
# form of address (`Mr`, `Ms`) is no title.
KEPT_TITLES: list[tuple[str, str, list[str]]] = [
    (
        "The state health commissioner, Dr. Rhea Mistry, said cases fell.",
        "Rhea Mistry",
        ["Dr.", "state health commissioner"],
    ),
    ("Ivo Brandt, the treasurer, said so. Mr Brandt later left.", "Ivo Brandt", ["treasurer"]),
    ("His spokeswoman, Lia Moreno, declined to comment.", "Lia Moreno", ["spokeswoman"]),
    ("Ivo Brandt, a spokesman for the county, said so.", "Ivo Brandt", ["a spokesman for the county"]),
    ("The agency's chief economist, Ivo Brandt, said so.", "Ivo Brandt", ["The agency's chief economist"]),
    ("Ms Rhea Mistry said so.", "Rhea Mistry", []),
]


@pytest.mark.parametrize(("text", "name", "titles"), KEPT_TITLES)
def test_kept_titles(text: str, name: str, titles: list[str]) -> None:
    person = person_named(text, name)
    assert [title.text for title in person.titles] == titles
    assert all(text[title.start : title.end] == title.text for title in person.titles)


# A name whose possessive names a party or a government leads it, though no title is written.
PARTY_LEADERS: list[tuple[str, str, str]] = [
    ("The poll gives 40 seats to Ana Ruiz's party and 12 to the Greens.", "Ana Ruiz", "official"),
    ("Voters punished Tomas Ferro’s party in the north.", "Tomas Ferro", "official"),
    ("Spending rose under Mira Kask's government last year.", "Mira Kask", "official"),
    ("The fire started at Tomas Ferro's house, neighbours said.", "Tomas Ferro", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), PARTY_LEADERS)
def test_a_party_or_government_named_by_its_leader(text: str, name: str, kind: str) -> None:
    if kind == "person":
        assert all(person.kind == "person" for person in find_people(text))
    else:
        assert person_named(text, name).kind == kind


# A title set off by a comma before the name opens at an article inside the phrase when no title word stands
# before that article.
INNER_ARTICLE_TITLES: list[tuple[str, str, list[str]]] = [
    ("She said she would write to the treasurer, Ivo Brandt, next week.", "Ivo Brandt", ["treasurer"]),
    (
        "As reported by the regional minister for water, Lia Moreno, the dams are low.",
        "Lia Moreno",
        ["regional minister for water"],
    ),
    (
        "It was posted by the Minister of the Interior, Paul Sevran.",
        "Paul Sevran",
        ["Minister of the Interior"],
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), INNER_ARTICLE_TITLES)
def test_a_title_opens_at_its_article(text: str, name: str, titles: list[str]) -> None:
    assert [title.text for title in person_named(text, name).titles] == titles


# Two capitalized offices joined by `and` are two titles; a portfolio joined by `and` stays in its office.
JOINED_OFFICES: list[tuple[str, str, list[str]]] = [
    (
        "The Deputy Prime Minister and Minister for Trade Sione Vake opened the port.",
        "Sione Vake",
        ["Deputy Prime Minister", "Minister for Trade"],
    ),
    (
        "Harbour Tourism Chairman and Harbour Ports Chief Executive, Omar Haddad, spoke.",
        "Omar Haddad",
        ["Harbour Tourism Chairman", "Harbour Ports Chief Executive"],
    ),
    (
        "Minister of Agriculture and Rural Development Grace Okafor said so.",
        "Grace Okafor",
        ["Minister of Agriculture and Rural Development"],
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), JOINED_OFFICES)
def test_offices_joined_by_and(text: str, name: str, titles: list[str]) -> None:
    person = person_named(text, name)
    assert [title.text for title in person.titles] == titles
    assert all(text[title.start : title.end] == title.text for title in person.titles)


# Offices of other English-speaking countries and offices not yet taken up are offices.
OFFICES_WORLDWIDE: list[tuple[str, str, str]] = [
    ("The MEC for Health, Lindiwe Dube, said so.", "Lindiwe Dube", "MEC for Health"),
    ("Education MEC Lindiwe Dube said so.", "Lindiwe Dube", "Education MEC"),
    ("Permanent Secretary Otieno Kariuki said so.", "Otieno Kariuki", "Permanent Secretary"),
    ("Parliamentary Secretary Ana Ruiz said so.", "Ana Ruiz", "Parliamentary Secretary"),
    ("Reeve Tom Hale said the township would pay.", "Tom Hale", "Reeve"),
    ("Green Party co-leader Ana Ruiz said so.", "Ana Ruiz", "Green Party co-leader"),
    ("Mayor-elect Ana Ruiz said so.", "Ana Ruiz", "Mayor-elect"),
    ("Tom Hale, the minister-designate, said so.", "Tom Hale", "minister-designate"),
]


@pytest.mark.parametrize(("text", "name", "title"), OFFICES_WORLDWIDE)
def test_offices_worldwide(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [title]


def test_shaikh_is_sheikh_spelled_the_gulf_way() -> None:
    text = (
        "The plan launched by His Highness Shaikh Saif bin Zayed Al Nahyan, Deputy Prime Minister, will help."
    )
    person = person_named(text, "Saif bin Zayed Al Nahyan")
    assert person.kind == "official"
    assert "Deputy Prime Minister" in [title.text for title in person.titles]
