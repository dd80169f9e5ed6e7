"""Officials and people after the blind10 round: one table per mechanism.

Every passage is invented; each row states the name found, its kind and (where it matters) its title.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named

# (passage, name, kind, title or None when any title will do)
Row = tuple[str, str, str, str | None]

# A title before a name starts after the sentence that ends before it, and a role between a body and its
# head holds no article or preposition ("That's a blow to chancellor X" names no body "That").
TITLE_BOUNDS: list[Row] = [
    (
        "Rents rose on Monday.\n\nHarbour Bank senior economist Lena Dahl said the rise would last.",
        "Lena Dahl",
        "person",
        "Harbour Bank senior economist",
    ),
    (
        "Rents rose on Monday. Harbour Bank senior economist Lena Dahl said it would last.",
        "Lena Dahl",
        "person",
        "Harbour Bank senior economist",
    ),
    ("It is a setback for chancellor Ruth Mabry, economists said.", "Ruth Mabry", "official", "chancellor"),
    (
        "That’s a blow to chancellor Ruth Mabry, considering the target.",
        "Ruth Mabry",
        "official",
        "chancellor",
    ),
]

# A post-nominal names a seat only as the title's last word or before "for"/"of": "TD Bank" is a bank.
POST_NOMINALS: list[Row] = [
    ("TD Bank economist Omar Haddad said rates would hold.", "Omar Haddad", "person", None),
    ("MP Materials chief executive Omar Haddad said output rose.", "Omar Haddad", "person", None),
    ("Omar Haddad, a Fine Gael TD, said rates would hold.", "Omar Haddad", "official", None),
    ("Omar Haddad, TD for Kildare North, said rates would hold.", "Omar Haddad", "official", None),
]

# A lowercase level of government before a capitalized title names the government it serves.
GOVERNMENT_LEVELS: list[Row] = [
    ("Fares rise in May, city Transit Director Ana Moss told the council.", "Ana Moss", "official", None),
    ("The state Water Commissioner Ana Moss said the dam was full.", "Ana Moss", "official", None),
    ("The Acme Sales Director Ana Moss said fares would rise.", "Ana Moss", "person", None),
]

# A title in capitals set off by commas in mid-sentence, before a name with no trailing comma.
CAPITALIZED_TITLES: list[Row] = [
    (
        "In her briefing, Minister of Water, Tawonga Banda Mwale urges households to boil water.",
        "Tawonga Banda Mwale",
        "official",
        "Minister of Water",
    ),
    (
        "In a statement, Health Secretary, Tawonga Mwale said beds were short.",
        "Tawonga Mwale",
        "official",
        None,
    ),
    ("In Leeds, Acme Chief Executive, Tawonga Mwale said sales fell.", "Tawonga Mwale", "person", None),
]

# An officer's title made general (`Statistician-General`) is a title, an office at a public body; a
# secretary, adviser or envoy "to the" body holds a post there.
GENERAL_AND_TO: list[Row] = [
    (
        "Output fell, Norland Statistics Agency Statistician-General Pita Sowa told reporters.",
        "Pita Sowa",
        "official",
        None,
    ),
    ("Acme Statistician-General Pita Sowa said the survey was late.", "Pita Sowa", "person", None),
    ("Registrar-General Ruth Mabry said births fell.", "Ruth Mabry", "official", None),
    (
        "Donors pledged $40 million, according to Secretary to the Treasury Mark Ellwood.",
        "Mark Ellwood",
        "official",
        "Secretary to the Treasury",
    ),
    (
        "Pledges rose, Adviser to the Cabinet Ruth Mabry said.",
        "Ruth Mabry",
        "official",
        "Adviser to the Cabinet",
    ),
]

# Two capitalized roles joined by "and" are judged each by its own body; a nation's name before portfolios
# alone names its ministry, before other words a company as often.
NATION_BODIES: list[Row] = [
    (
        "Malawi Tourism Chairman and Acme Group Chief Executive, Dario Lentz, said visits rose.",
        "Dario Lentz",
        "official",
        None,
    ),
    ("Malawi Roads Agency director Dario Lentz said 40 bridges were shut.", "Dario Lentz", "official", None),
    ("Malawi Airways chief executive Dario Lentz said fares would rise.", "Dario Lentz", "person", None),
    ("Nigeria Breweries managing director Dario Lentz said sales rose.", "Dario Lentz", "person", None),
    ("Malawi Health spokesperson Dario Lentz said 40 cases were found.", "Dario Lentz", "official", None),
    ("Acme Chairman and Chief Executive Dario Lentz said sales rose.", "Dario Lentz", "person", None),
]

# A unit "under the" body belongs to that body; a body's name that runs on after "and" holds no name.
UNITS_UNDER_BODIES: list[Row] = [
    (
        "Pham Van Long, Deputy Director of the Centre for Farm Prices under the Ministry of Agriculture said exports rose.",
        "Pham Van Long",
        "official",
        None,
    ),
    (
        "Ana Ruiz, director of the Centre for Farm Studies under the Acme Group, said sales rose.",
        "Ana Ruiz",
        "person",
        None,
    ),
]

# Officers of any English-speaking state named by one word: an ombudsman, envoy, consul, lieutenant-governor.
OFFICERS: list[Row] = [
    ("Ombudsman Ruth Mabry said complaints rose by a third.", "Ruth Mabry", "official", None),
    ("Lieutenant-Governor Ruth Mabry opened the session.", "Ruth Mabry", "official", None),
    ("The trade envoy, Ruth Mabry, said talks would resume.", "Ruth Mabry", "official", None),
    ("Consul Ruth Mabry said 40 citizens had been flown home.", "Ruth Mabry", "official", None),
    ("Provost Ruth Mabry of Harbour University said fees would rise.", "Ruth Mabry", "person", None),
]

# Posts named the way other English-speaking countries name them: police ranks by initials (not "SP", a
# party's too), a post "in the" ministry, a national centre for disease control.
POSTS_WORLDWIDE: list[Row] = [
    ("DGP Ravi Menon said 40 officers were deployed.", "Ravi Menon", "official", None),
    ("IGP Usman Bello said 12 suspects were held.", "Usman Bello", "official", None),
    ("DCI Ruth Mabry said two men had been charged.", "Ruth Mabry", "official", None),
    (
        "Chidi Okafor, Permanent Secretary in the Ministry of Works, said 30 roads were shut.",
        "Chidi Okafor",
        "official",
        None,
    ),
    ("Chidi Okafor, a senior analyst in the Acme Group, said sales fell.", "Chidi Okafor", "person", None),
    (
        "Chidi Okafor, the Director-General of the Norland Centre for Disease Control, said cases rose.",
        "Chidi Okafor",
        "official",
        None,
    ),
]

# A relative clause that says whom a person leads ("who heads the …"), and the opposition's shadow posts.
LEADERS_AND_SHADOWS: list[Row] = [
    ("Ruth Mabry, who heads the Harbour Port Authority, said cargo rose.", "Ruth Mabry", "official", None),
    ("Ruth Mabry, who chairs the Acme Group, said sales fell.", "Ruth Mabry", "person", None),
    ("Ruth Mabry, Labour's shadow health secretary, said waits grew.", "Ruth Mabry", "official", None),
]

# A name with no known given name follows the head word of the body a title names.
NAMES_AFTER_BODIES: list[Row] = [
    (
        "Director of the General Statistics Office Tran Thi Lan said exports rose.",
        "Tran Thi Lan",
        "official",
        "Director of the General Statistics Office",
    ),
    (
        "Head of the Norland Revenue Authority Pita Sowa said receipts fell.",
        "Pita Sowa",
        "official",
        "Head of the Norland Revenue Authority",
    ),
]

# A rank hyphenated to a title (`Vice-Chairman`, `Co-Chair`, `vice-chair`) is part of the title, never the name.
HYPHENATED_RANKS: list[Row] = [
    (
        "Executive Vice-Chairman Ed Ralston said revenue rose.",
        "Ed Ralston",
        "person",
        "Executive Vice-Chairman",
    ),
    ("Harbour Council Vice-Chair Ruth Mabry said rates would rise.", "Ruth Mabry", "official", None),
    ("Ruth Mabry, vice-chair of the county board, said rates would rise.", "Ruth Mabry", "official", None),
    ("Ruth Mabry, co-chair of Acme Group, said sales fell.", "Ruth Mabry", "person", None),
]

TABLES = {
    "title-bounds": TITLE_BOUNDS,
    "post-nominal": POST_NOMINALS,
    "government-level": GOVERNMENT_LEVELS,
    "capitalized-title": CAPITALIZED_TITLES,
    "general-and-to": GENERAL_AND_TO,
    "nation-bodies": NATION_BODIES,
    "units-under-bodies": UNITS_UNDER_BODIES,
    "officers": OFFICERS,
    "posts-worldwide": POSTS_WORLDWIDE,
    "leaders-and-shadows": LEADERS_AND_SHADOWS,
    "names-after-bodies": NAMES_AFTER_BODIES,
    "hyphenated-ranks": HYPHENATED_RANKS,
}


@pytest.mark.parametrize(
    ("text", "name", "kind", "title"),
    [pytest.param(*row, id=f"{table}-{row[1]}-{row[2]}") for table, rows in TABLES.items() for row in rows],
)
def test_name_kind_and_title(text: str, name: str, kind: str, title: str | None) -> None:
    person = person_named(text, name)
    assert person.kind == kind, person
    if title is not None:
        assert title in [stated.text for stated in person.titles], person.titles


def test_a_body_name_running_on_after_and_names_no_one() -> None:
    text = "Pham Van Long, Deputy Director of the Centre for Farm and Food Studies said exports rose."
    assert [person.name for person in find_people(text)] == ["Pham Van Long"]


# A generational suffix is read with the surname ("Smith Jr."), and dropped from the entity id.
SUFFIXED: list[tuple[str, str, str]] = [
    (
        '"Sales held up," Carl D. Wexler Jr., Acme\'s chairman, said in a statement.',
        "Carl D. Wexler Jr.",
        "carl-wexler",
    ),
    ("Mayor Ana Ruiz Jr. said the budget would pass.", "Ana Ruiz Jr.", "ana-ruiz"),
    ("Robert Ruiz III, the county clerk, said the count was done.", "Robert Ruiz III", "robert-ruiz"),
]


@pytest.mark.parametrize(("text", "name", "entity_id"), SUFFIXED)
def test_a_suffix_stays_in_the_name_not_the_id(text: str, name: str, entity_id: str) -> None:
    assert [(person.name, person.entity_id) for person in find_people(text)] == [(name, entity_id)]


# Initials that also open other names are no rank: "PC World", "DS Smith", "ACP Secretariat".
@pytest.mark.parametrize(
    "text", ["PC World said sales fell.", "DS Smith shares fell.", "ACP Secretariat said so."]
)
def test_initials_that_open_other_names_are_no_rank(text: str) -> None:
    assert [person for person in find_people(text) if person.kind == "official"] == []
