"""A quote's speaker named before it without a reporting verb: the person opening the clause that leads into
it (`Sheriff X summed it up this way: "…"`), or the person a headline names before its colon (`Cele: Murder
rate "does not look good"`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.extract.quote_before import person_by_surname
from app.extract.quote_patterns import REMARKS_WITH
from app.extract.speakers import Speaker, attribution_of, speaker_in
from app.models import Attribution

__all__ = ["clause_opener", "headline_speaker"]

_HEADLINE_SPEAKER = re.compile(r"\s*(?P<who>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2}):\s")
# `Minister for Health accepts …`: a headline that opens on a title and its verb.
_HEADLINE_TITLE = re.compile(
    r"\s*(?P<who>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z][\w’'-]+|for|of)){0,4})[^\S\n]+(?=[a-z]+s\b)"
)


def clause_opener(
    text: str, speakers: Sequence[Speaker], before_start: int, before: str
) -> Attribution | None:
    """`X summed it up this way: "…"`, `X ended his comments with "…"`: the person who opens the clause
    `before` (starting at `before_start`) that leads into the quote."""
    if not (before.rstrip().endswith(":") or REMARKS_WITH.search(before)):
        return None
    opener = next(
        (
            mention
            for mention in speakers
            if before_start <= mention.start < before_start + len(before) and mention.is_person
        ),
        None,
    )
    return attribution_of(opener, text) if opener is not None else None


def headline_speaker(
    text: str,
    speakers: Sequence[Speaker],
    headline: tuple[int, int] | None,
    quote_start: int,
    role_holder: Callable[[str, int], Speaker | None] | None = None,
) -> Attribution | None:
    """The person the headline names before its colon, or by the title it opens on (`Minister for Health
    accepts …`), for a quote inside the headline."""
    if headline is None or not headline[0] <= quote_start < headline[1]:
        return None
    lead = _HEADLINE_SPEAKER.match(text, headline[0], quote_start)
    if lead is None:
        titled = _HEADLINE_TITLE.match(text, headline[0], quote_start)
        holder = role_holder(titled["who"], quote_start) if titled is not None and role_holder else None
        return attribution_of(holder, text, *titled.span("who")) if titled and holder else None
    named = speaker_in(speakers, *lead.span("who")) or person_by_surname(speakers, lead["who"])
    return attribution_of(named, text, *lead.span("who")) if named is not None and named.is_person else None
