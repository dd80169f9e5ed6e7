"""The wire or agency a story is credited to: syndicated wire copy and distributed press releases.

Read in the order a copy shows it: a release service's dateline (`/PRNewswire/ --`), a wire's dateline
(`LONDON (Reuters) -`), a credit line of its own (`— PA Media`, `Copyright 2026 The Associated Press`),
then `Reuters contributed to this report`. What counts as a wire credit is `app.extract.outlets`'s.
"""

from __future__ import annotations

import re

from app.clean import RemovedSpan
from app.extract.credits import Publisher, credit_line, wire_credit
from app.extract.lexicon import OUTLETS, word_map, word_set
from app.extract.spans import evidence
from app.models import Syndication

__all__ = ["WIRE_SERVICES", "find_syndication"]

WIRE_SERVICES: frozenset[str] = word_set("wire_services.txt")
_RELEASE_SERVICES = {credit.lower(): name for credit, name in word_map("release_services.tsv").items()}
_RELEASE_CREDIT = "|".join(re.escape(credit) for credit in sorted(_RELEASE_SERVICES, key=len, reverse=True))
# "NEW YORK, Nov. 20, 2026 /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--": in the first lines only.
_RELEASE_DATELINE = re.compile(
    rf"(?:/(?P<slashed>{_RELEASE_CREDIT})/|\((?P<bracketed>{_RELEASE_CREDIT})\))", re.I
)
_WIRE_ALIASES = {
    alias: name for name, aliases in OUTLETS.items() if name in WIRE_SERVICES for alias in aliases
}
_CONTRIBUTED = re.compile(
    r"(?:^|(?<=[\s(]))(?:The\s+)?(?P<wire>"
    + "|".join(re.escape(alias) for alias in sorted(_WIRE_ALIASES, key=len, reverse=True))
    + r")\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)"
)


def _release_dateline(text: str) -> Syndication | None:
    match = _RELEASE_DATELINE.search(text, 0, 1500)
    if match is None:
        return None
    group = "slashed" if match["slashed"] else "bracketed"
    name = _RELEASE_SERVICES[match[group].lower()]
    return Syndication(wire=name, how="press_release", evidence=evidence(text, *match.span(group)))


def _is_wire(publisher: Publisher) -> bool:
    return publisher.name in WIRE_SERVICES


def find_syndication(text: str, raw_text: str, removed: list[RemovedSpan]) -> Syndication | None:
    """The wire or release service credited in the text, or None for a story credited to no wire."""
    release = _release_dateline(text)
    if release is not None:
        return release
    # A dateline credit names a wire even when it is not a known one ("NEW YORK (Bloomberg Law) —").
    dateline = wire_credit(text)
    if dateline is not None:
        return Syndication(wire=dateline.name, how="dateline", evidence=dateline.evidence)
    credit = credit_line(text, raw_text, removed)
    if credit is not None and _is_wire(credit):
        return Syndication(
            wire=credit.name,
            how="credit_line",
            evidence=credit.evidence,
            evidence_in="raw_text" if credit.in_raw_text else "text",
        )
    # Every match holds "contributed": a scan of the whole text is skipped when the word is not in it.
    contributed = _CONTRIBUTED.search(text) if "contributed" in text else None
    if contributed is not None:
        return Syndication(
            wire=_WIRE_ALIASES[contributed["wire"]],
            how="credit_line",
            evidence=evidence(text, *contributed.span("wire")),
        )
    return None
