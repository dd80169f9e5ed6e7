"""The source a headline names by a colon: `RFA: 120 homes flooded`, `… with $2.1B shortfall: Okafor`, `…:
finance minister`, by a title before a closing `says` (`…, interior minister says`) or by a body the text names
after a closing dash (`Death toll rises to 10 - Ministry of Health`); and the lines below a photo's caption that
name one as a headline does.

A place that heads a headline (`Nigeria: Minister faults …`) is its topic, not a source. A headline's source
credits its own figures only.
"""

from __future__ import annotations

import re

from app.extract.body_references import PLACE_NAMES
from app.extract.lexicon import PHOTO_CREDIT_LABELS
from app.extract.source_context import SourceContext
from app.extract.spans import word_pattern
from app.extract.speakers import Speaker

__all__ = ["headline_source", "is_title_line"]

_HEADLINE_SOURCE = re.compile(r"\s*(?P<who>[^:\n]{2,60}):\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# `… with $2.1B shortfall: Okafor`: the source named after a headline's last colon; not after a photo's
# credit label (`… recorded in 2019. - Photo: ST`).
_HEADLINE_SOURCE_AFTER = re.compile(r":\s+(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*$")
_PHOTO_CREDIT_BEFORE = re.compile(rf"\b(?:{word_pattern(PHOTO_CREDIT_LABELS)})\s*:\s*$")
# `Cholera Death Toll Rises to 10 - Ministry of Health`, `… by 283 tonnes –Mvurya`: who the text names, after a
# closing dash.
_HEADLINE_SOURCE_DASH = re.compile(
    r"\s[-–—]\s*(?P<who>[A-Z][\w’'.-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]+){0,5})\s*$"
)
# `Federal deficit projected at $18.4B: finance minister`: a title after the colon, in place of a name.
_HEADLINE_ROLE_AFTER = re.compile(r":\s+(?P<who>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s*$")
# `Quake kills 22 people, interior minister says`: a title before a closing `says`, in place of a name.
_HEADLINE_ROLE_SAYS = re.compile(r",\s+(?P<who>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+(?:says|said)\s*$")
_QUOTE_MARK = re.compile("[‘“\"]|(?<!\\w)'")
_SENTENCE_ENDS = frozenset(".!?”\"’'")
_SHORT_NAME = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}")


def is_title_line(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a line of its own that names a source after a colon, as a headline does
    (`Federal deficit projected at $18.4B: finance minister` below a photo's caption)."""
    if (start > 0 and text[start - 1] != "\n") or text.find(":", start, end) < 0:
        return False
    line = text[start:end].rstrip()
    line_end = start + len(line)
    return text[line_end : line_end + 1] in ("", "\n") and line[-1:] not in _SENTENCE_ENDS


def headline_source(context: SourceContext, line: tuple[int, int] | None = None) -> Speaker | None:
    """The source the headline names by a colon (a title `line` other than the headline: by a colon before
    its end only)."""
    span = line or context.headline
    if span is None:
        return None
    text = context.text
    start, end = span
    for who in (
        None if line else _HEADLINE_SOURCE.match(text, start, end),
        _HEADLINE_SOURCE_AFTER.search(text, start, end),
    ):
        if (
            who is None
            or who["who"].strip() in PLACE_NAMES
            or _YEAR.search(who["who"])
            or _PHOTO_CREDIT_BEFORE.search(text, max(start, who.start("who") - 14), who.start("who"))
        ):
            continue  # `Nigeria: Minister faults …`, `Wildfires 2018: …`, `Photo: ST`: a place, a label, a credit
        named = context.named_at(who.start("who"), who.end("who"))
        if named is None and _SHORT_NAME.fullmatch(who["who"]):
            named = context.unlisted_source(who.start("who"), who.end("who"), opening=True)
        if named is not None:
            return named
    dash = None if line else _HEADLINE_SOURCE_DASH.search(text, start, end)
    named = context.named_at(*dash.span("who")) if dash is not None else None
    # `We'll grow fish output by 283 tonnes –Mvurya`: a person too, whom the story names again (an author
    # signing the headline is not named in it), unless the headline quotes them: the dash credits the quote
    # (`Income up to €116m but ‘we must live within our means’ - Potts`).
    if named is not None and (
        not named.is_person
        or (
            _QUOTE_MARK.search(text, start, end) is None
            and any(actor.entity_id == named.entity_id for actor in context.actors_in(end, len(text)))
        )
    ):
        return named
    role = _HEADLINE_ROLE_AFTER.search(text, start, end) or (
        None if line else _HEADLINE_ROLE_SAYS.search(text, start, end)
    )
    holder = context.roles.holder(role["who"], start) if role is not None else None
    if role is not None and holder is not None:
        return Speaker(holder.name, holder.entity_id, *role.span("who"))
    return None
