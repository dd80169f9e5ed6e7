"""Publisher, round 5: a known wire as an element of a dateline without brackets; the site's promotion lines.

Every passage is invented; none is copied from a set.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of

# A known wire named beside the place (and the date) of a dateline written without brackets, before a colon or
# a dash that a copied page may run into the story. An unknown name there, or no dateline, credits nobody.
WIRE_ELEMENTS: list[tuple[str, str | None]] = [
    (HEADLINE + "Harbourton, Aug. 12, GNA-" + BODY, "Ghana News Agency"),
    (HEADLINE + "Harbourton, Aug. 12, GNA - " + BODY, "Ghana News Agency"),
    (HEADLINE + "Port Ellis, March 3, Reuters – " + BODY, "Reuters"),
    (HEADLINE + "Xinhua, Harbourton :\n" + BODY, "Xinhua"),
    (HEADLINE + "AFP, Port Ellis :\n" + BODY, "Agence France-Presse"),
    ("Reuters, Bloomberg: Depot Plan Splits Harbour Council\n\n" + BODY, None),
    (HEADLINE + "Harbourton, Aug. 12, HNS-" + BODY, None),
    (HEADLINE + "Harbour Council, Port Ellis — " + BODY, None),
    (HEADLINE + "Reuters, Bloomberg and AFP reported the vote on Tuesday.\n", None),
]


@pytest.mark.parametrize(("page", "publisher"), WIRE_ELEMENTS)
def test_a_wire_named_in_a_dateline_without_brackets(page: str, publisher: str | None) -> None:
    record = record_of(page)
    assert (record.outlet.value if record.outlet else None) == publisher


# A line of its own that asks the reader to subscribe or sign up names the site: the name before the product it
# offers (whose "The" is the product's), or the name that ends the line. A line with no name, a sentence of the
# story that holds the words, or a longer line, names nobody.
PROMOTION_LINES: list[tuple[str, str | None]] = [
    ("Sign up to The Harbour Ledger Panel to help shape our coverage\n", "Harbour Ledger"),
    ("To follow the depot story - subscribe to Harbour Ledger\n", "Harbour Ledger"),
    ("Subscribe to The Harbour Ledger.\n", "The Harbour Ledger"),
    ("Sign up for the Harbour Ledger daily briefing.\n", "Harbour Ledger"),
    ("Sign up to our daily newsletter\n", None),
    ("Riders who want the new timetable can subscribe to Harbour Transit\n", None),
    (
        "To read every story on the depot, the budget, the fares, the routes, the drivers and the council's "
        "long debate - subscribe to Harbour Ledger\n",
        None,
    ),
]


@pytest.mark.parametrize(("line", "publisher"), PROMOTION_LINES)
def test_a_promotion_line_names_the_site(line: str, publisher: str | None) -> None:
    record = record_of(HEADLINE + BODY + "\n" + line + "\n" + BODY)
    assert (record.outlet.value if record.outlet else None) == publisher
