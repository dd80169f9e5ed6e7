"""Sources, round 17: a projection's participle before `to` and a verb is the passive (`Cobram forecast to hit
41`): its subject is what is projected, not who projects it.

Invented names.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Inland, Mildura is predicted to reach 43 degrees and Cobram forecast to hit 41.",
        "Harbourland sales are estimated to reach $5 million this year.",
        "Lakeside Port projected to handle 40,000 containers in the year.",
    ],
)
def test_a_passive_projection_names_no_source(sentence: str) -> None:
    record = record_of("Heat\n\n" + sentence + "\n")
    assert record.statistics
    assert all(statistic.attributed_to is None for statistic in record.statistics)


def test_an_active_projection_names_its_source() -> None:
    record = record_of("Heat\n\nThe Harbourland Bureau forecast temperatures of 41 degrees.\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.name == "Harbourland Bureau"


@pytest.mark.parametrize("named", ["Gardaí have", "An Garda Síochána has", "The Garda Síochána has"])
def test_irelands_police_is_one_body_however_named(named: str) -> None:
    record = record_of(f"Roads\n\nEight people died on the roads over the weekend, {named} confirmed.\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None
    assert (statistic.attributed_to.name, statistic.attributed_to.entity_id) == ("An Garda Síochána", "garda")
    assert record.people == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mercury touched 52.3 degrees, Harbour Meteorological Department (HMD) website showed.",
        "The rate rose to 5 percent, the Harbour Meteorological Department website showed.",
    ],
)
def test_a_bodys_website_states_its_figures(sentence: str) -> None:
    record = record_of("Heat\n\n" + sentence + "\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None
    assert statistic.attributed_to.name == "Harbour Meteorological Department"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The minister's $932.92 million budget was passed by Parliament last night.", "Parliament"),
        ("The $5 million plan was approved by the Harbour City Council on Monday.", "Harbour City Council"),
        ("The Harbour City Council passed a $5 million plan on Monday.", "Harbour City Council"),
    ],
)
def test_a_body_that_passed_an_amount_is_its_source(sentence: str, source: str) -> None:
    record = record_of("Budget\n\n" + sentence + "\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.name == source


def test_an_amount_in_a_participles_aside_is_not_the_agents_decision() -> None:
    record = record_of(
        "Port results\n\nGrowth came despite setbacks, including a $1.7 million levy imposed by Harbour City "
        "Council.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is None


def test_what_is_measured_names_no_source_when_capitalized() -> None:
    record = record_of(
        "Budget\n\nWith total Revenues estimated at $849.48 million, a deficit of $85.44 million is forecast.\n"
    )
    assert [statistic.attributed_to for statistic in record.statistics] == [None, None]


@pytest.mark.parametrize(
    ("reference", "source"),
    [("the HDIT chief", "Tomas Okello"), ("the health boss", "Ana Varga"), ("the transport chief", None)],
)
def test_a_bodys_chief_is_the_holder_of_a_title_naming_that_body(reference: str, source: str | None) -> None:
    record = record_of(
        "Speeds\n\nHDIT Secretary Tomas Okello said speeds jumped by 800 percent. Health Minister Ana Varga "
        f"spoke too.\n\nIn comparison, {reference} pointed out that speeds in 2016 were 7.91 mbps.\n"
    )
    statistic = next(statistic for statistic in record.statistics if statistic.value == 7.91)
    assert (statistic.attributed_to.name if statistic.attributed_to else None) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Port Lakeside recorded 14.06 million TEUs in 2023, said Transport Minister Ana Varga.",
            "Ana Varga",
        ),
    ],
)
def test_a_person_who_said_it_after_the_figure_over_a_body_that_went_through_it(
    sentence: str, source: str
) -> None:
    record = record_of("Ports\n\n" + sentence + "\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.name == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "In the current fiscal year, the Harbour Electricity Authority aims to earn $16 million.",
            "Harbour Electricity Authority",
        ),
        (
            "Lakeside County Council has proposed to raise an extra £5.6m by upping council tax by 6.5%.",
            "Lakeside County Council",
        ),
        (
            "The Liberal Democrats pledged to spend £500,000 over two years on youth work.",
            "Liberal Democrats",
        ),
    ],
)
def test_a_bodys_pledge_target_or_proposal_is_its_figure(sentence: str, source: str) -> None:
    record = record_of("Plans\n\n" + sentence + "\n")
    assert record.statistics
    assert {
        statistic.attributed_to.name if statistic.attributed_to else None for statistic in record.statistics
    } == {source}
