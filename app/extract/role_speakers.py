"""A speaker named by a role instead of a name: `the minister said` for the person speaking in the passage,
`the senior officer added` for an officer of a force, `says statistics chief` for the one head the story names,
`a chief economist for the World Bank said` for the holder the story names later."""

from __future__ import annotations

import re

from app.extract.lexicon import POST_NOMINAL_OFFICES, word_set
from app.extract.spans import evidence
from app.extract.speaker_passage import Passage, Speaker, attribution_of
from app.models import Attribution

__all__ = ["current_for_role", "introduced_later", "only_head"]

_HEAD_WORDS = word_set("head_role_words.txt")
# Members of a legislature, who may also hold a ministry or another office the text names elsewhere.
_LEGISLATORS = frozenset(["member", "lawmaker", "legislator"]) | {
    office.lower() for office in POST_NOMINAL_OFFICES
}
# `the minister said`: roles that refer back to a person (not `the agency`, `the report`).
_PERSON_ROLES = word_set("person_reference_roles.txt")
_FORCE_RANKS = word_set("force_ranks.txt")
_RANK_HOLDER = "officer"  # the noun for anyone holding a rank of a force


def current_for_role(role: str, passage: Passage, start: int, end: int) -> Attribution | None:
    """`the minister said` where no one in the document holds the title: the person speaking in the
    passage, when the role was named before that person was (`the minister of economy was quoted …
    X told the daily Y. "…," the minister said`) and not again since (a role named anew is someone
    else), and the person's own titles name no other role. `text[start:end]` is the evidence."""
    current = passage.current
    if current is None or current.entity_id is None or current.evidence is None:
        return None
    held = passage.title_words.get(current.entity_id)
    if role == _RANK_HOLDER and held and held & _FORCE_RANKS:
        # `The senior officer added:` after a quote of Detective Superintendent X: X, however the text named
        # officers since.
        return Attribution(
            name=current.name, entity_id=current.entity_id, evidence=evidence(passage.text, start, end)
        )
    if role not in _PERSON_ROLES:
        return None
    if held and role not in held and not held <= _LEGISLATORS:
        return None  # a mayor is not the minister; a member of a parliament may be
    named = re.compile(rf"\b{re.escape(role)}s?\b", re.IGNORECASE)
    named_before = named.search(passage.text, 0, current.evidence.start) is not None
    if not named_before or named.search(passage.text, current.evidence.end, start) is not None:
        return None
    return Attribution(
        name=current.name, entity_id=current.entity_id, evidence=evidence(passage.text, start, end)
    )


def only_head(passage: Passage, who: str) -> Speaker | None:
    """The one person titled head of a body (`chief`, `head`, `boss`) when `who` names a head without a name."""
    if who.split()[-1].lower() not in _HEAD_WORDS:
        return None
    heads = {entity_id for entity_id, held in passage.title_words.items() if held & _HEAD_WORDS}
    if len(heads) != 1:
        return None
    (entity_id,) = heads
    return next((speaker for speaker in passage.speakers if speaker.entity_id == entity_id), None)


# `a chief economist for the World Bank`: a role at a named body, with no name.
_ROLE_AT_BODY = re.compile(
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\s+(?:for|at|of|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)"
)


def introduced_later(passage: Passage, who: str, who_start: int, after: int) -> Attribution | None:
    """`a chief economist for the World Bank said` in a lede, where the story names the one person holding
    that role at that body only after `after`: that person. Named before, the story would have used the name."""
    role = _ROLE_AT_BODY.fullmatch(who)
    if role is None:
        return None
    holders = [entity_id for entity_id, held in passage.title_words.items() if role["role"] in held]
    if len(holders) != 1:
        return None
    first = next((s for s in passage.speakers if s.entity_id == holders[0] and s.is_person), None)
    if first is None or first.start < after:
        return None
    around = passage.text[max(0, first.start - 150) : first.end + 150]
    if role["body"] not in around:
        return None
    return attribution_of(first, passage.text, who_start, who_start + len(who))
