"""The publisher of an article and the outlets it merely cites.

Publisher evidence, strongest first: a byline `(Name, Outlet)` or `By Name, Outlet`; a newsletter or
poll line of the site (page furniture that cleaning removed, so its evidence is in the raw text);
house style `As Outlet reported`; the outlet named as the recipient of two or more statements
(`X told Outlet`) and never cited. `obtained by X`, `according to X`, `X reported` are citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.clean import RemovedSpan
from app.extract.bylines import KNOWN_OUTLET, byline_spans, outlet_below
from app.extract.credits import (
    Publisher,
    author_note,
    canonical_outlet,
    credit_line,
    glued_byline,
    wire_credit,
)
from app.extract.lexicon import OUTLET_HEADS
from app.extract.mastheads import masthead
from app.extract.organizations import outlet_names
from app.extract.site_names import site_reporting, site_self_reference
from app.extract.site_promotions import promotion_publisher
from app.extract.spans import evidence
from app.models import Evidence, OutletCitation

__all__ = ["Byline", "Publisher", "find_outlets"]


@dataclass(frozen=True)
class Byline:
    author: Evidence
    outlet: Evidence | None
    in_raw_text: bool = False


# Sentence words that OUTLET_PATTERN can take in front of a name ("As The Beacon-Courier").
_LEADING_NOISE = re.compile(
    r"(?:(?:The|A|An|As|In|At|On|By|For|From|But|And|While|When|After|Before|Since)\s+)+"
)
_HOUSE_STYLE = re.compile(r"\bAs\s+(?:[Tt]he\s+)?$")
_HOUSE_VERB = re.compile(r"\s+(?:previously\s+|first\s+|exclusively\s+|has\s+|had\s+)*reported\b")
_RECIPIENT = re.compile(r"\b(?:told|tells|to|for)\s+(?:the\s+)?$")
_CITATION = re.compile(
    r"\b(?:obtained\s+by|according\s+to|reported\s+by|first\s+reported\s+by|via|per)\s+(?:the\s+)?$"
)


_CONTINUED_LINE = re.compile(r"\n*(?P<rest>,[^\n]+)")


def _outlet_mentions(text: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in KNOWN_OUTLET.finditer(text)]
    for match in outlet_names(text):
        start, end = match.span()
        noise = _LEADING_NOISE.match(text, start, end)
        if noise is not None and noise.end() < end:
            start = noise.end()
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


# "This article is from the archive of The Harbour Sun before …": the site's notice on an archived page.
_ARCHIVE_NOTICE = re.compile(
    r"\b(?:article|story|page)\s+(?:is|was)\s+from\s+the\s+archives?\s+of\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
)
# "which the Courier reported last week": a newspaper's short name for itself, with a lowercase "the".
# It opens on the literal `the` (the lookbehind after it), so a scan skips to each `the`; `_self_reference`
# skips the scan when none of its verbs (_SELF_REFERENCE_VERBS) is in the text.
_SELF_REFERENCE = re.compile(
    r"the(?<![\w.]the)\s+(?P<name>(?:" + "|".join(sorted(OUTLET_HEADS)) + r"))"
    r"\s+(?:(?:first|previously|exclusively|has|had|also)\s+)*(?:reported|revealed|disclosed)\b"
)


_SELF_REFERENCE_VERBS = ("reported", "revealed", "disclosed")
# "Krepski told the Star that …", "… told the News Service.": a source speaks to the paper, which names itself
# by its short name with a lowercase "the" (a news service by its kind).
_TOLD_THE_PAPER = re.compile(
    r"\btold\s+the\s+(?P<name>(?:[A-Z][\w&-]*\s+){0,1}?(?:"
    + "|".join(sorted(OUTLET_HEADS))
    + r")(?:\s+Service)?)(?![\w&-]|\s+[A-Z])"
)


def _self_reference(text: str, mentions: list[tuple[int, int]]) -> Publisher | None:
    matches = [*_TOLD_THE_PAPER.finditer(text)] if "told the " in text else []
    if any(verb in text for verb in _SELF_REFERENCE_VERBS):
        matches = sorted([*matches, *_SELF_REFERENCE.finditer(text)], key=lambda match: match.start())
    for match in matches:
        head = match["name"]
        fuller = next(
            (
                (start, end)
                for start, end in mentions
                if text[start:end].endswith(head) and (end - start) > len(head)
            ),
            None,
        )
        if fuller is not None:
            start, end = fuller
            start = _with_capital_the(text, start)
            return Publisher(text[start:end], evidence(text, start, end), False)
        return Publisher(head, evidence(text, *match.span("name")), False)
    return None


def _with_capital_the(text: str, start: int) -> int:
    """`As The Beacon-Courier reported`: a capitalized "The" inside a sentence is part of the name."""
    if start < 5 or text[start - 4 : start] != "The " or text[start - 5] != " ":
        return start
    preceding = text[: start - 5].rstrip(" ")
    return start if not preceding or preceding[-1] in ".!?\n" else start - 4


def _in_text(position: int, pieces: tuple[int, int, int]) -> int:
    """An offset in a byline joined from a line and its continuation -> its offset in the text."""
    line_start, line_length, continuation_start = pieces
    if position <= line_length:
        return line_start + position
    return continuation_start + position - line_length


def find_outlets(
    text: str, raw_text: str, removed: list[RemovedSpan], url: str | None = None
) -> tuple[Publisher | None, list[OutletCitation], list[Byline]]:
    """The publisher (or None), the outlets cited, and bylines naming authors; `url` is the page's address
    when supplied (an outlet named in the story whose name it spells is the site itself)."""
    bylines: list[Byline] = []
    publisher: Publisher | None = None
    offset = 0
    long_lines = 0
    for number, line in enumerate(text[:2000].split("\n")):
        line_start, offset = offset, offset + len(line) + 1
        # A copied page may break a byline before its comma: "Ana Ruiz\n\n, senior producer, & Li Wei, …".
        continued = _CONTINUED_LINE.match(text, offset) if line.strip() and number > 0 else None
        continuation = continued["rest"] if continued else ""
        # Above the first paragraph (after a standfirst) a byline may omit "By": "Ana Ruiz, The Ledger".
        long_lines += len((line + continuation).split()) >= 16
        found = byline_spans(line + continuation, bare=long_lines <= 1 and number > 0)
        if found is None:
            continue
        authors, outlet_span = found

        # Offsets past the line's end fall in the continuation.
        pieces = (line_start, len(line), continued.start("rest") if continued else line_start)
        outlet_evidence = (
            evidence(text, *(_in_text(position, pieces) for position in outlet_span)) if outlet_span else None
        )
        if authors and not outlet_span and publisher is None:
            below = outlet_below(line, text, offset, raw_text)
            if below is not None and not below.in_raw_text:
                outlet_evidence = below.evidence
            publisher = below
        bylines.extend(
            Byline(evidence(text, _in_text(s, pieces), _in_text(e, pieces)), outlet_evidence)
            for s, e in authors
        )
        if outlet_evidence is not None and publisher is None:
            publisher = Publisher(canonical_outlet(outlet_evidence.text), outlet_evidence, False)
    if not bylines:
        # Cleaning may set a byline line aside as furniture; read it from the raw text.
        for span in removed:
            located = raw_text.find(span.text)
            stripped = span.text.strip()
            # A byline without "By" looks like a headline to cleaning; only one at the top counts.
            found = byline_spans(stripped, bare=span.start < 600) if located >= 0 else None
            if found is None:
                continue
            base = located + span.text.index(stripped)
            authors, outlet_span = found
            outlet_evidence = evidence(raw_text, *(base + i for i in outlet_span)) if outlet_span else None
            if outlet_evidence is not None:
                publisher = publisher or Publisher(
                    canonical_outlet(outlet_evidence.text), outlet_evidence, True
                )
            bylines.extend(
                Byline(evidence(raw_text, base + s, base + e), outlet_evidence, in_raw_text=True)
                for s, e in authors
            )
            break
    if not bylines and (note := author_note(text)) is not None:
        # "Ana Ruiz is a reporter for The Harbour Ledger" closing the story: its author.
        outlet_named = evidence(text, *note.span("name")) if note["name"] is not None else None
        bylines.append(Byline(evidence(text, *note.span("author")), outlet_named))
    if publisher is None:
        publisher = (
            wire_credit(text)
            or masthead(text, raw_text, removed)
            or glued_byline(text, raw_text, removed)
            or credit_line(text, raw_text, removed, url)
        )
    if publisher is None:
        publisher = promotion_publisher(text, raw_text, removed)
    if publisher is None and (notice := _ARCHIVE_NOTICE.search(text, 0, min(len(text), 1000))) is not None:
        publisher = Publisher(notice["outlet"], evidence(text, *notice.span("outlet")), False)
    mentions = _outlet_mentions(text)
    recipient_counts: dict[str, list[tuple[int, int]]] = {}
    cited_names: set[str] = set()
    for start, end in mentions:
        name = text[start:end]
        before = text[max(0, start - 30) : start]
        if publisher is None and _HOUSE_STYLE.search(before) and _HOUSE_VERB.match(text, end):
            start_with_the = _with_capital_the(text, start)
            publisher = Publisher(text[start_with_the:end], evidence(text, start_with_the, end), False)
        if _RECIPIENT.search(before):
            recipient_counts.setdefault(name, []).append((start, end))
        if _CITATION.search(before):
            cited_names.add(name)
    if publisher is None:
        publisher = _self_reference(text, mentions)
    if publisher is None and (own := site_reporting(text, mentions, url)) is not None:
        publisher = Publisher(text[own[0] : own[1]], evidence(text, *own), False)
    if publisher is None and (site := site_self_reference(text, raw_text, removed, url)) is not None:
        start, end, in_raw_text = site
        source = raw_text if in_raw_text else text
        publisher = Publisher(source[start:end], evidence(source, start, end), in_raw_text)
    if publisher is None:
        for name, spans in recipient_counts.items():
            if len(spans) >= 2 and name not in cited_names:
                publisher = Publisher(name, evidence(text, *spans[0]), False)
                break
    publisher_key = publisher.name.lower().removeprefix("the ") if publisher else None
    citations = [
        OutletCitation(start=start, end=end, text=text[start:end], name=text[start:end])
        for start, end in mentions
        if text[start:end].lower().removeprefix("the ") != publisher_key
        and not any(
            byline.outlet and not byline.in_raw_text and byline.outlet.start == start for byline in bylines
        )
        and not (publisher and publisher.evidence.start == start and not publisher.in_raw_text)
    ]
    return publisher, citations, bylines
