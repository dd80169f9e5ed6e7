"""Who cited a figure: one invented passage per attribution rule, and the corpus gold."""

from __future__ import annotations

import re

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.eval import load_gold, score_document
from app.extract import extract_document
from app.extract.spans import word_pattern
from app.models import DocumentRecord, Statistic
from tests.extract.gold_cases import DATA, extracted

HEADLINE = "Council Weighs Plan For Fire Stations\n\n"


def _record(raw: str, outlet: str | None = None) -> DocumentRecord:
    return extract_document(RawDocument("d", raw, SuppliedMetadata(outlet=outlet), "t"))


def _figure(record: DocumentRecord, figure: str) -> Statistic:
    return next(statistic for statistic in record.statistics if statistic.text.endswith(figure))


# (rule, passage, figure, source name or None, method)
ATTRIBUTION_CASES = [
    (
        "quote",
        HEADLINE + '"We hired 300 nurses this year," Health Minister Jo Rees said.',
        "300",
        "Jo Rees",
        "quote",
    ),
    (
        "verb after the source",
        HEADLINE + "Mayor Tom Ruiz said 14 fire stations will close.",
        "14",
        "Tom Ruiz",
        "reporting_verb",
    ),
    (
        "verb after the figure",
        HEADLINE + "Some 14 fire stations will close, Mayor Tom Ruiz said on Monday.",
        "14",
        "Tom Ruiz",
        "reporting_verb",
    ),
    (
        "inverted verb",
        HEADLINE + "Fourteen fire stations will close next year, said Mayor Tom Ruiz.",
        "Fourteen",
        "Tom Ruiz",
        "reporting_verb",
    ),
    (
        "passive",
        HEADLINE + "A total of 212 burglaries were reported by the Harlow Police Department in March.",
        "212",
        "Harlow Police Department",
        "reporting_verb",
    ),
    (
        "according to",
        HEADLINE + "According to the Office for National Statistics, rents rose 7.5 percent last year.",
        "7.5 percent",
        "Office for National Statistics",
        "according_to",
    ),
    (
        "possessive source phrase",
        HEADLINE + "The Office for National Statistics' latest figures put unemployment at 4.2 percent.",
        "4.2 percent",
        "Office for National Statistics",
        "source_phrase",
    ),
    (
        "data released by",
        HEADLINE
        + "Data released by the Ministry of Health on Friday put the waiting list at 41,200 patients.",
        "41,200",
        "Ministry of Health",
        "source_phrase",
    ),
    (
        "a report by",
        HEADLINE + "A report by the Grattan Institute counted 3,100 empty homes in the city.",
        "3,100",
        "Grattan Institute",
        "source_phrase",
    ),
    (
        "headline colon",
        "Red Cross: 40 people killed in flooding\n\nRescue teams worked through the night.",
        "40",
        "Red Cross",
        "source_phrase",
    ),
    (
        "continued in the paragraph",
        HEADLINE + "Mayor Tom Ruiz said the city would close stations. Fourteen stations will shut by June.",
        "Fourteen",
        "Tom Ruiz",
        "continued",
    ),
    (
        "data carried into the next paragraph",
        HEADLINE
        + "The county led the state in evictions, according to data released by the Fair Housing Council.\n\n"
        + "Its courts heard 1,240 eviction cases in the first quarter.",
        "1,240",
        "Fair Housing Council",
        "continued",
    ),
    (
        "the figures also showed",
        HEADLINE
        + "The Fair Housing Council said evictions had doubled.\n\n"
        + "The figures also showed 312 families were moved into shelters.",
        "312",
        "Fair Housing Council",
        "continued",
    ),
    (
        "producer over outlet",
        HEADLINE + "According to a poll conducted for the Daily Ledger by Ipsos, 47 percent back the plan.",
        "47 percent",
        "Ipsos",
        "according_to",
    ),
    (
        "pronoun",
        HEADLINE + "Mayor Tom Ruiz spoke on Monday. He said 14 fire stations will close.",
        "14",
        "Tom Ruiz",
        "reporting_verb",
    ),
    (
        "unnamed source with a body",
        HEADLINE + "A spokesperson for the Home Office said 1,200 people crossed in small boats.",
        "1,200",
        "Home Office",
        "reporting_verb",
    ),
    (
        "a person over the body in their appositive",
        HEADLINE
        + "State Rep. Gordon Maddox, R-Gaylord, who chairs the House Energy Committee, said the state "
        + "would spend $250 million on broadband.",
        "$250 million",
        "Gordon Maddox",
        "reporting_verb",
    ),
    (
        "a source no extractor listed",
        HEADLINE + "Turnout reached 61 percent, according to Ipsos.",
        "61 percent",
        "Ipsos",
        "according_to",
    ),
    (
        "a body among unnamed critics",
        HEADLINE
        + "Critics, including the Fair Housing Council, said 40 percent of the savings go to landlords.",
        "40 percent",
        "Fair Housing Council",
        "reporting_verb",
    ),
    (
        "an official of a body",
        HEADLINE + "As many as 90 flights were cancelled, a Heathrow Airport official told reporters.",
        "90",
        "Heathrow Airport",
        "reporting_verb",
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure", "source", "method"),
    [case[1:] for case in ATTRIBUTION_CASES],
    ids=[case[0] for case in ATTRIBUTION_CASES],
)
def test_attribution_rule(passage: str, figure: str, source: str, method: str) -> None:
    statistic = _figure(_record(passage), figure)
    assert statistic.attributed_to is not None, statistic
    assert statistic.attributed_to.name == source, statistic.attributed_to
    assert statistic.attribution == method
    named = statistic.attributed_to.evidence
    assert named is not None and passage[named.start : named.end] == named.text


# (rule, passage, figure): the article's own voice, or a source the text leaves unnamed.
NULL_CASES = [
    ("own voice", HEADLINE + "The city has 14 fire stations and 300 firefighters.", "14"),
    ("unnamed source", HEADLINE + "Officials said 14 fire stations will close.", "14"),
    ("unnamed spokesperson", HEADLINE + "A spokesperson said 14 fire stations will close.", "14"),
    (
        "never backward",
        HEADLINE + "The city has 14 fire stations. Mayor Tom Ruiz said two will close.",
        "14",
    ),
    (
        "stops at a new paragraph",
        HEADLINE + "Mayor Tom Ruiz said two stations will close.\n\nThe city has 14 fire stations.",
        "14",
    ),
    (
        "stops at a new source",
        HEADLINE
        + "According to data released by the Fair Housing Council, evictions doubled.\n\n"
        + "Officials said 312 families were moved into shelters.",
        "312",
    ),
    (
        "a body's report stops where a person takes over",
        HEADLINE
        + "Evictions doubled, according to data released by the Fair Housing Council.\n\n"
        + "Councilmember Jo Park praised a program that employs 45 outreach workers.",
        "45",
    ),
    (
        "a headline source stays in the headline",
        "Measure K: What the school bond would pay for\n\nThe bond would rebuild 14 schools.",
        "14",
    ),
    (
        "a place is not a speaker",
        HEADLINE + "Some 300 jobs will go, one warehouse worker in Tacoma said.",
        "300",
    ),
    (
        "the article's own outlet",
        HEADLINE + "The Daily Ledger reported that 14 fire stations will close.",
        "14",
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure"), [case[1:] for case in NULL_CASES], ids=[case[0] for case in NULL_CASES]
)
def test_no_named_source(passage: str, figure: str) -> None:
    statistic = _figure(_record(passage, outlet="Daily Ledger"), figure)
    assert statistic.attributed_to is None, statistic.attributed_to
    assert statistic.attribution is None


def test_corpus_figures_carry_their_gold_sources() -> None:
    """Every figure of the five corpus articles is credited to the source its gold names."""
    for document in load_gold(DATA / "gold"):
        attribution = score_document(extracted(document.article), document.gold)["attribution"]
        assert attribution.compared == len(document.gold["statistics"]), document.name
        assert attribution.agreements == attribution.compared, (document.name, attribution.misses)


# (case, passage, opening words of the quote, speaker id or None)
SPEAKER_CASES = [
    (
        "paragraph continues the previous speaker",
        HEADLINE
        + 'Mayor Ruth Abara opened the session. "The budget is balanced," she said.\n\n'
        + '"We did it without raising taxes on families who are already stretched thin."',
        "We did it without raising",
        "ruth-abara",
    ),
    (
        "surname after a long quote, full name given earlier",
        HEADLINE
        + "Pastor Derrick Vale of Hope Chapel spoke after the vote.\n\n"
        + '"Down is not the same as safe, and every family in this congregation knows it," Vale said.',
        "Down is not the same",
        "derrick-vale",
    ),
    (
        "spokesperson of another country's ministry named after a long quote",
        HEADLINE
        + '"We will not accept any deal that leaves our farmers worse off than before the blockade began," '
        + "said Kenyan Foreign Ministry spokesperson Wanjiru Odhiambo.",
        "We will not accept any deal",
        "wanjiru-odhiambo",
    ),
    (
        "two officials near one quote",
        HEADLINE
        + "Sen. Ann Kline, D-N.Y., who chairs the Democratic Senatorial Campaign Committee, told reporters "
        + 'Tuesday: "We are going to compete for every single vote in this state."',
        "We are going to compete",
        "ann-kline",
    ),
    (
        "a person whose appositive names a body",
        HEADLINE
        + "Walter Jessup, 71, a retired accountant who leads the Rosedale Taxpayers Association, called the "
        + 'bond "a blank check with a thirty-year tail."',
        "a blank check",
        "walter-jessup",
    ),
    (
        "an unnamed spokesperson of a body",
        HEADLINE
        + "A Department of Health and Social Care spokesperson said: "
        + '"We are investing in surgical hubs to cut waiting lists."',
        "We are investing",
        None,
    ),
]


@pytest.mark.parametrize(
    ("passage", "opening", "speaker_id"),
    [case[1:] for case in SPEAKER_CASES],
    ids=[case[0] for case in SPEAKER_CASES],
)
def test_quote_speaker(passage: str, opening: str, speaker_id: str | None) -> None:
    quote = next(quote for quote in _record(passage).quotes if quote.text.startswith(opening))
    assert (quote.speaker.entity_id if quote.speaker else None) == speaker_id, quote.speaker


def test_figure_in_a_continued_quote_takes_its_speaker() -> None:
    passage = (
        HEADLINE
        + 'Mayor Ruth Abara opened the session. "The budget is balanced," she said.\n\n'
        + '"We hired 300 firefighters without raising taxes on a single family."'
    )
    statistic = _figure(_record(passage), "300")
    assert statistic.attributed_to is not None and statistic.attributed_to.entity_id == "ruth-abara"
    assert statistic.attribution == "quote"


def test_word_pattern_matches_exactly_its_words() -> None:
    words = ["say", "said", "says", "saying", "show", "shown", "told"]
    pattern = re.compile(rf"(?:{word_pattern(words)})")
    assert all(pattern.fullmatch(word) for word in words)
    assert not any(pattern.fullmatch(word) for word in ["sa", "sayings", "show n", "tol", ""])
