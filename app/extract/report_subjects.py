"""A report as what credits a figure: the subject of a reporting verb (`new data has revealed`, `Labor's figures
showed`, `customs data showed`, `The figures also showed`), or a report named by its title, whose owner is the
source (`The Treasury’s Half Year Economic and Fiscal Update forecast …` credits the Treasury).
"""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD
from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.source_carry import SourceCarry
from app.extract.source_context import FUNCTION_WORDS, SourceContext
from app.extract.source_cues import SOURCE_NOUN_WORDS, Cue, Source

__all__ = ["report_owner", "report_subject"]

# A name's possessive or a short name in brackets, and up to two more words, before a report's noun.
_OWNER_BEFORE = re.compile(
    r"(?:[A-Z][\w.&-]*['’]s|\))(?:\s*\([A-Za-z&.]{2,12}\))?(?:\s+[a-z][\w-]*){0,2}\s+$"
)
_NEW_REPORT_WORDS = word_set("new_report_words.txt")

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


def report_subject(
    context: SourceContext, start: int, verb_start: int, subject: re.Match[str], carry: SourceCarry
) -> Cue | None:
    """The cue of a reporting verb whose subject `subject` (groups `owner`, `word`) is a report's noun; None
    where the owner named before it is the source phrase's cue."""
    word, owner = subject["word"].lower(), (subject["owner"] or "").lower()
    if owner in _NEW_REPORT_WORDS:
        return Cue(verb_start, None)  # `new data has revealed`: a report left unnamed
    if (
        subject["owner"] and subject["owner"][0].isupper() and owner not in FUNCTION_WORDS
    ) or _OWNER_BEFORE.search(context.text, max(start, subject.start("word") - 80), subject.start("word")):
        # `Labor's figures showed`, `The Records Office (RO) figures show`, `The Real Estate Institute's
        # (REINZ) residential market report shows`: the owner named is the source phrase's cue.
        return None
    described = (
        context.body_with_word(owner, subject.start())
        if subject["owner"] and subject["owner"].islower() and owner not in FUNCTION_WORDS
        else None
    )
    if described is not None:
        # `customs data showed`: the body whose name has that word, named before or next (`the General
        # Administration of Customs`).
        return Cue(verb_start, context.source(described, "source_phrase", data=True))
    # `The figures also showed …`: the report already named, not a person who commented on it.
    earlier = carry.report_called(word)
    # Within its paragraph: a new paragraph needs its own cue to go on with the report, unless the report
    # is a body's, the one being carried (`…, the statistics office said. … 8,857 fewer, the figures show.`).
    carried = carry.carried
    going_on = (
        carried is not None
        and carried.data
        and not carried.named.is_person
        and earlier is not None
        and carried.named.name == earlier.named.name
    )
    return Cue(verb_start, Source(earlier.named, "continued", going_on) if earlier else None)
