"""Who cited each figure: a statistic's source, resolved to an entity, and how the text names it.

A figure inside a direct quote belongs to the quote's speaker (a quote with no speaker takes its
sentence's cue: `"…," it said`). Otherwise the cue in its sentence nearest before it (or the first
after it) names the source: `X: N` or `…: X` in a headline, `according to X` (the producer after `by`
wins over an outlet; `according to the report` is the report named before), a source phrase (`X's
data`, `a report by X`, `data released by X`, `X released figures`, `in its report`), or a reporting
verb with X as its subject (`X said`, `said X`, `were reported by X`, `an X official said`, `he said`,
`it said`, `the department said`, `State police said`). With no cue, the source carried forward
(`continued`, see source_carry.py). Unnamed sources (`officials said`) are null and stop a carried
source; the article's own outlet and byline author are never a source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.lexicon import word_set
from app.extract.quotes import Speaker, antecedent
from app.extract.source_carry import SourceCarry, quote_speaker
from app.extract.source_context import (
    ANY_CASE_SOURCE_NOUNS,
    FUNCTION_WORDS,
    NAME_WORD,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    UNNAMED_SUBJECTS,
    Cue,
    Source,
    SourceContext,
)
from app.extract.spans import Sentences, evidence, word_pattern
from app.models import Attribution, AttributionMethod, Quote, Statistic

__all__ = ["attribute_statistics"]


_ROLES = word_pattern(word_set("source_roles.txt"))

_REPORTING_VERB = re.compile(rf"\b{REPORTING_VERBS}\b")
# Between a subject and its verb: nothing, an appositive (`X, the agency's director, said`) or an adverb.
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:\s*,[^,;:“”\"]{1,150}){1,3},)?\s*(?:(?:also|has|have|had|previously|recently|later|further|again"
    r"|separately|publicly|earlier|then|officially|today|yesterday|(?:on\s+)?[A-Z][a-z]+day|this\s+week|last\s+week)\s+)*"
)
# `an ICE official said`, `the ONS's latest figures showed`: the body a role or a report belongs to.
_BODY_GAP = re.compile(
    rf"(?:['’]s?)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?P<noun>{_ROLES}|{SOURCE_NOUNS})(?:\s*,[^,;:“”\"]{{1,150}},)?"
    r"(?:\s+also)?\s*"
)
# `ICE's latest figures`, `ONS data`: a possessive may take any two words, a bare name only report adjectives.
_SOURCE_OWNER = re.compile(
    rf"(?:['’]s?(?:\s+[a-z][\w-]*){{0,2}}|(?:\s+{word_pattern(word_set('report_adjectives.txt'))})*)"
    rf"\s+(?:{SOURCE_NOUNS})\b"
)
# `The agency today released crime statistics`: the body that published a report.
_RELEASED = re.compile(
    rf"(?:\s+[a-z]+)?\s+(?:released|publishes|published|issued)\s+(?:[\w’'-]+\s+){{0,4}}?{SOURCE_NOUNS}\b"
)
# `In its outlook report, …`; not `cut its forecasts nine times`, a count about the body itself.
_ITS_REPORT = re.compile(rf"\b(?:[Ii]n|[Ff]rom)\s+its\s+(?:[\w-]+\s+){{0,5}}?{SOURCE_NOUNS}\b")
# `data released by X`, `figures from X`, `data …, leaked to X,`: the party that produced or obtained them.
_SOURCE_BY = re.compile(
    rf"\b{ANY_CASE_SOURCE_NOUNS}\b(?:\s+[\w’'&.-]+){{0,5}}?,?"
    r"\s+(?:by|from|(?:leaked|given|provided|supplied)\s+to)\s+(?:the\s+)?"
)
_TRAILING_TITLE = re.compile(r"\s*,\s*(?:[A-Z][\w.-]*\s+){1,6}")
_PASSIVE_BY = re.compile(r"\s+by\s+")
_CLOSING_COMMA = re.compile(r"\s*,\s*")
_INCLUDING = re.compile(r",\s+(?:including|such\s+as|among\s+them|led\s+by)\s+(?:the\s+)?$")
_INVERTED_BEFORE = re.compile(r"[,”\"’]\s*$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?P<phrase>[^,;:()“”\"—–]{1,150})")
_DATA_PHRASE = re.compile(rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{SOURCE_NOUNS})\b", re.IGNORECASE)
# `by <researcher>`, `IBES data from Refinitiv`: the producer or vendor after the last `by` or `<data> from`.
_LAST_BY = re.compile(rf".*\b(?:by|(?:{SOURCE_NOUNS})\s+from)\s+", re.IGNORECASE | re.DOTALL)
# `is projecting`, `concluded by saying`, `went on to say`: a chain whose subject is the reporting verb's.
_VERB_CHAIN = re.compile(r"(?:\b(?:is|are|was|were)|\b[a-z]+ed\s+by|\b(?:went|goes|go)\s+on\s+to)\s+$")
_BRACKETED_SHORT_NAME = re.compile(r"\((?P<name>[A-Z][A-Z&.]{1,11})\)\s*$")
_SUBJECT_WORD = re.compile(
    r"(?<![\w’'])(?:(?P<owner>[A-Za-z]+)(?:['’]s)?\s+)?(?P<word>[A-Za-z]+)(?:\s+also)?(?:\s+ha(?:s|ve))?\s*$"
)
_POSSESSIVE_PRONOUNS = frozenset(["his", "her"])
_NEW_REPORT_WORDS = word_set("new_report_words.txt")
# `Labour's figures suggested`: a one-word name owns the data by its possessive, even opening a sentence.
_BODY_NOUNS = word_set("body_nouns.txt")
# `France's statistics agency INSEE`: a data word naming a body's line of work is no report of the owner.
_POSSESSIVE_OWNER = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_WORD})['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{SOURCE_NOUNS}\b"
    rf"(?!\s+{word_pattern(_BODY_NOUNS)}\b)"
)
# `according to the statistics department Stats NZ`: a name after the words that describe it.
_DESCRIBED_NAME = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){1,3}(?=[A-Z])")
_DESCRIBED_BODY = re.compile(rf"(?P<modifier>[a-z]+)\s+(?P<noun>{word_pattern(_BODY_NOUNS)})\b")
_FORCE_NOUNS = word_set("force_nouns.txt")
_REFLEXIVE = re.compile(r"\s+(?:itself|himself|herself|themselves)\b")
_PRONOUNS = frozenset(["he", "she"])
_NAMED_SUBJECT = re.compile(
    rf"(?P<name>{NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{NAME_WORD})*)"
    rf"(?:(?:['’]s?)?(?:\s+[a-z][\w-]*){{0,2}}\s+(?P<noun>{_ROLES}|{SOURCE_NOUNS}))?"
    # `the Ministry of Finance (MoF) said`: the short name given in brackets.
    r"(?:\s*\([A-Za-z&.]{2,12}\))?(?:\s*,[^,;:“”\"]{1,80},|,)?(?:\s+also)?\s*$"
)
_UNLISTED_OWNER = re.compile(
    rf"\b(?:[Tt]he|on|from)\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?:['’]s)?\s+{SOURCE_NOUNS}\b"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|of|for|from|with|on|to|near)\s+(?:the\s+)?$")
_DATA_NOUNS = word_set("source_nouns.txt")
_NEAR = 80
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
_REPORT_REFERENCE = re.compile(
    rf"(?:the|this|that|these|those|its|their)\s+(?:[a-z][\w-]*\s+)?{SOURCE_NOUNS}", re.IGNORECASE
)
_ROLE_REFERENCE = re.compile(r"the\s+(?P<role>[a-z]+)")
_PERSON_ROLES = word_set("person_reference_roles.txt")
# `Her department said:`: a person's own office speaks for them.
# `Though a study by X showed …, the city stands out`: a source in a conceding clause is not the sentence's.
_CONCEDING = word_set("conceding_conjunctions.txt")
_CONCEDING_CLAUSE = re.compile(
    rf"(?:(?:And|But)\s+)?(?:{word_pattern(_CONCEDING | {word.capitalize() for word in _CONCEDING})})\b"
    r"[^\n]*?,\s"
)
_OWN_OFFICES = frozenset(["office", "campaign", "department", "ministry", "team", "spokesperson"])


def _according_to(context: SourceContext, start: int, end: int, report: Source | None) -> list[Cue]:
    cues: list[Cue] = []
    for match in context.cues(_ACCORDING_TO, start, end):
        phrase_start = match.start("phrase")
        by = _LAST_BY.match(context.text, phrase_start, match.end("phrase"))
        # `data conducted for <outlet> by <researcher>`: the producer, not the commissioning outlet.
        named = context.named_at(by.end() if by else phrase_start, match.end("phrase"))
        described = (
            _DESCRIBED_NAME.match(context.text, phrase_start, match.end("phrase")) if named is None else None
        )
        if described is not None:
            named = context.named_at(described.end(), match.end("phrase"))
        is_data = by is not None or _DATA_PHRASE.match(match["phrase"]) is not None
        role = _ROLE_REFERENCE.fullmatch(match["phrase"].strip().rstrip(".")) if named is None else None
        if role is not None and role["role"] in _PERSON_ROLES:
            # `according to the official`, `according to the minister`: the person named before, like a pronoun.
            person = antecedent(context.people, match.start(), context.quoted)
            if person is not None:
                named_by = Speaker(person.name, person.entity_id, match.start("phrase"), match.end("phrase"))
                cues.append(Cue(match.start(), Source(named_by, "according_to", False)))
                continue
        if named is None and report is not None and _REPORT_REFERENCE.fullmatch(match["phrase"].strip()):
            # `according to the report`: the report named before.
            cues.append(Cue(match.start(), Source(report.named, "continued", True)))
            continue
        cues.append(
            Cue(match.start(), context.source(named, "according_to", data=is_data) if named else None)
        )
    return cues


def _source_phrases(context: SourceContext, start: int, end: int) -> list[Cue]:
    cues: list[Cue] = []
    text = context.text
    for by in context.cues(_SOURCE_BY, start, end):
        named = context.named_at(by.end(), min(by.end() + _NEAR, end))
        described = _DESCRIBED_BODY.match(text, by.end(), end) if named is None else None
        if described is not None:
            # `data from the statistics agency showed`: a body described, not named, in the lede.
            named = context.described_body(described["modifier"], described["noun"], by.end())
        if named is not None:
            cues.append(Cue(by.start(), context.source(named, "source_phrase", data=True)))
    for actor in context.actors_in(start, end):
        if _SOURCE_OWNER.match(text, actor.end, end) or _RELEASED.match(text, actor.end, end):
            cues.append(Cue(actor.start, context.source(actor, "source_phrase", data=True)))
    # Both end on a source noun: a sentence with none has neither.
    has_noun = context.has_cue(start, end, noun=True)
    for pronoun in _ITS_REPORT.finditer(text, start, end) if has_noun else ():
        # `In its World Economic Outlook report, the lender …`: the body named last.
        body = context.last_body("", pronoun.start())
        if body is not None:
            cues.append(Cue(pronoun.start(), context.source(body, "source_phrase", data=True)))
    for owner in _POSSESSIVE_OWNER.finditer(text, start, end) if has_noun else ():
        named = context.unlisted_source(*owner.span("name"), opening=True)
        if named is not None and not context.actors_in(named.start, named.end):
            cues.append(Cue(owner.start(), context.source(named, "source_phrase", data=True)))
    for owner in _UNLISTED_OWNER.finditer(text, start, end) if has_noun else ():
        # `The State Government report on …`: a report owned by a name no extractor listed.
        named = context.unlisted_source(*owner.span("name"))
        if named is not None and not context.actors_in(named.start, named.end):
            cues.append(Cue(owner.start(), context.source(named, "source_phrase", data=True)))
    return cues


def _subject(context: SourceContext, start: int, verb: re.Match[str], carry: SourceCarry) -> Cue | None:
    """The source a reporting verb credits: its subject before or after it, or the agent of a passive."""
    text = context.text
    method: AttributionMethod
    chain = _VERB_CHAIN.search(text, max(start, verb.start() - 30), verb.start())
    subject_end = (
        chain.start()
        if chain and (verb.group().endswith("ing") or chain.group().rstrip().endswith("to"))
        else verb.start()
    )
    subjects = [
        actor
        for actor in context.actors_in(start, subject_end)
        if _SUBJECT_GAP.fullmatch(text, actor.end, subject_end)
        # `Critics, including the Center for Public Policy Priorities, said`
        or (
            _CLOSING_COMMA.fullmatch(text, actor.end, subject_end)
            and _INCLUDING.search(text, max(start, actor.start - 30), actor.start)
        )
        # `Jo Rees, Senior Deputy Election Commissioner said`: a title after the name, its comma dropped.
        or (actor.is_person and _TRAILING_TITLE.fullmatch(text, actor.end, subject_end) is not None)
    ]
    if subjects:
        # `Rep. X, R-Gaylord, who chairs the House Energy Committee, said`: X, not the committee.
        people = [actor for actor in subjects if actor.is_person]
        return Cue(verb.start(), context.source((people or subjects)[-1], "reporting_verb"))
    for actor in reversed(context.actors_in(start, subject_end)):
        body = _BODY_GAP.fullmatch(text, actor.end, subject_end)
        if body is not None:
            is_data = body["noun"].lower() in _DATA_NOUNS
            method = "source_phrase" if is_data else "reporting_verb"
            return Cue(verb.start(), context.source(actor, method, data=is_data))
    passive = _PASSIVE_BY.match(text, verb.end())
    if passive is not None or _INVERTED_BEFORE.search(text, max(start, verb.start() - 3), verb.start()):
        after = passive.end() if passive else verb.end()
        named = context.named_at(after, min(after + _NEAR, len(text)))
        if named is not None:
            return Cue(verb.start(), context.source(named, "reporting_verb"))
    named_subject = _NAMED_SUBJECT.search(text, max(start, subject_end - _NEAR), subject_end)
    unlisted = (
        context.unlisted_source(*named_subject.span("name"))
        if named_subject is not None
        # `a worker in Tacoma said`: a place, not the speaker
        and not _AFTER_PREPOSITION.search(text, max(0, named_subject.start() - 6), named_subject.start())
        else None
    )
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
    body_noun = owner if word in _DATA_NOUNS and owner in _BODY_NOUNS else word
    if body_noun in _BODY_NOUNS:
        # `the department said`, `district data show`: the body of that kind named last.
        modifier = owner if body_noun == word and owner not in FUNCTION_WORDS else ""
        referent = (
            context.described_body(modifier, body_noun, subject.start())
            if modifier
            else context.last_body(body_noun, subject.start())
        )
        method = "source_phrase" if word in _DATA_NOUNS else "reporting_verb"
        # Referring back to a body already named continues its report.
        return Cue(verb.start(), context.source(referent, method, data=True) if referent else None)
    if word == "it":
        # `it said in a statement`: the body named last.
        last = context.last_body("", subject.start("word"))
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
    if word in _PRONOUNS:
        person = antecedent(context.people, subject.start("word"), context.quoted)
        if person is None:
            return Cue(verb.start(), None)
        named_by = Speaker(person.name, person.entity_id, subject.start("word"), subject.end("word"))
        return Cue(verb.start(), Source(named_by, "reporting_verb", False))
    if word in _DATA_NOUNS and owner in _NEW_REPORT_WORDS:
        return Cue(verb.start(), None)  # `new data has revealed`: a report left unnamed
    if (
        word in _DATA_NOUNS
        and subject["owner"]
        and subject["owner"][0].isupper()
        and owner not in FUNCTION_WORDS
    ):
        return None  # `Labor's figures showed`: the owner named is the source phrase's cue
    if word in _DATA_NOUNS:
        # `The figures also showed …`: the report already named, not a person who commented on it.
        earlier = carry.earlier_report
        # Within its paragraph: a new paragraph needs its own cue to go on with the report.
        return Cue(verb.start(), Source(earlier.named, "continued", False) if earlier else None)
    carried = carry.earlier
    if (
        word in UNNAMED_SUBJECTS
        and carried is not None
        and not carried.named.is_person
        and text[carried.named.end : carried.named.end + len(word) + 1].strip().lower() == word
    ):
        # `Election Commission officials added …. Officials said …`: the same body's officials again.
        return Cue(verb.start(), Source(carried.named, "reporting_verb", carried.data))
    if word in UNNAMED_SUBJECTS or (len(word) > 3 and word.endswith("s") and not owner):
        # `officials said`, `Growers say`: people the text leaves unnamed.
        return Cue(verb.start(), None)
    return None


def _cues(context: SourceContext, start: int, end: int, carry: SourceCarry) -> list[Cue]:
    """Every source the sentence `text[start:end]` names, in order."""
    text = context.text
    cues = _according_to(context, start, end, carry.report) + _source_phrases(context, start, end)
    reopened = carry.reopened_report(start, end)
    if reopened is not None:
        cues.append(reopened)
    if context.headline is not None and context.headline[0] <= start < context.headline[1]:
        named = context.headline_source()
        if named is not None:
            # The headline's own figures only: a headline does not carry into the story.
            cues.append(Cue(start, Source(named, "source_phrase", False)))
    for verb in context.cues(_REPORTING_VERB, start, end):
        if context.in_quote(verb.start()) or _REFLEXIVE.match(text, verb.end()):
            continue
        if verb.group()[0].isupper() and _NAME_BEFORE.search(
            text, max(start, verb.start() - 30), verb.start()
        ):
            continue  # `the Global Carbon Project`: a capitalized verb inside a name
        cue = _subject(context, start, verb, carry)
        if cue is not None:
            cues.append(cue)
    listed = carry.listed_report(start, end) if not cues else None
    if listed is not None:
        cues.append(listed)
    cues.sort(key=lambda cue: cue.position)
    # `A report by X counted …`: one source named twice keeps the first way it was named.
    return [
        cue
        for index, cue in enumerate(cues)
        if index == 0 or _name(cue) is None or _name(cue) != _name(cues[index - 1])
    ]


def _name(cue: Cue) -> str | None:
    return cue.source.named.name if cue.source else None


def _quote_at(quotes: Sequence[Quote], position: int) -> Quote | None:
    return next((quote for quote in quotes if quote.start <= position < quote.end), None)


def _attributed(
    text: str, statistic: Statistic, source: Source | None, method: AttributionMethod | None
) -> Statistic:
    if source is None:
        return statistic
    named = source.named
    named_at = evidence(text, named.start, named.end) if named.end > named.start else None
    attribution = Attribution(name=named.name, entity_id=named.entity_id, evidence=named_at)
    return statistic.model_copy(update={"attributed_to": attribution, "attribution": method})


def attribute_statistics(
    text: str,
    statistics: Sequence[Statistic],
    *,
    sentences: Sentences,
    quotes: Sequence[Quote],
    actors: Sequence[Speaker],
    headline: tuple[int, int] | None = None,
    own_outlet: str | None = None,
    bylines: Sequence[tuple[int, int]] = (),
) -> list[Statistic]:
    """`statistics` with `attributed_to` and `attribution` set from the text around each figure."""
    if not statistics:
        return []
    context = SourceContext(text, actors, quotes, headline, own_outlet, bylines)
    by_sentence: dict[int, list[Statistic]] = {}
    for statistic in statistics:
        by_sentence.setdefault(sentences.index_at(statistic.start), []).append(statistic)
    attributed: dict[int, Statistic] = {}
    carry = SourceCarry(context, quotes)
    for index in range(max(by_sentence) + 1):
        start, end = sentences.starts[index], sentences.ends[index]
        carry.enter(start, end)
        in_headline = context.headline is not None and context.headline[0] <= start < context.headline[1]
        # Every cue needs one of its words; a sentence without any is skipped after one scan.
        cued = in_headline or context.has_cue(start, end)
        cues = _cues(context, start, end, carry) if cued else []
        conceding = _CONCEDING_CLAUSE.match(text, start, end) if cues else None
        main_clause = conceding.end() if conceding else start
        for statistic in by_sentence.get(index, []):
            quote = _quote_at(quotes, statistic.start)
            if quote is not None and (quote.speaker is not None or not cues):
                speaker = quote.speaker
                found = Source(quote_speaker(speaker), "quote", False) if speaker else None
                attributed[id(statistic)] = _attributed(text, statistic, found, "quote")
                continue
            # A figure past a conceding clause takes none of that clause's cues.
            heard = (
                [cue for cue in cues if cue.position >= main_clause]
                if statistic.start >= main_clause
                else cues
            )
            before = [cue for cue in heard if cue.position <= statistic.start]
            cue = before[-1] if before else (heard[0] if heard else None)
            if cue is not None:
                method = cue.source.method if cue.source else None
                attributed[id(statistic)] = _attributed(text, statistic, cue.source, method)
            else:
                attributed[id(statistic)] = _attributed(text, statistic, carry.carried, "continued")
        carry.leave(
            start,
            end,
            [cue for cue in cues if cue.position >= main_clause],
            stated_figures=index in by_sentence,
            first_figure=min((statistic.start for statistic in by_sentence.get(index, [])), default=None),
        )
    return [attributed[id(statistic)] for statistic in statistics]
