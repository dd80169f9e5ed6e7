"""Plural titles before a list of names: `Deputy Governors Ana Ruiz, Tom Hale and Li Wei` -> each holds one.

`singular_title` reads such a title as the one office each name holds (`Deputy Governors` -> `Deputy
Governor`), so that the office test judges it like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from app.extract.lexicon import NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS, word_map
from app.extract.names import UPPER
from app.models import StatedTitle

__all__ = ["TitledName", "plural_title_lists", "share_colleagues_titles", "singular_title"]


class TitledName(Protocol):
    """A name found in the text with the titles stated around it."""

    titles: list[StatedTitle]

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def _plural(head: str) -> str:
    if head.endswith("man"):
        return head[:-3] + "men"
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        return head[:-1] + "ies"
    return head + "s"


# plural as written -> singular, for every one-word title head in lowercase and capitalized
_SINGULAR: dict[str, str] = {
    **{
        form: singular
        for head in TITLE_HEADS
        if " " not in head and "." not in head and _plural(head) not in TITLE_HEADS
        for form, singular in ((_plural(head), head), (_plural(head).capitalize(), head.capitalize()))
    },
    **word_map("plural_titles.tsv"),
}
# A word as written between spaces: a plural head is one of these, followed by a capitalized word.
_SPACED_WORD = re.compile(r"\S+")
_CAPITAL_AFTER = re.compile(rf"\s+[{UPPER}]")
_PARTICLE = "|".join(re.escape(particle) for particle in sorted(NAME_PARTICLES, key=len, reverse=True))
_WORD = rf"[{UPPER}][\w’'-]+"
_NAME = rf"{_WORD}(?:\s+(?:(?:{_PARTICLE})\s+|[A-Z]\.\s+)*{_WORD}){{1,3}}"
# Two or more names: "A B, C D and E F", "A B and C D".
_NAMES_AFTER = re.compile(rf"\s+(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})(?![\w’'-])")
_NAME_IN_LIST = re.compile(_NAME)
_LIST_AND = re.compile(rf" and (?=[{UPPER}])")
# How far before its "and" a list's plural title may stand: four names of up to five words.
_LIST_REACH = 200
_TITLE_WORDS_BEFORE = re.compile(rf"(?:(?:[{UPPER}][\w.’'-]*|[a-z]+)\s+){{1,3}}$")


def singular_title(title: str) -> str:
    """`Deputy Governors` -> `Deputy Governor`; any other title as it is."""
    words = title.split()
    if words and words[-1] in _SINGULAR:
        return " ".join([*words[:-1], _SINGULAR[words[-1]]])
    return title


def plural_title_lists(text: str) -> list[tuple[StatedTitle, list[tuple[int, int]]]]:
    """Each plural title followed by a list of two or more names, with the (start, end) of every name."""
    found: list[tuple[StatedTitle, list[tuple[int, int]]]] = []
    heads_seen: set[int] = set()
    # Every list ends in "and NAME": the plural head is looked for only in the few words before one.
    for conjunction in _LIST_AND.finditer(text):
        reach = max(0, conjunction.start() - _LIST_REACH)
        if _SINGULAR.keys().isdisjoint(text[reach : conjunction.start()].split()):
            continue  # no plural head among the words before: the common case
        for head in _SPACED_WORD.finditer(text, reach, conjunction.start()):
            if (
                head.group() not in _SINGULAR
                or head.start() in heads_seen
                or (head.start() > 0 and not text[head.start() - 1].isspace())
                or not _CAPITAL_AFTER.match(text, head.end())
            ):
                continue
            names = _NAMES_AFTER.match(text, head.end())
            if names is None:
                continue
            heads_seen.add(head.start())
            found.append((_title_before(text, head), _names_in(names)))
    return found


def _title_before(text: str, head: re.Match[str]) -> StatedTitle:
    """`Deputy Governors`, `Labour Councillors`: the head with the capitalized words and modifiers before it."""
    start = head.start()
    before = _TITLE_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        for word in reversed(before.group().split()):
            if not (word[:1].isupper() or word in TITLE_MODIFIERS) or word in ("The", "A", "An"):
                break
            start = text.rindex(word, 0, start)
    return StatedTitle(start=start, end=head.end(), text=text[start : head.end()])


def _names_in(names: re.Match[str]) -> list[tuple[int, int]]:
    offset = names.start("names")
    return [
        (offset + match.start(), offset + match.end()) for match in _NAME_IN_LIST.finditer(names["names"])
    ]


_AND = re.compile(r",?\s+and\s+")


def share_colleagues_titles(text: str, candidates: Sequence[TitledName]) -> None:
    """`Commissioner Kevin Roberts and Chris Campbell said`: a name with no title of its own, joined to one
    right after its title, holds that title too when two or more people in the story hold it (members of
    one body, named as colleagues)."""
    by_start = {candidate.start: candidate for candidate in candidates}
    holders: dict[str, int] = {}
    for candidate in candidates:
        for held in {title.text for title in candidate.titles}:
            holders[held] = holders.get(held, 0) + 1
    for candidate in candidates:
        joined = _AND.match(text, candidate.end)
        partner = by_start.get(joined.end()) if joined is not None else None
        if partner is None or partner.titles:
            continue
        title = next((title for title in candidate.titles if 0 <= candidate.start - title.end <= 1), None)
        if title is not None and title.text[:1].isupper() and holders.get(title.text, 0) >= 2:
            partner.titles.append(title)
