"""Offices named before a name in phrases no capitalized title run holds.

`minister of tourism Ana Ruiz` (a lowercase office named for its portfolio), `Member of Parliament for
Ajumako-Enyan-Esiam, Ama Owusu` (a seat's holder set off by a comma) and `Cleverly's predecessor Ana Ruiz`
(who held the office before or after someone).
"""

from __future__ import annotations

import re

from app.extract.lexicon import PORTFOLIO_WORDS, POST_NOMINAL_OFFICES, TITLE_HEADS
from app.extract.names import UPPER
from app.models import StatedTitle

__all__ = ["HEAD_WORDS", "office_phrase_before"]

# Every one-word and many-word title head, longest first, for patterns that end in one.
HEAD_WORDS = "|".join(
    sorted(
        (re.escape(word).replace("\\ ", r"\s+") for word in TITLE_HEADS if "." not in word),
        key=len,
        reverse=True,
    )
)
_PORTFOLIOS = "|".join(sorted(PORTFOLIO_WORDS, key=len, reverse=True))
# "minister of tourism Ana Ruiz said": a lowercase office named for its portfolio.
_PORTFOLIO_OF_BEFORE = re.compile(
    r"(?P<title>(?:\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Dd]eputy|[Aa]ssistant|[Jj]unior|[Ss]hadow|then-|ex-)\s+)*"
    r"(?<![\w-])(?i:minister|secretary|director|commissioner|head|chief|spokes(?:man|woman|person)"
    r"|chair(?:man|woman|person)?|under-?secretary|administrator|controller|comptroller)"
    rf"(?:\s+of\s+state)?\s+(?:of|for)\s+(?:the\s+)?(?:{_PORTFOLIOS})"
    rf"(?:,?\s+(?:and|&)\s+(?:{_PORTFOLIOS}))*)\s+$"
)
# "Member of Parliament for Ajumako-Enyan-Esiam, Ama Owusu said", "the MP for Arfon, Hywel Lloyd": a seat's
# holder set off by commas after it.
_SEAT_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<title>(?:(?:[Ff]ormer|[Ss]itting)\s+)?(?:Member\s+of\s+(?:the\s+)?(?:Parliament|Legislative\s+"
    rf"Assembly|Provincial\s+Parliament|National\s+Assembly|House\s+of\s+Assembly)|Member|Senator|Councillor"
    rf"|{'|'.join(sorted(POST_NOMINAL_OFFICES))})"
    rf"\s+for\s+[{UPPER}][\w’'-]*(?:\s+(?:and\s+)?[{UPPER}][\w’'-]*){{0,4}}),\s+$"
)
# "Cleverly's predecessor Ana Ruiz", "his successor, Tom Hale,": who held the office before or after.
_SUCCESSION_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<title>(?:[Hh]is|[Hh]er|[Tt]heir|[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*['’]s)\s+"
    r"(?:immediate\s+)?(?:predecessor|successor)),?\s+$"
)


def office_phrase_before(
    text: str, window_start: int, start: int, words_before: list[str]
) -> StatedTitle | None:
    """The office phrase that ends just before `start`, where `words_before` (the words of the window) allow one."""
    office = None
    if words_before and words_before[-1].rstrip(",") in ("predecessor", "successor"):
        office = _SUCCESSION_BEFORE.search(text, window_start, start)
    if office is None and {"of", "for"} & set(words_before[-6:]):
        office = _PORTFOLIO_OF_BEFORE.search(text, window_start, start) or (
            _SEAT_TITLE_BEFORE.search(text, window_start, start) if text[start - 2 : start] == ", " else None
        )
    if office is None:
        return None
    return StatedTitle(start=office.start("title"), end=office.end("title"), text=office["title"])
