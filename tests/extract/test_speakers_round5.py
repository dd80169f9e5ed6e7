"""Quote speakers, round 5: rules kept only when they fixed a miss on a set they were not read from.

Invented passages, one or more per rule; docs/evaluation.md ("Quotes and speakers, round 5") lists the misses that
suggested and confirmed each.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import speakers_of

# (rule, body, (opening words, speaker id) of each quote)
REFERRED_SPEAKERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "`the thinktank said` is the body named with that noun before",
        "The Harbour Policy Institute thinktank said on Monday that rents would rise again.\n\n"
        '"At the moment 3 million tenants are behind on rent," the thinktank said.\n',
        [("At the moment 3 million tenants", "harbour-policy-institute")],
    ),
    (
        "`the union added` after the quote is the union named before, even inside a quote",
        "“Negotiators for the Amalgamated Union of Signal Workers have received the offer,” Westvale Rail said.\n\n"
        '"Westvale Rail walked away from the table for the second time this month," the union added.\n',
        [
            ("Negotiators for the Amalgamated", "westvale-rail"),
            ("Westvale Rail walked away", "amalgamated-union-of-signal-workers"),
        ],
    ),
    (
        "a modifier names the body when the noun does not (`the courts body`)",
        "The Courts Agency published its yearly figures, and Judge Ada Morrow welcomed them.\n\n"
        '"New judges let long trials go on with little delay to other cases," the courts body added.\n',
        [("New judges let long trials", "courts-agency")],
    ),
    (
        "before its quote, a body noun from paragraphs above opens no quote of that body",
        "The Courts Agency published its yearly figures on Friday.\n\n"
        "Recorded cases rose by 4 per cent.\n\n"
        "The agency says they were the “highest case numbers and shortest waits since 2004”.\n",
        [("highest case numbers", None)],
    ),
    (
        "`the statement said` goes on with the one whose statement the passage quotes",
        "Union president Mara Quill said in a statement that members would “carefully weigh the offer”.\n\n"
        "“We will report back once the review is complete,” the statement said.\n",
        [("carefully weigh the offer", "mara-quill"), ("We will report back", "mara-quill")],
    ),
    (
        "`the report stated` is the body whose report the text names by its possessive",
        "The Courts Agency published its figures on Tuesday, and the agency's annual report named the delays.\n\n"
        "“Waiting times fell in every district court during the year,” the report stated.\n",
        [("Waiting times fell", "courts-agency")],
    ),
    (
        "`the board said` after the board named by its owner's possessive goes on with the owner",
        "Rates were held on Thursday.\n\n"
        '"Growth has slowed further," the NRB\'s monetary policy board said of its decision.\n\n'
        'But the board said prices continue "to ease as expected," citing lower fuel costs.\n',
        [("Growth has slowed", "nrb"), ("to ease as expected", "nrb")],
    ),
    (
        "a noun no body named before has stays unnamed",
        "Ministers met on Monday.\n\n" + '"We expect a hard winter," the thinktank said.\n',
        [("We expect a hard winter", None)],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), REFERRED_SPEAKERS)
def test_referred_speaker(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
UNNAMED_GROUP_SPEAKERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a plural capitalized only to open the sentence is a group the text leaves unnamed",
        'College lecturers described the new timetable as "unworkable" on Monday.\n',
        [("unworkable", None)],
    ),
    (
        "a body's name keeps every word capitalized",
        'Harbour Lecturers described the new timetable as "unworkable" on Monday.\n',
        [("unworkable", "harbour-lecturers")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), UNNAMED_GROUP_SPEAKERS)
def test_unnamed_group_speaker(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


def test_a_short_given_name_shares_the_formal_names_entity() -> None:
    body = (
        "Airport chief executive Kenny Dorran presented the results.\n\n"
        '"It was a good year for our passengers," said Kenny Dorran.\n'
    )
    assert speakers_of(body, [("It was a good year", "kenneth-dorran")]) == [
        ("It was a good year", "kenneth-dorran")
    ]
