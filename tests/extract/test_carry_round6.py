"""How far a source carries, round 6: the rulings of docs/evaluation.md "Rulings before blind15".

Invented passages, one or more per clause of the ruling; docs/evaluation.md ("Attribution under the carry
ruling, round 6") lists what each changed on the sets.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Marlow Weighs Its Numbers\n\n"


# (rule, passage, figure, source name or None)
CARRY_CASES = [
    # A person carries to the end of the paragraph, and never into the next.
    (
        "a person carries to a later figure of the paragraph, past a sentence with none",
        HEADLINE
        + "Mayor Lena Hart said the harbour had 42 berths. Boats are larger now. Fees rose 7 percent.",
        "7 percent",
        "Lena Hart",
    ),
    (
        "a person carries past a turn of the paragraph (`However, …`)",
        HEADLINE + "Mayor Lena Hart said 12 pools will shut. However, attendance fell by 9 percent.",
        "9 percent",
        "Lena Hart",
    ),
    (
        "a person who states no figure is not carried",
        HEADLINE + "Mayor Lena Hart said the levy was unfair. The levy raises $40 million a year.",
        "$40 million",
        None,
    ),
    (
        "a person who states no figure does not stop the body carried",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Rents rose 5%. Mayor Lena Hart said that was unfair. Fares rose 2%.",
        "2%",
        "Marlow Statistics Bureau",
    ),
    (
        "a person stops at her paragraph",
        HEADLINE + "Treasurer Ada Voss said the levy would cost £2bn.\n\nThe deficit stands at £90bn.",
        "£90bn",
        None,
    ),
    (
        "a person stops at her paragraph even where the next points back (`But that …`)",
        HEADLINE
        + "Treasurer Ada Voss said the shortfall was $3.1 million.\n\nBut that shortfall will reach $9.6 million.",
        "$9.6 million",
        None,
    ),
    (
        "a person quoted carries to the end of the quote's paragraph, not further",
        HEADLINE
        + '"We hired 40 wardens," said Chief Omar Ruel. Patrols doubled to 80.\n\n'
        + "Complaints fell to 310.",
        "310",
        None,
    ),
    # A body carries past paragraphs until a stop.
    (
        "a body carries into the next paragraph",
        HEADLINE + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\nFood prices rose 6%.",
        "6%",
        "Marlow Statistics Bureau",
    ),
    (
        "a company is a body: it carries past paragraphs",
        HEADLINE
        + "Pellam Foods Ltd reported revenue of $5 million.\n\nMargins narrowed.\n\nProfit was $1 million.",
        "$1 million",
        "Pellam Foods Ltd",
    ),
    (
        "a paragraph that opens on the body by another word goes on with it",
        HEADLINE + "Harbour Police said 14 people were arrested.\n\nOfficers seized 31 guns.",
        "31",
        "Harbour Police",
    ),
    (
        "a paragraph that opens on its report goes on with the body",
        HEADLINE
        + "A survey by the Marlow Housing Trust found 31% of tenants behind on rent.\n\n"
        + "The survey also found 12% had moved twice.",
        "12%",
        "Marlow Housing Trust",
    ),
    (
        "a paragraph that opens on a place does not stop a body",
        HEADLINE
        + "The Marlow Housing Trust said rents rose 8% this year.\n\nKelby County had 300 empty homes.",
        "300",
        "Marlow Housing Trust",
    ),
    (
        "a paragraph that opens on a programme does not stop a body",
        HEADLINE
        + "The Marlow Housing Trust said rents rose 8% this year.\n\nThe Starter Homes Scheme paid out $4 million.",
        "$4 million",
        "Marlow Housing Trust",
    ),
    # Stops.
    (
        "a direct quote stops a body, even its own officer's",
        HEADLINE
        + "Pellam Foods Ltd reported revenue of $5 million.\n\n"
        + '"We are pleased," said chief executive Jo Park.\n\nProfit was $1 million.',
        "$1 million",
        None,
    ),
    (
        "the officer quoted carries to the end of her paragraph",
        HEADLINE
        + "Pellam Foods Ltd reported revenue of $5 million.\n\n"
        + '"We are pleased," said chief executive Jo Park. Profit was $1 million.',
        "$1 million",
        "Jo Park",
    ),
    (
        "a paragraph opening on a named person stops a body",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Mayor Lena Hart wants 200 new homes.",
        "200",
        None,
    ),
    (
        "a paragraph opening on another body by its kind stops a body",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\nThe council voted to spend $2 million.",
        "$2 million",
        None,
    ),
    (
        "a paragraph opening on another body by name stops a body",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Kestrel Buses Ltd runs 12 routes.",
        "12",
        None,
    ),
    (
        "a party named through its leader's possessive stops a body",
        HEADLINE
        + "The Ortega Polling survey found 21% back the Greens, ahead of the party led by Quill.\n\n"
        + "Quill's party were on 30%.",
        "30%",
        None,
    ),
    (
        "a person's possessive before a figure's noun is no body",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Lena Hart's rent rose 9% this year.",
        "9%",
        "Marlow Statistics Bureau",
    ),
    (
        "a subject after an opening phrase stops a body too",
        HEADLINE
        + "The Ortega Polling survey found 21% back the Greens.\n\n"
        + "On the regional list, the SNP polled at 13%.",
        "13%",
        None,
    ),
    (
        "a party named through its leader stops a body",
        HEADLINE
        + "The Ortega Polling survey found 21% back the Greens.\n\n"
        + "Mara Quill leads the party. Quill’s party were on 30%.\n\n"
        + "Turnout may reach 64%.",
        "64%",
        None,
    ),
    (
        "a stopped body does not resume until it is named again",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Mayor Lena Hart wants 200 new homes.\n\nWages rose 3%.",
        "3%",
        None,
    ),
    (
        "a sentence counting in the article's own voice stops a body",
        HEADLINE
        + "The Marlow Statistics Bureau said 410 homes were built.\n\n"
        + "By our count, 95 homes stand empty. Another 20 homes are for sale.",
        "20",
        None,
    ),
    (
        "the own-voice sentence's figure is the article's",
        HEADLINE
        + "The Marlow Statistics Bureau said 410 homes were built.\n\nBy our count, 95 homes stand empty.",
        "95",
        None,
    ),
    (
        "an unnamed source neither starts nor stops a carry: its own figure is null",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Officials said 6% was likely next year.",
        "6%",
        None,
    ),
    (
        "an unnamed source does not stop the body carried",
        HEADLINE
        + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\n"
        + "Officials said more was likely.\n\nRents rose 5%.",
        "5%",
        "Marlow Statistics Bureau",
    ),
    # Never backward.
    (
        "a lede figure before the sentence naming its source stays the article's",
        HEADLINE
        + "Rents in Marlow rose by 9% this year.\n\nThe Marlow Housing Trust said 300 homes stand empty.",
        "9%",
        None,
    ),
    # A list introduced by a source and a colon.
    (
        "a person's list carries to every item, past paragraph breaks",
        HEADLINE
        + "Chief Omar Ruel said:\n\n- 40 wardens were hired\n\n- 18 cars were bought\n\n- 6 stations shut",
        "6",
        "Omar Ruel",
    ),
    (
        "a person's list ends where a line is no longer an item",
        HEADLINE
        + "Chief Omar Ruel said:\n\n- 40 wardens were hired\n\n- 18 cars were bought\n\nTraffic fell 4%.",
        "4%",
        None,
    ),
]

# (rule, passage, figure, source name or None): `suggests` credits a figure to a report or body, as `found` does.
SUGGESTS_CASES = [
    (
        "a survey that suggests a figure is its source",
        HEADLINE + "The Ortega Polling survey suggested the Greens would win 21% of the vote.",
        "21%",
        "Ortega Polling",
    ),
    (
        "`the poll suggests` after the figure names the body again",
        HEADLINE
        + "The Ortega Polling survey found 21% back the Greens.\n\nThe Harbour Party polled 30%.\n\n"
        + "Turnout would reach 64%, the survey suggests.",
        "64%",
        "Ortega Polling",
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), SUGGESTS_CASES, ids=[c[0] for c in SUGGESTS_CASES]
)
def test_suggests(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), CARRY_CASES, ids=[c[0] for c in CARRY_CASES]
)
def test_carry(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule


def test_a_carried_figure_says_it_was_continued() -> None:
    statistic = figure_of(
        record_of(
            HEADLINE + "The Marlow Statistics Bureau said inflation rose to 4.1%.\n\nFood prices rose 6%."
        ),
        "6%",
    )
    assert statistic.attribution == "continued"
    assert statistic.attributed_to is not None and statistic.attributed_to.evidence is not None
