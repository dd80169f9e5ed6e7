"""A body's own result names it: `Dublin Port Company's EBITDA rose 8% to €70m` is the company's figure.

The rulings before blind23 (docs/evaluation.md): a figure the sentence gives as a body's own result, owned
with a possessive, names that body as its source, and the body is carried from there as any body is. A
person's (`Smith's income`) or a place's (`Kenya's exports`) names no source.
"""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD, PLACE_NAMES
from app.extract.lexicon import word_set
from app.extract.source_context import SourceContext
from app.extract.source_cues import Cue
from app.extract.spans import word_pattern

__all__ = ["own_result_cues", "states_own_result"]

# Up to two words between the owner and its result: lowercase (`net`, `pre-tax`) or a hyphened product name
# (`Safaricom's M-Pesa revenue`).
_RESULT = rf"['’]s?(?:\s+(?:[a-z][\w-]*|[A-Z]\w*-[\w-]+)){{0,2}}\s+(?:{word_pattern(word_set('result_nouns.txt'))})\b"
_OWNED_RESULT = re.compile(_RESULT)
_OWNER = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD})*)(?={_RESULT})"
)


def states_own_result(text: str, start: int, end: int) -> bool:
    """`text[start:end]` gives something's own result with a possessive: a sentence to read for its owner."""
    return _OWNED_RESULT.search(text, start, end) is not None


def own_result_cues(context: SourceContext, start: int, end: int) -> list[Cue]:
    """The bodies `text[start:end]` names as the owners of a result it gives."""
    cues: list[Cue] = []
    for owner in _OWNER.finditer(context.text, start, end):
        named = context.named_at(*owner.span("name")) or context.unlisted_source(
            *owner.span("name"), opening=True, body=True
        )
        if named is not None and not named.is_person and named.name not in PLACE_NAMES:
            cues.append(Cue(owner.start("name"), context.source(named, "source_phrase", data=True)))
    return cues
