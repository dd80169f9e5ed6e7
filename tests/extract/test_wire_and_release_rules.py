"""Rules for wire copy, press releases and other outlets' house styles, one invented passage per row.

Categories: the publisher (wire credits, newsletter lines, house style), the publication date line,
officials versus people, statistic values and counted nouns, one-word quotes and quote speakers,
and years that are not dates.
"""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from app.extract.people import find_people
from app.extract.statistics import find_statistics
from tests.extract.pages import record_of

BODY = (
    "The storm was expected to strengthen before landfall, forecasters said in an advisory "
    "issued early Friday.\n"
)


# ---------------------------------------------------------------- publisher

OUTLET_CASES: list[tuple[str, str | None]] = [
    ("Storm Nears Gulf Coast\n\nHOUSTON (AP) — " + BODY, "Associated Press"),
    ("Storm Nears Gulf Coast\n\nHOUSTON, Texas (AP) — " + BODY, "Associated Press"),
    ("Court Sides With Regulator\n\nLONDON, Nov 20 (Reuters) - " + BODY, "Reuters"),
    ("Court Sides With Regulator\n\nFRANKFURT, Nov. 20 (Reuters) – " + BODY, "Reuters"),
    ("Chipmaker Misses Estimates\n\n(Bloomberg) -- " + BODY, "Bloomberg"),
    ("Chipmaker Misses Estimates\n\nNEW YORK (Bloomberg) — " + BODY, "Bloomberg"),
    (
        "Voters Head To Polls\n\nSign up for Guardian Australia's free morning newsletter here\n\n" + BODY,
        "Guardian Australia",
    ),
    (
        "Council Approves Stadium\n\nThe council voted Tuesday to approve the deal. As The Beacon-Courier "
        "first reported in March, the team sought $300 million in public money.\n",
        "The Beacon-Courier",
    ),
    (
        "Council Approves Stadium\n\nThe council voted Tuesday to approve the deal, which the Courier "
        "reported last week had been rewritten twice.\n",
        "Courier",
    ),
    (
        "FOR IMMEDIATE RELEASE\nNovember 18, 2026\n\nSheriff Announces Arrests\n\nThe Marlow County "
        "Sheriff's Office announced the arrest of two men on Tuesday, officials said in a statement.\n",
        None,
    ),
    # Citing another outlet's reporting is not the publisher.
    (
        "Council Approves Stadium\n\nThe council voted Tuesday, The Washington Post reported.\n",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "outlet"), OUTLET_CASES, ids=[str(i) for i in range(len(OUTLET_CASES))])
def test_publisher(raw: str, outlet: str | None) -> None:
    record = record_of(raw)
    assert (record.outlet.value if record.outlet else None) == outlet
    if record.outlet is not None and record.outlet.evidence is not None:
        source = record.raw_text if record.outlet.evidence_in == "raw_text" else record.text
        evidence = record.outlet.evidence
        assert source[evidence.start : evidence.end] == evidence.text


# ---------------------------------------------------------------- publication date lines

PUBLISHED_CASES: list[tuple[str, str]] = [
    ("Transit Ridership Climbs\n\nPosted: Nov 19, 2026\n\n" + BODY, "2026-11-19"),
    ("Voters Head To Polls\n\nSat 21 Nov 2026\n\n" + BODY, "2026-11-21"),
    ("Court Sides With Regulator\n\nNovember 20, 2026 4:12 PM GMT\n\n" + BODY, "2026-11-20"),
    ("Storm Nears Gulf Coast\n\nUpdated 3:05 p.m. EST, Thu November 19, 2026\n\n" + BODY, "2026-11-19"),
    ("Survey Finds Students Strained\n\nPublished 20 November 2026\n\n" + BODY, "2026-11-20"),
    ("Survey Finds Students Strained\n\nBy Ana Ruiz\nPublished 20 November 2026\n\n" + BODY, "2026-11-20"),
    (
        "Survey Finds Students Strained\n\nPublished: Nov. 18, 2026 | Updated: Nov. 19, 2026\n\n" + BODY,
        "2026-11-18",
    ),
]


@pytest.mark.parametrize(("raw", "value"), PUBLISHED_CASES, ids=[c[0][-80:-40] for c in PUBLISHED_CASES])
def test_date_line_is_published_not_mentioned(raw: str, value: str) -> None:
    record = record_of(raw)
    assert record.published is not None and record.published.value.isoformat() == value
    assert [mention.value for mention in record.dates_mentioned] == []
    evidence = record.published.evidence
    assert evidence is not None
    source = record.raw_text if record.published.evidence_in == "raw_text" else record.text
    assert source[evidence.start : evidence.end] == evidence.text


# ---------------------------------------------------------------- officials and people

# (passage, surname, kind)
KIND_CASES: list[tuple[str, str, str]] = [
    ("Maria Soto, a spokeswoman for the transit agency, said service would resume.", "Soto", "official"),
    ("Agency spokeswoman Lorna Vickery said crews were working.", "Vickery", "official"),
    ("The delays were temporary, agency spokesman Teodor Brandt said.", "Brandt", "official"),
    (
        "Kwame Asante, general manager of the regional transit authority, said ridership rose.",
        "Asante",
        "official",
    ),
    ("Hollis Brennan, general manager of Ridgeway Foods, said sales rose.", "Brennan", "person"),
    (
        "State forestry operations chief Ilse Marchetti said the fire was 40% contained.",
        "Marchetti",
        "official",
    ),
    ("The Liberal leader, Damien Okafor, called the budget reckless.", "Okafor", "official"),
    ("Labor leader Nadia Kerrigan conceded on Saturday night.", "Kerrigan", "official"),
    (
        "Opposition finance critic Yusuf Harlan, the MLA for Dunmore West, called the plan a gamble.",
        "Harlan",
        "official",
    ),
    ("Media contact: Sgt. Corinne Baptiste, (555) 555-0142", "Baptiste", "official"),
    ("Media contact: Sergeant Corinne Baptiste, Public Information Officer", "Baptiste", "official"),
    ("Liberal candidate Priya Venkatesan thanked volunteers.", "Venkatesan", "person"),
    ("Independent candidate Orrin Tatum said he would not concede.", "Tatum", "person"),
    ("Rider Jamal Ortiz, 34, said the bus was late again.", "Ortiz", "person"),
    ("Passenger Delphine Arceneaux said the train stopped twice.", "Arceneaux", "person"),
    ("Resident Okonkwo Bright said the water rose fast.", "Bright", "person"),
    ("Media contact: Tamsin Achebe, 555-0199", "Achebe", "person"),
    (
        "Sports economist Lyle Penrose of Weber State University said the deal was lopsided.",
        "Penrose",
        "person",
    ),
    ("Tobias Renner, 52, lost his roof in the storm.", "Renner", "person"),
]


@pytest.mark.parametrize(("text", "surname", "kind"), KIND_CASES, ids=[c[1] for c in KIND_CASES])
def test_official_or_person(text: str, surname: str, kind: str) -> None:
    people = {person.name.split()[-1]: person for person in find_people(text)}
    assert surname in people, [p.name for p in people.values()]
    assert people[surname].kind == kind, people[surname].titles


NOT_PEOPLE: list[tuple[str, str]] = [
    ("Ridgeline Power said it would appeal the ruling.", "Ridgeline Power"),
    ("Carver Energy said it would appeal.", "Carver Energy"),
    ("Coastal Plains Bank said the loan was repaid.", "Coastal Plains Bank"),
    ("Hartwell Group said the acquisition would close in March.", "Hartwell Group"),
    ("Ashby Partners said the fund was closed.", "Ashby Partners"),
    ("Residents along Crestline Drive said the water rose fast.", "Crestline Drive"),
    ("Neighbors on Ocean Avenue said they heard the blast.", "Ocean Avenue"),
    ("The fire began near Elm Street, officials said.", "Elm Street"),
    ("The ruling was unanimous.\n\nReporting by Maria Lopez; Editing by David Chen", "Maria Lopez"),
    ("The ruling was unanimous.\n\nReporting by Maria Lopez; Editing by David Chen", "David Chen"),
    ("The ruling was unanimous.\n\nAdditional reporting by Maria Lopez and David Chen", "David Chen"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE, ids=[c[1] for c in NOT_PEOPLE])
def test_not_a_person(text: str, name: str) -> None:
    names = [person.name for person in find_people(text)]
    assert name not in names, names


# ---------------------------------------------------------------- statistic values and counted nouns

# (sentence, [(value, counts or None)]) -- every statistic, in order.
STAT_CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("The province projects a $1.2-billion deficit.", [(1.2e9, "deficit")]),
    ("The plan adds $640-million in new spending.", [(640e6, "new spending")]),
    ("Unemployment fell to 5.1 per cent in October.", [(5.1, "Unemployment")]),
    ("The approval rating fell sharply to 29.6% in the poll.", [(29.6, "approval rating")]),
    ("Weekday boardings fell to 342 from 377.", [(342, "Weekday boardings"), (377, "Weekday boardings")]),
    ("Its shares closed at $37.15 on Thursday.", [(37.15, None)]),
    ("Its shares fell 4.2% to $37.15.", [(4.2, "shares"), (37.15, "shares")]),
    ("Revenue rose 6.4 per cent to $9.8 billion.", [(6.4, "Revenue"), (9.8e9, "Revenue")]),
    ("The agency plans six more openings next year.", [(6, "openings")]),
    ("Most riders will pay a few hundred dollars more.", [(100, None)]),
    ("Officers paid $2.3 million in overtime.", [(2.3e6, "overtime")]),
    ("Deputies seized $18,400 in cash.", [(18400, "cash")]),
    ("The city charged a $75 copying fee.", [(75, "copying fee")]),
    ("Its shares fell 4.2% in late trading.", [(4.2, "shares")]),
    ("Premiums have risen 38% since 2020.", [(38, "Premiums")]),
    ("Agents found 9 pounds of fentanyl in the truck.", [(9, "fentanyl")]),
    ("The storm brought winds of 120 mph.", [(120, "winds")]),
    ("The surge could flood 12 miles of coastline.", [(12, "coastline")]),
    ("About 40 people spoke publicly at the hearing.", [(40, "people")]),
    ("The count of 4,000 postal votes resumes Monday.", [(4000, "postal votes")]),
    ("The $5 million grant program lawmakers approved expired.", [(5e6, "grant program")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STAT_CASES, ids=[c[0][:40] for c in STAT_CASES])
def test_statistic_values_and_counts(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    found = [(s.value, s.counts) for s in find_statistics(sentence)]
    assert len(found) == len(expected), found
    for (value, counts), (want_value, want_counts) in zip(found, expected, strict=True):
        assert value == pytest.approx(want_value), found
        assert counts == want_counts, found


def test_a_few_hundred_is_approximate() -> None:
    (statistic,) = find_statistics("Most riders will pay a few hundred dollars more.")
    assert statistic.approximate


NOT_STATISTICS_HERE = [
    "The crash closed State Road 87 for hours.",
    "Traffic backed up on Highway 101 near the exit.",
    "After 9 o'clock the trains stop running.",
    "The advisory was issued at 4:12 PM local time.",
    "Deals worth more than $1 million must be reported to the board.",
    "Contracts of more than $25,000 require a public bid.",
    "Deputies stopped a 2019 Dodge Ram on the shoulder.",
]


@pytest.mark.parametrize("sentence", NOT_STATISTICS_HERE)
def test_not_a_statistic(sentence: str) -> None:
    assert [s.text for s in find_statistics(sentence)] == []


def test_vehicle_model_year_is_not_a_date() -> None:
    assert find_dates("Deputies stopped a 2019 Dodge Ram and a 2021 Toyota Camry.") == []
    assert [m.value for m in find_dates("The 2019 season ended early.")] == ["2019"]


# ---------------------------------------------------------------- quotes

QUOTE_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'Mayor Lena Ortiz said it was "disappointed" by the ruling and would appeal.',
        [("disappointed", "lena-ortiz")],
    ),
    (
        'Finance critic Yusuf Harlan called the forecast "wildly optimistic."',
        [("wildly optimistic", "yusuf-harlan")],
    ),
    (
        'Councillor Rhea Banerjee called the plan "a credit card with no limit."',
        [("a credit card with no limit", "rhea-banerjee")],
    ),
    (
        "Council member Gil Navarro voted for the plan on Tuesday.\n\n"
        'Resident Marisol Quintero, who lives on the route, disagreed. "Nobody asked us what we needed," '
        "she said.",
        [("Nobody asked us what we needed", "marisol-quintero")],
    ),
    (
        "Council member Gil Navarro voted for the plan on Tuesday.\n\n"
        '"Nobody asked us what we needed," said resident Marisol Quintero, who lives on the route.',
        [("Nobody asked us what we needed", "marisol-quintero")],
    ),
    # straight single marks (British copy); an apostrophe inside or after a word is no mark
    ("Premier Dana Holt described the rail network as 'broken'.", [("broken", "dana-holt")]),
    (
        "Councillor Rhea Banerjee said the workers' pay deal was 'a fair outcome for everyone'.",
        [("a fair outcome for everyone", "rhea-banerjee")],
    ),
    ("Fares rose in the '90s and again in '08, the report found.", []),
    (
        "\"Our insurer said, 'No, that was a flood.' Then they hung up,\" said resident Marisol Quintero.",
        [("Our insurer said", "marisol-quintero")],
    ),
    # a work named by its title is no quotation
    ("The study, titled 'Where have all the buses gone?', was released on Monday.", []),
    # a phrase criticised or praised is the speaker's
    (
        "Opposition Leader Ana Pryor criticised the \u201ccash-strapped\u201d transit authority.",
        [("cash-strapped", "ana-pryor")],
    ),
    (
        "Judge Tomas Weir praised the two officers for their \u201cpatient work\u201d in the case.",
        [("patient work", "tomas-weir")],
    ),
    # a person the people extractor does not list, named before the verb, says a short phrase too
    ("Gruffydd ap Rhys criticised the \u201creckless\u201d plan.", [("reckless", "gruffydd-ap-rhys")]),
    # a name after "The" alone is a body's
    ("The Northern Greens blamed the \u201creckless\u201d plan.", [("reckless", None)]),
    # a body no extractor listed is the speaker of what it says (ruling before blind9)
    (
        "Norvale said in a statement that it had \u201cexhausted every option\u201d with the council.",
        [("exhausted every option", "norvale")],
    ),
    # a relative pronoun's clause says the phrase; what it is about speaks, unnamed
    (
        "It followed a damning audit published in March, which concluded the fund was in a "
        "\u201ccritical condition\u201d.",
        [("critical condition", None)],
    ),
    # headline style: a role without its article after the verb, then a clause that goes on
    (
        "Fares remain 'historically' high, says transport chief, but adds that riders are back",
        [("historically", None)],
    ),
    (
        "It followed a review by Judge Tomas Weir, a former prosecutor, which concluded the fund was in a "
        "\u201ccritical condition\u201d.",
        [("critical condition", None)],
    ),
    # a clause that ends before a participle names no speaker
    ("It was $10 million less than predicted as \u201cheadwinds\u201d took their toll.", []),
    # the speaker at the end of the sentence, after a clause of time
    (
        'The figures are "a gift to every town" in the region, tourism minister Lars Eide said as he arrived '
        "at the annual conference organised by the chamber of commerce in Bergen.",
        [("a gift to every town", "lars-eide")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), QUOTE_CASES, ids=[str(i) for i in range(len(QUOTE_CASES))])
def test_quotes_and_speakers(body: str, expected: list[tuple[str, str | None]]) -> None:
    record = record_of("Council Weighs Plan For Fire Stations\n\n" + body + "\n")
    found = [(q.text, q.speaker.entity_id if q.speaker else None) for q in record.quotes]
    assert len(found) == len(expected), found
    for (text, speaker), (want_text, want_speaker) in zip(found, expected, strict=True):
        assert text.startswith(want_text), found
        assert speaker == want_speaker, found


@pytest.mark.parametrize(
    ("headline", "quotes"),
    [
        # a phrase the headline quotes from the body's quote is that quote, not a new one
        ("Mayor only 'a step from a balanced budget' after vote", ["We are now a step"]),
        # a headline that is all quote stands as its own
        ("'We are now a step from a balanced budget'", ["We are now a step", "We are now a step"]),
    ],
)
def test_headline_quote_repeating_the_body(headline: str, quotes: list[str]) -> None:
    record = record_of(
        headline + "\n\n" + '"We are now a step from a balanced budget," Mayor Tom Ruiz said on Tuesday.\n'
    )
    assert [quote.text[:17] for quote in record.quotes] == quotes
