"""A body as a quote's speaker where no name says so: a body's organ (`the BOK's monetary policy board`), a noun
referring back to a body or a document (`the thinktank said`, `the statement said`, `the independent statutory
body said`, `The report said:` after `figures released by the ONS`), and `it added` after a body's quote.
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_set
from app.extract.spans import evidence, slugify
from app.extract.speaker_bodies import (
    GENERIC_BODY_NOUNS,
    body_subject_before,
    last_body_before,
    releasing_body,
    titled_body,
)
from app.extract.speaker_passage import Passage, Speaker, attribution_of
from app.extract.speaker_references import (
    document_owner,
    named_body,
    refers_to_body,
    refers_to_document,
)
from app.models import Attribution, Evidence

__all__ = [
    "BODY_OWNER",
    "body_speaking",
    "is_body",
    "it_speaker",
    "owning_body",
    "referred_body",
    "referred_speaker",
]

# `the BOK's monetary policy board`, `Statistics Norway's research department`: a body's organ.
BODY_OWNER = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+(?:[a-z-]+\s+){0,3}"
    rf"(?:{'|'.join(sorted(word_set('body_nouns.txt')))})"
)


def body_speaking(passage: Passage, start: int, end: int) -> Attribution:
    """The body named by `text[start:end]`, no extractor having listed it, as a quote's speaker."""
    name = passage.text[start:end]
    passage.unlisted_bodies.add(slugify(name))
    return Attribution(name=name, entity_id=slugify(name), evidence=evidence(passage.text, start, end))


def owning_body(passage: Passage, start: int, end: int) -> Attribution | None:
    """`the BOK's monetary policy board`: the body whose organ `text[start:end]` names speaks."""
    owner = BODY_OWNER.fullmatch(passage.text, start, end)
    return body_speaking(passage, *owner.span("name")) if owner is not None else None


def _named_with(text: str, mention: Evidence, noun: str) -> bool:
    """Whether the words naming a speaker at `mention` have `noun` (`the BOK's monetary policy board`)."""
    words = re.compile(rf"[^.,;:“”\"\n]{{0,40}}?\b{re.escape(noun)}\b", re.IGNORECASE)
    return words.match(text, mention.start, mention.end + 40) is not None


_CIRCUMSTANCE = re.compile(r"\s+(?:in|on|at|during|after|when|while|to)\s[^,;]*$")


def _nearby_body(passage: Passage, position: int) -> Speaker | None:
    """`the organization said`: the last body named in the paragraph of `position` or the one before."""
    text = passage.text
    paragraph = text.rfind("\n\n", 0, position)
    previous = text.rfind("\n\n", 0, paragraph) if paragraph > 0 else -1
    return last_body_before(text, passage.speakers, position, max(previous, 0))


def referred_speaker(
    passage: Passage, who: str, who_at: int, quote_start: int, *, going_on_only: bool = False
) -> Attribution | None:
    """`the thinktank said`, `the statement said`: the body or the author the noun refers back to. With
    `going_on_only`, only the speaker of the passage named with the noun (`the board` after a quote of `the
    BOK's monetary policy board`)."""
    text, current = passage.text, passage.current
    # `said the organization in a Friday news release`: the noun, without where or when it spoke.
    who = _CIRCUMSTANCE.sub("", who)
    body = refers_to_body(who)
    document = refers_to_document(who) if body is None else None
    if body is None and document is None:
        return None
    noun = body["noun"] if body is not None else document["noun"] if document is not None else ""
    at = who_at + (body.start("the") if body is not None else 0)
    if current is not None and current.evidence is not None:
        # `the BOK's monetary policy board said …`, then `the board said`: the body speaking goes on;
        # `X said in a statement that …`, then `"…," the statement said`: X's statement goes on.
        going_on = (
            _named_with(text, current.evidence, noun)
            if body is not None
            else text.find(noun, current.evidence.start, who_at) >= 0
        )
        if going_on:
            return Attribution(
                name=current.name, entity_id=current.entity_id, evidence=evidence(text, at, who_at + len(who))
            )
    released = (
        releasing_body(text, passage.speakers, min(who_at, quote_start)) if document is not None else None
    )
    nearby = (
        _nearby_body(passage, min(who_at, quote_start))
        if body is not None and noun in GENERIC_BODY_NOUNS
        else None
    )
    if going_on_only:
        # `The report said: "…"` after `figures released by the ONS`: the body that released it; `The
        # independent statutory body said … "…"`: a body named in this paragraph or the one before.
        found = released or nearby
        return referred_body(passage, found, at, who_at + len(who)) if found is not None else None
    referred = (
        named_body(text, passage.speakers, noun, body["modifier"], who_at)
        or titled_body(text, noun, who_at)
        or nearby
        if body is not None
        else document_owner(text, passage.speakers, noun, min(who_at, quote_start)) or released
    )
    if referred is None:
        return None
    if not referred.is_person and referred.entity_id is not None:
        # Found speaking as a body no name announces, it may say a short phrase (`"Unacceptable," the
        # courts body added`), as `Copernicus indicates that "…"` may.
        passage.unlisted_bodies.add(referred.entity_id)
    return attribution_of(referred, text, at, who_at + len(who))


def is_body(passage: Passage, speaker: Attribution) -> bool:
    """Whether a quote's speaker is a body: listed as one, or found speaking as one."""
    if speaker.entity_id is None:
        return False
    if speaker.entity_id in passage.unlisted_bodies:
        return True
    kinds = {s.is_person for s in passage.speakers if s.entity_id == speaker.entity_id}
    return kinds == {False}


def referred_body(passage: Passage, body: Speaker, start: int, end: int) -> Attribution:
    """A body the words at `text[start:end]` refer to without its name, as a quote's speaker: found this
    way, it may say a short phrase (`significantly ahead`), as a body no extractor lists may."""
    if body.entity_id is not None:
        passage.unlisted_bodies.add(body.entity_id)
    return attribution_of(body, passage.text, start, end)


def it_speaker(passage: Passage, who_start: int, who_end: int, quote_start: int) -> Attribution | None:
    """`"…," it added` after a body's quote: the body speaking in the passage goes on; with no body speaking,
    `"…," it stated` is the body a sentence before the quote has as its subject (`…, Nersa approved a 29.53%
    increase.`, `The agency said …` in the paragraph before)."""
    current = passage.current
    if current is not None and is_body(passage, current):
        return Attribution(
            name=current.name,
            entity_id=current.entity_id,
            evidence=evidence(passage.text, who_start, who_end),
        )
    body = body_subject_before(passage.text, passage.speakers, quote_start)
    return referred_body(passage, body, who_start, who_end) if body is not None else None
