"""A company the text refers back to (`the company said`, `the messaging service said`) where no extractor
listed it: the last one named by its legal form (`Twitter Inc`)."""

from __future__ import annotations

import re
from collections.abc import Set

from app.extract.lexicon import word_set
from app.extract.spans import word_pattern

__all__ = ["COMPANY_REFERENCES", "last_company"]

COMPANY_REFERENCES = word_set("company_reference_nouns.txt")
# `Twitter Inc’s quarterly revenue`: up to four capitalized words on one line, then a legal form.
_COMPANY_NAME = re.compile(
    rf"\b(?:[A-Z][\w&’'-]*[^\S\n]+){{1,4}}(?:{word_pattern(word_set('company_legal_forms.txt'))})(?![\w-])"
)
# `for conglomerate Wesfarmers`, `retailer Coles`: a lowercase word for a company, then its name.
_DESCRIBED_COMPANY = re.compile(
    rf"\b(?:{word_pattern(COMPANY_REFERENCES)})[^\S\n]+(?P<name>[A-Z][\w&’'-]*(?:[^\S\n]+[A-Z][\w&’'-]*){{0,2}})"
)


def last_company(text: str, position: int, not_names: Set[str]) -> tuple[int, int] | None:
    """The span of the last company named by its legal form before `position`, without a leading `The`; with
    none, the last one named after a word for a company (`conglomerate Wesfarmers`: `market research firm
    FactSet` after `Twitter Inc` is a source the text cites, not the company it goes on about)."""
    spans = [match.span() for match in _COMPANY_NAME.finditer(text, 0, position)] or [
        match.span("name") for match in _DESCRIBED_COMPANY.finditer(text, 0, position)
    ]
    if not spans:
        return None
    start, end = spans[-1]
    words = text[start:end].split()
    while words and words[0] in not_names:  # `The Acme Corp`
        start += len(words.pop(0))
        start += len(text[start:end]) - len(text[start:end].lstrip())
    return (start, end) if words else None
