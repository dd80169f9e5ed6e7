"""People named as a passive's agent or beside a speaker, after `by`: not whom a later pronoun means.

`Mr X had been accused of "…" by shadow secretary Y. He said …` and `"…," said X, flanked by Chief Y.
"…," he added` are X's: the sentence is about X, and the people after its `by` are only named in it.
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


def person_before_agents(named: Sequence[MentionT], text: str) -> MentionT | None:
    """The person of the sentence whose last people, ending `named`, follow its `by`; None if they do not."""
    last = named[-1]
    for index in range(len(named) - 2, -1, -1):
        person = named[index]
        if "\n" in text[person.end : last.start]:
            return None
        by = _BY.search(text, person.end, last.start)
        if by is None:
            continue
        if named[index + 1].start < by.start() or _SENTENCE_END.search(text, person.end, by.start()):
            continue  # someone else leads the `by`, or it is in a later sentence than this person
        return person if person.entity_id != last.entity_id else None
    return None
