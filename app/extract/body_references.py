"""Which body a lowercase reference means: `the department said`, `the board said`, `the central bank`.

The last body of that kind named before: a listed body whose name has the noun (or is followed by it), a
body that owns the noun by its possessive (`the BOK's monetary policy board`), a company by its legal form,
or a capitalized name with the noun that no extractor listed (`the Ministry of the Interior`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from app.extract.company_references import COMPANY_REFERENCES, last_company
from app.extract.lexicon import COUNTRIES, JURISDICTIONS, STATES, word_map, word_set, word_table
from app.extract.quotes import Speaker

if TYPE_CHECKING:
    from app.extract.source_context import SourceContext

__all__ = ["JURISDICTION_NAMES", "NAME_WORD", "PLACE_NAMES", "body_with_word", "described_body", "last_body"]

NAME_WORD = r"[A-Z][\w&’'.-]*(?<![.’'])"
_NOT_NAMES = word_set("not_source_names.txt")
_NATIONS = word_table("nations.tsv").keys()
# `Alberta anticipates $883-million`: a state, province or country is its government.
JURISDICTION_NAMES = (
    JURISDICTIONS | STATES.keys() | {alias for aliases in COUNTRIES.values() for alias in aliases}
)
# A place's name: a jurisdiction or a nation (`Malaysia`, `Quebec`).
PLACE_NAMES = JURISDICTION_NAMES | _NATIONS


# Its callers skip a text without the capitalized noun before the position: every match holds it.
@functools.cache
def _titled_noun(noun: str) -> re.Pattern[str]:
    """A capitalized name with `noun` as one of its words: `the Ministry of the Interior`."""
    return re.compile(
        rf"(?<![\w’'])(?:{NAME_WORD}[^\S\n]+)*{re.escape(noun.capitalize())}"
        rf"(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{NAME_WORD})*\b"
    )


# noun -> the title of the body's head (`ministry` -> `Minister`)
_HEADED_BODIES = word_map("headed_bodies.tsv")


# Its callers skip a text without the head's title before the position: every match holds it as written.
@functools.cache
def _head_title(head: str) -> re.Pattern[str]:
    """The title of a body's head with the portfolio it names: `Minister of Health`, `Minister for Finance`."""
    return re.compile(
        rf"\b{re.escape(head)}[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?"
        rf"(?P<portfolio>{NAME_WORD}(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?{NAME_WORD}){{0,3}})"
    )


# Its callers skip a text without the noun before the position: every match holds it as written.
@functools.cache
def _owned_noun(noun: str) -> re.Pattern[str]:
    """A name's possessive before `noun`, up to two words between: `the BOK's monetary policy board`."""
    return re.compile(
        rf"\b(?P<name>{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{NAME_WORD})*)['’]s?"
        rf"(?:\s+[a-z][\w-]*){{0,2}}\s+{re.escape(noun)}\b"
    )


def last_body(context: SourceContext, noun: str, position: int, modifier: str = "") -> Speaker | None:
    """The last body named before `position` that `the <noun>` (or `the <modifier> <noun>`) refers to."""
    named = _last_body_named(context, noun, position, modifier)
    owner = _organ_owner(context, noun, position, modifier) if noun else None
    return owner if owner is not None and (named is None or named.start < owner.start) else named


def _organ_owner(context: SourceContext, noun: str, position: int, modifier: str = "") -> Speaker | None:
    """`the BOK's monetary policy board said …`, then `the board said`: the body that owns the noun (with
    the modifier, if one is given: `Turkey's central bank`, then `the central bank`)."""
    # Each match holds the noun as written: a text without it before `position` is not scanned (change this
    # with `_owned_noun`; test_scan_shortcuts checks it).
    if context.text.find(noun, 0, position) < 0:
        return None
    owned = next(
        (
            match
            for match in reversed(list(_owned_noun(noun).finditer(context.text, 0, position)))
            if not modifier or modifier in match.group().lower().split()
        ),
        None,
    )
    if owned is None or context.in_quote(owned.start()):
        return None
    listed = [actor for actor in context.actors_in(*owned.span("name")) if not actor.is_person]
    if listed:
        return listed[-1]
    if owned["name"] in JURISDICTION_NAMES or owned["name"] in _NATIONS:
        # `Turkey's central bank`: the body as the text names it, not the country.
        return Speaker(owned.group(), None, owned.start(), owned.end(), is_person=False)
    return context.unlisted_source(*owned.span("name"), body=True)


def _last_body_named(context: SourceContext, noun: str, position: int, modifier: str = "") -> Speaker | None:
    index = bisect.bisect_left(context.actor_starts, position)
    bodies = [actor for actor in reversed(context.actors[:index]) if not actor.is_person]
    # `The Bundesbank expects …` then `the central bank's economists`, `The World Bank cut its forecast …`
    # then `It said`: bodies no extractor listed that the text named as a source.
    named = [body for body in context.named_bodies if body.start < position]
    bodies = sorted([*bodies, *named], key=lambda body: body.start, reverse=True)
    # `the statistics office` after `the Bureau of Statistics`: the body the modifier names.
    by_modifier = next(
        (actor for actor in bodies if modifier and modifier in actor.name.lower().split()), None
    )
    for actor in bodies:
        # The word after the mention counts too: a name cut short (`Riverside Unified School` District).
        following = context.text[actor.end : actor.end + len(noun) + 1].strip().lower()
        words = actor.name.lower().split()
        # `Bundesbank`, `Riksbank`: a one-word name ending on the noun; `the health service` after `NHS`:
        # initials ending on the description's.
        if (
            not noun
            or noun in words
            or following == noun
            or (len(words) == 1 and words[0].endswith(noun))
            or (modifier and actor.name.isupper() and words[-1].endswith(modifier[0] + noun[0]))
        ):
            if by_modifier is not None and by_modifier.start > actor.start and modifier not in words:
                # `the emergency agency` after `the Disaster and Emergency Authority`: the body named since
                # with the modifier, not an older agency without it.
                return by_modifier
            return actor
    return (
        by_modifier
        or (_company_before(context, position) if noun in COMPANY_REFERENCES else None)
        or (_titled_with(context, noun, position) if noun and not modifier else None)
        or (_headed_by_holder(context, noun, position) if noun in _HEADED_BODIES and not modifier else None)
    )


def _headed_by_holder(context: SourceContext, noun: str, position: int) -> Speaker | None:
    """`the ministry` after `the Minister of Health, X`, with no ministry named: the Ministry of Health, found
    at the title that names it."""
    head = _HEADED_BODIES[noun]
    if context.text.find(head, 0, position) < 0:
        return None
    titled = next(reversed(list(_head_title(head).finditer(context.text, 0, position))), None)
    if titled is None or context.in_quote(titled.start()):
        return None
    return Speaker(f"{noun.capitalize()} of {titled['portfolio']}", None, *titled.span(), is_person=False)


def _titled_with(context: SourceContext, noun: str, position: int) -> Speaker | None:
    """`570,000 for the Ministry of the Interior`, then `the ministry has identified`: a capitalized name
    with the noun that no extractor listed, named last before `position`."""
    # Each match holds the noun capitalized: a text without it before `position` is not scanned (change this
    # with `_titled_noun`; test_scan_shortcuts checks it).
    if context.text.find(noun.capitalize(), 0, position) < 0:
        return None
    titled = next(reversed(list(_titled_noun(noun).finditer(context.text, 0, position))), None)
    if titled is None or context.in_quote(titled.start()):
        return None
    found = context.unlisted_source(*titled.span(), body=True)
    if found is not None:
        context.passing_names.add((found.start, found.end))
    return found


def body_with_word(context: SourceContext, word: str, position: int) -> Speaker | None:
    """`customs data`: the last body named before `position` whose name has `word`, else the next one."""
    bodies = [actor for actor in context.actors if not actor.is_person and word in actor.name.lower().split()]
    before = [actor for actor in bodies if actor.start < position]
    return before[-1] if before else next((actor for actor in bodies if actor.start >= position), None)


def _company_before(context: SourceContext, position: int) -> Speaker | None:
    """`the company said` after `Twitter Inc’s revenue`: the last company named by its legal form."""
    span = last_company(context.text, position, _NOT_NAMES)
    found = Speaker(context.text[span[0] : span[1]], None, *span, is_person=False) if span else None
    return None if found is None or context.is_own(found) else found


def described_body(context: SourceContext, modifier: str, noun: str, position: int) -> Speaker | None:
    """`the statistics agency` in a lede: the body named before, else the one the story names next."""
    earlier = last_body(context, noun, position, modifier)
    if earlier is not None:
        return earlier
    index = bisect.bisect_left(context.actor_starts, position)
    return next(
        (
            actor
            for actor in context.actors[index:]
            if not actor.is_person and {noun, modifier} & set(actor.name.lower().split())
        ),
        None,
    )
