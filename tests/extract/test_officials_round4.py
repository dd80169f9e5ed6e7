"""Officials, round 4: rules kept only when they fixed a miss in a set they were not read from.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.pages import HEADLINE, figure_of, record_of, source_name
from tests.extract.people_cases import person_named

# A title written by its initials: `CS` is Kenya's Cabinet Secretary, alone or after a portfolio, and a title's
# own initials in brackets may stand between it and the name.
TITLE_INITIALS: list[tuple[str, str, str]] = [
    ("Water CS Amina Wekesa said three dams were full.", "Amina Wekesa", "official"),
    ("On Monday, CS Otieno Barasa said the roads were closed.", "Otieno Barasa", "official"),
    (
        "Trade Cabinet Secretary (CS) Peter Kiprono Langat opened the fair.",
        "Peter Kiprono Langat",
        "official",
    ),
    ("The Chief Justice (CJ) Mary Wanjiru Kamau swore in the judges.", "Mary Wanjiru Kamau", "official"),
    ("Harbour Rowing Club (HRC) Coach Daniel Otieno praised the crew.", "Daniel Otieno", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TITLE_INITIALS)
def test_a_title_written_by_its_initials(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


def test_bracketed_initials_of_a_body_are_not_a_titles() -> None:
    # "(BRA)" spells the body, not the title before the name: the name still starts after the head word.
    names = [person.name for person in find_people("The Basin Rivers Authority (BRA) said levels fell.")]
    assert names == []


def test_the_initials_refer_back_to_the_titled_person() -> None:
    record = record_of(
        HEADLINE + "Energy Cabinet Secretary Ruth Achieng opened the plant on Monday.\n\n"
        "The CS told the Senate that the deficit will fall to 4.2 percent of GDP.\n"
    )
    assert source_name(figure_of(record, "4.2 percent")) == "Ruth Achieng"


def test_a_name_after_bracketed_initials_keeps_its_given_names() -> None:
    record = record_of(
        HEADLINE
        + "Lands Cabinet Secretary (CS) Joseph Mwangi Kariuki toured the site. CS Kariuki said more.\n"
    )
    assert [(person.name, person.kind) for person in record.people] == [("Joseph Mwangi Kariuki", "official")]


# An office named in place of a name (`the minister said`) beside a person named without a title: that person
# holds it, whether named before the reference or, in a lede that names no one yet, in the next paragraph.
OFFICE_REFERENCES: list[tuple[str, str, str]] = [
    (
        "Tomas Lindqvist said in parliament on Tuesday that the ferries would run again.\n\n"
        "He said the fleet had been repaired.\n\n"
        "Three new boats will arrive in May, the minister said.\n\n"
        "Lindqvist said the crews were ready.\n",
        "Tomas Lindqvist",
        "official",
    ),
    (
        "The province's energy minister said on Friday that power bills would rise.\n\n"
        "Ruth Adair blamed a dry winter for the shortfall in the reservoirs.\n",
        "Ruth Adair",
        "official",
    ),
    (
        "Ms Aroha Tane told the chamber the plan was funded.\n\n"
        "Otago's health minister said the money would go to rural clinics.\n\n"
        "Ms Tane said the clinics would open in May.\n",
        "Aroha Tane",
        "official",
    ),
    # The reference is the titled minister named before it, not the untitled speaker named nearer.
    (
        "Health Minister Rafael Duarte opened the clinic.\n\n"
        "Marta Quiroga said the queues were long.\n\n"
        "More nurses will be hired, the minister said.\n\nQuiroga said she would wait.\n",
        "Marta Quiroga",
        "person",
    ),
    # A person with a role of their own is not the one the office refers to.
    (
        "Resident Jonas Berg said the road floods every spring.\n\nThe mayor said repairs would start soon.\n\n"
        "Berg said he would wait.\n",
        "Jonas Berg",
        "person",
    ),
    # Too far back: four paragraphs lie between the name and the reference.
    (
        "Ines Varga said the market had reopened.\n\nStalls were full.\n\nPrices fell.\n\nBuyers came back.\n\n"
        "Rents will be cut, the mayor said.\n\nVarga said stalls would stay open.\n",
        "Ines Varga",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), OFFICE_REFERENCES)
def test_an_office_named_in_place_of_a_name(text: str, name: str, kind: str) -> None:
    assert person_named(text, name).kind == kind


def test_an_office_named_after_the_persons_last_mention_is_someone_elses() -> None:
    text = '"We will appeal," said Tomas Lindqvist.\n\nThe minister disagreed. "The law is clear," the minister said.\n'
    assert person_named(text, "Tomas Lindqvist").kind == "person"
