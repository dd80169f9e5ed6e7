"""Bodies whose statements are reports: a statistics office by its name (`Statistics Canada`), or a body the text
describes as one (`the government's macro-economic forecasting agency CPB`)."""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD
from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.spans import word_pattern

__all__ = ["described_producers", "is_statistics_office"]

_STATISTICS_BODY_WORDS = word_set("statistics_body_words.txt")
_PRODUCER_DESCRIPTION = (
    rf"(?:{word_pattern(_STATISTICS_BODY_WORDS)})\s+(?:{word_pattern(word_set('body_nouns.txt'))})"
)
_SHORT_BODY_NAME = rf"(?P<name>{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)?{NAME_WORD})*)"
# `the government's macro-economic forecasting agency CPB`, `CPB, the Dutch forecasting agency,`.
_DESCRIBED_PRODUCER = re.compile(
    rf"\b{_PRODUCER_DESCRIPTION}[^\S\n]+{_SHORT_BODY_NAME}"
    rf"|{_SHORT_BODY_NAME.replace('name', 'named')}(?:\s*\([A-Za-z&.]{{2,12}}\))?,\s+(?:the|an?)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{_PRODUCER_DESCRIPTION}\b"
)
# Every match of `_DESCRIBED_PRODUCER` holds a description, which few texts do: the scan for names runs only
# in those (change this with the pattern; tests/extract/test_scan_shortcuts.py compares the two).
_PRODUCER_DESCRIBED = re.compile(_PRODUCER_DESCRIPTION)


def is_statistics_office(actor: Speaker) -> bool:
    """`Statistics Canada`, `the National Institute of Statistics and Censuses`: whatever it says is its report."""
    return not actor.is_person and not _STATISTICS_BODY_WORDS.isdisjoint(actor.name.lower().split())


def described_producers(text: str) -> frozenset[str]:
    """The names of the bodies `text` describes as a statistics office or forecaster."""
    if _PRODUCER_DESCRIBED.search(text) is None:
        return frozenset()
    return frozenset(match["name"] or match["named"] for match in _DESCRIBED_PRODUCER.finditer(text))
