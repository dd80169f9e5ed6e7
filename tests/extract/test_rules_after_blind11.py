"""Officials, people, speakers, publishers and dates after the blind11 round: one table per mechanism.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from app.extract.people import find_people
from app.extract.site_names import host_spells
from tests.extract.pages import BODY, HEADLINE, record_of, speakers_of
from tests.extract.people_cases import person_named

# A dateline whose credit or dash the copy lost is no date the story mentions; a sentence's opening word
# is no place.
DATELINES: list[tuple[str, list[str]]] = [
    ("PORT LOUIS Mar 4 The island's port handled more ships in June.", ["--06"]),
    ("Dunmore Mar 4 :The district's port handled more ships in June.", ["--06"]),
    ("Dunmore, Mar 4, (Ana/PNA) – The port handled more ships in June.", ["--06"]),
    ("On Mar 4: the port handled more ships than in June.", ["--03-04", "--06"]),
    ("The port handled more ships on Mar 4 than in June.", ["--03-04", "--06"]),
]


@pytest.mark.parametrize(("body", "values"), DATELINES)
def test_a_dateline_without_its_credit_is_no_date_mentioned(body: str, values: list[str]) -> None:
    record = record_of(HEADLINE + body + "\n")
    assert [mention.value for mention in record.dates_mentioned] == values


# Publisher: a station's name with its channel in a dateline's brackets, the first of two credits joined by
# a slash, a `/ Source:` credit line, a known wire run onto the last sentence with no space or dash.
OUTLETS: list[tuple[str, str]] = [
    (HEADLINE + "PORTSMOUTH (WKRB7) - " + BODY, "WKRB7"),
    (HEADLINE + "Dunmore, Mar 4, (AFP/PNA) – " + BODY, "Agence France-Presse"),
    (HEADLINE + "/ Source: The Associated Press\n\n" + BODY, "Associated Press"),
    (HEADLINE + BODY.rstrip("\n") + " Fares rise in May.Reuters\n", "Reuters"),
]


@pytest.mark.parametrize(("page", "publisher"), OUTLETS)
def test_publisher_credits(page: str, publisher: str) -> None:
    record = record_of(page)
    assert record.outlet is not None and record.outlet.value == publisher


# An agency that `reports` the story, on a site whose address spells its name, is the publisher; the same
# sentence on another site cites it, and a site's name the story only speaks to is no publisher.
SITE_REPORTS: list[tuple[str, str, str | None]] = [
    (
        "The cabinet set a new target, Harbour News Agency reports.\n",
        "https://harbnews.example/en/12",
        "Harbour News Agency",
    ),
    ("The cabinet set a new target, Harbour News Agency reports.\n", "https://ledger.example/12", None),
    ("The cabinet set a new target, the minister told Harbour News.\n", "https://harbnews.example/12", None),
]


@pytest.mark.parametrize(("body", "url", "publisher"), SITE_REPORTS)
def test_a_site_reporting_under_its_own_name(body: str, url: str, publisher: str | None) -> None:
    record = record_of(HEADLINE + body, url=url)
    assert (record.outlet.value if record.outlet else None) == publisher


@pytest.mark.parametrize(
    ("url", "name", "spelled"),
    [
        ("https://www.harbourledger.example/a", "The Harbour Ledger", True),
        ("https://hlnews.example/a", "Harbour Ledger News", True),
        ("https://www.thetimes.example/a", "The Times", True),
        ("https://www.ledger.example/a", "Harbour Ledger", False),
        ("https://news.example/a", "Harbour News", False),
    ],
)
def test_host_spells(url: str, name: str, spelled: bool) -> None:
    assert host_spells(url, name) is spelled


# (passage, name, kind, title or None when any title will do)
Row = tuple[str, str, str, str | None]

# A title stated by an appointment or an election, after the name or with the verb before it.
APPOINTMENTS: list[Row] = [
    (
        "Hours after Omar Haddad was appointed as acting governor of the Reserve Bank of Dunmore, rates held.",
        "Omar Haddad",
        "official",
        "acting governor of the Reserve Bank of Dunmore",
    ),
    (
        "The cabinet appointed Omar Haddad as interim harbour commissioner, aides said.",
        "Omar Haddad",
        "official",
        None,
    ),
    ("Omar Haddad was elected mayor on Tuesday.", "Omar Haddad", "official", "mayor"),
    (
        "Omar Haddad was named chief executive of Harbour Foods in May.",
        "Omar Haddad",
        "person",
        "chief executive of Harbour Foods",
    ),
    ("Omar Haddad was named in the report.", "Omar Haddad", "person", None),
]

# The possessive of a party's name leads it: a plural party name, or one followed by "Party".
PARTY_LEADERS: list[Row] = [
    ('"Omar Haddad\'s Liberals want to spend more," she said.', "Omar Haddad", "official", None),
    ("Omar Haddad's Labour Party won the seat.", "Omar Haddad", "official", None),
    ("Omar Haddad's National Insurance bill rose.", "Omar Haddad", "person", None),
]

# An acronym introduced by a lowercase description of its body is judged by that description.
DESCRIBED_ACRONYMS: list[Row] = [
    (
        "Roads were shut, the flood protection agency DFPA said. DFPA chief Omar Haddad said rain would ease.",
        "Omar Haddad",
        "official",
        "DFPA chief",
    ),
    (
        "Sales rose, the family-owned bakery company HBC said. HBC chief Omar Haddad said prices would rise.",
        "Omar Haddad",
        "person",
        "HBC chief",
    ),
]

# A body's role stacked before a capitalized rank: the role at the body is a title too.
STACKED_TITLES: list[Row] = [
    (
        "The Dunmore National Police (DNP) met. DNP chief Director General Omar Haddad said arrests rose.",
        "Omar Haddad",
        "official",
        "DNP chief",
    ),
    (
        "Harbour Foods chief Director Omar Haddad said sales rose.",
        "Omar Haddad",
        "person",
        "Harbour Foods chief",
    ),
]

# A post before its portfolio ("Secretary for Commerce") is a government's; after a portfolio that ends the
# title, a name with no known given name starts (not where the portfolios go on).
PORTFOLIO_AFTER_POST: list[Row] = [
    (
        "Parliamentary Secretary for Trade Liyana Bashir Qadri said the deal was cheap.",
        "Liyana Bashir Qadri",
        "official",
        "Parliamentary Secretary for Trade",
    ),
    ("Secretary of Health Liyana Bashir Qadri said beds were full.", "Liyana Bashir Qadri", "official", None),
    (
        "Minister of Tourism and Antiquities Liyana Qadri said visits rose.",
        "Liyana Qadri",
        "official",
        "Minister of Tourism and Antiquities",
    ),
    ("Company Secretary Omar Haddad said the books were closed.", "Omar Haddad", "person", None),
]

# A portfolio's chief with no body named is a government's; at a named body, the body's.
PORTFOLIO_CHIEFS: list[Row] = [
    ("Financial chief Omar Haddad said the government would not step in.", "Omar Haddad", "official", None),
    ("Rents fell. Transport chief Omar Haddad said fares would hold.", "Omar Haddad", "official", None),
    ("Harbour Foods finance chief Omar Haddad said sales rose.", "Omar Haddad", "person", None),
    ("The bakery's finance chief Omar Haddad said sales rose.", "Omar Haddad", "person", None),
]

# Members of a public body named by the vote they cast in its roll call; a company's board is no such body.
MEMBERS_VOTES: list[Row] = [
    (
        "The city council voted 5-2 for the depot, with Omar Haddad and Ruth Mabry the lone no votes.",
        "Ruth Mabry",
        "official",
        None,
    ),
    (
        "The county commission voted to adopt the rate. Omar Haddad voted against.",
        "Omar Haddad",
        "official",
        None,
    ),
    ("The board of Harbour Foods voted to sell. Omar Haddad voted against.", "Omar Haddad", "person", None),
]

# A name with no title joined to a titled colleague's holds the title when two or more hold it in the story.
COLLEAGUES = (
    "Commissioner Ana Ruiz asked for a vote. Commissioner Tom Hale and Omar Haddad said they would wait."
)
SHARED_TITLES: list[Row] = [
    (COLLEAGUES, "Omar Haddad", "official", "Commissioner"),
    ("Commissioner Tom Hale and Omar Haddad said they would wait.", "Omar Haddad", "person", None),
]

# Not names: a body ending in "Mechanism", a photo credit run onto a caption's name.
NOT_NAMES: list[tuple[str, str]] = [
    (
        "Planes came under the Union’s Civil Protection Mechanism, Commission President Ana Ruiz said.",
        "Civil Protection Mechanism",
    ),
    ("Ana Ruiz Photo: Supplied / Harbour Air", "Ana Ruiz Photo"),
]


@pytest.mark.parametrize(
    ("text", "name", "kind", "title"),
    [
        *APPOINTMENTS,
        *PARTY_LEADERS,
        *DESCRIBED_ACRONYMS,
        *STACKED_TITLES,
        *PORTFOLIO_AFTER_POST,
        *PORTFOLIO_CHIEFS,
        *MEMBERS_VOTES,
        *SHARED_TITLES,
    ],
)
def test_name_kind_and_title(text: str, name: str, kind: str, title: str | None) -> None:
    person = person_named(text, name)
    assert person.kind == kind, person
    if title is not None:
        assert title in [stated.text for stated in person.titles], person.titles


@pytest.mark.parametrize(("text", "not_a_name"), NOT_NAMES)
def test_not_a_name(text: str, not_a_name: str) -> None:
    assert not_a_name not in [person.name for person in find_people(text)]


def test_an_acronym_described_before_speaks_under_its_short_name() -> None:
    body = (
        "Growth will reach 2% next year, the government's forecasting agency DFPA said on Friday.\n\n"
        '"Spending power is higher than in the last estimate," the DFPA said.\n'
    )
    assert speakers_of(body, [("Spending power", "dfpa")]) == [("Spending power", "dfpa")]


# An unattributed quote that opens a paragraph: the person the paragraph before ends on speaks, and a photo
# caption or a name label between the two paragraphs changes nothing.
INTRODUCED_SPEAKERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The shortfall does not sit well with Dunmore West MP Omar Haddad.\n\n"
        '"I have never seen a government spend so much for so little."\n',
        [("I have never seen", "omar-haddad")],
    ),
    (
        "Chief executive Omar Haddad said the airline had a record year.\n\nOmar Haddad\n\n"
        "Omar Haddad Photo: Supplied / Harbour Air\n\n"
        '"There is no doubt customers have more choice now."\n',
        [("There is no doubt", "omar-haddad")],
    ),
    (
        'Rents rose by a tenth in the city.\n\n"There is no doubt customers have more choice now."\n',
        [("There is no doubt", None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), INTRODUCED_SPEAKERS)
def test_a_quote_introduced_by_the_paragraph_before(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers_of(body, expected) == expected


# A speaker described instead of named again (`said the former …`, `the 45-year-old said`) is the person
# speaking in the passage; with no one speaking before, the description names no one.
EPITHET_SPEAKERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'Chief executive Omar Haddad said he had "no baggage" as he took over.\n\n'
        '"We must stay relevant," said the former sales director of the Harbour Club.\n',
        [("no baggage", "omar-haddad"), ("We must stay relevant", "omar-haddad")],
    ),
    (
        "Rents rose by a tenth in the city.\n\n"
        '"We must stay relevant," said the former sales director of the Harbour Club.\n',
        [("We must stay relevant", None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), EPITHET_SPEAKERS)
def test_a_speaker_described_again(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected


def test_a_lone_straight_mark_after_punctuation_closes_a_quote_that_began_the_paragraph() -> None:
    body = (
        'Minister Omar Haddad presented the budget on Friday. "Farm loans will be waived," he said.\n\n'
        'The budget also cuts power bills by half for homes. This will cost Rs 400 crore," Haddad added.\n\n'
        'Fares rose 5% on the "express" line.\n'
    )
    record = record_of(HEADLINE + body)
    quotes = [
        (quote.text[:20], quote.speaker.entity_id if quote.speaker else None) for quote in record.quotes
    ]
    assert quotes[:2] == [("Farm loans will be w", "omar-haddad"), ("The budget also cuts", "omar-haddad")]


# An exclamation shouted by a person is a quote however short and capitalized; words a person ends or opens
# their remarks with are theirs.
SHOUTED_AND_REMARKS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'Mayor Omar Haddad cast his vote last and yelled "YES!" as the room cheered.\n',
        [("YES!", "omar-haddad")],
    ),
    (
        'At a news conference, Mayor Omar Haddad ended his remarks with "Long live the harbour and its workers."\n',
        [("Long live the harbour", "omar-haddad")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SHOUTED_AND_REMARKS)
def test_shouted_words_and_remarks(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected


def test_a_title_case_verb_after_to_in_a_statement_is_spoken() -> None:
    body = (
        'In a foreword to the plan, Mayor Omar Haddad said he would go on with his work to "Fix Dunmore".\n\n'
        "The plan also covers the harbour.\n\n"
        '"Now we finish the job."\n\n'
        'Omar Haddad said he watched "Harbour Nights" on Sunday.\n'
    )
    quotes = [
        (quote.text, quote.speaker.entity_id if quote.speaker else None)
        for quote in record_of(HEADLINE + body).quotes
    ]
    assert quotes == [("Fix Dunmore", "omar-haddad"), ("Now we finish the job.", "omar-haddad")]


# A lede's role at a named body, with no name, is the one person the story names in that role further on;
# a role at another body names no one the story names (a role the story gives no one is the body speaking).
def _lede(role: str) -> str:
    return (
        f"Despite the cut, {role} said growth in the region was 'the envy of many'.\n\n"
        "The Harbour Fund cut its forecast on Tuesday.\n\n"
        '"Our main forecast is still a soft landing," said Omar Haddad, the Harbour Fund chief economist.\n'
    )


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("a chief economist for the Harbour Fund", "omar-haddad"),
        ("a chief economist for the Dunmore Bank", None),
        ("a spokesperson for the Harbour Fund", "harbour-fund"),
    ],
)
def test_a_lede_role_named_further_on(role: str, speaker: str | None) -> None:
    quotes = record_of(HEADLINE + _lede(role)).quotes
    assert quotes[0].text.startswith("the envy of many")
    assert (quotes[0].speaker.entity_id if quotes[0].speaker else None) == speaker
