"""A person who relays a body's data is the source of what she states (docs/evaluation.md, the reading settled
before blind16): `Mapa reported the results of the PSA's survey showing 4.1%`, `The minister said, according
to the bureau's figures, that 12,000 jobs were added`, `Ms Rees said data from the bureau showed 4% growth`.

A body's data named inside a person's statement (after her reporting verb, in the same clause) is what she
cites: the person stays the source and the body's cue is dropped for the sentence. The producer still wins
over an outlet that relays it (`…, the agency reported, citing X`), since an outlet is no person. Not read as
a relay: a body's data before a closing `…, he said` (`Labour's figures suggested 131,000 …, he said` is
Labour's in blind6's gold, written before the reading was settled).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.body_references import JURISDICTION_NAMES
from app.extract.lexicon import CITIES, word_set
from app.extract.source_carry import SourceCarry
from app.extract.source_cues import DECIDING_VERBS, Cue

__all__ = [
    "places_reported",
    "producer_relayed",
    "relayed_by_person",
    "reported_experience",
    "speaker_relaying",
]

_PLACE_EXPERIENCES = word_set("place_experience_verbs.txt")
_SAYING_VERBS = word_set("quote_verbs.txt")
_WORD_AT = re.compile(r"[A-Za-z]+")
_ACCORDING = re.compile(r"[Aa]ccording\s+to\b")
# Where a person's statement ends inside a sentence: a new clause the article itself adds.
_CLAUSE_BREAK = re.compile(
    r";|[,–—]\s+(?:while|whereas|but|although|though|even\s+as|as|and|after|when)\s|\s[–—]\s|\(|\)"
)


def _person(cue: Cue) -> bool:
    return cue.source is not None and cue.source.named.is_person and cue.source.method == "reporting_verb"


def _body_data(text: str, cue: Cue) -> bool:
    """A body's report, data or statement named by a source phrase, `according to` (named or left unnamed) or
    a reporting verb (`Vaishnaw claimed that the Railways has reported …`)."""
    if cue.source is None:
        return _ACCORDING.match(text, cue.position) is not None
    return not cue.source.named.is_person


def relayed_by_person(text: str, cues: Sequence[Cue]) -> tuple[list[Cue], list[Cue]]:
    """`cues` (in order) without the bodies' data a person's statement in the sentence relays, and those."""
    kept: list[Cue] = []
    relayed: list[Cue] = []
    speaker: Cue | None = None
    for cue in cues:
        if (
            speaker is not None
            and _body_data(text, cue)
            and _CLAUSE_BREAK.search(text, speaker.position, cue.position) is None
        ):
            relayed.append(cue)
            continue
        kept.append(cue)
        if _person(cue):
            speaker = cue
        elif cue.source is not None:
            speaker = None
    return kept, relayed


def places_reported(cues: Sequence[Cue]) -> list[Cue]:
    """`cues` (in order) without a place's figures (`Alberta's jobless numbers`) named after another source."""
    kept: list[Cue] = []
    for cue in cues:
        named = cue.source.named if cue.source is not None else None
        if (
            named is not None
            and cue.source is not None
            and cue.source.method == "source_phrase"
            and (named.name in JURISDICTION_NAMES or named.name in CITIES)
            and any(before.source is not None and before.source.named.name != named.name for before in kept)
        ):
            continue
        kept.append(cue)
    return kept


def reported_experience(verb: re.Match[str], cue: Cue, earlier: Sequence[Cue], carry: SourceCarry) -> bool:
    """`Jo Rees said till 5 PM, Dunmore recorded 67 per cent turnout`: a place that went through the figure
    inside a statement already credited, or inside a report going on from paragraphs before (`Dunmore
    recorded the most deaths …`), is what the statement or report says, not a new source."""
    named = cue.source.named if cue.source is not None else None
    # Inside a report, a one-word place name only (`NHS England data also showed` is a new source).
    reporting = (
        carry.carried is not None
        and not carry.carried.named.is_person
        and named is not None
        and " " not in named.name
        and not named.name.isupper()
    )
    return (
        named is not None
        and named.entity_id is None
        and not named.is_person
        and verb.group().lower() in _PLACE_EXPERIENCES
        and (
            reporting
            or any(before.source is not None and before.position < verb.start() for before in earlier)
        )
    )


def producer_relayed(cue: Cue, heard: Sequence[Cue], position: int) -> Cue | None:
    """`According to Arab News, … 288,000, as revealed by a bulletin published by the Statistics Authority`:
    the producer the sentence names after the figure, over a name it was only heard from."""
    if (
        cue.source is None
        or cue.source.method != "according_to"
        or cue.source.data
        or cue.source.named.is_person
    ):
        return None
    producers = [
        later
        for later in heard
        if later.position > position
        and later.source is not None
        and later.source.method == "source_phrase"
        and later.source.data
    ]
    return producers[-1] if producers else None


def speaker_relaying(cue: Cue, heard: Sequence[Cue], position: int, text: str) -> Cue | None:
    """`Port Klang recorded 14.06 million TEUs in 2023, said Transport Minister X`, `Sri Lanka Tourism is targeting
    four million arrivals, the Minister announced`: the person the sentence says said it, after the figure, over a
    body or place that went through or decided it."""
    verb = _WORD_AT.match(text, cue.position)
    if (
        cue.source is None
        or cue.source.named.is_person
        or verb is None
        or (verb.group() not in _PLACE_EXPERIENCES and verb.group().lower() not in DECIDING_VERBS)
    ):
        return None
    speakers = [
        later
        for later in heard
        if later.position > position
        and later.source is not None
        and later.source.named.is_person
        and (said := _WORD_AT.match(text, later.position)) is not None
        and said.group().lower() in _SAYING_VERBS
    ]
    return speakers[0] if speakers else None
