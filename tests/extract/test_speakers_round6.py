"""Quote speakers, round 6: rules kept only when they fixed a miss on a set they were not read from.

Invented passages, one or more per rule; docs/evaluation.md ("Quotes, speakers, publisher and dates, round 6")
lists the misses that suggested and confirmed each.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import speakers_of

# (rule, body, (opening words, speaker id) of each quote)
GOING_ON_BEFORE_QUOTE: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "`The union added,` before its quote is the union named before",
        "Westvale Rail tabled a new offer to the Amalgamated Union of Signal Workers on Monday.\n\n"
        "“We will study the offer closely,” a statement from the workers said.\n\n"
        "The union added, “Westvale Rail walked away from the table twice this month and we expect better.”\n",
        [
            ("We will study the offer", None),
            ("Westvale Rail walked away", "amalgamated-union-of-signal-workers"),
        ],
    ),
    (
        "`The courts body added that` reaches a short phrase in its clause",
        "The Courts Agency published its yearly report on Friday.\n\n"
        "The report said waiting times fell.\n\n"
        "The courts body added that new judges let a long trial go on with “minimal” delay to other cases.\n",
        [("minimal", "courts-agency")],
    ),
    (
        "`The agency says` opens no quote of a body named paragraphs above",
        "The Courts Agency published its yearly figures on Friday.\n\n"
        "Recorded cases rose by 4 per cent.\n\n"
        "The agency says they were the “highest case numbers and shortest waits since 2004”.\n",
        [("highest case numbers", None)],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), GOING_ON_BEFORE_QUOTE)
def test_going_on_before_quote(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
WOVEN_QUOTES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a quote the reported sentence runs into is the verb's subject's, however far the verb",
        "Prime Minister Tomas Varga chaired the meeting on Friday.\n\n"
        "Mr Varga said it was regrettable that even though the country was a large grower of rice, it was "
        "buying grain abroad because of “poor planning and slow decisions in the ministries”.\n",
        [("poor planning and slow decisions", "tomas-varga")],
    ),
    (
        "a quote set off by a comma far from the verb is no part of the reported sentence",
        "Prime Minister Tomas Varga chaired the meeting on Friday.\n\n"
        "Mr Varga said it was regrettable that even though the country was a large grower of rice, it was "
        "buying grain abroad from neighbours, “Poor planning and slow decisions in the ministries”.\n",
        [("Poor planning and slow decisions", None)],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), WOVEN_QUOTES)
def test_woven_quotes(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
STATEMENT_VERB_FORMS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "`describes` attributes as `described` does",
        "Harbour Dynamics describes the new ferry as “quiet, fast and built for the northern routes”.\n",
        [("quiet, fast and built", "harbour-dynamics")],
    ),
    (
        "`shared` after a quote names its speaker",
        "Statistician Mona Ferreira presented the survey on Monday.\n\n"
        "“When examined by region, the rate was highest in the north at 9 per cent,” Ferreira shared.\n",
        [("When examined by region", "mona-ferreira")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), STATEMENT_VERB_FORMS)
def test_statement_verb_forms(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
ROLE_AT_BODY: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a body's lowercase role before the verb is the one person holding it",
        "HPD commissioner says officers will “walk the beat again” this summer.\n\n"
        "Harbour Police Department Commissioner Dana Whitlock told reporters that the force would hire.\n\n"
        "The Harbour Police Department (HPD) has 900 officers.\n\n"
        "HPD commissioner says officers will “walk the beat again” this summer.\n",
        [("walk the beat again", "dana-whitlock"), ("walk the beat again", "dana-whitlock")],
    ),
    (
        "a role no one holds leaves the body speaking",
        "The Harbour Police Department released its figures on Monday.\n\n"
        "Harbour Police Department spokesman says officers will “walk the beat again” this summer.\n",
        [("walk the beat again", "harbour-police-department")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), ROLE_AT_BODY)
def test_role_at_body(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
CLAUSE_SUBJECTS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a group opening a clause after the person is the verb's subject, unnamed",
        "Provost Lena Osei presented the budget on Monday.\n\n"
        "Trustees could barely hear Osei over the video link as students shouted “fees must fall” outside.\n",
        [("fees must fall", None)],
    ),
    (
        "the person before the verb stays its subject without such a clause",
        "Provost Lena Osei presented the budget on Monday.\n\n"
        "Over the noise of the video link, Osei told trustees that fees must “reflect real costs”.\n",
        [("reflect real costs", "lena-osei")],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), CLAUSE_SUBJECTS)
def test_clause_subjects(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
OFFICER_REFERENCES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "`the senior officer` after a quote of a ranked officer is that officer",
        "Detective Inspector Rhona Baird said 40 people were arrested.\n\n"
        "She said officers had searched 12 homes: “We will keep going.”\n\n"
        "The senior officer added: “Drug dealing harms every street in this city.”\n",
        [("We will keep going", "rhona-baird"), ("Drug dealing harms", "rhona-baird")],
    ),
    (
        "`the officer` after a quote of someone holding no rank stays unnamed",
        "Council leader Rhona Baird said 40 homes were built.\n\n"
        "She said builders had finished early: “We will keep going.”\n\n"
        "The senior officer added: “Planning delays harm every street in this city.”\n",
        [("We will keep going", "rhona-baird"), ("Planning delays harm", None)],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), OFFICER_REFERENCES)
def test_officer_references(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule


# (rule, body, (opening words, speaker id) of each quote)
DOCUMENT_AUTHORS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "`a statement from X reads` after its quote is X, a body no extractor lists",
        "Exam results were released on Friday.\n\n"
        "“These cases come from candidates copying from one another,” a statement from Keneb reads.\n",
        [("These cases come from", "keneb")],
    ),
    (
        "`said an official statement issued by the X Office` is that office",
        "The minister met the regulator on Friday.\n\n"
        "“The minister was told that revenue rose by 17 per cent to Rs850 billion,” said an official statement "
        "issued by the Finance Office.\n\n"
        "“Subscribers reached 90 million in 2023,” the regulator's chief was quoted as saying.\n",
        [("The minister was told", "finance-office"), ("Subscribers reached", None)],
    ),
    (
        "a statement with no author named stays unnamed",
        "The minister met the regulator on Friday.\n\n"
        "“Revenue rose by 17 per cent to Rs850 billion,” said an official statement.\n",
        [("Revenue rose by 17 per cent", None)],
    ),
]


@pytest.mark.parametrize(("rule", "body", "expected"), DOCUMENT_AUTHORS)
def test_document_authors(rule: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body, expected) == expected, rule
