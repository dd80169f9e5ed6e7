"""Attribution, round 7: a person who relays a body's data is its source, and the cues read from blind12–15's
misses (docs/evaluation.md, "Attribution, round 7").

Invented passages, one or more per rule.
"""

from __future__ import annotations

import pytest

from app.extract.quotes import Speaker
from app.extract.source_names import addressed_people, fullest_name
from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Marlow Weighs Its Numbers\n\n"

# (rule, passage, figure, source name or None)
RELAY_CASES = [
    (
        "a person who reports a body's survey is the source of its figure",
        "National Statistician Dana Mapa reported the results of the Marlow Statistics Bureau's survey showing "
        "4.1% unemployment.",
        "4.1%",
        "Dana Mapa",
    ),
    (
        "a person who says what a body's data showed is the source",
        "Economist Jo Rees said data from the Marlow Statistics Bureau showed 12,000 jobs were added.",
        "12,000",
        "Jo Rees",
    ),
    (
        "a person who cites a body is the source",
        "Economist Jo Rees said 4% growth was recorded, citing data from the Marlow Statistics Bureau.",
        "4%",
        "Jo Rees",
    ),
    (
        "an unresolved `according to` inside a person's statement leaves her the source",
        "Minister Jo Rees said, according to the bureau's figures, that 12,000 jobs were added.",
        "12,000",
        "Jo Rees",
    ),
    (
        "the person is the source where she names the data first (`Citing X data, Ms Y said`)",
        "Analyst Ada Ling said rents rose 4 per cent.\n\nCiting Marlow Statistics Bureau data, Ms Ling said "
        "prices rose 1.2%.",
        "1.2%",
        "Ada Ling",
    ),
    (
        "the body's report she relayed is the body's when the text goes on with it",
        "National Statistician Dana Mapa reported the results of the Marlow Statistics Bureau's survey showing "
        "4.1% unemployment. The survey also found 12% of workers were part time.",
        "12%",
        "Marlow Statistics Bureau",
    ),
    (
        "a body's statement inside a person's is what she states",
        "Minister Jo Rees claimed that the Marlow Railways Board has reported only 73 accidents this year.",
        "73",
        "Jo Rees",
    ),
    (
        "a clause the article adds (`, while …`) is not her statement",
        "Economist Jo Rees said rents were high, while data from the Marlow Statistics Bureau showed 4% growth.",
        "4%",
        "Marlow Statistics Bureau",
    ),
    (
        "the producer wins over an outlet that relays it",
        "The news agency Marlow Wire reported 4% growth, citing the Marlow Statistics Bureau.",
        "4%",
        "Marlow Statistics Bureau",
    ),
]

VERB_CASES = [
    (
        "`observed that` states a figure",
        "Minister Jo Rees observed that more than 7,000 pupils failed the test.",
        "7,000",
        "Jo Rees",
    ),
    (
        "`affirmed that` states a figure",
        "Minister Jo Rees affirmed that the government has released $44 million for schools.",
        "$44 million",
        "Jo Rees",
    ),
    (
        "`outlined` states the figures it lists",
        "City manager Jo Rees outlined new spending, including $19 million for roads.",
        "$19 million",
        "Jo Rees",
    ),
    (
        "`declared` a dividend is an act, no statement",
        "Marlow Airways has declared a special dividend of 25 cents a share.",
        "25 cents",
        None,
    ),
    (
        "`claim`, the plural present, states a figure",
        "The Marlow Green Party claim fares have risen 3% since 2010.",
        "3%",
        "Marlow Green Party",
    ),
]

SUBJECT_CASES = [
    (
        "`X in a statement on Tuesday said`: the subject before where and when she said it",
        "Health minister Jo Rees in a statement on Tuesday said four people had died.",
        "four",
        "Jo Rees",
    ),
    (
        "a date in brackets and a comma after the time",
        "Health minister Jo Rees in a statement on Wednesday (May 24), said two deaths were recorded.",
        "two",
        "Jo Rees",
    ),
    (
        "a word for the body's kind between its name and the verb",
        "The Marlow Tenants charity estimates 4,000 people sleep rough.",
        "4,000",
        "Marlow Tenants",
    ),
    (
        "an inverted verb before a body no extractor listed",
        "Trade volumes surged to 83 million tonnes in 2019, revealed Marlow Harbour Customs on Saturday.",
        "83 million",
        "Marlow Harbour Customs",
    ),
    (
        "a reporting verb coordinated with the sentence's first verb takes its subject",
        "Chief Minister Jo Rees has toured the rain-hit areas on March 23 and announced a relief of Rs 10,000 "
        "per acre.",
        "Rs 10,000",
        "Jo Rees",
    ),
    (
        "a figure before the coordinated reporting verb is not credited by it",
        "Marlow Police arrested five people and said 12 more were sought.",
        "five",
        None,
    ),
    (
        "`the company` with no company listed is the body the text goes on with",
        "IT major Marlowsoft reported a 23 per cent rise in profit.\n\nThe company reported operating profit "
        "of Rs 5,064 crore.",
        "Rs 5,064 crore",
        "Marlowsoft",
    ),
    (
        "`the company` after a person is no one named",
        "Analyst Jo Rees said profit rose 23 per cent.\n\nThe company reported operating profit of Rs 5,064 crore.",
        "Rs 5,064 crore",
        None,
    ),
    (
        "the first of two bodies leads, described in lowercase by its owner and what it is of",
        "Marlow's ministry of health and the World Health Organization announced that 18 million children "
        "will be immunized.",
        "18 million",
        "ministry of health",
    ),
    (
        "a body in lowercase with neither owner nor complement is not named first",
        "The company and the Marlow Workers Union said 18 million were paid.",
        "18 million",
        "Marlow Workers Union",
    ),
    (
        "a day between an unlisted body's name and its verb",
        "Mayor Ana Ruiz said rents rose 3 per cent.\n\nMHB on Thursday also announced the launch of 8,700 flats.",
        "8,700",
        "MHB",
    ),
    (
        "an inverted verb before a day names no one",
        "Exports rose 4% to 83 million tonnes, said Monday.",
        "4%",
        None,
    ),
]

REPORT_CASES = [
    (
        "a place's figures inside the report a body released are the body's",
        "The Marlow Statistics Bureau released its survey on Friday, which showed Alberta's jobless numbers "
        "dropping to 5.7 per cent.",
        "5.7 per cent",
        "Marlow Statistics Bureau",
    ),
    (
        "a place's figures with no other source named are still the place's",
        "Alberta's jobless numbers dropped to 5.7 per cent.",
        "5.7 per cent",
        "Alberta",
    ),
    (
        "a report's title of several words after `released its`",
        "Marlow Harbour Board released its August 2023 Annual Shipping Survey, which showed 12 ships docked.",
        "12",
        "Marlow Harbour Board",
    ),
    (
        "a body no extractor listed that released a report",
        "Statistics Marlow released its August 2023 Labour Force Survey on Friday, which showed 4,000 jobs "
        "were added.",
        "4,000",
        "Statistics Marlow",
    ),
    (
        "`from` after `numbers of <noun>` names where the noun came from, no producer",
        "Increasing numbers of travelers from China pushed tourism spending up by 5 percent.",
        "5 percent",
        None,
    ),
    (
        "`based on X's report` names the report's owner, and the report goes on",
        "Average rents hit $2,986, based on the Marlow Housing Board's latest market snapshot. The most "
        "expensive homes cost $9,397, the report revealed.",
        "$9,397",
        "Marlow Housing Board",
    ),
    (
        "`based on` without an owner names no one",
        "The budget is based on current trends of 3% growth.",
        "3%",
        None,
    ),
    (
        "a written reply submitted by a body is its source, and its figures carry on",
        "In a written reply submitted by the Marlow Ministry of Energy, the government stated that the debt "
        "stood at $2.7 billion. Several measures cut charges by $260 million.",
        "$260 million",
        "Marlow Ministry of Energy",
    ),
]

LINK_LINE_CASES = [
    (
        "a line linking to another story does not stop a body's report",
        "Rents rose 6.5 per cent, according to the Marlow Statistics Bureau.\n\n"
        "READ MORE: Vacancies remain low as rents rise\n\nOne bedroom units reached $1,390.",
        "$1,390",
        "Marlow Statistics Bureau",
    ),
    (
        "a figure in a line linking to another story is in no one's name",
        "Mayor Ana Ruiz said rents rose 6.5 per cent.\n\n"
        "RELATED: Budget includes funding for 250 new officers\n\nFares rose 3 per cent.",
        "250",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"),
    RELAY_CASES + VERB_CASES + SUBJECT_CASES + REPORT_CASES + LINK_LINE_CASES,
)
def test_attribution_round7(rule: str, passage: str, figure: str, source: str | None) -> None:
    statistic = figure_of(record_of(HEADLINE + passage), figure)
    assert source_name(statistic) == source, rule


# (rule, actors as (name, is_person), the names read as people)
ADDRESSED_CASES = [
    (
        "a body's name opening on a form of address is a person's, and her fuller name too",
        [("Christine Ling", False), ("Ms Ling", False), ("Marlow Housing Board", False)],
        ["Christine Ling", "Ms Ling"],
    ),
    (
        "without a form of address a name stays as listed",
        [("Morgan Stanley", False), ("Marlow Housing Board", False)],
        [],
    ),
    (
        "a fuller name needs a given name the lexicon knows",
        [("Harbour Ling", False), ("Ms Ling", False)],
        ["Ms Ling"],
    ),
]


@pytest.mark.parametrize(("rule", "actors", "people"), ADDRESSED_CASES)
def test_addressed_people(rule: str, actors: list[tuple[str, bool]], people: list[str]) -> None:
    listed = [Speaker(name, None, 0, 0, is_person=is_person) for name, is_person in actors]
    assert [actor.name for actor in addressed_people(listed) if actor.is_person] == people, rule


# (rule, text, source name, the name written)
FULLEST_NAME_CASES = [
    (
        "a form of address and a surname take the fuller name the text gives",
        "Research head Christine Ling said so. Ms Ling added more.",
        "Ms Ling",
        "Christine Ling",
    ),
    ("no fuller name in the text: as written", "Ms Ling added more.", "Ms Ling", "Ms Ling"),
    (
        "a capitalized word that is no given name is no fuller name",
        "Rents in Toa Ling rose. Ms Ling added more.",
        "Ms Ling",
        "Ms Ling",
    ),
]


@pytest.mark.parametrize(("rule", "text", "name", "written"), FULLEST_NAME_CASES)
def test_fullest_name(rule: str, text: str, name: str, written: str) -> None:
    assert fullest_name(text, Speaker(name, None, 0, 0)).name == written, rule
