"""Who spoke: the words naming a quote's speaker, resolved to a person or a body mentioned in the text.

A name or surname the people extractor listed (`speakers`), a role the document gives one person (`the
sheriff said`), a pronoun pointing at the last person named before the quote, or a person the people
extractor missed, taken by name from the clause (`Economist Jonah Whitcomb of …`, or a lone surname
completed from its fullest earlier form). Unnamed speakers (`an ICE official told …`) resolve to no one. A role no one in the
document holds (`the minister said`) is the person speaking in the passage, unless their titles say
otherwise; a pronoun is the last person named before it, or the speaker of a quote after that mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.bodies import defined_acronyms, described_acronyms
from app.extract.body_speakers import (
    BODY_OWNER,
    body_speaking,
    it_speaker,
    owning_body,
    referred_body,
    referred_speaker,
)
from app.extract.lexicon import COMPOUND_SUFFIXES, PARTY_WORDS, TITLE_HEADS, word_map, word_set
from app.extract.passive_agents import person_before_agents
from app.extract.role_speakers import current_for_role, introduced_later, only_head
from app.extract.spans import evidence, slugify, word_pattern
from app.extract.speaker_bodies import (
    described_name_body,
    short_name_body,
    titled_body,
)
from app.extract.speaker_passage import Passage, Speaker, attribution_of, speaker_in
from app.extract.speaker_references import (
    document_author,
)
from app.extract.unlisted_people import unlisted_person
from app.models import Attribution

__all__ = [
    "BODY_OWNER",
    "ROLE_REFERENCE",
    "Passage",
    "Speaker",
    "antecedent",
    "attribution_of",
    "body_speaking",
    "current_for_role",
    "introduced_later",
    "is_unnamed",
    "owning_body",
    "referred_speaker",
    "resolve_who",
    "speaker_in",
]


_PRONOUN = re.compile(r"^(?:he|she|they)$", re.IGNORECASE)
_IT = re.compile(r"[Ii]t(?:\s+(?:also|further))?")
# `Nersa explained`, `the NUPRC stated`: a body's short name.
_ANY_SHORT_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<short>[A-Z][A-Za-z]{1,9})")
_UNNAMED = re.compile(r"^(?:a|an|one|another|the|some|several|two|three)\s+[^A-Z]*", re.IGNORECASE)
_LOWER_START = re.compile(r"^(?:a|an|one|another|some|several)\b", re.IGNORECASE)
_MODIFIER_SUFFIX = re.compile(rf"-(?:{'|'.join(sorted(COMPOUND_SUFFIXES))})(?![\w-])")


def antecedent(
    speakers: Sequence[Speaker], position: int, quoted: Sequence[tuple[int, int]], text: str | None = None
) -> Speaker | None:
    """The person a pronoun at `position` refers to: the last one named before it, outside quotes.

    Given the `text`, a person named only after a preposition in a sentence whose subject is another person
    (`Kharge said he has spoken to Chief Minister Nitish Kumar`, `The minister, X, asked Ghanaians to give
    credit to President Y`) is what the sentence is about, and its subject stays the antecedent.
    """
    named: list[Speaker] = []
    for speaker in speakers:
        if speaker.end > position:
            break
        if (
            speaker.is_person
            and not any(start <= speaker.start < end for start, end in quoted)
            # "against the Yeddyurappa-led government": the name modifies a noun; no pronoun refers to it.
            and not (text is not None and _MODIFIER_SUFFIX.match(text, speaker.end))
        ):
            named.append(speaker)
    best = named[-1] if named else None
    earlier = named[-2] if len(named) > 1 else None
    if text is not None and best is not None and earlier is not None and best.entity_id != earlier.entity_id:
        subject = _sentence_subject(named, best, text)
        if subject is not None:
            return subject
        between = text[earlier.end : best.start]
        if _STATED_OBJECT.fullmatch(between):
            return earlier
        sentence_start = max(
            text.rfind(". ", earlier.end, best.start) + 1, text.rfind("\n", earlier.end, best.start)
        )
        if sentence_start > earlier.end and _PRONOUN_SUBJECT_OBJECT.fullmatch(
            text, sentence_start + 1, best.start
        ):
            return earlier
    if text is not None and best is not None:
        return person_before_agents(named, text) or best
    return best


def _sentence_subject(named: Sequence[Speaker], best: Speaker, text: str) -> Speaker | None:
    """`Eby announced that he, Minister X and Minister Y will travel`: the person who opens the sentence of the
    one named last, before a verb, when others are named after them in it."""
    sentence_start = max(text.rfind(". ", 0, best.start) + 2, text.rfind("\n", 0, best.start) + 1)
    subject = next((speaker for speaker in named if speaker.start >= sentence_start), None)
    if (
        subject is None
        or subject.entity_id == best.entity_id
        or not _TITLE_WORDS_BEFORE_NAME_PATTERN.fullmatch(text, sentence_start, subject.start)
        or not _VERB_AFTER_SUBJECT.match(text, subject.end)
        # "Senator X had asked Kagwe to …": the verb's object answers next, not its subject.
        or _DIRECT_OBJECT.fullmatch(text, subject.end, best.start)
    ):
        return None
    return subject


def shared_role_holder(passage: Passage, reference: str, position: int) -> Speaker | None:
    """`the minister said` where two people hold a minister's title: the one whose title has the words of
    the reference, named last before it (`the transport secretary` is not the shadow one named after)."""
    title = re.sub(r"^[Tt]he\s+", "", reference.strip())
    return passage.role_holder(title, position) if passage.role_holder is not None else None


Resolution = tuple[bool, Attribution | None]
_EMPLOYER_BEFORE = re.compile(r"\b(?:for|of|to|with|at|from)\b")


def is_unnamed(who: str) -> bool:
    """`an official`, `the agency`: words naming someone without a name."""
    return bool(_UNNAMED.match(who) or _LOWER_START.match(who))


# `Kharge said he has spoken to Bihar Chief Minister `, `X, has asked Ghanaians to give credit to President `:
# the subject's verb, then a person after a preposition, in one sentence.
# The capitalized words of a title before the person's name, within its sentence (`the Bihar Chief Minister `).
_TITLE_WORDS_BEFORE_NAME = r"(?:(?:the\s+)?(?:[A-Z][\w’'-]*|(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.)[ \t]+){0,5}"
_STATED_OBJECT = re.compile(
    rf",?\s+(?:has\s+|had\s+)?[a-z]+\b[^.!?\n“”\"]{{0,120}}?\b(?:to|with|from|of)\s+{_TITLE_WORDS_BEFORE_NAME}"
)
_TITLE_WORDS_BEFORE_NAME_PATTERN = re.compile(_TITLE_WORDS_BEFORE_NAME)
_DIRECT_OBJECT = re.compile(rf"\s+(?:has\s+|had\s+|also\s+)?[a-z]+\s+{_TITLE_WORDS_BEFORE_NAME}")
# `Eby announced`, `Ruiz told`, `Ruiz has told`: the subject's verb right after the name.
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?[a-z]+ed\b|\s+told\b|\s+said\b")
# `He attributed the results to the leadership of Mr Boaz Owino`: a person named after a preposition in a
# sentence whose subject is a pronoun is what that sentence is about; the pronoun's person stays the antecedent.
_PRONOUN_SUBJECT_OBJECT = re.compile(
    rf"\s*(?:He|She)\b[^.!?\n“”\"]{{0,160}}?\b(?:to|with|from|of|for|by)\s+{_TITLE_WORDS_BEFORE_NAME}"
)
# `the SBP`: a body's short name, as the text defines it in brackets.
_SHORT_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<short>[A-Z](?:[a-z]?[A-Z]){1,7})")
# `the former …`, `the 45-year-old …`: a description of someone already named, not a new speaker.
_EPITHET = re.compile(r"the\s+(?:\d+-year-old\b|(?:former|ex-|one-time|veteran)\s*(?:\S+\s+){2,})")
# "the sheriff said": a role the document gives one person.
ROLE_REFERENCE = re.compile(r"^the\s+(?:[a-z-]+\s+){0,3}(?P<role>[a-z]+)$")
# `transport chief`, `health boss`: words before a lowercase role, with no name.
_UNNAMED_ROLE = re.compile(r"(?:[\w’'.-]+\s+){0,3}[a-z]+")
_ROLE_WORDS = TITLE_HEADS | word_set("person_reference_roles.txt")
_UNNAMED_GROUP = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]{3,}s(?:\s+(?:have|had|also))*")


# `"…," The Treasurer said`: a role capitalized as a title, with the article.
_CAPITALIZED_ROLE = re.compile(r"[Tt]he\s+(?:[A-Z][a-z-]+\s+){0,3}(?P<role>[A-Z][a-z]+)")
# `the Treasury`, `the Coalition`: a capitalized name after the article, after its quote.
_THE_NAME = re.compile(r"[Tt]he\s+(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})")
# `"…," the PM said`: a role abbreviated.
_ABBREVIATED_ROLE = re.compile(r"[Tt]he\s+(?P<abbreviation>[A-Z]{2,4})")
_ROLE_ABBREVIATIONS = word_map("role_abbreviations.tsv")
# `"…," the DFL governor said`: the holder's party before a lowercase role.
_PARTY_BEFORE_ROLE = re.compile(rf"[Tt]he\s+(?:{word_pattern(PARTY_WORDS)})\s+(?:[a-z-]+\s+){{0,2}}[a-z]+")


def _role_words(who: str) -> str:
    """The words of a role the text refers back to, as `ROLE_REFERENCE` reads them: `the Treasurer` and `The
    Treasurer` written with capitals, `The councillor` opening a sentence, `the PM` written out (`the prime
    minister`), `the DFL governor` with the party's name."""
    abbreviated = _ABBREVIATED_ROLE.fullmatch(who)
    if abbreviated is not None and abbreviated["abbreviation"] in _ROLE_ABBREVIATIONS:
        return f"the {_ROLE_ABBREVIATIONS[abbreviated['abbreviation']]}"
    capitalized = _CAPITALIZED_ROLE.fullmatch(who)
    if capitalized is not None and capitalized["role"].lower() in _ROLE_WORDS:
        return who.lower()
    if _PARTY_BEFORE_ROLE.fullmatch(who):
        return who.lower()
    if who.startswith("The ") and who[4:5].islower():
        return "t" + who[1:]  # `The councillor pointed out`: the article opening a sentence
    return who


def resolve_who(passage: Passage, who_start: int, who_end: int, quote_start: int) -> Resolution:
    """(found an attribution, speaker) for the words naming who spoke."""
    text, speakers, roles = passage.text, passage.speakers, passage.roles
    who = text[who_start:who_end].strip()
    current = passage.current
    held_role = ROLE_REFERENCE.match(_role_words(who))
    if (
        _EPITHET.match(who)
        and current is not None
        and current.entity_id
        and not speaker_in(speakers, who_start, who_end)
        and not (held_role is not None and held_role["role"] in roles)
    ):
        # `"…," said the former commercial director of the club`: the person speaking in the passage,
        # described instead of named again (`the former mayor` the story titles so is that person).
        return True, Attribution(
            name=current.name, entity_id=current.entity_id, evidence=evidence(text, who_start, who_end)
        )
    authored = document_author(who)
    if authored is not None:
        # `a statement from Uneb reads`, `said an official statement issued by the PM Office`: its author.
        who_at = text.find(who, who_start, who_end)
        author_start, author_end = who_at + authored.start("author"), who_at + authored.end("author")
        author = speaker_in(speakers, author_start, author_end)
        if author is not None:
            return True, attribution_of(author, text)
        return True, body_speaking(passage, author_start, author_end)
    if _LOWER_START.match(who):
        # `a sobbing Jo Rees said`: a person named after an article is still named; `a spokesman for
        # Minister Jo Rees said`: the person the unnamed speaker works for is not.
        named = speaker_in(speakers, who_start, who_end)
        if named is None:
            return True, introduced_later(passage, who, who_start, quote_start)
        if not named.is_person or _EMPLOYER_BEFORE.search(text, who_start, named.start):
            return True, None
        return True, attribution_of(named, text)
    role_words = _role_words(who)
    role = ROLE_REFERENCE.match(role_words)
    offset = text.find(who, who_start, who_end)
    if role is not None and role["role"] in roles:
        # "the sheriff said": the one person in the document with that title.
        return True, attribution_of(roles[role["role"]], text, offset, offset + len(who))
    holder = shared_role_holder(passage, role_words, who_start) if role is not None else None
    if holder is not None:
        return True, attribution_of(holder, text, offset, offset + len(who))
    speaker = speaker_in(speakers, who_start, who_end)
    if speaker is not None and not speaker.is_person:
        # `said Kenyan Foreign Ministry spokesperson Wanjiru Odhiambo`: the person after the body.
        named_after = unlisted_person(text, speaker.end, who_end)
        if named_after is not None:
            return True, named_after
    if speaker is not None:
        return True, attribution_of(speaker, text)
    missed = unlisted_person(text, who_start, who_end)
    if missed is not None:
        return True, missed
    current = current_for_role(role["role"], passage, offset, offset + len(who)) if role else None
    if current is not None:
        return True, current
    if _IT.fullmatch(who) and quote_start < who_start:
        it_body = it_speaker(passage, who_start, who_start + 2, quote_start)
        if it_body is not None:
            return True, it_body
    first = who.split()[0] if who.split() else ""
    if _PRONOUN.match(first):
        antecedent_speaker = antecedent(speakers, quote_start, passage.quoted, text)
        recent = passage.recent
        if recent is not None and (antecedent_speaker is None or antecedent_speaker.start < recent.start):
            # `"…," he said` after his quote that followed the last name: the quote is the last mention.
            antecedent_speaker = recent
        offset = text.find(first, who_start, who_end)
        if antecedent_speaker is not None:
            return True, attribution_of(antecedent_speaker, text, offset, offset + len(first))
        return True, None
    who_at = text.find(who, who_start, who_end)
    owner = owning_body(passage, who_at, who_at + len(who)) if "s " in who else None
    if owner is not None:
        return True, owner
    short = _SHORT_NAME.fullmatch(who)
    spelled = defined_acronyms(text).get(short["short"]) if short is not None else None
    if short is not None and spelled is not None:
        # `the SBP said in a statement` after `The State Bank of Pakistan (SBP)`: the body spelled out.
        at = who_at + short.start("short")
        return True, Attribution(
            name=spelled, entity_id=slugify(spelled), evidence=evidence(text, at, at + len(short["short"]))
        )
    if short is not None and short["short"] in described_acronyms(text):
        # `the CPB said` after `the government's forecasting agency CPB`: the body by its short name.
        at = who_at + short.start("short")
        return True, Attribution(
            name=short["short"],
            entity_id=slugify(short["short"]),
            evidence=evidence(text, at, at + len(short["short"])),
        )
    any_short = _ANY_SHORT_NAME.fullmatch(who)
    short_body = (
        short_name_body(text, any_short["short"], who_at)
        or described_name_body(text, any_short["short"], who_at)
        if any_short is not None
        else None
    )
    if any_short is not None and short_body is not None:
        # `Nersa explained` after `the National Energy Regulator of South Africa (Nersa)`, `the NUPRC stated`
        # after `the Nigerian Upstream Petroleum Regulatory Commission`: the body its short name stands for.
        at = who_at + any_short.start("short")
        return True, referred_body(passage, short_body, at, at + len(any_short["short"]))
    the_name = _THE_NAME.fullmatch(who)
    if (
        the_name is not None
        and the_name["name"].split()[-1].lower() not in _ROLE_WORDS
        # `the PM said` with no prime minister named is no body; `the AFL said` is one.
        and the_name["name"] not in _ROLE_ABBREVIATIONS
        and text.find(the_name["name"], 0, min(who_at, quote_start)) >= 0
    ):
        # `"…," the Treasury said` after `The Treasury released its forecast`: a body the text named before;
        # `the Ministry said` after `the Ministry of Health`: the fuller name with that word; `the AFL said`
        # after `the AFL` was named: an acronym the text never spells out is the body by that name.
        at = who_at + the_name.start("name")
        fuller = titled_body(text, the_name["name"].lower(), who_at) if " " not in the_name["name"] else None
        if fuller is not None:
            return True, referred_body(passage, fuller, at, at + len(the_name["name"]))
        return True, body_speaking(passage, at, at + len(the_name["name"]))
    referred = referred_speaker(passage, who, who_at, quote_start)
    if referred is not None:
        return True, referred
    head = only_head(passage, who) if _UNNAMED_ROLE.fullmatch(who) else None
    if head is not None:
        # `says UK statistics chief` above `X, head of the statistics office,`: the one head the story names.
        return True, attribution_of(head, text, who_at, who_at + len(who))
    if (
        is_unnamed(who)
        or (_UNNAMED_ROLE.fullmatch(who) and who.split()[-1] in _ROLE_WORDS)
        # `…”, opposition politicians have warned`: a group the text leaves unnamed.
        or _UNNAMED_GROUP.fullmatch(who) is not None
    ):
        # `says transport chief`: a headline drops the article before a role.
        return True, None
    return False, None
