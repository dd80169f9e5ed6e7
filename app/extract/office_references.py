"""An office named in place of a name (`the minister said`) beside a person the story names without a title.

`Ana Ruiz said in parliament on Monday …`, then `…, the minister said`, then `Ruiz added …`: the story calls the
person it quotes by the office they hold. The office goes to the person named nearest before the reference within
a few paragraphs and named again after it (or, in a lede that names no one yet, the first person named in the
next paragraph), when that person has no title of their own and no one named before holds an office of that head
(`the minister` then means that person, and the role rules resolve it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from app.extract.bodies import title_is_office
from app.extract.lexicon import COURTESY_TITLES, TITLE_HEADS, word_set
from app.extract.office_holders import PersonEntity
from app.extract.quote_marks import paragraphs
from app.extract.spans import word_pattern
from app.models import StatedTitle

__all__ = ["offices_by_reference", "sole_untitled_holder"]

_HEADS = word_set("office_reference_heads.txt")
_VERBS = word_set("quote_verbs.txt")
_REFERENCE = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[A-Z][\w-]*['’]s?|[a-z]+['’]s)\s+"
    r"(?P<title>(?:[\w-]+\s+){0,2}?(?P<head>" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:of|for)\s+[a-z]+)?)"
    r"\s+(?:(?:also|further|then|was\s+quoted\s+as)\s+)*(?P<verb>[a-z]+)\b"
)
# Every match has an office head between two spaces, which most texts do not: the scan for references runs
# only in those (change this with the pattern; tests/extract/test_scan_shortcuts.py compares the two).
_SPACED_HEAD = re.compile(rf"\s(?:{word_pattern(_HEADS)})\s")
# Paragraphs back from the reference in which the person it names may have been named.
_PARAGRAPHS_BACK = 3


def _paragraph_of(starts: list[int], position: int) -> int:
    return bisect.bisect_right(starts, position) - 1


def offices_by_reference(text: str, entities: Iterable[PersonEntity]) -> dict[str, StatedTitle]:
    """Entity id -> the office a bare reference gives that person (`the minister said` after `X said`)."""
    if _SPACED_HEAD.search(text) is None:
        return {}
    people = list(entities)
    held = [
        (title.start, set(title.text.lower().split()))
        for entity in people
        for title in entity.titles
        if title.text not in COURTESY_TITLES
    ]
    mentions = sorted(
        (mention.start, entity) for entity in people for mention in entity.mentions if " " in mention.text
    )
    starts = [start for start, _ in paragraphs(text)]
    found: dict[str, StatedTitle] = {}
    for reference in _REFERENCE.finditer(text):
        verb = reference["verb"]
        if (verb not in _VERBS and verb != "saying") or any(
            start < reference.start() and reference["head"] in words for start, words in held
        ):
            continue
        paragraph = _paragraph_of(starts, reference.start())
        before = [
            (start, entity)
            for start, entity in mentions
            if start < reference.start() and paragraph - _paragraph_of(starts, start) <= _PARAGRAPHS_BACK
        ]
        after = [
            (start, entity)
            for start, entity in mentions
            if start > reference.end() and _paragraph_of(starts, start) == paragraph + 1
        ]
        if before:
            named = before[-1][1]
            if not any(mention.start > reference.end() for mention in named.mentions):
                # The story goes on about the person after calling them by the office; an office named after
                # a person's last mention may be someone else's (`"…," said X. The minister disagreed.`).
                continue
        elif after and not any(start < reference.start() for start, _ in mentions):
            named = after[0][1]
        else:
            continue
        if (
            any(title.text not in COURTESY_TITLES for title in named.titles)
            or named.affiliation is not None
            or named.entity_id in found
        ):
            continue
        found[named.entity_id] = StatedTitle(
            start=reference.start("title"), end=reference.end("title"), text=reference["title"]
        )
    return found


# "The Treasurer said", "the Finance Minister": a capitalized office standing for its holder.
_CAPITALIZED_OFFICE = re.compile(r"\b[Tt]he\s+(?P<title>(?:[A-Z][\w-]+\s+){0,3}(?P<head>[A-Z][\w-]+))\b")
_AGE = re.compile(r",\s+\d{1,3},")
# Times a story must call the holder by the office before the office names its one untitled person.
_OFFICE_REFERENCES = 2


def sole_untitled_holder(text: str, entities: Iterable[PersonEntity]) -> dict[str, StatedTitle]:
    """Entity id -> the office a story calls its holder by (`The Treasurer said`, twice or more), when no one it
    names holds an office of that head and exactly one person it names has no title at all: the story names
    the holder once without the office (`… Jim Chalmers describing the cuts`)."""
    people = list(entities)
    untitled = [
        entity
        for entity in people
        if entity.affiliation is None
        and all(title.text in COURTESY_TITLES for title in entity.titles)
        # "Ana Ruiz, 34,": a person introduced by age is no office's holder.
        and not any(_AGE.match(text, mention.end) for mention in entity.mentions)
    ]
    if len(untitled) != 1:
        return {}
    held = {title.text.split()[-1].lower() for entity in people for title in entity.titles}
    references: dict[str, list[re.Match[str]]] = {}
    for reference in _CAPITALIZED_OFFICE.finditer(text):
        head = reference["head"].lower()
        if head in TITLE_HEADS and head not in held and title_is_office(reference["title"], None):
            references.setdefault(head, []).append(reference)
    offices = [found for found in references.values() if len(found) >= _OFFICE_REFERENCES]
    if len(offices) != 1:
        return {}
    first = offices[0][0]
    return {
        untitled[0].entity_id: StatedTitle(
            start=first.start("title"), end=first.end("title"), text=first["title"]
        )
    }
