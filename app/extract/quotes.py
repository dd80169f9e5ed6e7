"""Direct quotations and their speakers.

A quote's speaker is named in the clause after it (`…," Villanueva said`; `said Lucero`), by a passive
verb or a dash right after it (`"secular stagnation" raised by X`; a headline's `'…' – Cele`), in the
clause before it (`X told Y: "…"`), by a pronoun (`she said`) pointing at the last person named before
the quote, at the end of its sentence (`…, Minister X said on Monday.`), by the quote just before it
in the same paragraph (a continuation) or the one it runs straight into (`"…." "…," says X`); a paragraph
that opens on an unattributed quote (or on a few words leading into one) continues the last speaker's turn,
across one paragraph that quotes and names no one, or the turn of the person a paragraph without quotes
leaves speaking. The words before a quote are read by
`app.extract.quote_before`; how the words naming a speaker resolve is `app.extract.speakers`'s. Unnamed speakers (`an ICE official told …`) give `speaker = None`.
Missing opening or closing marks at a paragraph edge are tolerated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from app.extract.name_tokens import in_name
from app.extract.quote_before import passive_agent, speaker_before
from app.extract.quote_marks import (
    double_quotes,
    is_title,
    opens_sentence,
    paragraphs,
    single_quotes,
    trim,
    without_headline_repeats,
)
from app.extract.quote_openers import clause_opener, headline_speaker
from app.extract.quote_patterns import (
    AFTER_BY,
    AFTER_DASH,
    AFTER_SUBJECT_FIRST,
    AFTER_VERB_FIRST,
    NAMED_WITHOUT_VERB,
    NAMING,
    PRE_PRONOUN,
    SENTENCE_END_SPEAKER,
    SHORT_WORDS,
    SUBJECT_PRONOUN,
    WRAPPED_LINE,
)
from app.extract.quote_turns import is_caption, names_person, speaker_handed_on
from app.extract.spans import Sentences
from app.extract.speakers import (
    Passage,
    Speaker,
    antecedent,
    attribution_of,
    resolve_who,
    speaker_in,
)
from app.extract.unlisted_people import is_name_word, names_body_after
from app.models import Attribution, Quote

__all__ = ["Speaker", "antecedent", "find_quotes", "is_name_word"]


@dataclass
class _Previous:
    """The quote before the current one in its paragraph."""

    end: int  # where its attribution ends
    speaker: Attribution | None
    found: bool  # an attribution followed or preceded it
    sentence_start: int
    verb_before: bool  # a verb before it in its sentence named the speaker (`asserting that "…"`)


_CONJUNCTION = re.compile(
    r"(?:while|whereas|as|when|and|but|although|though|after|before|since|because|if|with|which|who)\b",
    re.IGNORECASE,
)
# A few words of the writer's that a quote completes: `The budget was "…"`.
_LEAD_IN = re.compile(r"[^\S\n]*[A-Z][^.?!:;,“”\"\n]{0,40}?[^\S\n]*")


# `'Headline inflation still above target'` on a line of its own: a crosshead, no one's turn going on.
_CROSSHEAD = re.compile(r"\s*['‘“\"][^.?!,;:'‘’“”\"\n]{3,80}['’”\"]\s*")


def find_quotes(
    text: str,
    *,
    speakers: Sequence[Speaker] = (),
    roles: Mapping[str, Speaker] | None = None,
    sentences: Sentences | None = None,
    headline: tuple[int, int] | None = None,
    title_words: Mapping[str, frozenset[str]] | None = None,
    role_holder: Callable[[str, int], Speaker | None] | None = None,
) -> list[Quote]:
    """Every direct quotation in `text` with its speaker where the text names one."""
    roles = roles or {}
    title_words = title_words or {}
    sentences = sentences or Sentences.of(text)
    person_starts = {speaker.start for speaker in speakers if speaker.is_person}
    # `Lucinda Harrow of Weber State University` listed as a body too: the person it starts with speaks.
    ordered_speakers = sorted(
        (
            speaker
            for speaker in speakers
            if (speaker.is_person or speaker.start not in person_starts)
            and not (speaker.is_person and names_body_after(text, speaker.end))
        ),
        key=lambda speaker: speaker.start,
    )
    body_ids = {s.entity_id for s in ordered_speakers if not s.is_person} - {
        s.entity_id for s in ordered_speakers if s.is_person
    }
    unlisted_bodies: set[str] = set()  # bodies no extractor listed, found speaking
    quotes: list[Quote] = []
    carried: Attribution | None = None  # speaker of a quote left open at the end of the last paragraph
    unattributed_open: list[int] = []  # quotes left open at a paragraph end with no speaker yet
    closing: Attribution | None = None  # speaker of the last quote of the last paragraph
    bridged = False  # closing was carried over one paragraph without quotes
    recent: Speaker | None = None  # the person of the last attributed quote, where it ended
    for paragraph_start, paragraph_end in paragraphs(text):
        if is_caption(text, ordered_speakers, paragraph_start, paragraph_end):
            continue
        carry, carried = carried or closing, None
        running_on, unattributed_open = unattributed_open, []
        spans = double_quotes(text, paragraph_start, paragraph_end)
        spans += single_quotes(text, paragraph_start, paragraph_end, spans)
        spans = sorted(
            (span for span in spans if not in_name(text, span.start, span.end)), key=lambda span: span.start
        )
        quoted = [(span.start, span.end) for span in spans]
        previous: _Previous | None = None
        # Quotes no clause attributes that run straight into the next quote: `"…." "…," says X` is one turn.
        waiting: list[int] = []
        waiting_for = -1  # the index of the span they run into
        for index, span in enumerate(spans):
            content_start, content_end = trim(text, span.start, span.end)
            if content_end <= content_start:
                continue
            content = text[content_start:content_end]
            close_end = span.end + (1 if span.closed_by else 0)
            next_open = spans[index + 1].start - 1 if index + 1 < len(spans) else paragraph_end
            sentence_end = (
                sentences.span_at(close_end + 1)[1] if close_end + 1 < paragraph_end else paragraph_end
            )
            after_end = max(close_end, min(next_open, max(sentence_end, close_end), paragraph_end))
            found, speaker = False, None
            named_after = False  # the clause after the quote names its speaker
            verb_before = False
            by_agent = False
            current = (
                previous.speaker if previous is not None and previous.found and previous.speaker else carry
            )
            passage = Passage(
                text,
                ordered_speakers,
                roles,
                title_words,
                quoted,
                current,
                recent,
                unlisted_bodies,
                role_holder,
            )
            characterized = False  # `X described the figures as "distressing"`
            continued_turn = False  # the speaker is the last paragraph's, carried on
            after_text = text[close_end:after_end]
            clause_ends_quote = content.endswith((",", "?", "!")) or text[span.end - 1 : span.end] in ",?!"
            if after_text.strip():
                match = AFTER_VERB_FIRST.match(after_text) or AFTER_SUBJECT_FIRST.match(after_text)
                # British copy closes the quote before the comma: `… “a ticking time bomb”, critics have warned`;
                # not a title, nor a clause a conjunction opens (`…", while the union said`).
                comma_after = (
                    after_text[:1] == ","
                    and not is_title(content.split())
                    and match is not None
                    and _CONJUNCTION.match(match["who"]) is None
                )
                # `….” said X`: a quote closed on a full stop, then a lowercase verb right after the mark, which
                # no new sentence opens on: the stop was typed for a comma.
                verb_follows = (
                    content.endswith(".")
                    and after_text[:1].isspace()
                    and AFTER_VERB_FIRST.match(after_text) is not None
                )
                if match and (
                    clause_ends_quote
                    or text[close_end - 2 : close_end - 1] in ",?!"
                    or comma_after
                    or verb_follows
                ):
                    who_start, who_end = close_end + match.start("who"), close_end + match.end("who")
                    found, speaker = resolve_who(passage, who_start, who_end, span.start)
                    named_after = found and speaker is not None
            if not found and after_text.strip():
                # `"secular stagnation" raised by X`, a headline's `'…' – Cele`: the name right after the quote.
                by = AFTER_BY.match(after_text)
                agent = (
                    None if by else passive_agent(passage, span.start, close_end, after_end, paragraph_start)
                )
                dash = None if by or agent else AFTER_DASH.match(after_text)
                if by is not None:
                    found, speaker = resolve_who(
                        passage, close_end + by.start("who"), close_end + by.end("who"), span.start
                    )
                elif agent is not None:
                    found, speaker, by_agent = True, agent.speaker, True
                elif dash is not None:
                    named = speaker_in(
                        ordered_speakers, close_end + dash.start("who"), close_end + dash.end("who")
                    )
                    if named is not None and named.is_person:
                        found, speaker = True, attribution_of(named, text)
            if not found:
                before_start = max(
                    sentences.span_at(max(span.start - 1, paragraph_start))[0],
                    spans[index - 1].end + 1 if index > 0 else paragraph_start,
                    paragraph_start,
                )
                before = text[before_start : max(before_start, span.start - 1)]
                if NAMING.search(before):
                    # `something called "material irregularities"`: a term named, not words spoken.
                    continue
                said_before = speaker_before(
                    passage,
                    before_start,
                    before_start + len(before),
                    quote_start=span.start,
                    short=len(content.split()) <= SHORT_WORDS,
                    previous_found=previous is not None and previous.found,
                    previous=previous.speaker if previous is not None else None,
                )
                found, speaker = said_before.found, said_before.speaker
                characterized, verb_before = said_before.characterized, said_before.verb
            opened_by = (
                None
                if found
                # `Sheriff X summed it up this way: "…"`; `Cele: Murder rate "does not look good"` in a headline.
                else clause_opener(text, ordered_speakers, before_start, before)
                or headline_speaker(text, ordered_speakers, headline, span.start, role_holder)
            )
            if opened_by is not None:
                found, speaker = True, opened_by
            words = content.split()
            opening_pronoun = (
                SUBJECT_PRONOUN.match(before) if not found and len(words) > SHORT_WORDS else None
            )
            if opening_pronoun is not None:
                # `He plans to do "a lot of walking …"`: a quote in a sentence a pronoun opens is its antecedent's.
                found, speaker = resolve_who(
                    passage,
                    before_start + opening_pronoun.start("pronoun"),
                    before_start + opening_pronoun.end("pronoun"),
                    span.start,
                )
            if not found and after_text.strip():
                # `… as a result of "an orchestrated effort" and not …, Electricity Minister X said on Monday.`
                last_clause = SENTENCE_END_SPEAKER.search(after_text)
                if last_clause is not None:
                    group = "who" if last_clause["who"] is not None else "who_after"
                    found, speaker = resolve_who(
                        passage,
                        close_end + last_clause.start(group),
                        close_end + last_clause.end(group),
                        span.start,
                    )
            if (
                not found
                and clause_ends_quote
                and (alone := NAMED_WITHOUT_VERB.match(after_text)) is not None
            ):
                named = speaker_in(
                    ordered_speakers, close_end + alone.start("who"), close_end + alone.end("who")
                )
                if named is not None and named.is_person and named.end == close_end + alone.end("who"):
                    found, speaker = True, attribution_of(named, text)
            sentence_start = sentences.span_at(span.start)[0]
            if (
                not found
                and previous is not None
                and previous.found
                and (
                    len(words) > SHORT_WORDS
                    or (sentence_start == previous.sentence_start and previous.verb_before)
                    or opens_sentence(text, span, sentences)
                )
            ):
                # `"…," she said. "…"` continues; a phrase quoted mid-sentence far on is no continuation.
                between = text[previous.end : span.start - 1 if span.opened else span.start]
                if not re.search(r"[“”\"]", between):
                    found, speaker = True, previous.speaker
            if (
                not found
                and carry is not None
                and index == 0
                and span.opened
                and not _CROSSHEAD.fullmatch(text, paragraph_start, paragraph_end)
                and (
                    span.start == paragraph_start + 1
                    or (
                        len(words) > SHORT_WORDS
                        and content[:1].islower()
                        and _LEAD_IN.fullmatch(text, paragraph_start, span.start - 1) is not None
                        and not names_person(ordered_speakers, paragraph_start, span.start)
                    )
                )
            ):
                # A paragraph that opens on an unattributed quote continues the last paragraph's speaker
                # (AP style also reopens a quote running on without closing it), as does one whose few
                # words lead into the quote (`The plan was "very weak. Nothing in it …"`).
                found, speaker = True, carry
                continued_turn = True
            if span.opened and not span.closed_by and span.end == paragraph_end and speaker is not None:
                carried = speaker
            tail_of_open_quote = index == 0 and not span.opened and bool(running_on)
            if (
                index == 0 and ((span.opened and span.start == paragraph_start + 1) or tail_of_open_quote)
            ) and speaker is not None:
                # A quote running over paragraphs is attributed once, often only in its last paragraph.
                for earlier in running_on:
                    quotes[earlier] = quotes[earlier].model_copy(update={"speaker": speaker})
            # A quote left open over several paragraphs waits, all of it, for the speaker named at its end.
            still_open = running_on if index == 0 and span.opened and speaker is None else []
            running_on = []
            if tail_of_open_quote:
                # `…," he said.` closing a quote opened paragraphs above: its end, not a quote of its own.
                previous = _Previous(max(after_end, sentence_end), speaker, found, sentence_start, False)
                continue
            # A speaker no body mention names is a person: listed, or named in the clause (`unlisted_person`).
            # A body says a short phrase as an unnamed speaker does (`the council described it as "distressing"`).
            named_body = speaker is not None and speaker.entity_id in unlisted_bodies
            spoken_by_person = speaker is not None and speaker.entity_id not in body_ids and not named_body
            if (
                len(words) <= SHORT_WORDS
                and (
                    (
                        not spoken_by_person
                        and not (found and (speaker is None or named_body))
                        and not characterized
                    )
                    # an exclamation ("YES!") or a verb a person's statement puts after `to` (`said he
                    # would go on to "Fix Auckland"`) is words spoken, not a name
                    or (
                        all(word[:1].isupper() for word in words if word[:1].isalpha())
                        and content[-1:] not in "!?"
                        and not (spoken_by_person and verb_before and before.rstrip().endswith(" to"))
                    )
                )
            ):
                # Scare quotes and quoted names ("sanctuary city", "Fox & Friends"); a short quote stays when
                # a person says it, its clause names an unnamed speaker (`he called it "a disgrace"`) or a
                # body says or describes it (`the council described the figures as "distressing"`).
                continue
            if not spoken_by_person and is_title(words):
                # `"The Wire" and "Homicide: Life on the Street"`, `dubbed "The Budget of Renewed Hope"`: a title.
                continue
            quotes.append(Quote(start=content_start, end=content_end, text=content, speaker=speaker))
            if named_after and waiting_for == index:
                for earlier in waiting:
                    quotes[earlier] = quotes[earlier].model_copy(update={"speaker": speaker})
            runs_into_next = (
                index + 1 < len(spans) and not text[close_end : spans[index + 1].start - 1].strip()
            )
            if (not found or continued_turn) and runs_into_next:
                waiting = [*waiting, len(quotes) - 1] if waiting_for == index else [len(quotes) - 1]
                waiting_for = index + 1
            if spoken_by_person and speaker is not None and not by_agent:
                # A passive's agent said the phrase, but the sentence is about its subject, whom a pronoun
                # after it still means (`X was accused of "…" by Y. He said …` is X).
                recent = Speaker(speaker.name, speaker.entity_id, content_end, content_end)
            if span.opened and not span.closed_by and span.end == paragraph_end and speaker is None:
                unattributed_open.extend([*still_open, len(quotes) - 1])
            previous = _Previous(
                max(after_end, sentence_end) if found else after_end,
                speaker,
                found,
                sentence_start,
                verb_before=verb_before,
            )
        if running_on and not spans and WRAPPED_LINE.fullmatch(text, paragraph_start, paragraph_end):
            # Hard-wrapped copy breaks a quote into lines with blank lines between: one with no marks that
            # ends mid-sentence keeps the open quote open.
            unattributed_open = running_on
        if closing is not None and not spans and PRE_PRONOUN.match(text, paragraph_start, paragraph_end):
            # `He said that …` after the speaker's quote: the same turn goes on, past one more paragraph.
            bridged = False
        elif (
            closing is not None
            and not spans
            and not bridged
            and not names_person(ordered_speakers, paragraph_start, paragraph_end)
        ):
            # A paragraph of background that quotes and names no one does not end the last speaker's turn.
            bridged = True
        else:
            closing = previous.speaker if previous is not None and previous.found else None
            bridged = False
        # `Finance Minister X said:` ends the paragraph, or `Minister X welcomed the figures.` stands alone
        # before a paragraph that opens on an unattributed quote: the quote below is theirs.
        handed = speaker_handed_on(
            Passage(text, ordered_speakers, roles, title_words, []),
            sentences,
            paragraph_start,
            paragraph_end,
            quoting=bool(spans) or closing is not None,
        )
        if handed is not None:
            closing, bridged = handed, False
    return without_headline_repeats(text, headline, quotes) if headline is not None else quotes
