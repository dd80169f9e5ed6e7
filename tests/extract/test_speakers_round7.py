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
        "`it added` after a body's quote goes on with the body",
        "Rates will rise from July, the Harbour Transit Authority (HTA) said in a statement.\n\n"
        "“Commuters on the northern routes will pay two dollars more each way,” the HTA said. "
        "“Schoolchildren will still travel free on every route,” it added.\n",
        [
            ("Commuters on the northern routes", "harbour-transit-authority"),
            ("Schoolchildren will still travel", "harbour-transit-authority"),
        ],
    ),
    (
        "`it said` after no body's quote is the body a sentence before has as its subject, after a clause",
        "Under the new rules, the Harbour Transit Authority (HTA) raised fares on all ferry routes.\n\n"
        "“Commuters on the northern routes will pay two dollars more each way from the first of March,” "
        "it said.\n",
        [("Commuters on the northern routes", "harbour-transit-authority")],
    ),
    (
        "`it stated` is the body a sentence before has as its subject",
        "While demand fell in the west, the Coastal Grid Regulator approved a 12% rise in tariffs.\n\n"
        "“Key industrial customers will pay more from April, and households from July,” it stated.\n",
        [("Key industrial customers", "coastal-grid-regulator")],
    ),
    (
        "`it said in a statement` is the body that said something in the paragraph before",
        "The Lakeside Housing Board (LHB) said 400 flats were sold in May.\n\n"
        "“Most of the flats sold were in the older estates near the river,” it said in a statement.\n",
        [("Most of the flats sold", "lakeside-housing-board")],
    ),
    (
        "`it said` with no body as a sentence's subject before names no one",
        "Heavy rain fell across the north on Monday.\n\n"
        "“Roads in the hill districts will stay closed until Friday at the earliest,” it said.\n",
        [("Roads in the hill districts", None)],
    ),
    (
        "`it said` after a person as the sentence's subject is not that person",
        "Mayor Tomas Reyes opened the new bridge on Monday.\n\n"
        "“The bridge will carry 40,000 cars a day when the work is done,” it said.\n",
        [("The bridge will carry", None)],
    ),
    (
        "`the WFL said`: an acronym the text named before and never spells out is the body, and goes on",
        "Westland’s parliament has approved a new stadium for the WFL team.\n\n"
        "“Today is a great day in the short history of the club and the game in the north,” the WFL said in "
        "a statement.\n\n"
        "“The club will play its first home match at the new ground in 2028.”\n",
        [("Today is a great day", "wfl"), ("The club will play", "wfl")],
    ),
    (
        "`the PM said` with no prime minister named is no body called PM",
        "The PM arrived late to the session on Monday.\n\n"
        "“We will not raise the fuel price this year, whatever the markets do,” the PM said.\n",
        [("We will not raise the fuel", None)],
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
    (
        "`According to a statement from X`, a listed body says a short phrase quoted from it",
        "The European Commission fined two firms on Monday.\n\n"
        "According to a statement from the European Commission, the firms failed to show that the rules are "
        "“strictly needed,” and must drop them.\n",
        [("strictly needed", "european-commission")],
    ),
    (
        "`the lender said` is the body named in the sentence before, its name ending on a body's noun",
        "The Regional Development Bank cut its growth forecast on Tuesday.\n\n"
        "“Growth will slow to 2.4 per cent next year as trade weakens,” the lender said.\n",
        [("Growth will slow", "regional-development-bank")],
    ),
    (
        "`the Treasury said` is a body the text named before with that capitalized name",
        "The Treasury released its forecast on Monday.\n\n"
        "“Growth will slow to 1.5 per cent next year as exports weaken,” the Treasury said.\n",
        [("Growth will slow", "treasury")],
    ),
    (
        "`according to the statement` after `X issued a statement` is X",
        "The Ministry of Lands issued a statement on Friday.\n\n"
        "“Revenue from land rates rose by 12 per cent in the first quarter,” according to the statement.\n",
        [("Revenue from land rates", "ministry-of-lands")],
    ),
    (
        "a name the text introduced with a body's description is that body speaking",
        "The energy regulator Powerwatch raised the price cap on Friday.\n\n"
        "“Households will pay about 100 pounds more a year from April,” Powerwatch said.\n",
        [("Households will pay", "powerwatch")],
    ),
    (
        "`the Ministry said` with a capital is the fuller name with that word",
        "The Ministry of Rural Roads reported 40 new contracts on Monday.\n\n"
        "“Most of the new contracts were signed in the northern districts,” the Ministry said.\n",
        [("Most of the new contracts", "ministry-of-rural-roads")],
    ),
    (
        "`the ministry said` is the last capitalized name with the noun, listed or not",
        "Prices rose 4 percent, according to the Ministry of Rural Water and Sanitation Works.\n\n"
        "“During the month of May, the field staff collected prices from nearly every village,” the "
        "ministry said.\n",
        [("During the month of May", "ministry-of-rural-water-and-sanitation-works")],
    ),
    (
        "`The independent statutory body said` is the body named in the paragraph before",
        "Over 50,000 people are waiting for surgery, according to figures from the Patient Access Fund "
        "(PAF).\n\n"
        "The independent statutory body said work under the plan is running “well ahead” of target.\n",
        [("well ahead", "patient-access-fund")],
    ),
    (
        "`said the organization` is the body the sentence before has as its subject",
        "Harbourside Economic Development noted that the city is doing better than the rest of the region.\n\n"
        "“The city continues to have the highest participation rate in the region at 71 per cent,” said the "
        "organization in a news release.\n",
        [("The city continues to have", "harbourside-economic-development")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), BODIES)
def test_bodies(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


ROLES_AND_SUBJECTS: list[Case] = [
    (
        '`describing X as a "…"` quotes its subject as `described` does',
        "Finance Minister Dana Whitlock spoke on Tuesday.\n\n"
        "Dana Whitlock describing the cuts as a “top-up” to the ones already made.\n",
        [("top-up", "dana-whitlock")],
    ),
    (
        "`The Treasurer said` with a capital is the role's holder speaking in the passage",
        "The Treasurer used the budget to unveil small tax cuts.\n\n"
        "Dana Whitlock describing the cuts as a “top-up” to the ones already made.\n\n"
        "“The average earner will have an extra $500 each year when they are fully in place,” The Treasurer "
        "said.\n",
        [("top-up", "dana-whitlock"), ("The average earner will", "dana-whitlock")],
    ),
    (
        "`the PM said` is the one person titled prime minister",
        "Prime Minister Amani Odhiambo opened the session on Monday.\n\n"
        "“We will not raise the fuel price this year, whatever the markets do,” the PM said.\n",
        [("We will not raise the fuel", "amani-odhiambo")],
    ),
    (
        "`The President defended …, saying:` is the subject the sentence opens on",
        "President Amani Odhiambo spoke at the launch on Friday.\n\n"
        "The President defended his decision to end the subsidies, saying: “We chose to invest in the farms "
        "instead of paying for imports.”\n",
        [("We chose to invest", "amani-odhiambo")],
    ),
    (
        '`citing "…"` right after the participle is the subject the sentence opens on (a body by its initials)',
        "“Patients are waiting longer than ever,” Prof Rhian Vaughan, president of the Westland Nurses "
        "Association, said on Friday.\n\n"
        "The WNA uses the monthly figures to press for more staff in clinics, citing “years of neglect” in "
        "staffing.\n",
        [("Patients are waiting", "rhian-vaughan"), ("years of neglect", "westland-nurses-association")],
    ),
    (
        "`citing` with words before the quote cites a source: its subject says nothing",
        "“Patients are waiting longer than ever,” Prof Rhian Vaughan, president of the Westland Nurses "
        "Association, said on Friday.\n\n"
        "The WNA uses the monthly figures to press for more staff, citing the board’s own “safe staffing” "
        "rules.\n",
        [("Patients are waiting", "rhian-vaughan"), ("safe staffing", None)],
    ),
    (
        "a body opening the sentence says the phrase its participle describes",
        "The Opposition has confirmed it will not back the tax cuts, describing them as a “cruel trick”.\n",
        [("cruel trick", "opposition")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), ROLES_AND_SUBJECTS)
def test_roles_and_subjects(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


TURNS: list[Case] = [
    (
        "`\"…,\" the X newspaper reported` after another source's figures is the newspaper's",
        "Arrivals rose 12 percent last year, the Economic Review stated.\n\n"
        "“Among these nations, arrivals from the south are rising every year,” the Valley Times newspaper "
        "reported.\n",
        [("Among these nations", "valley-times")],
    ),
    (
        "a paragraph `He said …` with no quote leaves its antecedent speaking, past page furniture",
        "Housing Minister Rawiri Tane said demand for rentals was the main cause.\n\n"
        "“The big one is the shortage we inherited from the last government.”\n\n"
        "Related: Empty flats blamed for city waiting list\n\n"
        "He said the kinder approach to those in need was also a factor.\n\n"
        "“We made a promise that anyone who came forward would get help, and that has added to the list.”\n",
        [
            ("The big one is the shortage", "rawiri-tane"),
            ("We made a promise that", "rawiri-tane"),
        ],
    ),
    (
        "`….” said X`: a full stop typed for the comma before a verb-first attribution",
        "Exporters met in the capital on Sunday.\n\n"
        "“Orders fell by a fifth in the last two months because of inflation abroad.” said Tahmid Rahman, "
        "President of the Knitwear Exporters Association.\n",
        [("Orders fell by a fifth", "tahmid-rahman")],
    ),
    (
        "`The <body> chief said` is the one person the story titles the body's president",
        "Tahmid Rahman, President of the Knitwear Exporters Association (KEA), met reporters on Sunday.\n\n"
        "The KEA chief said, “Retailers abroad are struggling with inflation and unsold stock.”\n",
        [("Retailers abroad are struggling", "tahmid-rahman")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), TURNS)
def test_turns(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule
