"""Officials, round 10: a surname that is also an honorific, police ranks by their initials, and members of a
legislature listed under a plural of their initials.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from tests.extract.people_cases import person_named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ahmed Ali Shaikh, director of the Provincial Disaster Authority, said five had died.",
            "Ahmed Ali Shaikh",
        ),
        ("Omar Sheikh, head of the Harbour Port Authority, said traffic fell.", "Omar Sheikh"),
    ],
)
def test_an_honorific_ending_a_name_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    assert person_named(text, name).kind == "official"


def test_an_honorific_before_a_name_is_still_no_name() -> None:
    assert [person.name for person in find_people("Sheikh Rashid bin Saeed opened the port.")] == [
        "Rashid bin Saeed"
    ]


@pytest.mark.parametrize("rank", ["ASP", "DSP"])
def test_police_ranks_by_their_initials(rank: str) -> None:
    person = person_named(
        f"At the briefing on Thursday, {rank} Kendra Baptiste said 14 guns were seized.", "Kendra Baptiste"
    )
    assert person.kind == "official"
    assert [stated.text for stated in person.titles] == [rank]


@pytest.mark.parametrize(("plural", "singular"), [("MPs", "MP"), ("TDs", "TD"), ("MLAs", "MLA")])
def test_members_listed_under_a_plural_of_their_initials(plural: str, singular: str) -> None:
    text = f"The figures came in reply to Labour {plural} Arun Mehta, Sita Rao and Dev Kapoor on Monday."
    for name in ("Arun Mehta", "Sita Rao", "Dev Kapoor"):
        assert person_named(text, name).kind == "official"
