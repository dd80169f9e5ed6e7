"""Who cited a figure, after blind11: invented passages, one or more per rule."""

from __future__ import annotations

import pytest

from app.extract.spans import Sentences
from tests.extract.pages import figure_of, record_of, source_name

HEADLINE = "Valdoria Counts Its Visitors\n\n"


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "a country that recorded a figure went through it, after an opening phrase too",
        HEADLINE + "For the six months to June, Portugal recorded 812,400 visitors from abroad.",
        "812,400",
        None,
    ),
    (
        "a state that counted a figure went through it, wherever it stands",
        HEADLINE + "Over the winter, Ontario counted 4,210 new cases of the fever.",
        "4,210",
        None,
    ),
    (
        "a place that states a figure is still its government",
        HEADLINE + "In its spring update, Alberta anticipates a deficit of $883 million.",
        "$883 million",
        "Alberta",
    ),
    (
        "`the figures show` keeps a statistics office's report going into the next paragraphs",
        HEADLINE
        + "Thefts fell 12 per cent in the year to March, the National Statistics Office (NSO) said.\n\n"
        + "A total of 9,310 thefts were logged, 1,240 fewer than a year before, the figures show.\n\n"
        + "The number of assaults recorded rose 3.1 per cent to 5,602.",
        "3.1 per cent",
        "National Statistics Office",
    ),
    (
        "`the figures show` after a minister's release keeps it to its paragraph",
        HEADLINE
        + "Finance Minister Anneke Vossberg released the quarterly accounts and said revenue was $2.1 billion.\n\n"
        + "The accounts show the reserve fell to $400 million.\n\n"
        + "Spending rose by $900 million.",
        "$900 million",
        None,
    ),
    (
        "a body that revised a figure down states it, past `has` and with no forecast named",
        HEADLINE
        + "The Fiscal Watch Council predicts borrowing will fall to $95 billion next year.\n\n"
        + "FWC has revised down public debt to 71.5% of output this year, then 70.2% next year.",
        "71.5%",
        "Fiscal Watch Council",
    ),
    (
        "`revised its figures` states the body's own figures",
        HEADLINE
        + "On Friday the Valdoria Statistics Bureau revised its figures for May to show 0.4% growth.",
        "0.4%",
        "Valdoria Statistics Bureau",
    ),
    (
        "`revised the plan` restates no figure",
        HEADLINE + "On Friday the Harbour Trust revised the plan to spend $5 million on the wharf.",
        "$5 million",
        None,
    ),
    (
        "`Toronto has recorded` is a place that went through the figure, not a body stating it",
        HEADLINE + "Overall, Dunmore has recorded 74 burglaries this year.",
        "74",
        None,
    ),
    (
        "a time between a body and its forecast revision",
        HEADLINE
        + "The Pacific Lending Fund yesterday cut its growth forecast for the islands to 3.2 percent.",
        "3.2 percent",
        "Pacific Lending Fund",
    ),
    (
        "`It said` in the next paragraph is the body named as a source that no extractor listed",
        HEADLINE
        + "The Pacific Lending Fund yesterday cut its growth forecast for the islands to 3.2 percent.\n\n"
        + "It said Tonga's economy would grow just 1.7 percent this year.",
        "1.7 percent",
        "Pacific Lending Fund",
    ),
    (
        "`the emergency agency` is the body named since with that word, not an older agency without it",
        HEADLINE
        + "Photo by Stringer/EPA\n\n"
        + "Rescuers pulled 42 people from the rubble, Valdoria's Disaster and Emergency Authority said.\n\n"
        + "The quake was followed by 401 aftershocks, the emergency agency said.",
        "401",
        "Disaster and Emergency Authority",
    ),
    (
        "a headline's title before a closing `says` is the one person the story gives that title",
        "Valdoria quake kills 22 people, interior minister says\n\n"
        + "Interior Minister Suleyman Okafor said on Saturday the death toll had risen to 22.",
        "22",
        "Suleyman Okafor",
    ),
    (
        "a body the text describes as a forecasting agency makes a report that goes on into the next paragraph",
        HEADLINE
        + "Growth will reach 1.2% next year, the government's forecasting agency VPB said on Friday.\n\n"
        + "At the same time, however, the budget deficit will widen to 2.8% of output.",
        "2.8%",
        "VPB",
    ),
    (
        "a body described as a statistics office after its name goes on the same way",
        HEADLINE
        + "Prices rose 3.1% in May, Statval, the national statistics agency, said.\n\n"
        + "Food prices climbed 5.4% over the year.",
        "5.4%",
        "Statval",
    ),
    (
        "a body's statement carries into the next paragraph",
        HEADLINE
        + "Growth will reach 1.2% next year, the Harbour Trust said on Friday.\n\n"
        + "At the same time, however, the budget deficit will widen to 2.8% of output.",
        "2.8%",
        "Harbour Trust",
    ),
    (
        "economists polled by an outlet are an unnamed group: they do not stop the statistics office's report",
        HEADLINE
        + "Prices rose 3.1% in May, the Valdoria Statistics Office said.\n\n"
        + "Economists polled by the Dunmore Ledger had expected a 2.9% rise.\n\n"
        + "Food prices climbed 5.4% over the year.",
        "5.4%",
        "Valdoria Statistics Office",
    ),
    (
        "`The forecast had been for` states what was expected in no one's name and stops the report",
        HEADLINE
        + "Unemployment fell to 7.4 percent, the Valdoria Statistics Office said.\n\n"
        + "The forecast had been for 7.6 percent.\n\n"
        + "Youth unemployment fell to 15.2 percent.",
        "7.6 percent",
        None,
    ),
    (
        "the pollster of analysts' consensus is credited with it",
        HEADLINE
        + "The consensus estimate of analysts surveyed by research firm Harbor Metrics was for earnings of "
        + "36 cents a share.\n\n"
        + "Revenue rose to $5.5 billion from $3.9 billion a year ago.",
        "36 cents",
        "Harbor Metrics",
    ),
    (
        "the research firm that polled the consensus is a body: it carries into the next paragraph",
        HEADLINE
        + "The consensus estimate of analysts surveyed by research firm Harbor Metrics was for earnings of "
        + "36 cents a share.\n\n"
        + "Revenue rose to $5.5 billion from $3.9 billion a year ago.",
        "$5.5 billion",
        "Harbor Metrics",
    ),
    (
        "an aside between dashes stands between a body and its verb",
        HEADLINE
        + "At the briefing, the Valdoria National Police (VNP) – through its open data page – reported a total "
        + "of 98,799 operations.",
        "98,799",
        "Valdoria National Police",
    ),
    (
        "a figure in a clause describing the subject is the article's, not the subject's report",
        HEADLINE
        + "Coastal Health, which operates 142 hospitals in 21 states, reported an operating loss of $582 million.",
        "142",
        None,
    ),
    (
        "the subject's own figure after the describing clause is still its report",
        HEADLINE
        + "Coastal Health, which operates 142 hospitals in 21 states, reported an operating loss of $582 million.",
        "$582 million",
        "Coastal Health",
    ),
    (
        "the producer a relay cites, described before its name, takes the relay's place",
        HEADLINE
        + "The bodies of two civilians were recovered, a news agency reported, citing the civil protection "
        + "agency VCPA.",
        "two",
        "VCPA",
    ),
    (
        "a person's own auditors speak for the person named before",
        HEADLINE
        + "State Comptroller Ana Ruiz said today that 14 payments were stopped.\n\n"
        + "Ruiz’s auditors found a typing error and the payment should only have been $92.",
        "$92",
        "Ana Ruiz",
    ),
    (
        "a possessive that names no person named before speaks for no one",
        HEADLINE
        + "State Comptroller Ana Ruiz said today that 14 payments were stopped.\n\n"
        + "Okafor’s auditors found the payment should only have been $92.",
        "$92",
        None,
    ),
    (
        "`according to` a report named only by what it is about names that report",
        HEADLINE
        + "According to an undergraduate admissions report, the incoming class will grow by 1.5 percent.",
        "1.5 percent",
        "undergraduate admissions report",
    ),
    (
        "`According to the report` then goes on with it",
        HEADLINE
        + "According to an undergraduate admissions report, the incoming class will grow by 1.5 percent.\n\n"
        + "Bourne said the halls are full.\n\n"
        + "According to the report, 14,980 applicants have been accepted.",
        "14,980",
        "undergraduate admissions report",
    ),
    (
        "a report that is only new names nothing",
        HEADLINE + "According to a new report, 300 schools closed.",
        "300",
        None,
    ),
    (
        "a body named by its owner's possessive and its kind that cuts its outlook states the figures",
        HEADLINE
        + "Valdoria's central bank on Wednesday slashed its growth outlook for this year to 0.9 percent.",
        "0.9 percent",
        "Valdoria's central bank",
    ),
    (
        "`According to X, the centre's report …` names a person: X stops at the paragraph after her quote",
        HEADLINE
        + "According to Dr Anneke Vossberg, the centre's weekly report had indicated 23 deaths in nine states.\n\n"
        + '"Dunmore recorded the highest figure with 472 infections," she said.\n\n'
        + "Another 95 new cases were confirmed in Tarn.",
        "95",
        None,
    ),
    (
        "a quote of someone else ends that report",
        HEADLINE
        + "According to Dr Anneke Vossberg, the centre's weekly report had indicated 23 deaths in nine states.\n\n"
        + '"The figures are alarming," said Mayor Jo Okafor.\n\n'
        + "Another 95 new cases were confirmed in Tarn.",
        "95",
        None,
    ),
    (
        "a place that recorded a figure inside a body's report carried from the paragraphs before is what it says",
        HEADLINE
        + "According to the Valdoria Health Centre, its weekly report had indicated 23 deaths in nine states.\n\n"
        + "Other states with new cases are Tarnsby, Vell and Orrin.\n\n"
        + "Tarnsby recorded the highest number of deaths with six fatalities.",
        "six",
        "Valdoria Health Centre",
    ),
    (
        "a body's data that showed a figure inside that report is a new source",
        HEADLINE
        + "According to Dr Anneke Vossberg, the centre's weekly report had indicated 23 deaths in nine states.\n\n"
        + "Valdoria Health data also showed 282 patients waiting.",
        "282",
        "Valdoria Health",
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES]
)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    assert source_name(figure_of(record_of(passage), figure)) == source, rule


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Exports rose 6 percent, data showed Monday.Imports jumped 7 percent.",
            ["Exports rose 6 percent, data showed Monday.", "Imports jumped 7 percent."],
        ),
        (
            'Car exports fell 2 percent."Exports held up," she said. "We expect more."By region, sales rose.',
            [
                "Car exports fell 2 percent.",
                '"Exports held up," she said.',
                '"We expect more."',
                "By region, sales rose.",
            ],
        ),
        ("Shares of Acme Inc.Reports said nothing.", ["Shares of Acme Inc.Reports said nothing."]),
        ("Visit Philstar.com for more.", ["Visit Philstar.com for more."]),
    ],
)
def test_sentences_run_together_are_split(text: str, sentences: list[str]) -> None:
    found = Sentences.of(text)
    assert [text[start:end] for start, end in zip(found.starts, found.ends, strict=True)] == sentences


def test_a_release_whose_paragraph_breaks_were_lost_ends_at_a_quote() -> None:
    record = record_of(
        HEADLINE
        + "Valdoria's exports rose 6.8 percent in the first half, data showed Monday.Shipments reached "
        + "$40.3 billion, according to data from the Valdoria Customs Agency.Imports jumped 7.5 percent to "
        + "$38.9 billion, the agency said.Car exports rose 8.9 percent."
        + '"Trade is strong," said Jo Arden, a trade ministry director.By region, shipments to Asia rose 12.4 percent.'
    )
    sources = {statistic.text: source_name(statistic) for statistic in record.statistics}
    assert sources["6.8 percent"] is None
    assert sources["$40.3 billion"] == "Valdoria Customs Agency"
    assert sources["8.9 percent"] == "Valdoria Customs Agency"
    assert sources["12.4 percent"] is None
