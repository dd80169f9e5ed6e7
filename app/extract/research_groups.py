"""`A team of researchers led by Jo Rees …. They found …`: a research group speaks through its leader.

The group is introduced with its leader (`researchers led by X`, `a team led by X`); `they`, `the
researchers`, `the team` opening a later statement refer back to it, and the leader is the source.
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from app.extract.spans import word_pattern
from app.extract.unlisted_people import unlisted_person

__all__ = ["group_leader", "refers_to_group"]

_GROUP_NOUNS = word_set("research_group_nouns.txt")
_LED_GROUP = re.compile(
    rf"\b(?:{word_pattern(_GROUP_NOUNS | {noun.capitalize() for noun in _GROUP_NOUNS})})\s+(?:[a-z]+\s+)?led\s+by\s+"
)
# The leader's name runs to the next comma or clause; a person's name is at most a few words.
_LEADER_REACH = 40


def refers_to_group(owner: str, word: str) -> bool:
    """`they`, `the researchers`, `the team`: words that may refer back to a research group."""
    return (word == "they" and not owner) or (owner == "the" and word in _GROUP_NOUNS)


def group_leader(context: SourceContext, position: int) -> Speaker | None:
    """The person leading the last research group the text introduced before `position`."""
    text = context.text
    groups = list(_LED_GROUP.finditer(text, max(0, position - 3000), position))
    if not groups:
        return None
    start = groups[-1].end()
    end = min(position, start + _LEADER_REACH)
    listed = next((actor for actor in context.actors_in(start, end) if actor.start == start), None)
    if listed is not None and listed.is_person:
        return listed
    missed = unlisted_person(text, start, end)
    if missed is None or missed.evidence is None or missed.evidence.start != start:
        return None
    return Speaker(missed.name, missed.entity_id, missed.evidence.start, missed.evidence.end)
