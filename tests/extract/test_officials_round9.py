"""Officials, round 9: where a minister's portfolio ends and the name starts, state posts made general,
and a body's acronym between the body and the role.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# A portfolio named after `for`/`of` may take words that title no office by themselves (`National`,
# `Public`, `Power`): they belong to the office, and the name starts after them.
PORTFOLIO_NAMES: list[tuple[str, str, str]] = [
    (
        "Minister for National Development Tan Wee Ling said on Monday that prices eased.",
        "Tan Wee Ling",
        "Minister for National Development",
    ),
    (
        "Minister for Public Expenditure Declan Furlong defended the plan.",
        "Declan Furlong",
        "Minister for Public Expenditure",
    ),
    (
        "Minister for Power Tariq Aslam Shah said tariffs would rise.",
        "Tariq Aslam Shah",
        "Minister for Power",
    ),
    (
        "Minister of Public Works and Transport Adaeze Okonkwo opened the bridge.",
        "Adaeze Okonkwo",
        "Minister of Public Works and Transport",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), PORTFOLIO_NAMES)
def test_a_portfolio_after_for_belongs_to_the_office(text: str, name: str, title: str) -> None:
    person = person_named(text, name)
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [title]


# An officer's title made general names a state's post with a space as with a hyphen; a director general
# or secretary general may head an association.
GENERAL_OFFICES: list[tuple[str, str, str]] = [
    (
        "The Statistician General, Ama Serwaa, said 90,000 more people were out of work.",
        "Ama Serwaa",
        "official",
    ),
    ("Surveyor General Colm Harte signed the map.", "Colm Harte", "official"),
    (
        "The Auditor General of the Federation, Bala Musa, said the accounts were late.",
        "Bala Musa",
        "official",
    ),
    (
        '"Demand will rise," said Ravi Menon, Director General, the Pump Makers Society.',
        "Ravi Menon",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), GENERAL_OFFICES)
def test_an_officer_made_general_holds_a_state_post(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# `Consumer Affairs` is a portfolio like `Home Affairs`.
def test_a_consumer_affairs_secretary_is_an_official() -> None:
    assert person_named("Consumer Affairs Secretary Nisha Rao said stocks were ample.", "Nisha Rao").kind == (
        "official"
    )


# The acronym a body is given in parentheses may stand between the body and the role.
BODY_ACRONYMS: list[tuple[str, str, str, str]] = [
    (
        "Electoral Commission (EC) chairman Rahim Osman announced the count.",
        "Rahim Osman",
        "Electoral Commission (EC) chairman",
        "official",
    ),
    (
        "The Harbour Bakers Guild (HBG) chairman Tom Reddy said flour rose.",
        "Tom Reddy",
        "Harbour Bakers Guild (HBG) chairman",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "kind"), BODY_ACRONYMS)
def test_a_bodys_acronym_may_stand_before_the_role(text: str, name: str, title: str, kind: str) -> None:
    person = person_named(text, name)
    assert [stated.text for stated in person.titles] == [title]
    assert person.kind == kind


# A middle initial does not count towards a name's length: four words with one are still a name after a title.
def test_a_middle_initial_keeps_a_four_word_name_whole() -> None:
    person = person_named(
        "Central Bank Deputy Governor Lino Marco T. Abarca told reporters.", "Lino Marco T. Abarca"
    )
    assert [stated.text for stated in person.titles] == ["Central Bank Deputy Governor"]


# `Garda` is a rank of the Irish police as well as its name.
def test_a_garda_is_an_officer() -> None:
    person = person_named("Detective Garda Niamh Doyle told the court the money was gone.", "Niamh Doyle")
    assert [stated.text for stated in person.titles] == ["Detective Garda"]
    assert person.kind == "official"


# A First Nation governs its reserve: its chief holds office.
def test_a_first_nations_chief_is_an_official() -> None:
    assert (
        person_named("Chief Ada Flett of the Cross Lake First Nation said.", "Ada Flett").kind == "official"
    )


# A phrase with a copula is a clause, not a title set before a name.
def test_a_clause_with_a_copula_is_no_title() -> None:
    people = find_people("The main buyers are UAE, Saudi Arab, Kuwait and Oman.")
    assert all(person.kind != "official" for person in people), people


# A courtesy title written out (`Professor`, `Atty.`) stands between the role and the name as `Dr` does.
COURTESY_BETWEEN: list[tuple[str, str, str]] = [
    ("The government statistician Professor Kofi Mensah said prices rose.", "Kofi Mensah", "official"),
    ("City Mayor Atty. Rosa Cruz said the plan worked.", "Rosa Cruz", "official"),
    ("Professor Jane Okafor of Marlow University said prices rose.", "Jane Okafor", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), COURTESY_BETWEEN)
def test_a_courtesy_title_between_role_and_name(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# A commissioner general or director general heads a body; a commodore holds a military rank.
def test_general_heads_and_a_naval_rank() -> None:
    assert (
        person_named("The TRA’s commissioner general Dr Amos Kivuyo said.", "Amos Kivuyo").kind == "official"
    )
    assert person_named("Interim leader Commodore Rata Vula spoke.", "Rata Vula").kind == "official"


# Names written with capitals beyond Latin-1 are names, and their ids spell them in plain letters.
LATIN_NAMES: list[tuple[str, str, str]] = [
    ("Polish minister Łukasz Nowak said 12 boats sank.", "Łukasz Nowak", "lukasz-nowak"),
    ("Prime Minister Ingrida Šimonytė said 40 clinics opened.", "Ingrida Šimonytė", "ingrida-simonyte"),
    ("Finance Minister Søren Ørsted said costs rose.", "Søren Ørsted", "soren-orsted"),
]


@pytest.mark.parametrize(("text", "name", "entity_id"), LATIN_NAMES)
def test_a_latin_alphabets_capitals_open_names(text: str, name: str, entity_id: str) -> None:
    person = person_named(text, name)
    assert (person.kind, person.entity_id) == ("official", entity_id)
