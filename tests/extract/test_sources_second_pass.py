"""Who cited a figure: the rules of the second pass after blind9, one invented passage each."""

from __future__ import annotations

import pytest

from app.models import DocumentRecord, Statistic
from tests.extract.pages import record_of

HEADLINE = "Valdoria Weighs Dredging Plan\n\n"


def _figure(record: DocumentRecord, figure: str) -> Statistic:
    return next(statistic for statistic in record.statistics if statistic.text.endswith(figure))


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "`the board` after a body's own board spoke is that body",
        HEADLINE
        + '"Trade has slowed," the Harbour Authority\'s pricing board said on Tuesday.\n\n'
        + "But the board said costs continue to ease, noting that fees rose 3.2 percent last month.",
        "3.2 percent",
        "Harbour Authority",
    ),
    (
        "a later body with the noun of its own name still wins over an earlier owner",
        HEADLINE
        + '"Trade has slowed," the Harbour Authority\'s pricing board said on Tuesday.\n\n'
        + "The Valdoria Tariff Board set new rates.\n\n"
        + "The board said fees rose 3.2 percent last month.",
        "3.2 percent",
        "Valdoria Tariff Board",
    ),
    (
        "a paragraph opening on what another body did stops a report carried",
        HEADLINE
        + "According to the National Statistics Office, inflation fell to 12 percent in May.\n\n"
        + "The central bank began raising its key rate in June, taking it from 2 percent to 5 percent.",
        "5 percent",
        None,
    ),
    (
        "a paragraph opening on the body of the report carried goes on with it",
        HEADLINE
        + "According to the Valdoria Statistics Office, inflation fell to 12 percent in May.\n\n"
        + "The office revised April's figure from 9 percent to 11 percent.",
        "11 percent",
        "Valdoria Statistics Office",
    ),
    (
        "a country's body referred back to is the body as the text names it",
        HEADLINE
        + "Chile's central bank held its key rate on Thursday.\n\n"
        + "The bank said inflation would fall to 38 percent by December.",
        "38 percent",
        "Chile's central bank",
    ),
    (
        "calculations by a body are its figures",
        HEADLINE + "Median pay was $41,200 last year, based on calculations by the Harbour Policy Institute.",
        "$41,200",
        "Harbour Policy Institute",
    ),
    (
        "a body's announcement that it raised a figure is its own",
        HEADLINE
        + "Traders weighed the Harbour Reserve Bank's announcement on Wednesday that it was raising its "
        + "cash rate by 0.25 percent.",
        "0.25 percent",
        "Harbour Reserve Bank",
    ),
    (
        "`the central bank` after a country's central bank is that bank, as the text names it",
        HEADLINE
        + "Chile's central bank held its key rate on Thursday.\n\n"
        + "The central bank expects prices to ease and forecasts an end-year rate of 38 percent.",
        "38 percent",
        "Chile's central bank",
    ),
    (
        "`estimates of` is the noun: the credit after it names the source",
        HEADLINE
        + "The unit's sales rose to $4.1 billion, above Wall Street estimates of $3.9 billion, according to "
        + "data from Harbour Metrics.",
        "$3.9 billion",
        "Harbour Metrics",
    ),
    (
        "`the ministry` is the ministry the text named in passing",
        HEADLINE
        + "About 90,000 dockers marched, and 41,000 for the Ministry of Ports.\n\n"
        + "In shipping, the ministry has identified about 8% of striking pilots.",
        "8%",
        "Ministry of Ports",
    ),
    (
        "a body named in passing carries through its paragraph, past a sentence without figures",
        HEADLINE
        + "About 90,000 dockers marched, and 41,000 for the Ministry of Ports.\n\n"
        + "In shipping, the ministry has identified about 8% of striking pilots. Some terminals were "
        + "blocked. The strike also hit ferries, with three out of four crossings cancelled.",
        "three out of four",
        "Ministry of Ports",
    ),
]


@pytest.mark.parametrize(
    ("rule", "passage", "figure", "source"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES]
)
def test_source(rule: str, passage: str, figure: str, source: str | None) -> None:
    attributed = _figure(record_of(passage), figure).attributed_to
    assert (attributed.name if attributed else None) == source, rule


def test_a_body_denouncing_a_phrase_speaks_it() -> None:
    record = record_of(
        HEADLINE
        + "Talks with the minister ended on Wednesday, the Dockers Union outright denouncing an "
        + "“obtuse, radicalized and disconnected government”."
    )
    [quote] = record.quotes
    assert quote.speaker is not None and quote.speaker.name == "Dockers Union"
