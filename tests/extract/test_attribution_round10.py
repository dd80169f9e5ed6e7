"""Attribution, round 10: the rulings before blind21, blind22 and blind23 (presenting states the figures,
reacting is not stating, a presentation that gives no figure opens its report, circumstances are the
article's voice, a caption is no paragraph, a body's own result names it), the states and provinces of more
countries as places, a place that reports a figure having had it, and a one-word name after an office's title
as a person's.

Invented passages, each rule with a row where it applies and one near case where it must not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Harbour Figures Out\n\n"

# (rule, passage, figure, source name or None)
CASES = [
    (
        "whoever presents a budget states the figures the sentence gives for it",
        "Finance Minister Ana Ruiz presented a $4.2 billion budget on Friday, 12.5% bigger than last year.",
        "12.5%",
        "Ana Ruiz",
    ),
    (
        "a body that unveils a plan states its figures",
        "The Marlow City Council unveiled a $30 million housing plan on Monday.",
        "$30 million",
        "Marlow City Council",
    ),
    (
        "presenting something that is no document of figures states nothing",
        "Mayor Ana Ruiz presented a petition with 5,000 signatures to the council.",
        "5,000",
        None,
    ),
    (
        "delivering goods states nothing",
        "The Marlow Port Authority delivered 500 tonnes of grain last week.",
        "500",
        None,
    ),
    (
        "a figure the subject reacts to is not the subject's, named first by title and comma",
        "The Treasurer, Jo Rees, brushed off concern about a 0.1 per cent climb in unemployment, saying the "
        "rate was holding at 5.6 per cent.",
        "0.1 per cent",
        None,
    ),
    (
        "the figures inside what the reacting subject says are the subject's",
        "The Treasurer, Jo Rees, brushed off concern about a 0.1 per cent climb in unemployment, saying the "
        "rate was holding at 5.6 per cent.",
        "5.6 per cent",
        "Jo Rees",
    ),
    (
        "a state that recorded a figure went through it",
        "This year Kerala recorded a 91.5 per cent pass rate.",
        "91.5 per cent",
        None,
    ),
    (
        "a province that reported a figure had it",
        "Sindh reported 312 new cases on Monday.",
        "312",
        None,
    ),
    (
        "a place that reported a figure had it; the officials who said so are the source",
        "Kerala reported a voter turnout of 71.9 per cent, officials of the Election Commission said.",
        "71.9 per cent",
        "Election Commission",
    ),
    (
        "a one-word name after an office's title is a person, who stops at the paragraph's end",
        "Arrivals rose 2.8 percent, BPS head Suharto noted on Monday.\n\nArrivals from China reached 2.07 million.",
        "2.07 million",
        None,
    ),
    (
        "a one-word name after a word for a company is the company, which carries past the paragraph",
        "Revenue rose 7.9 percent, IT major Tarnsoft reported on Monday.\n\nOperating profit reached $2.1 million.",
        "$2.1 million",
        "Tarnsoft",
    ),
    (
        "a person who presented a report is the source of its figures after it in the paragraph",
        "Sheriff Ana Ruiz presented her department's annual report on Monday. Deputies answered 46 overdose "
        "calls.",
        "46",
        "Ana Ruiz",
    ),
    (
        "a person who presented a report stops at the end of the paragraph",
        "Sheriff Ana Ruiz presented her department's annual report on Monday.\n\nDeputies answered 46 overdose "
        "calls.",
        "46",
        None,
    ),
    (
        "a body that released a census carries past paragraphs",
        "The Marlow Statistics Office (MSO) released the outcomes of the general census on Monday.\n\nThe "
        "population grew by 705,341 in five years.",
        "705,341",
        "Marlow Statistics Office",
    ),
    (
        "a paragraph opening on people by their nations goes on with the body's report",
        "Arrivals rose 12.7 per cent, figures from the Marlow Statistics Office show.\n\nItalian and Irish "
        "tourists each spent an average of €549.",
        "€549",
        "Marlow Statistics Office",
    ),
    (
        "a paragraph opening on another named body stops it",
        "Arrivals rose 12.7 per cent, figures from the Marlow Statistics Office show.\n\nTarn Airways carried "
        "5,400 passengers.",
        "5,400",
        None,
    ),
    (
        "a figure in the circumstances of a statement is the article's voice",
        "After meeting the mayor for about 90 minutes, Superintendent Jo Rees told reporters 12 people were shot.",
        "90",
        None,
    ),
    (
        "the figures in what is said stay the speaker's",
        "After meeting the mayor for about 90 minutes, Superintendent Jo Rees told reporters 12 people were shot.",
        "12",
        "Jo Rees",
    ),
    (
        "a figure in an opening clause about the figures themselves is the statement's content",
        "After falling 5 percent in May, prices rose 2 percent in June, the Marlow Statistics Office said.",
        "5 percent",
        "Marlow Statistics Office",
    ),
    (
        "a photo caption between paragraphs neither stops nor carries a body's report",
        "Arrivals rose 12.7 per cent, the Marlow Tourism Ministry said.\n\nAna Ruiz (left) and Jo Rees (centre) "
        "plant trees at the launch.\n\nRevenue reached $6 billion.",
        "$6 billion",
        "Marlow Tourism Ministry",
    ),
    (
        "a body's own result, owned with a possessive, names the body",
        'The Marlow Port Company opened a berth.\n\n"We are pleased," said chief executive Jo Rees.\n\n'
        "Marlow Port Company's EBITDA rose 8% to €70 million.",
        "€70 million",
        "Marlow Port Company",
    ),
    (
        "a place's result names no source",
        "Kenya's exports rose 5% in May.",
        "5%",
        None,
    ),
    (
        "a person's income names no source",
        "Jo Rees's income rose 3% last year.",
        "3%",
        None,
    ),
    (
        "a state that states a figure is its government",
        "Selangor anticipates a deficit of RM300 million next year.",
        "RM300 million",
        "Selangor",
    ),
]


@pytest.mark.parametrize(("rule", "passage", "figure", "source"), CASES, ids=[case[0] for case in CASES])
def test_round10_sources(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(HEADLINE + passage), figure)) == source
