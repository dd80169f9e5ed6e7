"""Sources, round 16: a subject the text leaves unnamed gives way to the source the sentence names after the
figure (`The airline posted a profit of $5m, Tasman Airlines said`); the first of two titled people joined by `and`
leads where both are named in full (`Premier X and Health Minister Y announced`).

Invented names.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import record_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline posted a profit of $5.2 million in the year, Tasman Airlines said on Monday.",
        "The carrier reported revenue of $5.2 million, Tasman Airlines said.",
    ],
)
def test_an_unnamed_subject_gives_way_to_the_source_named_after_the_figure(sentence: str) -> None:
    record = record_of("Profit up\n\n" + sentence + "\n")
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.name == "Tasman Airlines"


def test_a_named_subject_keeps_the_figure() -> None:
    record = record_of(
        "Profit up\n\nThe Ministry of Transport reported 42 crashes in the year, Tasman Airlines said.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.name == "Ministry of Transport"


def test_the_first_of_two_titled_people_leads() -> None:
    record = record_of(
        "Beds\n\nPremier Tomas Okello and Health Minister Ana Varga announced 50 new beds for the hospital.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "tomas-okello"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # Giving a figure's size is stating it.
        ("Corrections Secretary Tomas Okello put the figure at 47,000 offenders.", "Tomas Okello"),
        # A person's body described in lowercase between her and her verb.
        (
            "Ana Varga of the wildfire service said more than 1,500 properties were on evacuation order.",
            "Ana Varga",
        ),
        # A short name of two words in brackets after the body's name.
        (
            "Statistics Harbourland (Stats HL) said the jobless rate rose by 2.2 percentage points.",
            "Statistics Harbourland",
        ),
        # How a figure is measured is no source: the sentence's own source stands.
        (
            "Statistics Harbourland (Stats HL) said the jobless rate, according to the expanded definition of "
            "unemployment, "
            "rose by 2.2 percentage points.",
            "Statistics Harbourland",
        ),
    ],
)
def test_round16_sources(sentence: str, source: str) -> None:
    record = record_of("Figures\n\n" + sentence + "\n")
    assert record.statistics
    for statistic in record.statistics:
        assert statistic.attributed_to is not None and statistic.attributed_to.name == source


@pytest.mark.parametrize(
    "text",
    [
        "The briefing was at 2 Prince Albert Street, San Fernando.",
        "Fishers from Quebec, New Brunswick and Prince Edward Island met on Tuesday.",
    ],
)
def test_a_royal_title_before_a_place_names_no_person(text: str) -> None:
    assert record_of("Meeting\n\n" + text + "\n").people == []


def test_an_office_is_no_body_carried_past_its_paragraph() -> None:
    record = record_of(
        "Waits\n\nMore needs to be done, the Harbourland Government Health Minister has said.\n\n"
        "The Minister for Health and Social Services, Ana Varga, has written to health boards.\n\n"
        "Some 27,400 patients were still waiting in March.\n"
    )
    (statistic,) = record.statistics
    assert statistic.attributed_to is None
    assert [organization.name for organization in record.organizations] == []


@pytest.mark.parametrize(
    "text",
    [
        # A place's own result names no source, a nation's as a state's.
        "Malawi’s tourism revenue up 17 percent\n\nThe sector grew.\n",
        # A story's label with its year heads the headline; no one is named.
        "Harbour Wildfires 2018: State of emergency as 559 fires burn\n\nCrews worked overnight.\n",
        # A photo's credit after a caption's figures credits the photo.
        "Rides\n\nThere were 7.46 million rides in 2024. - Photo: HT\n",
    ],
)
def test_no_source_is_named(text: str) -> None:
    record = record_of(text)
    assert record.statistics
    assert all(statistic.attributed_to is None for statistic in record.statistics)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # A body that decided an amount is its source (the ruling before blind29).
        (
            "Harbour District Council voted to increase council tax by 1.99 per cent.",
            "Harbour District Council",
        ),
        (
            "The Harbour Fisheries Authority slashed the crab quota by 63 percent.",
            "Harbour Fisheries Authority",
        ),
        ("The Harbour Utilities Board approved a rate rise of 3.6 per cent.", "Harbour Utilities Board"),
        # An abbreviation's period inside the decision's clause.
        (
            "The Harbour Fisheries Authority slashed the St. Helen Bay crab quota by 63 percent.",
            "Harbour Fisheries Authority",
        ),
        # No one decided it; a tally is no amount decided; a place and a people are no body.
        ("Prices raised by 5 per cent hurt families.", None),
        ("Harbour District Council voted 8-7 in favour of the budget.", None),
        ("Malawians voted to elect 193 members of parliament.", None),
        # Another's amount, and a revised forecast that a person then states.
        ("The Harbour Monetary Fund approved the review of Harbourland's $2.9 billion loan.", None),
        (
            "The Harbour Bank’s Monetary Policy Committee (HMPC) has lowered its inflation forecast for the year "
            "to 5.1 percent, said Governor Ana Varga.",
            "Ana Varga",
        ),
    ],
)
def test_a_body_that_decided_an_amount_is_its_source(sentence: str, source: str | None) -> None:
    record = record_of("Decision\n\n" + sentence + "\n")
    assert record.statistics
    for statistic in record.statistics:
        assert (statistic.attributed_to.name if statistic.attributed_to else None) == source


@pytest.mark.parametrize("day", ["on Jan 31", "on Friday"])
def test_a_body_releasing_figures_on_a_day_opens_them(day: str) -> None:
    record = record_of(
        "Rides\n\nThe Harbour Transport Authority (HTA) said 3.41 million rides were made.\n\n"
        "“Ridership is back,” said Mayor Ana Varga.\n\n"
        f"HTA {day} also released ridership figures for taxis.\n\n"
        "The number of daily taxi rides in 2024 was 8.6 per cent above 2023.\n"
    )
    (statistic,) = [statistic for statistic in record.statistics if statistic.value == 8.6]
    assert (
        statistic.attributed_to is not None and statistic.attributed_to.name == "Harbour Transport Authority"
    )
