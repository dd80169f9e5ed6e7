"""Statistics rules added after blind7's second round of reading: one invented passage per row."""

from __future__ import annotations

import pytest

from app.models import Statistic
from tests.extract.pages import record_of

HEADLINE = "Council Weighs Plan For Fire Stations\n\n"


def _figure(passage: str, figure: str) -> Statistic:
    record = record_of(passage, outlet="Daily Ledger")
    return next(statistic for statistic in record.statistics if statistic.text.endswith(figure))


# (rule, passage, figure, source name or None)
SOURCE_CASES = [
    (
        "a dataset named before its vendor: the vendor",
        HEADLINE + "Sales rose 14 percent to $3.2 billion, according to IBES data from Refinitiv.",
        "$3.2 billion",
        "Refinitiv",
    ),
    (
        "according to data from a body",
        HEADLINE + "Rents rose 7.5 percent last year, according to figures from the Harlow Housing Trust.",
        "7.5 percent",
        "Harlow Housing Trust",
    ),
    (
        "a progressive reporting verb",
        HEADLINE + "The Treasury Department is projecting a deficit of $18.4 billion next year.",
        "$18.4 billion",
        "Department of the Treasury",
    ),
    (
        "concluded by saying",
        HEADLINE
        + "Mayor Tom Ruiz spoke on Monday. He concluded by saying the city will hire 20 staff. "
        + "The budget grew to $411 million.",
        "$411 million",
        "Tom Ruiz",
    ),
    (
        "went on to say",
        HEADLINE + "Mayor Tom Ruiz went on to say that 14 fire stations will close.",
        "14",
        "Tom Ruiz",
    ),
    (
        "a passive is not a chain",
        HEADLINE + "A total of 212 burglaries were reported by the Harlow Police Department in March.",
        "212",
        "Harlow Police Department",
    ),
    (
        "a body credited after the figures carries into the next paragraph",
        HEADLINE
        + "Sales rose 14 percent to $3.2 billion, according to data from Refinitiv.\n\n"
        + "Net income rose to $800 million.",
        "$800 million",
        "Refinitiv",
    ),
    (
        "a credit after the figures goes on through its paragraph",
        HEADLINE + "Turnout reached 61 percent, according to Ipsos. Another 12 percent spoiled ballots.",
        "12 percent",
        "Ipsos",
    ),
    (
        "a news agency credited after the figures is a body: it carries into the next paragraph",
        HEADLINE
        + "Births fell to 720,000, the Kyodo news agency reports.\n\nIn 1949 there were 2.7 million births.",
        "2.7 million",
        "Kyodo News",
    ),
    (
        "a body referred back to goes on with its report",
        HEADLINE
        + "Homicides fell to 143, according to figures released by the Harlow Police Department.\n\n"
        + "Shootings fell by 28 percent, to 602, the department said.\n\n"
        + "Carjackings held at 1,150.",
        "1,150",
        "Harlow Police Department",
    ),
    (
        "data leaked to a party",
        HEADLINE
        + "Hospital data across three weeks in May, leaked to the Green Party, show 23 hospitals missed "
        + "the target.\n\nWaits also passed the 74% milestone.",
        "74%",
        "Green Party",
    ),
    (
        "a lowercase body named by its bracketed initials",
        HEADLINE + "The bank's monetary policy committee (MPC) announced a cut to 4.75 per cent.",
        "4.75 per cent",
        "MPC",
    ),
    (
        "no chain without a subject",
        HEADLINE + "Officials are projecting a $40 million gap.",
        "$40 million",
        None,
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure", "source"),
    [case[1:] for case in SOURCE_CASES],
    ids=[case[0] for case in SOURCE_CASES],
)
def test_source(passage: str, figure: str, source: str | None) -> None:
    attributed = _figure(passage, figure).attributed_to
    assert (attributed.name if attributed else None) == source, attributed
