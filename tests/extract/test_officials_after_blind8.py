"""Officials and people after the blind8 round: one table per mechanism.

Every passage is invented; each row states the name found and its kind.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# (passage, name, kind)
Row = tuple[str, str, str]

# Public bodies the news names by a short name that holds no government word.
SHORT_NAMED_BODIES: list[Row] = [
    ("Bundesbank President Karl Weiss said growth would pick up.", "Karl Weiss", "official"),
    ("CalFire spokesman Tom Reddick said the blaze was contained.", "Tom Reddick", "official"),
    ("HMRC officer Priya Dale told the tribunal the returns were false.", "Priya Dale", "official"),
    ("Banxico economist Lucia Marquez said inflation was easing.", "Lucia Marquez", "official"),
    ("INE spokeswoman Marta Gil said the survey was revised.", "Marta Gil", "official"),
    ("PSNI spokeswoman Ruth Gault said the road was closed.", "Ruth Gault", "official"),
    ("TfL spokesman Andy Rowe said fares would freeze.", "Andy Rowe", "official"),
    # A private body's officer stays a person.
    ("Acme Holdings spokeswoman Jo Finch said sales rose.", "Jo Finch", "person"),
    ("Westminster Abbey dean Tom Hale said the service was full.", "Tom Hale", "person"),
    ("CBN News correspondent Ada Obi said the bank would act.", "Ada Obi", "person"),
]

# A body the text names with a bracketed acronym in its own language; the acronym then names it.
DEFINED_ACRONYMS: list[Row] = [
    (
        "Rain fell on the National Flood Relief Agency (BPBN) depot. BPBN Chairman Adi Santoso said roads were cut.",
        "Adi Santoso",
        "official",
    ),
    (
        "Records of the Data Center of the National Flood Relief Agency (BPBN) Head Adi Santoso showed 12 dead.",
        "Adi Santoso",
        "official",
    ),
    (
        "Figures from the Harbor Shipping Cooperative (KPN) were late. KPN Chairman Budi Hartono said so.",
        "Budi Hartono",
        "person",
    ),
]

# An honorific between the office and the name, or a peer named by the title name alone.
HONORIFICS: list[Row] = [
    ("Prime Minister Sir Alan Brierley said the service was broken.", "Alan Brierley", "official"),
    ("Health Secretary Dame Ruth Ellery said waits were falling.", "Ruth Ellery", "official"),
    (
        "A review by Lord Penhallow, a surgeon and former Labour health minister, found the service failing.",
        "Penhallow",
        "official",
    ),
    ("Baroness Whitcombe, a former home secretary, opposed the bill.", "Whitcombe", "official"),
    ("Lord Ashgrove, a property developer, bought the site.", "Ashgrove", "person"),
    # Commonwealth styles of members and ministers.
    ("Finance Minister Hon. Kwabena Ato-Mensah said the deficit fell.", "Kwabena Ato-Mensah", "official"),
    ("The Hon. Jane Orwell MP said the bill was weak.", "Jane Orwell", "official"),
    ("Hon. Kwabena Ato-Mensah said the deficit fell.", "Kwabena Ato-Mensah", "person"),
]

# A plural title before a list of names: each name holds the title.
PLURAL_TITLE_LISTS: list[Row] = [
    (
        "Governor Lena Varga, Deputy Governors Omar Castell Ruiz, Ines Bravo Soto and Piet Dekker voted for a rise.",
        "Ines Bravo Soto",
        "official",
    ),
    (
        "Governor Lena Varga, Deputy Governors Omar Castell Ruiz, Ines Bravo Soto and Piet Dekker voted for a rise.",
        "Piet Dekker",
        "official",
    ),
    ("Sens. Roberta Kline and Dale Ambrose wrote the bill.", "Dale Ambrose", "official"),
    ("Councillors Ayesha Bello and Tom Quint voted against the plan.", "Tom Quint", "official"),
    ("Economists Ayesha Bello and Tom Quint wrote the report.", "Tom Quint", "person"),
]

# A lowercase office named for its portfolio before the name.
LOWERCASE_PORTFOLIO_TITLES: list[Row] = [
    ("The figures are a boost, minister of tourism Carles Vidal said on Monday.", "Carles Vidal", "official"),
    ("Earlier, secretary of state for health Ana Okoro said waits would fall.", "Ana Okoro", "official"),
    (
        "The deputy minister for finance and trade Kofi Mensah said the deficit fell.",
        "Kofi Mensah",
        "official",
    ),
    # A company's director of finance holds no public office.
    ("The plant will close, director of finance Tom Reyes said.", "Tom Reyes", "person"),
]

# A seat's holder set off by a comma after it: "Member of Parliament for X, NAME".
SEAT_TITLES: list[Row] = [
    (
        "Speaking after the budget, Member of Parliament for Ashanti-Bekwai North, Kwame Asiedu said it was empty.",
        "Kwame Asiedu",
        "official",
    ),
    ("Later, MP for Arfon South, Cadoc Pryce said the cut was cruel.", "Cadoc Pryce", "official"),
    ("The MLA for Kildonan, Rhianned Malik, said so.", "Rhianned Malik", "official"),
    ("Member for Bennelong, Jerrod Laxton, said the seat was safe.", "Jerrod Laxton", "official"),
    ("Ana Ruiz, the member for Kew, said the seat was safe.", "Ana Ruiz", "official"),
    ("Ana Ruiz, a member for the Green Party, said the seat was safe.", "Ana Ruiz", "person"),
]

# An article, "former" and a party before a portfolio title.
PARTY_PORTFOLIO_TITLES: list[Row] = [
    (
        "Jane Ashby, a former Conservative Party home secretary, said the fall was welcome.",
        "Jane Ashby",
        "official",
    ),
    ("Tom Ryle, the Labour health secretary, said waits were too long.", "Tom Ryle", "official"),
    # A party's own officer holds no public office.
    ("Jane Ashby, a former Conservative Party treasurer, said the fall was welcome.", "Jane Ashby", "person"),
]

# The predecessor or successor of an official held the office.
SUCCESSION: list[Row] = [
    (
        "Dale Hart, a former home secretary, spoke first. Hart's predecessor Morwenna Tibbs said the same.",
        "Morwenna Tibbs",
        "official",
    ),
    ("Gov. Ray Mitchell vetoed it. His predecessor, Tom Hale, had signed it.", "Tom Hale", "official"),
    ("Acme chief executive Ray Mitchell quit. His successor, Tom Hale, starts Monday.", "Tom Hale", "person"),
]

# A name followed by the public body the person works for.
PUBLIC_BODY_AFTER_NAME: list[Row] = [
    (
        "The judge praised Dominika Ruszel, of the Crown Prosecution Service, for her work.",
        "Dominika Ruszel",
        "official",
    ),
    ("Tomasz Hale, of the Treasury, said the figures were final.", "Tomasz Hale", "official"),
    ("Sam Ray, of the Institute for Fiscal Studies, said the figures were final.", "Sam Ray", "person"),
]

# Offices judged by their head words: a held office's modifier, a profession practised in a public post,
# a nation's own offices, and the courts' titles.
OFFICE_FORMS: list[Row] = [
    ("Former President Dale Hartman said the deal was bad.", "Dale Hartman", "official"),
    ("Dr. Ruth Lenfeld, the state epidemiologist, said deaths fell.", "Ruth Lenfeld", "official"),
    ("Omar Hadid, a government economist, said the case was strong.", "Omar Hadid", "official"),
    (
        "Sheikh Rashid bin Hamad Al Nuaimi, Vice President and Prime Minister of the UAE, said trade grew.",
        "Rashid bin Hamad Al Nuaimi",
        "official",
    ),
    ("The judge, Recorder Dev Anand Singh, jailed the men.", "Dev Anand Singh", "official"),
    # A lowercase "former president" heads the body named before it; a profession alone is no office.
    ("Acme's former president Dale Hartman said the deal was bad.", "Dale Hartman", "person"),
    ("Dr. Ruth Lenfeld, an epidemiologist, said deaths fell.", "Ruth Lenfeld", "person"),
]

# Names with particles (bin, al, Al) are as long as their other words.
PARTICLE_NAMES: list[Row] = [
    (
        "UAE Minister of Economy Abdulla bin Saif Al Mazrui said trade grew.",
        "Abdulla bin Saif Al Mazrui",
        "official",
    ),
    ("Energy Minister Prince Faisal bin Turki said output would rise.", "Faisal bin Turki", "official"),
    ("Mayor of Leeds Ana Ruiz said the fares would freeze.", "Ana Ruiz", "official"),
]

TABLES = {
    "short-named-body": SHORT_NAMED_BODIES,
    "defined-acronym": DEFINED_ACRONYMS,
    "honorific": HONORIFICS,
    "plural-title": PLURAL_TITLE_LISTS,
    "lowercase-portfolio": LOWERCASE_PORTFOLIO_TITLES,
    "seat": SEAT_TITLES,
    "party-portfolio": PARTY_PORTFOLIO_TITLES,
    "succession": SUCCESSION,
    "public-body-after-name": PUBLIC_BODY_AFTER_NAME,
    "office-form": OFFICE_FORMS,
    "particle-name": PARTICLE_NAMES,
}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [pytest.param(*row, id=f"{table}-{row[1]}") for table, rows in TABLES.items() for row in rows],
)
def test_name_and_kind(text: str, name: str, kind: str) -> None:
    person = person_named(text, name)
    assert person.kind == kind, person


def test_honorific_is_neither_office_nor_name() -> None:
    person = find_people("Prime Minister Sir Alan Brierley said the service was broken.")[0]
    assert (person.entity_id, [title.text for title in person.titles]) == (
        "alan-brierley",
        ["Prime Minister"],
    )


def test_knight_named_by_given_name_is_the_same_person() -> None:
    people = find_people("Sir Alan Brierley spoke first. Later Sir Alan said the plan would work.")
    assert [(person.entity_id, len(person.mentions)) for person in people] == [("alan-brierley", 2)]


def test_peer_named_by_title_name_takes_the_title_id() -> None:
    people = find_people("Lord Penhallow, a former health minister, wrote the report.")
    assert [person.entity_id for person in people] == ["lord-penhallow"]


def test_a_list_after_a_plural_title_is_no_appositive() -> None:
    text = "Governor Lena Varga, Deputy Governors Omar Castell Ruiz and Piet Dekker voted for a rise."
    titles = {person.name: [title.text for title in person.titles] for person in find_people(text)}
    assert titles == {
        "Lena Varga": ["Governor"],
        "Omar Castell Ruiz": ["Deputy Governors"],
        "Piet Dekker": ["Deputy Governors"],
    }


# People found by a cue beside the name: a descriptor before it, an age before it, a social handle after it.
PEOPLE_CUES: list[tuple[str, str]] = [
    ("Co-accused Imran Darby, 20, of Mill Lane, received a 35-month sentence.", "Imran Darby"),
    ("Tom Ames, 22, and 26-year-old Faisal Munro, both from Leeds, were jailed.", "Faisal Munro"),
    ("Deforestation is rising. — Gilvan Lemos (@glemos) November 30, 2022", "Gilvan Lemos"),
    # A hyphenated given name with a lowercase part is still a name.
    ("Minister Chen Tzer-wei said exports grew.", "Chen Tzer-wei"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE_CUES, ids=[row[1] for row in PEOPLE_CUES])
def test_person_found_by_a_cue(text: str, name: str) -> None:
    assert name in [person.name for person in find_people(text)]


# Credits, bylines and question words name no one the story is about.
NO_ONE: list[str] = [
    "Part of the old annex (Karen Stolz / Daily Ledger file photo)",
    "Karen Stolz  / ledger file photo\n\nThe annex was closed in 2020.",
    "By Crystal Vane / Staff reporter\n\nGrowth slowed to 2 percent, officials said.",
    "(Reporting by Arun Mehta and Anya George Pillai in Bengaluru; Editing by Tom Hale)",
    "How Okello plans to cut the deficit\n\nOkello said the deficit would fall.",
    "Photograph: Karen Stolz/Reuters\n\nThe deal fell through.",
    "Written by Karen Stolz\n\nThe deal fell through.",
    "Waits grew in Prince Edward Island and Nova Scotia.",
    "By Ana Ruiz and Tomas Hale\n\nThe council voted 7-2.",
    "Hon. Members voted for the bill.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_credits_and_question_words_name_no_one(text: str) -> None:
    assert find_people(text) == []


def test_written_by_inside_a_sentence_is_no_credit() -> None:
    assert [person.name for person in find_people("The letter, written by Karen Stolz, said so.")] == [
        "Karen Stolz"
    ]
