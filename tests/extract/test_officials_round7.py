"""Officials and people, round 7: rules kept when they fixed misses in two or more sets, or are plain
patterns of news English.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.bodies import defined_acronyms, is_government
from app.extract.people import find_people
from tests.extract.people_cases import person_named

# A portfolio list in a minister's title: `jobs` is a portfolio like `employment`.
PORTFOLIOS: list[tuple[str, str]] = [
    ("Manitoba's Minister of Jobs, Skills and Trade Leona Prudhomme said hiring rose.", "Leona Prudhomme"),
    ("Minister for Jobs and Enterprise Cathal Rourke opened the plant.", "Cathal Rourke"),
]


@pytest.mark.parametrize(("text", "name"), PORTFOLIOS)
def test_a_jobs_portfolio_names_a_minister(text: str, name: str) -> None:
    assert person_named(text, name).kind == "official"


# A nation (or its demonym) before `President`, with no body named, is a head of state.
NATION_PRESIDENTS: list[tuple[str, str, str]] = [
    (
        "Exporters praised the pledge of the Brazilian President, Ana Ribeiro, on Monday.",
        "Ana Ribeiro",
        "official",
    ),
    ("They cited the slogan of the United States President, Walter Greaves.", "Walter Greaves", "official"),
    ("The Harbour Rowing Club President, Lena Fisk, opened the boathouse.", "Lena Fisk", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), NATION_PRESIDENTS)
def test_a_nation_before_president_names_a_head_of_state(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# A place's statistics office is a public body, whatever noun heads its name.
STATISTICS_OFFICES: list[tuple[str, bool]] = [
    ("Statistical Institute of Jamaica", True),
    ("Kenya National Bureau of Statistics", True),
    ("Harbour Statistics Society", False),
    ("Acme Statistics", False),
    ("Jamaica Institute", False),
]


@pytest.mark.parametrize(("organization", "public"), STATISTICS_OFFICES)
def test_a_places_statistics_office_is_public(organization: str, public: bool) -> None:
    assert is_government(organization) is public


# An acronym the openings of the name's words spell (`STATIN`) is defined by the name before it.
SPELLED_ACRONYMS: list[tuple[str, dict[str, str]]] = [
    (
        "The rate is 5 per cent, according to the Statistical Institute of Jamaica (STATIN).",
        {"STATIN": "Statistical Institute of Jamaica"},
    ),
    ("The Harbour Ferry Company (HFC) raised fares.", {"HFC": "Harbour Ferry Company"}),
    ("Prices rose at Northern Grain (NOGRI) last year.", {}),
]


@pytest.mark.parametrize(("text", "acronyms"), SPELLED_ACRONYMS)
def test_an_acronym_spelled_by_word_openings_is_defined(text: str, acronyms: dict[str, str]) -> None:
    assert defined_acronyms(text) == acronyms


def test_the_officer_of_a_spelled_acronym_is_an_official() -> None:
    text = (
        "Unemployment rose, according to the Statistical Institute of Jamaica (STATIN). STATIN's Deputy "
        "Director General, Maribel Osei-Grant, presented the figures."
    )
    assert person_named(text, "Maribel Osei-Grant").kind == "official"


# A shorter form joins the one fuller name: a middle name given by its initial, or after a courtesy title the
# opening words of a name of four or more words.
SHORTER_FORMS: list[tuple[str, str, int]] = [
    (
        "Prof. Kwabena Mensah Owusu took office. Prof. Kwabena M. Owusu said prices rose.",
        "Kwabena Mensah Owusu",
        1,
    ),
    ("Dr Ahmad Faizal Abu Bakar said cases fell. According to Dr Ahmad Faizal, 40 wards closed.", "", 1),
    # A name of three words is no opening of one of four: `Ahmad Faizal Rahman` is another person.
    ("Dr Ahmad Faizal Abu Bakar said cases fell. Ahmad Faizal Rahman, 52, a trader, disagreed.", "", 2),
    # Two fuller names the initial could stand for: no join.
    ("Prof. Kwabena Mensah Owusu and Prof. Kwabena Manu Owusu met. Prof. Kwabena M. Owusu spoke.", "", 3),
]


@pytest.mark.parametrize(("text", "fuller", "count"), SHORTER_FORMS)
def test_a_shorter_form_joins_the_fuller_name(text: str, fuller: str, count: int) -> None:
    people = find_people(text)
    assert len(people) == count, [person.name for person in people]
    if fuller:
        assert people[0].name == fuller


# Credits and documents name no one; an age names a person even after `of`.
NOT_PEOPLE: list[str] = [
    "The council approved the plan on Monday.\n\n(Web editor: Hao Lin, Wen Qiang)",
    "Arrivals rose 9 percent, the Economic Survey stated.",
    "Spending grew, the Annual Report showed.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_credits_and_documents_name_no_one(text: str) -> None:
    assert find_people(text) == []


AGED: list[tuple[str, str]] = [
    ("Two men were charged with the murder of Dorian Vasquez, 27, last week.", "Dorian Vasquez"),
    ("A vigil was held for Tavon Reyes, 19, on Sunday.", "Tavon Reyes"),
]


@pytest.mark.parametrize(("text", "name"), AGED)
def test_an_age_names_a_person_after_of(text: str, name: str) -> None:
    assert person_named(text, name).kind == "person"


def test_one_leads_a_title_in_apposition() -> None:
    text = "However, one Republican senator, Dale Ortmann of Lakeport, backs the bill."
    person = person_named(text, "Dale Ortmann")
    assert person.kind == "official"
    assert [title.text for title in person.titles] == ["one Republican senator"]


# Regulators and bodies a government owns, named by their own name: their officers are officials.
PUBLIC_BODY_OFFICERS: list[tuple[str, str, str]] = [
    ("Ofgem chief executive Marta Kowal said bills would fall.", "Marta Kowal", "official"),
    ("Eskom spokesperson Themba Nkosi said outages would end.", "Themba Nkosi", "official"),
    ("Lena Broad, president of Canada Post, said deliveries resumed.", "Lena Broad", "official"),
    ("Sydney Water managing director Colin Hart said pipes burst.", "Colin Hart", "official"),
    # A private firm whose name only opens with a listed name is not the body.
    ("Eskom Pension Consultants Group director Ravi Pillay said returns rose.", "Ravi Pillay", "person"),
    # An agency written out in full is public whatever its words (`Centers`, `Institutes`).
    (
        "Ada Klein, director of the Centers for Disease Control and Prevention, said cases fell.",
        "Ada Klein",
        "official",
    ),
    ("Ada Klein, director of the National Institutes of Health, said trials began.", "Ada Klein", "official"),
]


@pytest.mark.parametrize(("text", "name", "kind"), PUBLIC_BODY_OFFICERS)
def test_officers_of_public_bodies_named_alone(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


# Initials written without stops open a name after its title.
BARE_INITIALS: list[tuple[str, str]] = [
    ("Mayor R T Okonkwo cut the ribbon on Friday.", "R T Okonkwo"),
    ("Chief Minister P Ramaswamy Naidu visited the flooded villages.", "P Ramaswamy Naidu"),
    ("Governor J Hallorann signed the bill into law.", "J Hallorann"),
]


@pytest.mark.parametrize(("text", "name"), BARE_INITIALS)
def test_initials_without_stops_open_a_titled_name(text: str, name: str) -> None:
    assert person_named(text, name).kind == "official"


def test_a_capital_letter_alone_after_a_title_names_no_one() -> None:
    names = [person.name for person in find_people("The board met the Mayor A. The vote was close.")]
    assert not any(name.startswith("A ") for name in names)


# A story that calls the holder by a capitalized office, twice or more, names them once without it: the one
# person it names with no title holds the office, when no one else holds an office of that head.
SOLE_HOLDERS: list[tuple[str, str, str]] = [
    (
        "The Treasurer has used the budget to announce tax cuts.\n\nPeter Quill describing the cuts as a "
        'top-up.\n\n"It is fair," The Treasurer said.',
        "Peter Quill",
        "official",
    ),
    # Once is not enough: the office may be someone else's.
    (
        "The Treasurer has used the budget to announce tax cuts.\n\nPeter Quill called the cuts a top-up.",
        "Peter Quill",
        "person",
    ),
    # Someone named holds an office of that head: the untitled person is someone else.
    (
        "The Mayor opened the depot. Mayor Ada Stone cut the ribbon.\n\nPeter Quill watched.\n\nThe Mayor said it "
        "was a good day.",
        "Peter Quill",
        "person",
    ),
    # A person introduced by age is no office's holder.
    (
        "The Mayor opened the depot.\n\nPeter Quill, 34, watched the crowd.\n\nThe Mayor said it was a good day.",
        "Peter Quill",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), SOLE_HOLDERS)
def test_a_capitalized_office_names_the_one_untitled_person(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind
