"""The source a reporting verb credits: its subject before or after it, or the agent of a passive.

`X said`, `said X`, `were reported by X`, `an X official said`, `he said` (the person named before),
`it said` and `the department said` (the body of that kind named before), `State police said` (the force
as the text names it), `her office said` (the person), `officials said` (unnamed: null).
"""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD, PLACE_NAMES
from app.extract.body_subjects import government_subject, institution_at, opening_government
from app.extract.company_references import COMPANY_REFERENCES
from app.extract.dates import WEEKDAY_NAME
from app.extract.lexicon import COURTESY_TITLES, DEMONYMS, word_set
from app.extract.quotes import Speaker, antecedent
from app.extract.report_subjects import report_owner, report_subject
from app.extract.research_groups import group_leader, refers_to_group
from app.extract.source_carry import SourceCarry
from app.extract.source_context import FUNCTION_WORDS, UNNAMED_SUBJECTS, SourceContext
from app.extract.source_cues import SOURCE_NOUN_WORDS, SOURCE_NOUNS, Cue, Source
from app.extract.spans import word_pattern
from app.extract.subject_references import (
    described_first_body,
    eponymous_body,
    first_of_two,
    inverted_unlisted_body,
    unnamed_group_before,
)
from app.models import AttributionMethod

__all__ = ["BODY_NOUNS", "NEAR", "verb_subject"]

_ROLES = word_pattern(word_set("source_roles.txt"))
_SUBJECT_ADVERB_WORDS = word_set("subject_adverbs.txt")
_SUBJECT_ADVERBS = word_pattern(_SUBJECT_ADVERB_WORDS)

# Between a subject and its verb: nothing, an appositive (`X, the agency's director, said`) or an adverb.
_SUBJECT_GAP = re.compile(
    # `Minister of State X, Jo Rees, has insisted`: the comma that closes the name's apposition.
    # `the PNP – through the #RealNumbersPH – reported`: an aside between dashes.
    r"(?:\s*\([^()]{1,40}\))?(?:\s+[–—]\s[^–—\n]{1,60}\s[–—])?(?:(?:\s*,[^,;:“”\"]{1,150}){1,3},|,(?=\s+(?:has|have|had)\s))?\s*"
    rf"(?:(?:has|have|had|{_SUBJECT_ADVERBS}|(?:on\s+)?[A-Z][a-z]+day|(?:this|last)\s+(?:week|month|year|morning|afternoon|evening|night))\s+)*"
)
BODY_NOUNS = word_set("body_nouns.txt")
# `Cory Kelly with Iowa Workforce Development says`, `Kevin Skrepnek of the wildfire service said`: the body a
# person speaks for, by name or described in lowercase, between her and her verb.
_AFFILIATION_GAP = re.compile(
    rf"\s+(?:with|from|at|of)\s+(?:the\s+)?(?:{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|on|the|&)[^\S\n]+)*{NAME_WORD}){{0,6}}"
    rf"|(?:[a-z][\w-]*\s+){{0,2}}(?:{word_pattern(BODY_NOUNS)}))" + _SUBJECT_GAP.pattern
)
# `an ICE official said`, `the ONS's latest figures showed`: the body a role or a report belongs to.
_BODY_GAP = re.compile(
    rf"(?:['’]s?)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?P<noun>{_ROLES}|{SOURCE_NOUNS})(?:\s*,[^,;:“”\"]{{1,150}},)?"
    r"(?:\s+also)?\s*"
)
# `Jo Rees, in charge of EVMs said`: a role in lowercase, its closing comma dropped too.
_TRAILING_TITLE = re.compile(
    r"\s*,\s*(?:(?:[A-Z][\w.-]*\s+){1,6}|(?:in\s+charge|head|chief)\s+of\s+(?:(?:the|[\w.&-]+)\s+){1,4})"
)
_PASSIVE_BY = re.compile(r"\s+by\s+")
_MEASURED_SUBJECTS = word_set("measured_subject_nouns.txt")
_CLOSING_COMMA = re.compile(r"\s*,\s*")
_INCLUDING = re.compile(r",\s+(?:including|such\s+as|among\s+them|led\s+by)\s+(?:the\s+)?$")
_AGENT_INCLUDING = re.compile(r"[^,;:.“”\"]{1,80},\s+(?:including|such\s+as|among\s+them)\s+")
_INVERTED_BEFORE = re.compile(r"[,”\"’]\s*$")
# `is projecting`, `concluded by saying`, `went on to say`: a chain whose subject is the reporting verb's.
_VERB_CHAIN = re.compile(r"(?:\b(?:is|are|was|were)|\b[a-z]+ed\s+by|\b(?:went|goes|go)\s+on\s+to)\s+$")
_BRACKETED_SHORT_NAME = re.compile(r"\((?P<name>[A-Z][A-Z&.]{1,11})\)\s*$")
_SUBJECT_WORD = re.compile(
    r"(?<![\w’'])(?:(?P<owner>[A-Za-z]+)(?:['’]s)?\s+)?"
    rf"(?P<word>(?!(?:{_SUBJECT_ADVERBS}|has|have|had)\b)[A-Za-z]+)(?:\s+(?:{_SUBJECT_ADVERBS}|ha(?:s|ve|d)))*\s*$"
)
_POSSESSIVE_PRONOUNS = frozenset(["his", "her"])
_EPONYMOUS_NOUNS = word_set("eponymous_body_nouns.txt")
_BODY_REFERENCE = re.compile(
    rf"\bthe\s+(?P<noun>{word_pattern(word_set('body_nouns.txt') | _EPONYMOUS_NOUNS)})\b(?!['’])"
)
# `in her letter`, `on its website`: where the subject said it, between the subject and the verb.
# `X in a statement on Tuesday said`, `X in a statement on Wednesday (May 24), said`: a time after it too.
_WHERE_SAID = re.compile(
    r"\s+(?:in|on)\s+(?:his|her|its|their|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+(?:(?:on\s+)?[A-Z][a-z]+day|yesterday|today|last\s+week|this\s+week))?(?:\s*\([^()]{1,30}\))?,?\s*$"
)
# `Economists polled by X had expected`: the group polled is the subject, left unnamed.
_POLLED_BY = re.compile(r"\s+(?:polled|surveyed|questioned)\s+by\s+[^,;:“”\"]{1,60}?\s+(?:had|have|has)\s+$")
_LED_BY = re.compile(r",\s+(?:led|headed|run|chaired|founded|owned)\s+by\s+[^,;:“”\"]{1,60},\s*$")
_FORCE_NOUNS = word_set("force_nouns.txt")
_GENERIC_BODY_NOUNS = word_set("generic_body_nouns.txt")
# `the unions counted`, `some economists say`: a group the text leaves unnamed (not `July's lists show`).
_GROUP_DETERMINERS = frozenset(["the", "these", "those", "some", "many", "most"])
_PRONOUNS = frozenset(["he", "she"])
_NAMED_SUBJECT = re.compile(
    rf"(?P<name>{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{NAME_WORD})*)"
    rf"(?:(?:['’]s?)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?P<noun>{_ROLES}|{SOURCE_NOUNS})"
    # `The Resolution Foundation thinktank said`: a word for the body's kind after its name.
    rf"|\s+(?P<kind>{word_pattern(word_set('body_kind_nouns.txt'))}))?"
    # `the Ministry of Finance (MoF) said`, `Statistics South Africa (Stats SA) said`: the short name in brackets.
    r"(?:\s*\([A-Za-z&.]{2,12}(?:\s[A-Za-z&.]{1,6})?\))?(?:\s*,[^,;:“”\"]{1,80},|,)?"
    # `HDB on Thursday also announced`: when, between the name and its verb.
    rf"(?:\s+(?:on\s+)?{WEEKDAY_NAME}|\s+(?:yesterday|today))?"
    r"(?:\s+also)?(?P<auxiliary>\s+(?:has|have|had))?\s*$"
)
# `Ontario's finance minister says`, `The Auditor General has revealed`: a title in place of a name.
_ROLE_SUBJECT = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[\w-]+['’]s)\s+(?P<role>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)"
    rf"(?:\s+(?:{_SUBJECT_ADVERBS}|has|have|had))*\s*$"
)
_PLACE_EXPERIENCES = word_set("place_experience_verbs.txt")
_PLACE_REPORTS = word_set("place_report_verbs.txt")
_BODY_HEAD_ROLES = word_set("person_reference_roles.txt")
_AUXILIARIES = frozenset(["has", "have", "had"]) | _SUBJECT_ADVERB_WORDS
_AFTER_COMMA = re.compile(r",\s*$")
_APPOSITION_OPENING = re.compile(rf",\s*(?:(?:{word_pattern(COURTESY_TITLES)})\.?\s+)?$")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+)?(?:has\s+|have\s+)?$")
_OPENING_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*,?\s+){0,4}")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|of|for|from|with|on|to|near)\s+(?:the\s+)?$")
_DATA_NOUNS = SOURCE_NOUN_WORDS
_FOLLOWING_LIST = re.compile(r"\s+the\s+following\b[^.:\n]{0,60}:")

NEAR = 80
_OWN_OFFICES = frozenset(["office", "campaign", "department", "ministry", "team", "spokesperson"])


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of `text[start:end]` before any `also` or `has`, lowercased."""
    words = text[start:end].split()
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    return words[-1].lower() if words else ""


def verb_subject(context: SourceContext, start: int, verb: re.Match[str], carry: SourceCarry) -> Cue | None:
    """The source a reporting verb credits: its subject before or after it, or the agent of a passive."""
    text = context.text
    method: AttributionMethod
    chain = _VERB_CHAIN.search(text, max(start, verb.start() - 30), verb.start())
    subject_end = (
        chain.start()
        if chain and (verb.group().endswith("ing") or chain.group().rstrip().endswith("to"))
        else verb.start()
    )
    where = _WHERE_SAID.search(text, max(start, subject_end - 50), subject_end)
    if where is not None:
        subject_end = where.start()  # `Wu in her letter said`: where the subject said it, not who
    polled = _POLLED_BY.search(text, max(start, subject_end - 90), subject_end)
    if polled is not None:
        subject_end = polled.start()
    led_by = _LED_BY.search(text, max(start, subject_end - 90), subject_end)
    if led_by is not None:
        subject_end = led_by.start()  # `The company, led by co-founder X, said`: the company, not X
    coordinated = _AND_BEFORE.search(text, max(start, verb.start() - 12), verb.start()) is not None
    participle = verb.group().endswith("ing") and (
        _AFTER_COMMA.search(text, max(start, verb.start() - 3), verb.start()) is not None
    )
    if participle or (coordinated and not verb.group().endswith("ing")):
        # `Chief Minister X has toured the districts and announced a relief of Rs 10,000`: the same subject.
        # `The X government on Tuesday tabled a budget, asserting that …`: the sentence's own subject.
        opening = _OPENING_WORDS.match(text, start, verb.start())
        limit = opening.end() if opening else start
        first = next(
            (actor for actor in context.actors_in(start, verb.start()) if actor.start <= limit), None
        )
        first = first or opening_government(text, start, verb.start())
        if first is not None:
            return Cue(verb.start(), context.source(first, "reporting_verb"), forward=True)
        if participle:
            # `The wage increase … is expected to benefit 1.2 million earners in the National Capital Region,
            # adding …`: a sentence opening on no one; the name before the comma is no subject of the participle.
            return None
    subjects = [
        actor
        for actor in context.actors_in(start, subject_end)
        if _SUBJECT_GAP.fullmatch(text, actor.end, subject_end)
        # `Critics, including the Center for Public Policy Priorities, said`
        or (
            _CLOSING_COMMA.fullmatch(text, actor.end, subject_end)
            and _INCLUDING.search(text, max(start, actor.start - 30), actor.start)
        )
        # `The Statistician General, Risenga Maluleke, said`: the name in apposition, closed by its comma;
        # `the Minister of Mines, Hon Zhemu Soda, announced`: a courtesy title may open it.
        or (
            _CLOSING_COMMA.fullmatch(text, actor.end, subject_end)
            and _APPOSITION_OPENING.search(text, max(start, actor.start - 12), actor.start) is not None
        )
        # `Jo Rees, Senior Deputy Election Commissioner said`: a title after the name, its comma dropped.
        or (actor.is_person and _TRAILING_TITLE.fullmatch(text, actor.end, subject_end) is not None)
        or (actor.is_person and _AFFILIATION_GAP.fullmatch(text, actor.end, subject_end) is not None)
    ]
    if subjects:
        # `Rep. X, R-Gaylord, who chairs the House Energy Committee, said`: X, not the committee.
        people = [actor for actor in subjects if actor.is_person]
        chosen = (people or subjects)[-1]
        first_body = described_first_body(text, start, chosen) if not chosen.is_person else None
        if first_body is not None:
            return Cue(verb.start(), context.source(first_body, "reporting_verb"))
        # `Lagarde and Vice-President Luis de Guindos said`: the first of two people saying it leads.
        first = first_of_two(context, start, chosen) if chosen.is_person else None
        return Cue(verb.start(), context.source(first or chosen, "reporting_verb"))
    for actor in reversed(context.actors_in(start, subject_end)):
        body = _BODY_GAP.fullmatch(text, actor.end, subject_end)
        if body is not None:
            is_data = body["noun"].lower() in _DATA_NOUNS
            method = "source_phrase" if is_data else "reporting_verb"
            return Cue(verb.start(), context.source(actor, method, data=is_data))
    passive = _PASSIVE_BY.match(text, verb.end())
    if passive is not None or _INVERTED_BEFORE.search(text, max(start, verb.start() - 3), verb.start()):
        after = passive.end() if passive else verb.end()
        named = context.named_at(after, min(after + NEAR, len(text)))
        including = _AGENT_INCLUDING.match(text, after) if passive and named is None else None
        if including is not None:
            # `projected by several institutions, including the IMF`: the one named among them.
            named = context.named_at(including.end(), min(including.end() + NEAR, len(text)))
        if named is None and passive is None:
            named = inverted_unlisted_body(context, after)
        if named is None and passive is not None:
            # `passed by Parliament`: a legislature named by one word as the agent.
            named = institution_at(text, after)
        if named is not None:
            return Cue(verb.start(), context.source(named, "reporting_verb"))
    role = (
        _ROLE_SUBJECT.search(text, max(start, subject_end - 50), subject_end)
        if _last_word(text, max(start, subject_end - 30), subject_end) in context.roles.heads
        else None
    )
    holder = context.roles.holder(role["role"], role.start("role")) if role is not None else None
    if role is not None and holder is not None:
        # `the finance minister says`, `The Auditor General has revealed`: the person with that title.
        named_by = Speaker(holder.name, holder.entity_id, role.start("role"), role.end("role"))
        return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    stating = verb.group().lower() not in _PLACE_EXPERIENCES
    place_stating = stating and verb.group().lower() not in _PLACE_REPORTS
    government = government_subject(text, start, subject_end, stating=place_stating)
    if government is not None:
        return Cue(verb.start(), context.source(government, "reporting_verb"))
    named_subject = _NAMED_SUBJECT.search(text, max(start, subject_end - NEAR), subject_end)
    titled_report_owner = report_owner(context, *named_subject.span("name")) if named_subject else None
    if titled_report_owner is not None:
        return Cue(verb.start(), context.source(titled_report_owner, "source_phrase", data=True))
    unlisted = (
        # `Alberta anticipates $883-million`: a place stating a figure is its government; `Australia recorded
        # its hottest year` is the place itself.
        context.unlisted_source(*named_subject.span("name"), place=stating)
        if named_subject is not None
        # `Qatari officials expect`: a nationality describes people the text leaves unnamed, it names no body.
        and named_subject["name"] not in DEMONYMS
        and named_subject["name"].lower() not in _MEASURED_SUBJECTS
        # `OBR has revised down …` states a figure; `Toronto has recorded 74 homicides` went through it.
        and (stating or not named_subject["auxiliary"])
        # `a worker in Tacoma said`: a place, not the speaker
        and not _AFTER_PREPOSITION.search(text, max(0, named_subject.start() - 6), named_subject.start())
        else None
    )
    if unlisted is not None and not place_stating and unlisted.name in PLACE_NAMES:
        # `For the first half, Jamaica recorded 1.2 million arrivals`: the place went through the figure.
        return None
    if named_subject is not None and unlisted is not None:
        is_data = (named_subject["noun"] or "").lower() in _DATA_NOUNS
        method = "source_phrase" if is_data else "reporting_verb"
        return Cue(verb.start(), context.source(unlisted, method, data=is_data))
    bracketed = _BRACKETED_SHORT_NAME.search(text, max(start, subject_end - 20), subject_end)
    short_name = context.unlisted_source(*bracketed.span("name")) if bracketed else None
    if short_name is not None:
        # `The bank's monetary policy committee (MPC) announced`: a body the text names only by its initials.
        return Cue(verb.start(), context.source(short_name, "reporting_verb"))
    subject = _SUBJECT_WORD.search(text, max(start, subject_end - 40), subject_end)
    if subject is None:
        return None
    word, owner = subject["word"].lower(), (subject["owner"] or "").lower()
    if owner in _POSSESSIVE_PRONOUNS and (word in UNNAMED_SUBJECTS or word in _OWN_OFFICES):
        # `her office said`: the person named before.
        person = antecedent(context.people, subject.start("owner"), context.quoted)
        if person is None:
            return Cue(verb.start(), None)
        named_by = Speaker(person.name, person.entity_id, subject.start("owner"), subject.end("word"))
        return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    if (
        subject["owner"]
        and subject["owner"][0].isupper()
        and (word in UNNAMED_SUBJECTS or word in _OWN_OFFICES)
    ):
        # `Rees's auditors found`: a person's own staff or office speaks for them.
        owner_person = next(
            (
                person
                for person in reversed(context.people)
                if person.end <= subject.start("owner") and person.name.split()[-1] == subject["owner"]
            ),
            None,
        )
        if owner_person is not None:
            named_by = Speaker(
                owner_person.name, owner_person.entity_id, subject.start("owner"), subject.end("word")
            )
            return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    # `district data show`, `the central bank's economists expect`: the body the data or the staff belong to.
    # `the bank's governor said` with no governor named: the body speaks through its head, as through its staff.
    speaks_for_owner = word in _DATA_NOUNS or word in UNNAMED_SUBJECTS or word in _BODY_HEAD_ROLES
    body_noun = owner if speaks_for_owner and owner in BODY_NOUNS else word
    if body_noun in BODY_NOUNS or body_noun in COMPANY_REFERENCES:
        # `the department said`, `district data show`: the body of that kind named last.
        # `the nation's largest automaker`: a superlative ranks the body, it is no part of its name.
        ranked = owner.endswith("est")
        modifier = owner if body_noun == word and owner not in FUNCTION_WORDS and not ranked else ""
        referent = (
            context.described_body(modifier, body_noun, subject.start())
            if modifier
            else context.last_body(body_noun, subject.start())
        )
        earlier = carry.earlier
        if (
            referent is None
            and (body_noun in _GENERIC_BODY_NOUNS or body_noun in COMPANY_REFERENCES)
            and earlier
            and not earlier.named.is_person
        ):
            # `The IT firm revised …` after `Infosys reported …`: the company the text goes on with.
            # `The NDRRMC reported 58 deaths. The agency also reported …`: the body the text goes on with.
            referent = earlier.named
        method = "source_phrase" if word in _DATA_NOUNS else "reporting_verb"
        # Referring back to a body already named continues its report; a company's word is a statement.
        report = body_noun not in COMPANY_REFERENCES
        return Cue(verb.start(), context.source(referent, method, data=report) if referent else None)
    if word == "it":
        # `it said in a statement`: the body named last.
        last = context.last_body("", subject.start("word"))
        referred = _BODY_REFERENCE.search(text, last.end if last else max(0, start - 300), start)
        if referred is not None:
            # `… than the government had expected. It had forecast …`: the body the text referred to since,
            # by its kind or by the person it is named after (`the Albanese government`).
            last = context.last_body(referred["noun"], referred.start()) or eponymous_body(
                text, referred["noun"], referred.start()
            )
        return Cue(verb.start(), context.source(last, "reporting_verb") if last else None)
    if (
        word in _FORCE_NOUNS
        and subject["owner"]
        and subject["owner"][0].isupper()
        and owner not in FUNCTION_WORDS
    ):
        # `State police said`: the force as the text names it.
        force = Speaker(
            text[subject.start("owner") : subject.end("word")],
            None,
            subject.start("owner"),
            subject.end("word"),
            is_person=False,
        )
        return Cue(verb.start(), context.source(force, "reporting_verb"))
    if (
        word in _FORCE_NOUNS
        and owner in ("", "the")
        and (verb.group().lower() not in _PLACE_EXPERIENCES or _FOLLOWING_LIST.match(text, verb.end()))
    ):
        # `Police have noted`, `the police said`: the force the text named before, else `Police` as the text
        # names it (`Police recorded five million offences` is what the force went through, `the police
        # recorded the following reductions:` opens a list of its figures).
        force_body = context.last_body(word, subject.start("word"))
        if force_body is None and subject["word"][0].isupper():
            force_body = Speaker(subject["word"], None, *subject.span("word"), is_person=False)
        if force_body is not None:
            return Cue(verb.start(), context.source(force_body, "reporting_verb"))
    leader = group_leader(context, subject.start()) if refers_to_group(owner, word) else None
    if leader is not None:
        # `They found …` after `a team of researchers led by Jo Rees`: the group's leader.
        named_by = Speaker(leader.name, leader.entity_id, subject.start("word"), subject.end("word"))
        return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    if word == "they" and not owner and unnamed_group_before(context, start):
        return Cue(verb.start(), None)  # `… than economists had expected. They had predicted 2.8%`
    if word in _PRONOUNS:
        person = antecedent(context.people, subject.start("word"), context.quoted, context.text)
        if person is None:
            return Cue(verb.start(), None)
        named_by = Speaker(person.name, person.entity_id, subject.start("word"), subject.end("word"))
        return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    if word in _DATA_NOUNS:
        return report_subject(context, start, verb.start(), subject, carry)
    carried = carry.earlier
    if (
        word in UNNAMED_SUBJECTS
        and carried is not None
        and not carried.named.is_person
        and text[carried.named.end : carried.named.end + len(word) + 1].strip().lower() == word
    ):
        # `Election Commission officials added …. Officials said …`: the same body's officials again.
        return Cue(verb.start(), Source(carried.named, "reporting_verb", carried.data))
    plural = len(word) > 3 and word.endswith("s")
    if (
        word in UNNAMED_SUBJECTS
        or (plural and not owner)
        or (plural and owner in _GROUP_DETERMINERS and subject["word"].islower())
    ):
        # `officials said`, `Growers say`, `the unions counted`: people the text leaves unnamed.
        return Cue(verb.start(), None)
    return None
