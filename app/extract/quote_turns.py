"""Whose turn a paragraph leaves open: the person a paragraph without quotes leaves speaking, for the quote that
opens the next one; and the lines between paragraphs (a photo's caption) that neither end nor take a turn."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.lexicon import COURTESY_TITLES, PHOTO_CREDIT_LABELS
from app.extract.quote_patterns import (
    INTRODUCES_QUOTE,
    INTRODUCES_QUOTE_BY_PARTICIPLE,
    STATEMENT_VERB,
    STATES_BEFORE_QUOTE,
    may_state_before_quote,
    search_from_clause_start,
)
from app.extract.spans import Sentences, word_pattern
from app.extract.speaker_passage import Passage
from app.extract.speakers import Speaker, antecedent, attribution_of, resolve_who, speaker_in
from app.extract.unlisted_people import unlisted_person
from app.models import Attribution

__all__ = ["is_caption", "names_person", "speaker_handed_on"]


_OPENING_PRONOUN = re.compile(r"(?:He|She)\s")
_COURTESY_OPENING = re.compile(rf"(?:{word_pattern(COURTESY_TITLES)}\.?\s+)?")


def speaker_handed_on(
    passage: Passage, sentences: Sentences, paragraph_start: int, paragraph_end: int, *, quoting: bool
) -> Attribution | None:
    """Who a paragraph hands the quote that opens the next one to: the speaker its closing colon introduces
    (`Finance Minister X said:`), or, where it quotes no one and no speaker's turn is open (`quoting`), the
    person it leaves speaking."""
    text = passage.text
    if text[paragraph_start:paragraph_end].rstrip().endswith(":"):
        reach = max(paragraph_start, paragraph_end - 200)
        introduced = search_from_clause_start(
            INTRODUCES_QUOTE, text, reach, paragraph_end
        ) or search_from_clause_start(INTRODUCES_QUOTE_BY_PARTICIPLE, text, reach, paragraph_end)
        if introduced is not None:
            found, speaker = resolve_who(
                passage, introduced.start("who"), introduced.end("who"), paragraph_end
            )
            return speaker if found else None
    return None if quoting else _speaker_left_speaking(passage, sentences, paragraph_start, paragraph_end)


def _speaker_left_speaking(
    passage: Passage, sentences: Sentences, paragraph_start: int, paragraph_end: int
) -> Attribution | None:
    """The person a paragraph without quotes leaves speaking, for an unattributed quote that opens the next
    one: the person whose statement its last sentence reports (`Minister X welcomed the figures.`; `…, X
    told the daily Y.`), the one its pronoun or title refers to (`She used a leaking roof to make her point.`,
    `The councillor pointed out that …`), the person its last sentence opens on (`Boyce sought to reassure the
    nation.`), or the person its last sentence ends on (`The figure does not sit well with MP X.`)."""
    text, speakers = passage.text, passage.speakers
    last = paragraph_end - 1
    while last > paragraph_start and text[last].isspace():
        last -= 1
    if text[last] not in ".!?":
        return None  # hard-wrapped copy: the sentence goes on in the next paragraph
    sentence_start, sentence_end = sentences.span_at(last)
    sentence_start = max(sentence_start, paragraph_start)
    # No statement verb in the last sentence: `STATES_BEFORE_QUOTE`, which reads a stretch of it, finds none.
    verb = STATEMENT_VERB.search(text, sentence_start, sentence_end)
    if verb is not None:
        reach = max(paragraph_start, paragraph_end - 300)
        stated = (
            search_from_clause_start(STATES_BEFORE_QUOTE, text, reach, paragraph_end)
            if may_state_before_quote(text, reach, paragraph_end)
            else None
        )
        opener = speaker_in(speakers, stated.start("who"), stated.end("who")) if stated is not None else None
        if opener is not None and opener.is_person:
            return attribution_of(opener, text)
        if stated is not None and stated["who"] in ("He", "She"):
            # `He said the kinder approach was also a factor.`: the person the pronoun refers to.
            person = antecedent(speakers, stated.start("who"), [], text)
            return attribution_of(person, text, *stated.span("who")) if person is not None else None
        if stated is not None:
            # `The councillor pointed out that …`: the one person the title refers to.
            found, referred = resolve_who(passage, stated.start("who"), stated.end("who"), paragraph_end)
            if found and referred is not None and referred.entity_id in _person_ids(speakers):
                return referred
        # The clause right before the verb names who stated it: `From …, Lena Marsh told the Gazette`.
        clause_start = max(text.rfind(",", sentence_start, verb.start()) + 1, sentence_start)
        named = speaker_in(speakers, clause_start, verb.start())
        if named is None:
            # `…, said Chico State University President Paul Zingg.`: the verb closing the sentence, then who
            # stated it.
            closing = [*STATEMENT_VERB.finditer(text, verb.start(), sentence_end)][-1]
            if text[sentence_start : closing.start()].rstrip().endswith(","):
                named = speaker_in(speakers, closing.end(), sentence_end)
        if named is not None:
            return attribution_of(named, text) if named.is_person else None
        return unlisted_person(text, clause_start, verb.start())
    if _OPENING_PRONOUN.match(text, sentence_start):
        person = antecedent(speakers, sentence_start, [])
        if person is not None and person.start >= paragraph_start:
            return attribution_of(person, text)
    # `Boyce sought to reassure the nation.`, `Mrs Roberts also expressed confidence …`: the person the last
    # sentence opens on.
    opening = next(
        (
            s
            for s in speakers
            if s.is_person and _COURTESY_OPENING.fullmatch(text, sentence_start, s.start) is not None
        ),
        None,
    )
    if opening is not None:
        return attribution_of(opening, text)
    # `That figure doesn't sit well with MP Cathy McLeod.`: the person the paragraph ends on is introduced.
    ending = next((s for s in speakers if s.is_person and s.end == last and s.start > sentence_start), None)
    return attribution_of(ending, text) if ending is not None else None


# A photo's caption between paragraphs, `Ana Ruiz Photo: Supplied / Harbour Air`, `Ana Ruiz (left) and Jo Rees
# (centre) plant trees`, or a name alone as its label: page furniture that neither ends nor takes a speaker's
# turn, and neither stops nor carries a source (the rulings before blind23).
_PICTURED_AT = r"\((?:left|right|centre|center|front|back|second\s+(?:left|right)|pictured)\)"
_CAPTION = re.compile(
    rf"\s*(?:[^\n]{{0,120}}?\b(?:{word_pattern(PHOTO_CREDIT_LABELS)})\s*:[^\n]*"
    rf"|[^\n]{{0,160}}?{_PICTURED_AT}[^\n]*"
    r"|[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,3}[^\S\n]*)"
)
_PICTURED = re.compile(_PICTURED_AT)


def is_caption(text: str, speakers: Sequence[Speaker], start: int, end: int) -> bool:
    """A photo credit line, a line that places the people in a photo, or a line that is only a listed
    person's name."""
    caption = _CAPTION.fullmatch(text, start, end)
    if caption is None or '"' in caption.group() or "“" in caption.group():
        return False
    return (
        ":" in caption.group()
        or _PICTURED.search(caption.group()) is not None
        or any(s.is_person and text[start:end].strip() == text[s.start : s.end] for s in speakers)
    )


def _person_ids(speakers: Sequence[Speaker]) -> set[str | None]:
    return {speaker.entity_id for speaker in speakers if speaker.is_person}


def names_person(speakers: Sequence[Speaker], start: int, end: int) -> bool:
    """A person is named in `text[start:end]`."""
    return any(start <= speaker.start < end and speaker.is_person for speaker in speakers)
