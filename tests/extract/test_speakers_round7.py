"""Quote speakers, round 7: bodies named by a short name, a pronoun or a document; roles and turns.

Invented passages, one or more per rule; docs/evaluation.md ("Quotes and speakers, round 7") lists the misses
that suggested each.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import speakers_of

Case = tuple[str, str, list[tuple[str, str | None]]]

# (rule, body, (opening words, speaker id) of each quote)
BODIES: list[Case] = [
    (
        "a short name defined in brackets in any case stands for the name its letters spell",
        "The National Water Regulatory Authority (Nwra) on Monday published new tariffs for Nairobi.\n\n"
        "“Household users will pay 12 per cent more from July, and schools will pay 4 per cent more,” "
        "Nwra explained.\n",
        [("Household users will pay", "national-water-regulatory-authority")],
    ),
    (
        "capitals spelling the initials of a body named before stand for it",
        "A report by the Lakeland Inland Fisheries Authority showed catches falling in May.\n\n"
        "“The total catch was 4,100 tonnes in May, the lowest in a decade for the lake,” the LIFA stated.\n",
        [("The total catch was", "lakeland-inland-fisheries-authority")],
    ),
    (
        "`it stated` after a quote is the body the sentence before has as its subject",
        "Under the new rules, the Harbour Transit Authority (HTA) raised fares on all ferry routes.\n\n"
        "“Commuters on the northern routes will pay two dollars more each way from the first of March,” "
        "it stated.\n",
        [("Commuters on the northern routes", "harbour-transit-authority")],
    ),
    (
        "`it said` passes over sentences whose subject is no body, back to capitals opening a sentence",
        "KRB on Friday also announced a new road levy.\n\n"
        "Of the money raised, half will go to rural roads. In May, 40 new contracts will open.\n\n"
        "“Given the fuel prices this year, KRB will review the levy in six months,” it said.\n",
        [("Given the fuel prices", "krb")],
    ),
    (
        "`it said` after a person's quote names no one when no body opens a sentence before",
        "Farmer Jo Okafor sold her maize early this year.\n\n"
        "“The prices were good and the roads were dry for once this season,” it said.\n",
        [("The prices were good", None)],
    ),
    (
        "`the data showed` after `data released by X` is X",
        "Retail inflation eased to 5 percent in May, data released by the Bureau of Price Statistics (BPS) "
        "showed on Thursday.\n\n"
        "“The inflation based on the consumer index in May was 5 percent,” the government data said. "
        "“It was 5.4 percent in April.”\n\n"
        "Food inflation also eased.\n\n"
        "“The food index eased to 3.1 percent in May, from 3.6 percent in April,” the data showed.\n",
        [
            ("The inflation based on", "bureau-of-price-statistics"),
            ("It was 5.4 percent", "bureau-of-price-statistics"),
            ("The food index eased", "bureau-of-price-statistics"),
        ],
    ),
    (
        "`The report said:` after `figures published by X` is X",
        "Recorded burglaries fell 6% last year, figures published by the Office for Crime Statistics on "
        "Thursday showed.\n\n"
        "The report said: “Burglaries continue to be concentrated in large cities, with a third of them in "
        "the capital.”\n",
        [("Burglaries continue to be", "office-for-crime-statistics")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BODIES)
def test_bodies(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule
