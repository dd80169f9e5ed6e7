"""Who cited a figure and who spoke a quote: the rules added after blind9, one invented passage each."""

from __future__ import annotations

import pytest

from app.models import DocumentRecord, Statistic
from tests.extract.pages import record_of

HEADLINE = "Harbour Board Weighs Dredging Plan\n\n"


def _figure(record: DocumentRecord, figure: str) -> Statistic:
    return next(statistic for statistic in record.statistics if statistic.text.endswith(figure))


# (rule, passage, figure, source name)
SOURCE_CASES = [
    (
        "a short name in another case stands for the body that defines it in brackets",
        "Valdoria: Estat says wages rose 4.1%\n\n"
        + "Hourly wages rose by 4.1% in May, the National Bureau of Wage Statistics (ESTAT) reported Tuesday.",
        "4.1%",
        "National Bureau of Wage Statistics",
    ),
    (
        "an acronym the text spells out is the body by its whole name",
        HEADLINE
        + "About 40,000 dockers marched, according to the General Union of Port Workers (SGTP).\n\n"
        + "In the north, the SGTP reports 12,000 marchers.",
        "12,000",
        "General Union of Port Workers",
    ),
    (
        "a place heading the headline is its topic, the verb after it names the source",
        "Portugal: Grain Board says exports fell 12%\n\nThe harvest was late this year.",
        "12%",
        "Grain Board",
    ),
    (
        "a statistics office credited after its figures goes on into later paragraphs",
        HEADLINE
        + "Prices rose 2.3% in May, the National Statistics Office reported on Tuesday.\n\n"
        + "Transport led the increase with 3.4%, followed by housing at 2.9%.",
        "3.4%",
        "National Statistics Office",
    ),
    (
        "according to him",
        HEADLINE
        + "Port director Anita Varga spoke at the summit on Wednesday.\n\n"
        + "According to him, the port handled 1.2 million containers last year.",
        "1.2 million",
        "Anita Varga",
    ),
    (
        "a name set off by commas before has",
        HEADLINE
        + "Minister of State for Ports, Anita Varga, has insisted that the port handled 1.2 million containers.",
        "1.2 million",
        "Anita Varga",
    ),
    (
        "two people joined by and: the first leads",
        HEADLINE
        + "Governor Lena Marsh opened the meeting.\n\n"
        + "Marsh and Deputy Governor Tomas Weller said growth of 0.4% in the quarter came from exports.",
        "0.4%",
        "Lena Marsh",
    ),
    (
        "a bare force noun as subject",
        HEADLINE + "Police have also noted a slight fall in attrition, to 4.8% in March.",
        "4.8%",
        "Police",
    ),
    (
        "briefed",
        HEADLINE
        + "In March, the Port Authority briefed ministers on the dredging backlog, which grew by 14% last year.",
        "14%",
        "Port Authority",
    ),
    (
        "attributes",
        HEADLINE
        + "Harbour master Ruth Abara attributes the 12 percent decline to silting. For instance, only 37 ships docked "
        + "in June.",
        "37",
        "Ruth Abara",
    ),
    (
        "the agency with no agency named is the body the text goes on with",
        HEADLINE
        + "The Coastal Emergency Council reported 58 deaths on Monday.\n\n"
        + "The agency also reported that 18 people were missing.",
        "18",
        "Coastal Emergency Council",
    ),
    (
        "a passive's agents, including one named",
        HEADLINE
        + "The board's figure is lower than the 2.1 percent widely projected by several lenders, including the "
        + "Asian Development Bank (ADB).",
        "2.1 percent",
        "Asian Development Bank",
    ),
    (
        "a title set beside a name after according to",
        HEADLINE
        + "Some 154 officers were hurt, according to a report posted by the Minister of Ports, Maria Velic.",
        "154",
        "Maria Velic",
    ),
    (
        "a body that sees a chance forecasts it",
        HEADLINE + "The Coastal Weather Office sees a 70% probability of a storm surge this winter.",
        "70%",
        "Coastal Weather Office",
    ),
    (
        "an outlook is a report",
        HEADLINE + "The Harbour Board's freight outlook remained at 3.5 percent growth for the year.",
        "3.5 percent",
        "Harbour Board",
    ),
    (
        "a body that revises its forecast",
        HEADLINE
        + "The Reserve Bank of Valdoria (RBV) lowered this year's growth forecast to 1.4 percent from 1.6 "
        + "percent on Thursday.",
        "1.4 percent",
        "Reserve Bank of Valdoria",
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure", "source"),
    [case[1:] for case in SOURCE_CASES],
    ids=[case[0] for case in SOURCE_CASES],
)
def test_source_rule(passage: str, figure: str, source: str) -> None:
    statistic = _figure(record_of(passage), figure)
    assert statistic.attributed_to is not None, statistic
    assert statistic.attributed_to.name == source, statistic.attributed_to


# (rule, passage, figure): no one named states the figure.
NO_SOURCE_CASES = [
    (
        "a place heading the headline is no source",
        "Portugal: Exports Fall 12% As Harvest Fails\n\nThe harvest was late this year.",
        "12%",
    ),
    (
        "claimed victory is an act",
        HEADLINE + "Mayor Lena Marsh claimed victory on Wednesday with 93% of the votes counted.",
        "93%",
    ),
    (
        "a storm that claimed lives states nothing",
        HEADLINE + "The storm claimed 12 lives along the coast.",
        "12",
    ),
    (
        "a group after the stops the source carried",
        HEADLINE
        + "In the capital, the Dockworkers Federation reports 4,000 marchers. In the north, the unions counted "
        + "2,000 marchers and the prefecture 800.",
        "2,000",
    ),
    (
        "a place that sees a figure goes through it",
        HEADLINE + "Portugal sees 300 wildfires in a typical summer.",
        "300",
    ),
    (
        "police that recorded offences went through them",
        HEADLINE + "Police recorded 5,400 offences in the district over the year.",
        "5,400",
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure"), [case[1:] for case in NO_SOURCE_CASES], ids=[case[0] for case in NO_SOURCE_CASES]
)
def test_no_source(passage: str, figure: str) -> None:
    statistic = _figure(record_of(passage), figure)
    assert statistic.attributed_to is None, statistic.attributed_to


# (case, passage, opening words of the quote, speaker id)
SPEAKER_CASES = [
    (
        "a quote left open over three paragraphs, attributed in its last one",
        HEADLINE
        + "Port director Anita Varga spoke at the summit.\n\n"
        + '"As a board, we decided to deepen the channel first.\n\n'
        + '"Nobody should be confused about the cost.\n\n'
        + '"We will finish by spring," Varga said.',
        "As a board",
        "anita-varga",
    ),
    (
        "a paragraph opening He said goes on with the speaker's turn",
        HEADLINE
        + '"Using last year as a benchmark, the port is safer," Harbour Master Ruth Abara said in a statement.\n\n'
        + "He said that as at June 30, collisions stood at 14 compared to 19 a year earlier.\n\n"
        + "The number of groundings stood at 6 over the same months.\n\n"
        + '"So while collisions are down, groundings have not moved at all this year.',
        "So while collisions",
        "ruth-abara",
    ),
    (
        "a closing mark typed before a word opens the quote",
        HEADLINE
        + "Port director Anita Varga spoke on Monday.\n\n"
        + "She noted that the figures reflect the ”strength of the new dredging schedule” in a dry year.",
        "strength of the new dredging",
        "anita-varga",
    ),
    (
        "highlighted then stating before a quoted phrase",
        HEADLINE
        + "Port director Anita Varga spoke on Monday.\n\n"
        + "She highlighted the yearly figure, stating that it marks “nine straight months of growth”.",
        "nine straight months",
        "anita-varga",
    ),
    (
        "a headline's quote is the person named before its colon",
        "Varga: Dredging backlog “does not look good”\n\n"
        + "Port director Anita Varga conceded that the backlog figures “are far from good” on Monday.",
        "does not look good",
        "anita-varga",
    ),
    (
        "a body no extractor listed says a quote (ruling before blind9)",
        HEADLINE
        + 'Looking at the whole year, Marisat indicates that "the average for 2025 is the third highest".',
        "the average for 2025",
        "marisat",
    ),
    (
        "a body's organ speaks for the body named",
        HEADLINE
        + '"Freight volumes have continued to slow," the Port Authority\'s planning department said on Thursday.',
        "Freight volumes have continued",
        "port-authority",
    ),
    (
        "a headline's role without its article is the one head the story names",
        "Freight remains 'stubbornly' low, says port chief, but adds that ships are returning\n\n"
        + "Anita Varga, head of the port authority, said on Thursday that ships were slowly returning.",
        "stubbornly",
        "anita-varga",
    ),
    (
        "a sentence opening according to the official is the person named before",
        HEADLINE
        + "Port director Anita Varga presented the figures on Monday.\n\n"
        + 'According to the official, the figures "show how urgent the dredging of the channel has become."',
        "show how urgent",
        "anita-varga",
    ),
    (
        "reveals introduces a quote",
        HEADLINE
        + 'In a statement, Anita Varga, deputy director of the port, reveals that "traffic set a new record '
        + 'in July".',
        "traffic set a new record",
        "anita-varga",
    ),
]


# (case, passage, opening words of a quote kept though its speaker is unnamed)
UNNAMED_SPEAKER_CASES = [
    (
        "British copy closes the quote before the comma",
        HEADLINE + "The harbour's silt is “a slow-motion disaster”, local skippers have warned this week.",
        "a slow-motion disaster",
    ),
    (
        "a quoted crosshead on its own line continues no one",
        HEADLINE
        + '"We will deepen the channel before the winter storms arrive," Anita Varga said.\n\n'
        + "'Dredging still well behind its schedule'\n\n"
        + "The board meets again in May.",
        "Dredging still well",
    ),
    (
        "termed",
        HEADLINE + "Investigators termed the scheme a “pump and dump” operation run from abroad.",
        "pump and dump",
    ),
]


@pytest.mark.parametrize(
    ("passage", "opening"),
    [case[1:] for case in UNNAMED_SPEAKER_CASES],
    ids=[case[0] for case in UNNAMED_SPEAKER_CASES],
)
def test_quote_of_an_unnamed_speaker(passage: str, opening: str) -> None:
    quote = next(quote for quote in record_of(passage).quotes if quote.text.startswith(opening))
    assert quote.speaker is None, quote.speaker


def test_a_headline_phrase_repeating_a_body_quote_is_that_quote_whoever_says_it() -> None:
    passage = (
        "Port targets 'very stretching', harbour boss warns\n\n"
        + "Anita Varga, head of the port authority, described the targets as \u201cvery stretching\u201d."
    )
    quotes = record_of(passage).quotes
    assert [quote.text for quote in quotes] == ["very stretching"], quotes


def test_a_conjunction_after_the_comma_opens_another_speaker_s_clause() -> None:
    passage = (
        HEADLINE
        + 'The Harbour Board said it was proof "silting is getting worse", while the skippers\' union '
        + 'said the port was "barely coping".'
    )
    quotes = record_of(passage).quotes
    assert all(quote.speaker is None or "union" not in quote.speaker.name for quote in quotes[:1]), quotes


@pytest.mark.parametrize(
    ("passage", "opening", "speaker_id"),
    [case[1:] for case in SPEAKER_CASES],
    ids=[case[0] for case in SPEAKER_CASES],
)
def test_quote_speaker(passage: str, opening: str, speaker_id: str) -> None:
    quote = next(quote for quote in record_of(passage).quotes if quote.text.startswith(opening))
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker_id, quote.speaker
