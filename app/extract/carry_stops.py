"""Where a source carried into later sentences stops, besides a new source or a quote.

A sentence that credits its figure to the article itself (`by our count`) stops any source. A paragraph
whose first sentence has as its subject a named person (`Mayor Lee wants …`, `Smith, a farmer, grows …`)
or a body other than the one carried (`The council voted …`, `Go-Ahead Ireland runs …`, `Yousaf's party
polled …`), found at the sentence's start or after an opening phrase (`On Monday, the council voted …`),
stops a body's. A place, programme, law, event or report is no body (`Ventura County has …`, `Auckland's
rents …`), nor is the carried body named by another word (`Officers seized …` after `Police said …`).
"""

from __future__ import annotations

import re

from app.extract.body_references import JURISDICTION_NAMES
from app.extract.lexicon import CITIES, DEMONYMS, PARTY_WORDS, word_set
from app.extract.quotes import Speaker
from app.extract.source_context import SourceContext
from app.extract.source_cues import REPORTING_VERBS
from app.extract.spans import word_pattern

__all__ = ["counts_in_own_voice", "is_link_line", "opens_on_another"]

_OWN_VOICE = re.compile(rf"\b(?:{word_pattern(word_set('own_voice_phrases.txt'))})\b", re.IGNORECASE)
_NOT_BODY_HEADS = word_set("not_body_heads.txt")
_OWNED_BODY_NOUNS = (
    word_set("body_nouns.txt") | word_set("speaker_body_nouns.txt") | word_set("owned_body_nouns.txt")
)
_GENERIC_BODY_NOUNS = word_set("generic_body_nouns.txt")
_ARTICLE = re.compile(r"(?:[Tt]he\s+)?")
# `On the regional list, `, `Over the past five years, `: a phrase before the subject.
_OPENING_PHRASE = re.compile(
    rf"(?:{word_pattern(word_set('opening_phrase_words.txt'))})\b(?:\s+[\w’'$%.-]+){{0,7}},\s+"
)
# `Tarnsby recorded six deaths`: a name before a verb of what a place went through is a place.
_PLACE_VERB_AFTER = re.compile(
    rf"\s+(?:(?:also|has|have|had)\s+)*(?:{word_pattern(word_set('place_experience_verbs.txt'))})\b"
)
# `'s party`, `'s central bank`: the noun the possessive owns, one or two words on.
_POSSESSIVE_HEAD = re.compile(r"['’]s?\s+(?P<first>[a-z][\w-]*)(?:\s+(?P<second>[a-z][\w-]*))?")
# `The central bank began …`: a body by its kind, before a verb that reports nothing.
_BODY_BY_KIND = re.compile(
    rf"(?:[a-z][\w-]*\s+)?(?P<noun>{word_pattern(word_set('body_nouns.txt'))})\s+"
    rf"(?:(?:also|has|have|had)\s+)*(?!(?:{REPORTING_VERBS}|of|for|in|on|at|and|to)\b)[a-z]+\b"
)


# `EU citizens choosing Malta rose …`, `NHS staff are …`, `The Standard Grade pass rate remained …`: a name
# before a noun (or two) that a verb follows only modifies that noun, which is the subject.
_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b"
_MODIFIED_NOUN = re.compile(
    rf"(?:\s+(?!{_AUXILIARY}|{REPORTING_VERBS}\b)[a-z][\w-]*(?<!ed)(?<!ing)){{1,2}}"
    rf"\s+(?:{_AUXILIARY}|[a-z][\w-]*(?:ed|ing)\b|{REPORTING_VERBS}\b)"
)

# `This was confirmed by acting Commissioner X`: a passive whose agent is the subject of what the paragraph says.
_PASSIVE_OPENING = re.compile(
    r"(?:This|That|It|These|Those)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"[a-z]+(?:ed|en|de)\s+by\s+(?:the\s+)?"
)

_LINK_LINE = re.compile(rf"(?:{word_pattern(word_set('link_line_labels.txt'))})\s*:", re.IGNORECASE)


def is_link_line(context: SourceContext, start: int, end: int) -> bool:
    """`text[start:end]` opens a line that links to another story (`READ MORE: …`), no part of the report."""
    return _LINK_LINE.match(context.text, start, end) is not None


def counts_in_own_voice(context: SourceContext, start: int, end: int) -> bool:
    """`text[start:end]` credits its figure to the article itself (`by our count`)."""
    return _OWN_VOICE.search(context.text, start, end) is not None


def _same_body(one: Speaker, other: Speaker) -> bool:
    """Two mentions of one body: the same entity, or one name inside the other (`Police`, `State Police`)."""
    if one.entity_id is not None and one.entity_id == other.entity_id:
        return True
    first, second = one.name.lower(), other.name.lower()
    return first in second or second in first


def _is_place_or_thing(name: str) -> bool:
    """A place, a thing, or people by their nations (`Italian and Irish tourists`): no body."""
    return (
        name in JURISDICTION_NAMES
        or name in CITIES
        or name.split()[-1] in _NOT_BODY_HEADS
        or all(word in DEMONYMS or word in ("and", "&") for word in name.split())
    )


def _owns_body(text: str, position: int, end: int) -> bool:
    """`'s party`, `'s central bank` at `position`: a possessive before a body's noun."""
    owned = _POSSESSIVE_HEAD.match(text, position, end)
    return owned is not None and (owned["first"] in _OWNED_BODY_NOUNS or owned["second"] in _OWNED_BODY_NOUNS)


def _unlisted_name(context: SourceContext, start: int, end: int) -> Speaker | None:
    """A name no extractor listed at `start`; one word only in capitals, as a party (`The SNP`, `The Greens`)
    or owning a body (`Yousaf's party`), since a capital after an opening `The` may only start a noun phrase
    (`The Food division`)."""
    named = context.unlisted_name_at(start, end)
    if named is None or " " in named.name or named.name.isupper() or named.name in PARTY_WORDS:
        return named
    return named if _owns_body(context.text, named.end, end) else None


def _subject_stops(context: SourceContext, start: int, end: int, carried: Speaker) -> bool | None:
    """Whether the subject named at `start` stops `carried`; None where no person or body is named there."""
    text = context.text
    if context.opens_with_person(start):
        return True
    subject = _ARTICLE.match(text, start, end)
    at = subject.end() if subject else start
    listed = [actor for actor in context.actors_in(at, end) if actor.start == at]
    named = listed[0] if listed else _unlisted_name(context, at, end)
    if named is not None:
        if named.is_person:
            return True
        if (
            _is_place_or_thing(named.name)
            or _PLACE_VERB_AFTER.match(text, named.end, end)
            or _MODIFIED_NOUN.match(text, named.end, end)
        ):
            return False
        if _POSSESSIVE_HEAD.match(text, named.end, end):
            # `Acme's profit rose …` is about a figure; `Yousaf's party polled …` names a body.
            return _owns_body(text, named.end, end) and not _same_body(named, carried)
        return not _same_body(named, carried)
    by_kind = _BODY_BY_KIND.match(text, at, end) if at > start else None
    if by_kind is None or by_kind["noun"] in _GENERIC_BODY_NOUNS:
        return None
    body = context.last_body(by_kind["noun"], start)
    return body is None or not _same_body(body, carried)


def opens_on_another(context: SourceContext, start: int, end: int, carried: Speaker) -> bool:
    """The paragraph opening at `start` has a named person, or a body other than `carried`, as its subject."""
    passive = _PASSIVE_OPENING.match(context.text, start, end)
    if passive is not None:
        agent_end = min(end, passive.end() + 80)
        return any(actor.is_person for actor in context.actors_in(passive.end(), agent_end)) or bool(
            _subject_stops(context, passive.end(), end, carried)
        )
    opening = _OPENING_PHRASE.match(context.text, start, end)
    if opening is None:
        return bool(_subject_stops(context, start, end, carried))
    # `For Lois Willett, the move …` turns to someone else; `In the US dollar terms, remittances rose …` goes
    # on with the subject after the phrase.
    return any(actor.is_person for actor in context.actors_in(start, opening.end())) or bool(
        _subject_stops(context, opening.end(), end, carried)
    )
