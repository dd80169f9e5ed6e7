"""The site named in its own promotion lines: newsletters, panels, podcasts and subscriptions it offers.

`Sign up for Guardian Australia's free morning newsletter`, `Listen to the ITV News Coronavirus Podcast`,
`Sign up to The Harbour Ledger Panel to help shape our coverage`, `… - subscribe to The Harbour Ledger`.
A page offers only its own products this way, so the name is the publisher. Cleaning often sets such a line
aside as furniture; its evidence is then in the raw text.
"""

from __future__ import annotations

import re

from app.clean import RemovedSpan
from app.extract.credits import Publisher
from app.extract.lexicon import OUTLET_HEADS, word_set
from app.extract.spans import evidence
from app.models import Evidence

__all__ = ["promotion_publisher"]

# "Sign up for The Globe and Mail's B.C. Update newsletter": the possessor is the outlet.
_FIRST_OUTLET_WORD = r"(?-i:[A-Z][\w&.'’-]*)"
_NEXT_OUTLET_WORD = r"(?-i:\s+(?:[A-Z][\w&.'’-]*|(?:and|of|the)(?=\s+[A-Z])))"
_FURNITURE_PUBLISHER = re.compile(
    rf"(?:emails?|newsletters?|updates|offers|alerts)\s+from\s+(?P<outlet>{_FIRST_OUTLET_WORD}{_NEXT_OUTLET_WORD}*)"
    rf"|sign\s+up\s+for\s+(?:(?-i:the)\s+)?(?:"
    rf"(?P<possessor>{_FIRST_OUTLET_WORD}{_NEXT_OUTLET_WORD}*?)['’]s(?:\s+(?!newsletter)[\w.&-]+){{0,6}}?"
    rf"|(?P<newsletter>{_FIRST_OUTLET_WORD}{_NEXT_OUTLET_WORD}*)(?:\s+(?-i:[a-z][\w-]*)){{0,6}}?"
    r")\s+newsletters?"
    # "Listen to the ITV News Coronavirus Podcast": the outlet is the name up to its outlet head.
    rf"|listen\s+to\s+(?:(?-i:the)\s+)?(?P<podcast>{_FIRST_OUTLET_WORD}(?-i:\s+[A-Z][\w&.'’-]*){{0,2}}?"
    rf"\s+(?-i:{'|'.join(sorted(OUTLET_HEADS))}))\b(?:\s+[\w'’-]+){{0,4}}?\s+podcast",
    re.IGNORECASE,
)

_PRODUCTS = word_set("promotion_products.txt")
# A line of its own that asks the reader to subscribe or sign up, at its start or after a dash or colon:
# "Sign up to The Harbour Ledger Panel to help shape our coverage" (the name before the product offered; a
# "The" there is the product's), "To follow the harbour story - subscribe to Harbour Ledger" (the name ends
# the line).
_PROMOTION_LINE = re.compile(
    r"^(?:[^\n]*?[ \t][-–—:][ \t]+)?(?:subscribe|sign[ \t]+up)[ \t]+(?:to|for)[ \t]+(?:(?-i:the)[ \t]+)?"
    rf"(?P<name>{_FIRST_OUTLET_WORD}(?-i:[ \t]+(?:[A-Z][\w&.'’-]*|(?:and|of|the)(?=[ \t]+[A-Z])))*?)"
    rf"(?:(?-i:[ \t]+[a-z][\w-]*){{0,3}}[ \t]+(?P<product>{'|'.join(sorted(_PRODUCTS))})\b[^\n]*|[ \t]*[.!]?[ \t]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# A promotion line is short; a longer line is prose that happens to hold the words.
_LONGEST_PROMOTION = 20


# Every promotion line holds one of these: most texts are skipped without a scan of their lines.
_PROMOTION_VERB = re.compile(r"subscribe|sign[ \t]+up", re.IGNORECASE)


def _promotion(line_text: str) -> tuple[int, int] | None:
    """The span of the site's name in a promotion line, or None."""
    if _PROMOTION_VERB.search(line_text) is None:
        return None
    for match in _PROMOTION_LINE.finditer(line_text):
        line_end = line_text.find("\n", match.start())
        line = line_text[match.start() : None if line_end < 0 else line_end]
        if len(line.split()) > _LONGEST_PROMOTION:
            continue
        start = match.start("name")
        end = start + len(match["name"].rstrip("."))
        if match["product"] and match["name"].startswith("The "):
            start += len("The ")
        if start < end:
            return start, end
    return None


def _furniture_publisher(raw_text: str, removed: list[RemovedSpan]) -> Publisher | None:
    for span in removed:
        match = _FURNITURE_PUBLISHER.search(span.text)
        if not match:
            continue
        group = next(group for group in ("outlet", "possessor", "newsletter", "podcast") if match[group])
        name = re.sub(r"['’]s$", "", match[group].rstrip(".,"))
        located = raw_text.find(span.text)
        base = located if located >= 0 else raw_text.find(name)
        if base < 0:
            continue
        start = base + match.start(group) if located >= 0 else base
        end = start + len(name)
        return Publisher(name, Evidence(start=start, end=end, text=raw_text[start:end]), True)
    return None


def promotion_publisher(text: str, raw_text: str, removed: list[RemovedSpan]) -> Publisher | None:
    """The site named in a promotion line, set aside by cleaning or kept in the text."""
    found = _furniture_publisher(raw_text, removed)
    if found is not None:
        return found
    in_text = _promotion(text)
    if in_text is not None:
        return Publisher(text[slice(*in_text)], evidence(text, *in_text), False)
    for span in removed:
        located = raw_text.find(span.text)
        in_span = _promotion(span.text) if located >= 0 else None
        if in_span is not None:
            start, end = located + in_span[0], located + in_span[1]
            return Publisher(raw_text[start:end], evidence(raw_text, start, end), True)
    return None
