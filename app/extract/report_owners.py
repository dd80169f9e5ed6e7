"""The body that owns a report named by its title: `The Treasury’s Half Year Economic and Fiscal Update
forecast …` credits the Treasury, not the report's title."""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD
from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from app.extract.source_cues import SOURCE_NOUN_WORDS

__all__ = ["report_owner"]

# The owner's possessive, then up to three words of the title before its capitalized name (`Half year`).
_OWNER_BEFORE_TITLE = re.compile(
    rf"(?P<owner>{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)*{NAME_WORD})*)['’]s\s+(?:[\w-]+\s+){{0,3}}$"
)


def report_owner(context: SourceContext, title_start: int, title_end: int) -> Speaker | None:
    """The owner named by a possessive before a report's capitalized title (one that ends on a word for a
    body of figures: `Update`, `Survey`, `Outlook`), or None."""
    words = context.text[title_start:title_end].split()
    if not words or words[-1].lower() not in SOURCE_NOUN_WORDS:
        return None
    owner = _OWNER_BEFORE_TITLE.search(context.text, max(0, title_start - 80), title_start)
    if owner is None:
        return None
    return context.named_at(owner.start("owner"), owner.end("owner")) or context.unlisted_source(
        *owner.span("owner"), body=True
    )
