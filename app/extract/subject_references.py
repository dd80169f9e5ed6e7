"""Who a subject refers to beyond its own words: the first of two people (or of two bodies, the first described
in lowercase) joined by `and`, a government named
after a person (`the Albanese government`), and an unnamed group a `they` goes back to.
"""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD
from app.extract.lexicon import word_set
from app.extract.quotes import Speaker
from app.extract.source_context import FUNCTION_WORDS, UNNAMED_SUBJECTS, SourceContext
from app.extract.spans import word_pattern

__all__ = [
    "described_first_body",
    "eponymous_body",
    "first_of_two",
    "inverted_unlisted_body",
    "unnamed_group_before",
]

_EPONYMOUS_NOUNS = word_set("eponymous_body_nouns.txt")
_BODY_NOUNS = word_set("body_nouns.txt")
_INVERTED_NAME = re.compile(
    rf"\s+(?:the\s+)?(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD})+)"
    r"(?=\s+(?:on|in|at|this|last|yesterday|today)\b|\s*[.,;]|\s*$)"
)
_JOINED_SUBJECT = re.compile(r"(?P<surname>\b[A-Z][\w’'-]+)?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
# `Uganda's ministry of health and the …`, `the ministry of health and the …`: a body described in lowercase,
# by its owner or what it is of (`the company and the union` names none).
_DESCRIBED_FIRST = re.compile(
    r"(?:^|(?<=[\s(]))(?P<owner>[A-Z][\w-]*['’]s\s+)?(?:[Tt]he\s+)?"
    rf"(?P<body>(?:[a-z][\w-]*\s+){{0,2}}?(?:{word_pattern(_BODY_NOUNS)})"
    r"(?P<of>\s+(?:of|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)\s+and\s+(?:the\s+)?$"
)
# `economists`, `analysts`: plural groups the text leaves unnamed.
_UNNAMED_GROUP_WORD = re.compile(
    rf"\b(?:{word_pattern(word for word in UNNAMED_SUBJECTS if word.endswith('s'))})\b", re.IGNORECASE
)


def first_of_two(context: SourceContext, start: int, second: Speaker) -> Speaker | None:
    """The person named before `second` as the first of two subjects joined by `and` (by full name, or by
    the surname of a person named earlier)."""
    joined = _JOINED_SUBJECT.search(context.text, start, second.start)
    if joined is None:
        return None
    before_and = joined.end("surname") if joined["surname"] else joined.start()
    listed = [actor for actor in context.actors_in(start, before_and) if actor.end == before_and]
    if listed:
        return listed[-1] if listed[-1].is_person else None
    surname = joined["surname"]
    earlier = [
        person
        for person in context.people
        if person.end <= joined.start() and person.name.split()[-1] == surname
    ]
    if not earlier:
        return None
    return Speaker(earlier[-1].name, earlier[-1].entity_id, joined.start("surname"), joined.end("surname"))


def described_first_body(text: str, start: int, second: Speaker) -> Speaker | None:
    """`Uganda's ministry of health and the World Health Organization announced`: the first of two bodies leads,
    as the first of two people does, named as written where its owner or what it is of describes it."""
    described = _DESCRIBED_FIRST.search(text, max(start, second.start - 80), second.start)
    if described is None or not (described["owner"] or described["of"]):
        return None
    return Speaker(described["body"], None, *described.span("body"), is_person=False)


def inverted_unlisted_body(context: SourceContext, after: int) -> Speaker | None:
    """`…, revealed Dubai Customs on Saturday`: a body of two or more words no extractor listed, after an
    inverted reporting verb ending at `after`."""
    inverted = _INVERTED_NAME.match(context.text, after)
    return context.unlisted_source(*inverted.span("name"), body=True) if inverted else None


def eponymous_body(text: str, noun: str, position: int) -> Speaker | None:
    """`the Albanese government` named before `position`: a body named after a person, as the text names it."""
    if noun not in _EPONYMOUS_NOUNS:
        return None
    named = [
        match
        for match in re.compile(rf"\b(?P<owner>[A-Z][\w’'-]+)\s+{re.escape(noun)}\b").finditer(
            text, 0, position
        )
        if match["owner"].lower() not in FUNCTION_WORDS  # `The government` names no one
    ]
    if not named:
        return None
    return Speaker(named[-1].group(), None, *named[-1].span(), is_person=False)


def unnamed_group_before(context: SourceContext, start: int) -> bool:
    """The sentence before the one at `start` names a group the text leaves unnamed (`economists`) and no one
    after it: a `they` opening this sentence refers to that group."""
    text = context.text
    previous_end = text.rfind(".", 0, max(0, start - 1))
    previous = text.rfind(".", 0, max(0, previous_end)) + 1 if previous_end > 0 else 0
    groups = list(_UNNAMED_GROUP_WORD.finditer(text, previous, start))
    return bool(groups) and not context.actors_in(groups[-1].end(), start)
