"""Sources, round 18 (read from blind34's first run): a person's own office speaks for the person, by role or
by name, while an office that is an agency of its own (`the sheriff's office`) stays a body.

Invented names.
"""

from __future__ import annotations

from tests.extract.pages import record_of


def _source(text: str) -> str | None:
    (statistic,) = record_of(text).statistics
    return statistic.attributed_to.name if statistic.attributed_to is not None else None


def test_the_holders_office_is_the_holder() -> None:
    text = (
        "Colleges\n\nGov. Ana Varga proposed the plan on Tuesday.\n\n"
        "Colleges would get 30.7 percent more, according to a summary provided by the governor’s office.\n"
    )
    assert _source(text) == "Ana Varga"


def test_a_named_persons_office_is_the_person() -> None:
    text = "Rates\n\nMayor Tim Rook announced a review.\n\nMayor Tim Rook’s office said rates would rise 4 percent.\n"
    assert _source(text) == "Tim Rook"


def test_an_office_that_is_an_agency_stays_a_body() -> None:
    text = (
        "Crime\n\nSheriff Mark Oduya spoke on Monday.\n\n"
        "The Harbour County Sheriff’s Office reported 29 homicides this year.\n"
    )
    assert _source(text) == "Harbour County Sheriff’s Office"
