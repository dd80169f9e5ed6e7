"""Officials, people and quotes in forms met on real news after blind7, invented sentences."""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.pages import BODY, HEADLINE, record_of, speakers_of

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


# (body, [(quote start, speaker id)])
SPEAKERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a rank with a period inside the speaker's words
    (
        '"Things are calm now," said County Fire Capt. Ian Pryce. "We have a breeze, but nothing like earlier."',
        [("Things are calm now", "ian-pryce"), ("We have a breeze", "ian-pryce")],
    ),
    # a phrase blamed or cheered is the speaker's
    (
        "Opposition Leader Rona Vale blamed the deficit on \u201cuncontrolled, permanent, new spending.\u201d",
        [("uncontrolled, permanent", "rona-vale")],
    ),
    (
        "League chief executive Andrew Dale cheered the vote as \u2018a historic day\u2019 for the state.",
        [("a historic day", "andrew-dale")],
    ),
    # a colon after the clause that names the speaker, in the same paragraph
    (
        'Surveying the damage, County Sheriff Jay Orr summed it up this way: "It looks as if someone took a '
        'knife to the ground."',
        [("It looks as if", "jay-orr")],
    ),
    # a term named is not a quotation
    (
        "The auditor said towns lost R2 billion due to something called \u201cmaterial irregularities\u201d.",
        [],
    ),
    # a person named by the first word of a full name (no surname in that naming system)
    (
        "Experts will advise the UN health agency's director-general Tedla Worku Haile.\n\n"
        '"The committee met today and advised me that this is an emergency," Tedla told a press conference.',
        [("The committee met today", "tedla-worku-haile")],
    ),
    # a paragraph whose person welcomes something before a paragraph that opens on an unattributed quote
    (
        "Housing Minister Mark Dolan TD welcomed the new figures.\n\n"
        "\u201cToday\u2019s figures show supply is increasing and we are going the right way.\n\n"
        "\u201cWe\u2019ve made a very positive start to the year.\u201d",
        [("Today\u2019s figures", "mark-dolan"), ("We\u2019ve made", "mark-dolan")],
    ),
    # a quote a few words after the pronoun that opens its sentence is the antecedent's
    (
        "Nia Obi will use the buses less.\n\n"
        "She plans to do \u201ca lot of walking and possibly riding a bike\u201d this winter.",
        [("a lot of walking", "nia-obi")],
    ),
    # far from the pronoun, a slogan others shout is not the subject's
    (
        '"We are committed to growth," said Finance Minister Ravi Kumar.\n\n'
        "He presented the budget amid a ruckus by members of the opposition, who staged a walkout, "
        "shouting slogans like \u201cgo home now and never come back to us.\u201d",
        [("We are committed to growth", "ravi-kumar"), ("go home now", None)],
    ),
    # hard-wrapped copy: a quote opened above runs over lines with blank lines between
    (
        "Dr Banda said the increase is meant to reach more\n\ncommunities,\n\n"
        "\u201cI propose to increase the allocation to K4.8 billion.\n\n"
        "With this increase, each ward will receive K30.6 million from the\n\n"
        "current K28.3 million,\u201d he said.",
        [("I propose to increase", "dr-banda")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), SPEAKERS, ids=[row[1][0][0] if row[1] else "none" for row in SPEAKERS]
)
def test_speakers(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected


def test_sentence_case_headline_names_people_like_the_body() -> None:
    record = record_of(
        "Minister of Finance Lena Mbewe has tabled the budget\n\nThe budget grew, Dr Mbewe said.\n"
    )
    assert [person.entity_id for person in record.people] == ["lena-mbewe"]


def test_date_line_with_a_clock_after_a_semicolon() -> None:
    record = record_of(HEADLINE + "The Harbour Wire\nTuesday, March 3, 2020; 9:15 AM\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2020-03-03"
    assert record.dates_mentioned == []


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("Ana RuizThe Harbour Ledger\nComments\n\n", "The Harbour Ledger"),
        ("Headshot of Ana Ruiz\nAna RuizThe Evening\n\n", "The Evening"),
    ],
)
def test_author_run_into_the_site_name(top: str, outlet: str) -> None:
    record = record_of(HEADLINE + top + BODY)
    assert record.outlet is not None and record.outlet.value == outlet
    evidence = record.outlet.evidence
    source = record.raw_text if record.outlet.evidence_in == "raw_text" else record.text
    assert evidence is not None and source[evidence.start : evidence.end] == evidence.text


def test_a_name_run_into_a_sentence_names_no_site() -> None:
    record = record_of(HEADLINE + BODY + "Ana RuizThe end of the line came.\n")
    assert record.outlet is None


def test_date_line_wins_over_the_date_header() -> None:
    record = record_of("date 2020-03-04 Council Backs Plan For New Bus Depot\n\nMarch 3, 2020\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2020-03-03"


def test_date_header_alone_sets_published() -> None:
    record = record_of("date 2020-03-04 Council Backs Plan For New Bus Depot\n\n" + BODY)
    assert record.published is not None and record.published.value.isoformat() == "2020-03-04"
