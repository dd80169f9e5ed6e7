"""Syndication: the wire or release service a story is credited to, one invented passage per row."""

from __future__ import annotations

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document

BODY = (
    "The storm was expected to strengthen before landfall, forecasters said in an advisory issued Friday.\n"
)

CASES: list[tuple[str, str | None, str | None, str | None]] = [
    # text, wire, how, evidence text
    ("Storm Nears Coast\n\nHOUSTON (AP) — " + BODY, "Associated Press", "dateline", "AP"),
    ("Court Sides With Regulator\n\nLONDON, Nov 20 (Reuters) - " + BODY, "Reuters", "dateline", "Reuters"),
    ("Talks Resume\n\nPARIS (AFP) - " + BODY, "Agence France-Presse", "dateline", "AFP"),
    ("Budget Passes\n\nOTTAWA (CP) — " + BODY, "The Canadian Press", "dateline", "CP"),
    ("Monsoon Arrives\n\nNew Delhi, Nov 20 (PTI): " + BODY, "Press Trust of India", "dateline", "PTI"),
    ("Chipmaker Misses\n\nNEW YORK (Bloomberg) — " + BODY, "Bloomberg", "dateline", "Bloomberg"),
    ("Rail Strike Called\n\n" + BODY + "\n— PA Media\n", "PA Media", "credit_line", "PA Media"),
    (
        "Budget Passes\n\nBy The Canadian Press\n\n" + BODY,
        "The Canadian Press",
        "credit_line",
        "The Canadian Press",
    ),
    (
        "Storm Nears Coast\n\n" + BODY + "\nCopyright 2026 The Associated Press. All rights reserved.\n",
        "Associated Press",
        "credit_line",
        "The Associated Press",
    ),
    (
        "Storm Nears Coast\n\n" + BODY + "\nThe Associated Press contributed to this report.\n",
        "Associated Press",
        "credit_line",
        "Associated Press",
    ),
    (
        "Acme Opens Plant\n\nAUSTIN, Texas, Nov. 20, 2026 /PRNewswire/ -- Acme Corp. said Friday it will "
        "open a plant.\n",
        "PR Newswire",
        "press_release",
        "PRNewswire",
    ),
    (
        "Acme Opens Plant\n\nSAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. said Friday it will open a plant.\n",
        "Business Wire",
        "press_release",
        "BUSINESS WIRE",
    ),
    # An outlet's own story, and an outlet's copyright line: no wire.
    ("Storm Nears Coast\n\n" + BODY, None, None, None),
    (
        "Storm Nears Coast\n\n" + BODY + "\nCopyright 2026 The Ledger. All rights reserved.\n",
        None,
        None,
        None,
    ),
    # An acronym in brackets is not a wire: "the Department of Health (DOH) said".
    ("Clinics Reopen\n\nThe Department of Health (DOH) said clinics would reopen.\n", None, None, None),
    # A wire cited as a source is not the story's credit.
    ("Storm Nears Coast\n\nThe storm strengthened, Reuters reported on Friday.\n", None, None, None),
]


@pytest.mark.parametrize(("text", "wire", "how", "credited"), CASES)
def test_syndication(text: str, wire: str | None, how: str | None, credited: str | None) -> None:
    record = extract_document(RawDocument("d", text, SuppliedMetadata(), "t"))
    found = record.syndication
    if wire is None:
        assert found is None
        return
    assert found is not None
    assert (found.wire, found.how, found.evidence.text) == (wire, how, credited)
    source = record.raw_text if found.evidence_in == "raw_text" else record.text
    assert source[found.evidence.start : found.evidence.end] == found.evidence.text
