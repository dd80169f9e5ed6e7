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


def test_a_presented_amount_written_in_lakh_groups_states_its_figure() -> None:
    text = "Budget\n\nIslamabad, Jun 11 (PTI) Harbourland government on Friday unveiled a Rs 8,48,700 crore budget.\n"
    assert _source(text) == "Harbourland government"


def test_a_body_that_targets_an_amount_is_its_source() -> None:
    text = "Tourism\n\nFor 2025, the Harbour Tourism Board is targeting 400,000 stay-over tourists.\n"
    assert _source(text) == "Harbour Tourism Board"


def test_a_person_who_announces_a_bodys_target_after_it_is_its_source() -> None:
    text = (
        "Tourism\n\nThe Harbour Tourism Board is targeting four million tourist arrivals for 2019, the Minister of "
        "Tourism, Ana Varga, announced.\n"
    )
    assert _source(text) == "Ana Varga"


def test_a_participle_after_a_sentence_that_opens_on_no_one_credits_no_name_before_its_comma() -> None:
    text = (
        "Wages\n\nThe increase is expected to benefit about 1.2 million earners in the Harbour Capital Region, "
        "adding to their income.\n"
    )
    assert _source(text) is None
