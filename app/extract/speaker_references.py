"""Whom a quote's `the <noun> said` means when the noun names a body or a document, not a person.

`…," the thinktank said`, `…," the courts body added`: the last body named before that the noun (or
the word before it) names: its name has the word or is followed by it (`The Resolution Foundation thinktank`).
`the statement said`, `the report stated`: the author of the statement, the one whose statement the passage
has been quoting; without one, the body whose report the text names by its possessive (`the service's annual
report`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from app.extract.lexicon import word_set
from app.extract.spans import word_pattern

__all__ = ["document_author", "document_owner", "named_body", "refers_to_body", "refers_to_document"]


class _Mention(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def is_person(self) -> bool: ...


MentionT = TypeVar("MentionT", bound=_Mention)

_BODY_NOUNS = word_set("body_nouns.txt") | word_set("speaker_body_nouns.txt")
_DOCUMENT_NOUNS = word_set("speaker_document_nouns.txt")
_GOING_ON = r"(?:\s+(?:also|further))?"
_BODY_REFERENCE = re.compile(
    r"(?:(?:But|And|So|Yet)\s+)?(?P<the>[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:(?P<modifier>[a-z-]+)\s+)?"
    rf"(?P<noun>{word_pattern(_BODY_NOUNS)}){_GOING_ON}"
)
_DOCUMENT_REFERENCE = re.compile(
    rf"[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?P<noun>{word_pattern(_DOCUMENT_NOUNS)}){_GOING_ON}"
)

# `a statement from Uneb`, `an official statement issued by the PM Office`: a document and its author.
_DOCUMENT_BY = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}(?:{word_pattern(_DOCUMENT_NOUNS)})\s+"
    r"(?:(?:issued|released|sent|published)\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?P<author>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*)*)(?:\s+[a-z].*)?"
)


@functools.cache
def _owned_document(noun: str) -> re.Pattern[str]:
    """`the service's annual report`, `Eurostat's report`: a document by its owner's possessive."""
    return re.compile(
        r"(?:[Tt]he\s+)?(?P<owner>[a-z]+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s?\s+(?:[\w-]+\s+){0,3}"
        rf"{re.escape(noun)}\b"
    )


def refers_to_body(who: str) -> re.Match[str] | None:
    """`the thinktank`, `The union also`, `the courts body`: a body the text named before."""
    return _BODY_REFERENCE.fullmatch(who)


def refers_to_document(who: str) -> re.Match[str] | None:
    """`the statement`, `the annual report`: a document speaking for its author."""
    return _DOCUMENT_REFERENCE.fullmatch(who)


def document_author(who: str) -> re.Match[str] | None:
    """`a statement from Uneb`: a document speaking for the author it names (group `author`)."""
    return _DOCUMENT_BY.fullmatch(who)


def named_body(
    text: str, speakers: Sequence[MentionT], noun: str, modifier: str | None, position: int
) -> MentionT | None:
    """The last body named before `position` that `the [modifier] <noun>` refers to."""
    for speaker in reversed([s for s in speakers if not s.is_person and s.end <= position]):
        words = speaker.name.lower().split()
        following = text[speaker.end : speaker.end + len(noun) + 1].strip().lower()
        if noun in words or following == noun or (modifier is not None and modifier in words):
            return speaker
    return None


def document_owner(text: str, speakers: Sequence[MentionT], noun: str, position: int) -> MentionT | None:
    """The body whose `noun` the text names last before `position` by its possessive (`the service's annual
    report`, `Eurostat's report`): the listed body named so, or the body a lowercase noun refers to."""
    if text.find(noun, 0, position) < 0:
        return None
    owned = next(reversed(list(_owned_document(noun).finditer(text, 0, position))), None)
    if owned is None:
        return None
    owner, owner_start = owned["owner"], owned.start("owner")
    if owner.islower():
        return named_body(text, speakers, owner, None, owner_start) if owner in _BODY_NOUNS else None
    return next((s for s in speakers if not s.is_person and s.start <= owner_start < s.end), None)
