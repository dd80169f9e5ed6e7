"""The publisher from bylines, wire credits, credit lines and mastheads, one invented page per row."""

from __future__ import annotations

import pytest

from tests.extract.pages import BODY, HEADLINE, record_of

# (page, publisher, authors)
OUTLET_CASES: list[tuple[str, str | None, list[str]]] = [
    # bylines
    (HEADLINE + "By Ana Ruiz, The Harbour Ledger\n\n" + BODY, "The Harbour Ledger", ["Ana Ruiz"]),
    (HEADLINE + "By Ana Ruiz | The Harbour Ledger\n\n" + BODY, "The Harbour Ledger", ["Ana Ruiz"]),
    (
        HEADLINE + "By Ana Ruiz, Transport Reporter, The Harbour Ledger\n\n" + BODY,
        "The Harbour Ledger",
        ["Ana Ruiz"],
    ),
    (
        HEADLINE + "By Ana Ruiz, The Harbour Ledger, March 3, 2020\n\n" + BODY,
        "The Harbour Ledger",
        ["Ana Ruiz"],
    ),
    (HEADLINE + "By ANA RUIZ Associated Press\n\n" + BODY, "Associated Press", ["ANA RUIZ"]),
    (HEADLINE + "Ana Ruiz, The Harbour Ledger\n\n" + BODY, "The Harbour Ledger", ["Ana Ruiz"]),
    (HEADLINE + "Ana Ruiz, transport reporter\n\n" + BODY, None, ["Ana Ruiz"]),
    (HEADLINE + "By Ana Ruiz, Staff Writer\n\n" + BODY, None, ["Ana Ruiz"]),
    (HEADLINE + "By Ana Ruiz and Li Wei\n\n" + BODY, None, ["Ana Ruiz", "Li Wei"]),
    (
        HEADLINE + "By Ana Ruiz, Li Wei and Tom Hale - March 3, 2020\n\n" + BODY,
        None,
        ["Ana Ruiz", "Li Wei", "Tom Hale"],
    ),
    (HEADLINE + "By Ana Ruiz, Mark Levin\n\n" + BODY, None, ["Ana Ruiz", "Mark Levin"]),
    # a copied byline that runs the wire's credit into the weekday of its date
    (HEADLINE + "By Ana Ruiz, APTuesday, March 3, 2020\n\n" + BODY, "Associated Press", ["Ana Ruiz"]),
    # wire credits in the dateline
    (HEADLINE + "HOUSTON (AP) — " + BODY, "Associated Press", []),
    (HEADLINE + "LONDON, Nov 20 (Reuters) - " + BODY, "Reuters", []),
    (HEADLINE + "PARIS (AFP) - " + BODY, "Agence France-Presse", []),
    (HEADLINE + "NEW DELHI (PTI) " + BODY, "Press Trust of India", []),
    (HEADLINE + "New Delhi [India], Nov 20 (ANI): " + BODY, "Asian News International", []),
    (HEADLINE + "New Delhi, Nov 20 (IANS) " + BODY, "Indo-Asian News Service", []),
    (HEADLINE + "OTTAWA (CP) — " + BODY, "The Canadian Press", []),
    (HEADLINE + "March 3, 2020WASHINGTON (AP) — " + BODY, "Associated Press", []),
    (HEADLINE + "By Ana Ruiz\n\nMarch 20, 2026\n\nLONDON (Reuters) - " + BODY, "Reuters", ["Ana Ruiz"]),
    (HEADLINE + "KUALA LUMPUR, May 17 (Bernama) -- " + BODY, "Bernama", []),
    # an outlet's name in brackets after a place in title case (a radio station's masthead)
    (HEADLINE + "Rapid City, SD (KRCQ-FM News) - " + BODY, "KRCQ-FM News", []),
    # a site's domain before the place in capitals
    (HEADLINE + "HARIANKITA.CO.ID, SURABAYA -- " + BODY, "HARIANKITA.CO.ID", []),
    (HEADLINE + "harbourledger.com, PORTSMOUTH — " + BODY, "harbourledger.com", []),
    # an acronym in brackets after a body's name is not a wire
    ("The Department of Health (DOH) — " + BODY, None, []),
    # credit lines, copyright lines and mastheads
    (HEADLINE + BODY + "\n— PA Media\n", "PA Media", []),
    (HEADLINE + BODY + "\nThe Canadian Press\n", "The Canadian Press", []),
    (
        HEADLINE + BODY + "\nCopyright 2026 The Associated Press. All rights reserved.\n",
        "Associated Press",
        [],
    ),
    (HEADLINE + BODY + "\n© 2026 The Harbour Ledger\n", "The Harbour Ledger", []),
    ("The Irish Times\n\n" + HEADLINE + BODY, "The Irish Times", []),
    # a national news agency's name on a line of its own, above the date line
    (HEADLINE + "Bernama\nMay 17, 2015 23:44 MYT\n\n" + BODY, "Bernama", []),
    # newsletter lines of the site
    (
        HEADLINE + BODY + "\nSign up for The Globe and Mail's B.C. Update newsletter.\n",
        "The Globe and Mail",
        [],
    ),
    (
        HEADLINE + BODY + "\nSign up for the Harbour Ledger newsletter to get news in your inbox.\n",
        "Harbour Ledger",
        [],
    ),
    # cited, not published
    (HEADLINE + "The council voted Tuesday, The Washington Post reported.\n", None, []),
    (HEADLINE + BODY + "\n(With files from The Canadian Press)\n", None, []),
    (
        HEADLINE + "Reuters, the news agency, said on Friday it would cut 300 jobs in its London office.\n",
        None,
        [],
    ),
    # after blind9: "By:" with a colon; a byline run into an outlet's name; a masthead in brackets, or with
    # the author after its date; a wire's initials after the dateline's date; an outlet's name alone on the
    # story's last line; an archived page's notice
    (HEADLINE + "By: Ana Ruiz, The Harbour Ledger\n\n" + BODY, "The Harbour Ledger", ["Ana Ruiz"]),
    (HEADLINE + "Ana RuizHarbour NewsWire\n\n" + BODY, "Harbour NewsWire", []),
    ("(Harbour Ledger, 21 April 2018)\n" + BODY, "Harbour Ledger", []),
    (HEADLINE + "AAP logoAAP 24/08/2016 Ana Ruiz\n\n" + BODY, "Australian Associated Press", []),
    (HEADLINE + "KINGSTON, Jamaica, July 24, HNS – " + BODY, "HNS", []),
    (HEADLINE + BODY + "\n    Harbour News\n", "Harbour News", []),
    (HEADLINE + BODY + "\n  • 16x9 Image\n\n    Harbour News\n", "Harbour News", []),
    (HEADLINE + BODY + "\nHarbour News\n\nThe depot opens in May.\n", None, []),
    (
        HEADLINE + "This article is from the archive of The Harbour Sun before its new website.\n\n" + BODY,
        "The Harbour Sun",
        [],
    ),
]


@pytest.mark.parametrize(
    ("raw", "outlet", "authors"), OUTLET_CASES, ids=[str(i) for i in range(len(OUTLET_CASES))]
)
def test_publisher_and_authors(raw: str, outlet: str | None, authors: list[str]) -> None:
    record = record_of(raw)
    assert (record.outlet.value if record.outlet else None) == outlet
    assert [author.value for author in record.authors] == authors
    if record.outlet is not None:
        evidence = record.outlet.evidence
        assert evidence is not None
        source = record.raw_text if record.outlet.evidence_in == "raw_text" else record.text
        assert source[evidence.start : evidence.end] == evidence.text
        assert all(citation.start != evidence.start for citation in record.outlets_cited)
