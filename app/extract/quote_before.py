"""The speaker named before a quote: `according to X`, or the subject of the statement verb that introduces it.

The subject is the last person or body named before the verb in the quote's sentence (`Minister X said
the plan was "…"`), but not one named inside a clause that describes it: set off by commas (`Minister X,
speaking alongside Premier Y, said`), a relative clause (`The former deputy mayor who urged Y to act
noted that "…"`: the deputy mayor) or after a possessive (`X's predecessor Y claimed`: Y). A pronoun before
the verb is its antecedent's; a role (`the prime minister stated`) the one person holding it, or else the
person speaking in the passage (`current`); a short subject in capitals that names no person is a body,
unnamed. How the words naming a speaker resolve is `app.extract.speakers`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.body_acronyms import NAME_CONNECTORS
from app.extract.lexicon import NAME_PARTICLES, TITLE_HEADS, word_set
from app.extract.quote_patterns import (
    ACCORDING_TO,
    BODY_SUBJECT,
    CHARACTERIZING,
    INSERTED_CLAUSE,
    PASSIVE_AGENT,
    PASSIVE_BEFORE,
    PRE_PRONOUN,
    SHORT_QUOTE_REACH,
    VERB,
)
from app.extract.role_speakers import only_head
from app.extract.spans import word_pattern
from app.extract.speaker_references import document_author
from app.extract.speakers import (
    ROLE_REFERENCE,
    Passage,
    Speaker,
    antecedent,
    attribution_of,
    body_speaking,
    current_for_role,
    introduced_later,
    is_unnamed,
    owning_body,
    referred_speaker,
    resolve_who,
    shared_role_holder,
    speaker_in,
)
from app.extract.unlisted_people import unlisted_person
from app.models import Attribution

__all__ = [
    "Agent",
    "Before",
    "passive_agent",
    "person_by_surname",
    "speaker_before",
]


@dataclass(frozen=True)
class Before:
    """What the words before a quote say of its speaker."""

    found: bool  # they name a speaker, or say it is unnamed
    speaker: Attribution | None
    characterized: bool = False  # `X described the figures as "distressing"`: a phrase said of something
    verb: bool = False  # a statement verb before the quote in its sentence


_TRAILING_TITLE = re.compile(r"\s*,\s*(?:(?:[A-Z][\w.’'&-]*|of|for|and|under|the|at|&)\s+){1,16}")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+$")
# `The former deputy mayor who urged Y to …`: a relative clause after the subject.
_RELATIVE = re.compile(r"\s+(?:who|whom|whose)\s")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+(?:also\s+)?$")
_POSSESSIVE = re.compile(r"['’]s\s")
_RELATIVE_PRONOUNS = frozenset(["which", "that", "who"])
_WHICH_BEFORE = re.compile(r"\bwhich\s+(?:also\s+)?$")
_OPENING_ACCORDING = re.compile(r"\s*According\s+to\s+(?P<who>the\s+(?P<role>[a-z]+))\s*,")
_PERSON_ROLES = word_set("person_reference_roles.txt")
# `In his words, "…"`: the quote is the words of the person named last before.
_IN_THEIR_WORDS = re.compile(r"(?:^|[.!?]\s+)In\s+(?:his|her)\s+(?:own\s+)?words\s*,?\s*$")
# `Investigators termed …`: people the text leaves unnamed, capitalized to open the sentence (`Police` is the
# force, as the attribution rules read it).
_UNNAMED_SOURCES = word_set("source_roles.txt") - word_set("force_nouns.txt")
# A body's name without the conjunction and article before it and the auxiliaries after (`But the Greens have`).
# `The union added, "…"`: a verb saying the body was already speaking.
_GOING_ON_VERB = re.compile(rf"(?:{word_pattern(word_set('going_on_verbs.txt'))})\b")
# `… was importing wheat due to "wrong decisions …"`: the sentence runs on into the quote, a part of it.
_RUNS_INTO_QUOTE = re.compile(r"[a-z]\s$")
_UNNAMED_CLAUSE_SUBJECT = re.compile(
    r"\b(?:as|while|when|after|because|since|until|where)\s+(?:(?:the|some|other|many)\s+)?"
    r"(?:[a-z-]+\s+)?[a-z-]{3,}s\s+$"
)
# The subject a sentence opens on, before its first finite verb: `The President defended`, `The Coalition has
# confirmed`.
_OPENING_SUBJECT = re.compile(
    r"\s*(?P<who>[Tt]he\s+(?:[A-Z][\w’'.&-]*|of|for|and|the)(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|&))*)"
    r"\s+(?:(?:has|have|had|also)\s+)*[a-z]+(?:ed|s)\b"
)
_SAYING_PARTICIPLES = word_set("saying_participles.txt")
_CITING_PARTICIPLES = word_set("citing_participles.txt")
# `citing "…"`: the quote right after the participle, its opening mark all that lies between.
_RIGHT_BEFORE_QUOTE = re.compile(r"\s*[“\"‘']?\s*")
_BODY_NAME = re.compile(
    r"(?:(?:But|And|So|Yet|Then)\s+)?(?:[Tt]he\s+)?(?P<name>.+?)(?:\s+(?:also|has|have|had|would|will|again))*$"
)


def _subject_of(text: str, start: int, verb_at: int, speakers: Sequence[Speaker]) -> Speaker | int | None:
    """The person or body before the verb at `verb_at` in `text[start:verb_at]`, or where the subject's
    words end when a relative clause follows a subject that names no one."""
    candidate = None
    for mention in speakers:
        if start <= mention.start and mention.end <= verb_at:
            candidate = mention
    if candidate is None or _PRONOUN_SUBJECT.search(text, candidate.end, verb_at):
        # `X sang the praises of the JCF, as he revealed that …`: the pronoun is the subject, not the JCF.
        return None
    relative = _RELATIVE.search(text, start, candidate.start)
    # The clause runs on to the name (`Asked who would pay, Mayor X said` is no relative clause).
    if (
        relative is not None
        and text.find(",", relative.end(), candidate.start) < 0
        and not any(start <= mention.start and mention.end <= relative.start() for mention in speakers)
    ):
        return relative.start()
    # "Sen. Kline, who chairs the … Committee, told reporters": Kline, not the committee;
    # "Minister X, speaking alongside Premier Y, said": X, not Y.
    for mention in speakers:
        if (
            start <= mention.start
            and mention.end <= candidate.start
            and mention.is_person
            and (
                INSERTED_CLAUSE.fullmatch(text, mention.end, verb_at)
                # `Nguyen Bich Lam, Director General of the General Statistics Office said`: the person
                # before a title whose closing comma was dropped.
                or _TRAILING_TITLE.fullmatch(text, mention.end, verb_at)
            )
        ):
            candidate = mention
    return candidate


# `a chief economist for the …`: a role without a name before the body it is held at.
_ROLE_BEFORE_BODY = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:for|at|of|with)\s+(?:the\s+)?$")


def _subject_clause(passage: Passage, before_start: int, subject_end: int) -> Before:
    """The subject written out before the verb: a role, or a body or someone unnamed."""
    text, verb_at = passage.text, subject_end
    before = text[before_start:subject_end]
    # `X tabled a budget, asserting that …`: a participle's subject opens the sentence.
    clauses = [part.strip() for part in before.split(",") if part.strip()]
    subject = clauses[-1] if clauses else ""
    # `The minister, who was speaking in Cork, said`: the subject before an inserted clause.
    subject = next((clause for clause in reversed(clauses) if ROLE_REFERENCE.match(clause.lower())), subject)
    role = ROLE_REFERENCE.match(subject.lower())
    if role is not None:
        subject_at = before_start + before.rindex(subject)
        subject_end = subject_at + len(subject)
        holder = passage.roles.get(role["role"]) or shared_role_holder(passage, subject, subject_at)
        if holder is not None:
            # `the prime minister stated, "…"`: the one person in the document with that title.
            return Before(True, attribution_of(holder, text, subject_at, subject_end), verb=True)
        current = current_for_role(role["role"], passage, subject_at, subject_end)
        if current is not None:
            return Before(True, current, verb=True)
    subject_at = before_start + before.rindex(subject) if subject else before_start
    # Before its quote, a noun only goes on with the body speaking (`But the board said …` after the BOK's
    # board was quoted), unless its verb says the body was speaking (`The union added, "…"`): `The agency says
    # …` may open a report of a body named paragraphs above, which the sets written before the rulings on
    # bodies as speakers leave unnamed (docs/evaluation.md, rounds 5 and 6).
    going_on_only = _GOING_ON_VERB.match(text, verb_at) is None
    referred = (
        referred_speaker(passage, subject, subject_at, subject_end, going_on_only=going_on_only)
        if subject
        else None
    )
    if referred is not None:
        return Before(True, referred, verb=True)
    # `an audit published in March, which concluded the fund is in a "critical condition"`: what the clause is about
    # speaks, unnamed.
    later = introduced_later(passage, subject, subject_at, subject_end) if subject else None
    if later is not None:
        # `a chief economist for the World Bank said` in a lede: the person named in that role further on.
        return Before(True, later, verb=True)
    owner = owning_body(passage, subject_at, subject_at + len(subject))
    if owner is not None:
        return Before(True, owner, verb=True)
    unnamed = is_unnamed(subject) or subject.lower() in _RELATIVE_PRONOUNS
    body = _BODY_NAME.match(subject) if not unnamed and BODY_SUBJECT.fullmatch(subject) else None
    if body is not None and _written_as_name(body["name"]) and not _names_people(body["name"]):
        # `Copernicus indicates that "…"`: a body that says a quote is its speaker.
        speaker = body_speaking(passage, subject_at + body.start("name"), subject_at + body.end("name"))
        return Before(True, speaker, verb=True)
    return Before(unnamed or BODY_SUBJECT.fullmatch(subject) is not None, None, verb=True)


# `Copernicus`, `Bank of England`, `Banco de España`: each word capitalized but the connectors and particles.
_NAME_WORDS = re.compile(
    rf"[A-Z0-9][\w’'&.-]*(?:\s+(?:(?:{word_pattern(NAME_CONNECTORS | NAME_PARTICLES)})\s+)*[A-Z0-9][\w’'&.-]*)*"
)
_NOT_NAME_OPENINGS = frozenset(word.lower() for word in word_set("not_source_names.txt"))


def _written_as_name(words: str) -> bool:
    """`Copernicus` is written as a name; `It`, `In a statement the union` and `Scotland’s drug policy minister`
    are a pronoun, an opening phrase and a role, which no body speaks under."""
    return _NAME_WORDS.fullmatch(words) is not None and words.split()[0].lower() not in _NOT_NAME_OPENINGS


def _names_people(name: str) -> bool:
    """`Investigators`, `Residents`: people the text leaves unnamed, capitalized to open the sentence;
    `University researchers`, `Credit unions`: a plural whose first word alone is capitalized, by the sentence."""
    lowered = name.lower()
    words = name.split()
    if len(words) > 1 and words[-1].endswith("s") and all(word.islower() for word in words[1:]):
        return True
    return lowered in _UNNAMED_SOURCES or (lowered.endswith("s") and lowered[:-1] in TITLE_HEADS)


def speaker_before(
    passage: Passage,
    before_start: int,
    before_end: int,
    *,
    quote_start: int,
    short: bool,
    previous_found: bool,
    previous: Attribution | None,
) -> Before:
    """The speaker the words `text[before_start:before_end]` name before the quote at `quote_start`;
    `previous` is the speaker of the quote before it in the paragraph, when `previous_found`."""
    text, speakers = passage.text, passage.speakers
    before = text[before_start:before_end]
    according = ACCORDING_TO.search(before)
    if according is not None:
        named = speaker_in(
            speakers, before_start + according.start("who"), before_start + according.end("who")
        )
        if named is not None and not named.is_person and document_author(according["who"]) is not None:
            # `According to a statement from the European Commission, X is "objectively necessary"`: a body
            # quoted from its statement may say a short phrase, as a body a noun refers to may.
            return Before(True, body_speaking(passage, named.start, named.end))
        if named is not None:
            return Before(True, attribution_of(named, text))
        # `According to Vu Duc Giang, Chairman of …, "…"`: a person no extractor listed.
        missed = unlisted_person(
            text, before_start + according.start("who"), before_start + according.end("who")
        )
        if missed is not None:
            return Before(True, missed)
    opening = _OPENING_ACCORDING.match(before)
    if opening is not None and opening["role"] in _PERSON_ROLES:
        # `According to the official, the information "shows …"`: the person named last before, as
        # `according to the official` credits a figure.
        person = antecedent(speakers, before_start, passage.quoted)
        if person is not None:
            return Before(True, attribution_of(person, text, *opening.span("who")))
    if _IN_THEIR_WORDS.search(before):
        person = antecedent(speakers, before_start, passage.quoted)
        if person is not None:
            return Before(True, attribution_of(person, text))
    # A phrase quoted mid-sentence (`said the cuts would mean "difficult decisions"`) may sit far from its
    # verb; a longer quote is introduced right before it.
    reach = SHORT_QUOTE_REACH if short or _RUNS_INTO_QUOTE.search(before) else 80
    verb = None
    for verb_match in VERB.finditer(before):
        if len(before) - verb_match.end() <= reach:
            verb = verb_match
    if verb is None:
        return Before(False, None)
    verb_at = before_start + verb.start()
    characterized = CHARACTERIZING.fullmatch(verb.group()) is not None
    subject = _subject_of(text, before_start, verb_at, speakers)
    if isinstance(subject, int):
        # `The former deputy mayor who urged Y to act noted that …`: the words before the relative clause.
        head = unlisted_person(text, before_start, subject)
        if head is not None:
            return Before(True, head, characterized, True)
        return _subject_clause(passage, before_start, subject)
    if subject is not None and _UNNAMED_CLAUSE_SUBJECT.search(text, subject.end, verb_at):
        # `… to hear Carry over Zoom as protesters shouted "…"`: the verb's subject is the group the clause
        # names, not the person before it.
        return Before(True, None, characterized, True)
    if subject is not None and _POSSESSIVE.match(text, subject.end):
        # `Mayor Ruiz's predecessor Quennell Abernathy claimed`: the person the possessive introduces.
        introduced = unlisted_person(text, subject.end, verb_at)
        if introduced is not None:
            return Before(True, introduced, characterized, True)
    if subject is not None and (
        _INDEFINITE_BEFORE.search(text, max(0, subject.start - 4), subject.start)
        or _WHICH_BEFORE.search(text, subject.end, verb_at)
    ):
        # `a spokesman said`; `a report by X, …, which concluded`: the report, not X, is the subject.
        return Before(True, None, verb=True)
    lead = (
        _ROLE_BEFORE_BODY.search(text, max(before_start, subject.start - 60), subject.start)
        if subject is not None and not subject.is_person
        else None
    )
    later = (
        introduced_later(passage, text[lead.start() : subject.end], lead.start(), subject.end)
        if lead and subject
        else None
    )
    if later is not None:
        # `a chief economist for the World Bank said` in a lede: the person named in that role further on.
        return Before(True, later, characterized, True)
    holder = _role_at_subject(passage, subject, verb_at) if subject is not None else None
    if holder is not None:
        # `NYPD commissioner says …`: the one person holding that role, not the body before it.
        return Before(True, holder, characterized, True)
    if subject is not None:
        return Before(True, attribution_of(subject, text), characterized, True)
    pronoun = PRE_PRONOUN.search(before)
    if pronoun is not None:
        found, speaker = resolve_who(
            passage, before_start + pronoun.start(), before_start + pronoun.end(), quote_start
        )
        return Before(found, speaker, verb=True)
    missed = unlisted_person(text, before_start, verb_at)
    if missed is not None:
        return Before(True, missed, characterized, True)
    if previous_found:
        # `X described the figures as "…" and called …"`: the verb's subject spoke before.
        return Before(True, previous, characterized, True)
    saying = verb.group() in _SAYING_PARTICIPLES or (
        verb.group() in _CITING_PARTICIPLES
        and _RIGHT_BEFORE_QUOTE.fullmatch(text, before_start + verb.end(), quote_start) is not None
    )
    opening = _OPENING_SUBJECT.match(text, before_start, verb_at) if saying else None
    if opening is not None:
        # `The President defended his decision, saying: "…"`, `The Coalition has confirmed it won't support
        # the cuts, describing them as a "…"`, `The IHCA uses the lists to press for recruitment, citing "…"`:
        # a participle's subject is the one its sentence opens on.
        found, speaker = resolve_who(passage, *opening.span("who"), quote_start)
        said = Before(found, speaker)
        name = _BODY_NAME.fullmatch(opening["who"])
        if (
            said.speaker is None
            and name is not None
            and not _names_people(name["name"])
            and name["name"].split()[-1].lower() not in TITLE_HEADS | _PERSON_ROLES
        ):
            at = opening.start("who") + name.start("name")
            said = Before(True, body_speaking(passage, at, at + len(name["name"])))
        return Before(said.found, said.speaker, characterized, True)
    return _subject_clause(passage, before_start, verb_at)


# A lowercase role right after a body's name and before the verb (`NYPD commissioner says`).
_ROLE_AFTER_BODY = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\s+")


def _role_at_subject(passage: Passage, subject: Speaker, verb_at: int) -> Attribution | None:
    """The one person holding the role written between a body and the verb (`NYPD commissioner says`)."""
    if subject.is_person:
        return None
    role = _ROLE_AFTER_BODY.fullmatch(passage.text, subject.end, verb_at)
    holder = passage.roles.get(role["role"]) if role is not None and role["role"] in TITLE_HEADS else None
    if holder is None and role is not None:
        # `The BGMEA chief said` where the story titles one person its president: the body's head.
        holder = only_head(passage, role["role"])
    return attribution_of(holder, passage.text, subject.start, role.end("role")) if holder and role else None


def person_by_surname(speakers: Sequence[Speaker], name: str) -> Speaker | None:
    """The one person whose name ends with `name` (`Cele` for `Bheki Cele`)."""
    found = {
        speaker.entity_id: speaker
        for speaker in speakers
        if speaker.is_person and speaker.name.split()[-1] == name
    }
    return next(iter(found.values())) if len(found) == 1 else None


@dataclass(frozen=True)
class Agent:
    """The agent after a quote inside a passive: who said it, or None for an agent left unnamed."""

    speaker: Attribution | None


def passive_agent(
    passage: Passage, quote_start: int, close_end: int, after_end: int, reach: int
) -> Agent | None:
    """`X had been accused of "shirking the issue" by Y`, `deemed a "super-scholar" by local media`: the
    passive's agent said the phrase, not its subject (`reach`: where the words before may start)."""
    text = passage.text
    if PASSIVE_BEFORE.search(text, max(reach, quote_start - 60), quote_start) is None:
        return None
    agent = PASSIVE_AGENT.match(text[close_end:after_end])
    if agent is None:
        return None
    named = speaker_in(passage.speakers, close_end + agent.start("who"), close_end + agent.end("who"))
    return Agent(attribution_of(named, text) if named is not None else None)
