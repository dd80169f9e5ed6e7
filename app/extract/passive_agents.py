"""People named as a passive's agent or beside a speaker, after `by`: not whom a later pronoun means.

`Mr X had been accused of "…" by shadow secretary Y. He said …` and `"…," said X, flanked by Chief Y.
"…," he added` are X's: the sentence is about X, and the people after its `by` are only named in it. So is
`X said …. The briefing was attended by Governor Y. "…," she said`: a sentence about a thing names its agents
only, and the pronoun means the person named in the paragraph before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["person_before_agents"]


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity_id(self) -> str | None: ...


MentionT = TypeVar("MentionT", bound=_Mention)

_BY = re.compile(r"\bby\b")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s")


def _sentence_start(text: str, position: int) -> int:
    ends = [match.end() for match in _SENTENCE_END.finditer(text, max(0, position - 600), position)]
    return max([text.rfind("\n", 0, position) + 1, *ends])


def _before_thing_agents(named: Sequence[MentionT], text: str) -> MentionT | None:
    """The person named in the paragraph before a sentence whose subject is no person and whose people, ending
    `named`, all follow its `by` (`The briefing was attended by Governor Y, …`)."""
    last = named[-1]
    start = _sentence_start(text, last.start)
    by = _BY.search(text, start, last.start)
    if by is None or any(start <= person.start < by.start() for person in named):
        return None
    before = [person for person in named if person.end <= start]
    if not before or text.count("\n\n", before[-1].end, start) > 1:
        return None
    return before[-1] if before[-1].entity_id != last.entity_id else None


def person_before_agents(named: Sequence[MentionT], text: str) -> MentionT | None:
    """The person of the sentence whose last people, ending `named`, follow its `by`, or of the paragraph before
    a sentence about a thing whose people follow its `by`; None if they do not."""
    last = named[-1]
    for index in range(len(named) - 2, -1, -1):
        person = named[index]
        if "\n" in text[person.end : last.start]:
            break
        by = _BY.search(text, person.end, last.start)
        if by is None:
            continue
        if named[index + 1].start < by.start() or _SENTENCE_END.search(text, person.end, by.start()):
            continue  # someone else leads the `by`, or it is in a later sentence than this person
        return person if person.entity_id != last.entity_id else None
    return _before_thing_agents(named, text)
