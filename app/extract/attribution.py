"""Who cited each figure: a statistic's source, resolved to an entity, and how the text names it.

A figure inside a direct quote belongs to the quote's speaker (a quote with no speaker takes its
sentence's cue: `"…," it said`). Otherwise the cue in its sentence nearest before it (or the first
after it) names the source: `X: N` or `…: X` in a headline, `according to X` (the producer after `by`
wins over an outlet; `according to the report` is the report named before), a source phrase (`X's
data`, `a report by X`, `data released by X`, `X released figures`, `in its report`), or a reporting
verb with X as its subject (`X said`, `said X`, `were reported by X`, `an X official said`, `he said`,
`it said`, `the department said`, `State police said`). With no cue, the source carried forward
(`continued`, see source_carry.py). Unnamed sources (`officials said`) are null and neither start nor
stop a carried source; the article's own outlet and byline author are never a source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.extract.according_to import according_to_cues
from app.extract.carry_stops import is_link_line
from app.extract.decided_amounts import decides
from app.extract.headline_sources import headline_source, is_title_line
from app.extract.lexicon import word_set
from app.extract.own_results import own_result_cues, states_own_result
from app.extract.quotes import Speaker
from app.extract.relays import (
    places_reported,
    producer_relayed,
    relayed_by_person,
    reported_experience,
    speaker_relaying,
)
from app.extract.reporting_subject import verb_subject
from app.extract.role_holders import RoleHolders
from app.extract.source_carry import SourceCarry, quote_speaker
from app.extract.source_context import SourceContext
from app.extract.source_cues import CREDITING_VERBS, DECIDING_VERBS, SOURCE_NOUNS, Cue, Source
from app.extract.source_names import fullest_name
from app.extract.source_phrases import cited_producers, source_phrases
from app.extract.spans import Sentences, evidence, word_pattern
from app.models import Attribution, AttributionMethod, Quote, Statistic

__all__ = ["attribute_statistics"]


_CREDITING_VERB = re.compile(rf"\b{CREDITING_VERBS}\b")
_RELEASED_BEFORE = re.compile(r"\b(?:released|published|issued)\s+$")
_REPORTS_AFTER = re.compile(rf"\s+(?:new\s+|separate\s+)?{SOURCE_NOUNS}\b")
# `The forecast had been for 7.6 percent`: what was expected before a release, in no one's name; it stops
# the report carried.
_PRIOR_EXPECTATION = re.compile(
    r"(?:The|A|An|Market)\s+(?:[a-z-]+\s+)?(?:forecasts?|consensus|expectations?|estimates?)\s+"
    r"(?:had\s+been|was|were)\s+(?:for|of)\b"
)
_OPENING_ACCORDING_TO = re.compile(r"According\s+to\s+[^,;:()“”\"—–]{1,150},")
# `claimed victory`, `the fire claimed two lives`: an act, not a statement of the figures.
_CLAIMED_ACT = re.compile(
    rf"[Cc]laim(?:ed|s)?\s+(?:[\d,]+\s+)?(?:{word_pattern(word_set('claim_objects.txt'))})\b"
)
# `presented a $1.382 trillion budget`, `unveiled a Rs 8,48,700 crore budget` state their figures; `presented a
# petition` does not.
_PRESENTING_VERBS = word_set("presenting_verbs.txt")
_PRESENTED_OBJECT = re.compile(
    rf"(?:[^,;:\n“”\"]|[.,](?<=\d[.,])(?=\d)){{0,80}}?\b(?:{word_pattern(word_set('presented_objects.txt'))})\b"
)
_REFLEXIVE = re.compile(r"\s+(?:itself|himself|herself|themselves)\b")
# `has revised down national debt`, `revised its figures`: a revision of the subject's own figures, not of a plan.
_REVISION_VERBS = frozenset(["revised", "revises"])
_OWN_FIGURES_REVISED = re.compile(r"\s+(?:down|up|upwards?|downwards?|its|their)\b")
_PERFECT_BEFORE = re.compile(r"\b(?:had|have|has)\s+$")
_PROJECTION_PARTICIPLES = word_set("projection_participles.txt")
_INFINITIVE_AFTER = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|reporters|journalists)\b)[a-z]+\b"
)
# `CommonSpirit Health, which operates 142 hospitals in 21 states, reported …`: a clause describing the subject.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;:“”\"]{1,150},")
_NOUN_FORMS = word_set("reporting_noun_forms.txt")
_OF_AFTER = re.compile(r"\s+of\b")
# `43 shootings confirmed in 2006`: a participle after the counted noun describes the figure, says nothing.
# `212 burglaries were reported by X` is a statement (passive, with its agent).
_COUNTED_BEFORE = re.compile(
    r"\d\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|and|or|but)\s)[a-z][\w-]*\s+){1,2}$"
)
_AGENT_AFTER = re.compile(r"\s+by\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|that)\s+(?:[A-Z][\w.]*\s+){0,2}$")
# `Her department said:`: a person's own office speaks for them.
# `Though a study by X showed …, the city stands out`: a source in a conceding clause is not the sentence's.
_CONCEDING = word_set("conceding_conjunctions.txt")
_CONCEDING_CLAUSE = re.compile(
    rf"(?:(?:And|But)\s+)?(?:{word_pattern(_CONCEDING | {word.capitalize() for word in _CONCEDING})})\b"
    r"[^\n]*?,\s"
)


# `After meeting with the mayor for about 90 minutes, X told reporters …`, `At a briefing attended by 200
# people, …`: an opening clause that narrates the circumstances of a statement, in the article's voice.
_CIRCUMSTANCE_CLAUSE = re.compile(
    rf"(?:(?:After|Before|While|Following|During|At|Upon)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{word_pattern(word_set('circumstance_nouns.txt'))})"
    rf"|(?:(?:After|Before|While|Upon)\s+)?(?i:{word_pattern(word_set('circumstance_verbs.txt'))}))\b"
    r"[^\n,;:“”\"]*,\s"
)


def _cues(context: SourceContext, start: int, end: int, carry: SourceCarry) -> list[Cue]:
    """Every source the sentence `text[start:end]` names, in order."""
    text = context.text
    cues = (
        according_to_cues(context, start, end, carry.report)
        + source_phrases(context, start, end)
        + own_result_cues(context, start, end)
    )
    reopened = carry.reopened_report(start, end)
    if reopened is not None:
        cues.append(reopened)
    in_headline = context.headline is not None and context.headline[0] <= start < context.headline[1]
    if in_headline or is_title_line(text, start, end):
        named = headline_source(context, None if in_headline else (start, end))
        if named is not None:
            # The headline's own figures only: a headline does not carry into the story.
            cues.append(Cue(start, Source(named, "source_phrase", False)))
    # `According to X's data, Y recorded the worst …`: the sentence is X's report, Y's verb no statement.
    opened_by_report = _OPENING_ACCORDING_TO.match(text, start, end) is not None
    unnamed_expectation: Cue | None = None
    for verb in () if opened_by_report else context.cues(_CREDITING_VERB, start, end):
        if (
            context.in_quote(verb.start())
            or _REFLEXIVE.match(text, verb.end())
            or _CLAIMED_ACT.match(text, verb.start())
            or (
                verb.group().lower() in _PRESENTING_VERBS
                and not _PRESENTED_OBJECT.match(text, verb.end(), end)
            )
            # `above Wall Street estimates of $9.28 billion`: the noun, not a verb.
            or (verb.group().lower() in _NOUN_FORMS and _OF_AFTER.match(text, verb.end()))
            or (verb.group().lower() in _REVISION_VERBS and not _OWN_FIGURES_REVISED.match(text, verb.end()))
            or (
                verb.group().lower() == "expected"
                and not _PERFECT_BEFORE.search(text, max(start, verb.start() - 6), verb.start())
            )
            # `Cobram forecast to hit 41`: what is projected, in the passive, not who projects it.
            or (
                verb.group().lower() in _PROJECTION_PARTICIPLES
                and _INFINITIVE_AFTER.match(text, verb.end())
                and not _PERFECT_BEFORE.search(text, max(start, verb.start() - 6), verb.start())
            )
        ):
            continue
        if (
            verb.group().endswith("ed")
            and _COUNTED_BEFORE.search(text, max(start, verb.start() - 40), verb.start())
            and not _AGENT_AFTER.match(text, verb.end())
        ):
            continue
        if verb.group()[0].isupper() and _NAME_BEFORE.search(
            text, max(start, verb.start() - 30), verb.start()
        ):
            continue  # `the Global Carbon Project`: a capitalized verb inside a name
        cue = verb_subject(context, start, verb, carry)
        if (
            cue is not None
            and cue.source is not None
            and _RELATIVE_BEFORE.search(text, max(start, cue.source.named.start - 30), cue.source.named.start)
        ):
            # `a surplus $100 million less than predicted, which Ms Saffioti said was …`: a statement about
            # the noun the clause follows, not the figures before it.
            cue = replace(cue, forward=True)
        if cue is not None and reported_experience(verb, cue, cues, carry):
            continue
        if verb.group().lower() in DECIDING_VERBS and not decides(cue, text, verb, start, end):
            continue
        if cue is not None and cue.source is not None and start <= cue.source.named.end < verb.start():
            aside = _RELATIVE_ASIDE.search(text, cue.source.named.end, verb.start())
            if aside is not None:
                cue = replace(cue, aside=aside.span())
        if cue is not None and cue.source is None and verb.group().lower() == "expected":
            # `Analysts had expected 316 million users, according to X`: an unnamed expectation stops a source
            # carried only where the sentence credits no one else.
            unnamed_expectation = cue
            continue
        if cue is not None:
            cues.append(cue)
    if not cues and unnamed_expectation is not None:
        cues.append(unnamed_expectation)
    cues = cited_producers(context, start, end, cues)
    # `Mapa reported the results of the PSA's survey showing …`: the person who relays the data is its source.
    cues, relayed = relayed_by_person(text, sorted(cues, key=lambda cue: cue.position))
    carry.remember_reports(relayed, end)
    cues = places_reported(cues)
    # `"… considering NZNO's report," she said`: a source a speaker names inside a quote is not the text's.
    if cues and context.quoted:
        cues = [cue for cue in cues if not context.in_quote(cue.position)]
    listed = carry.listed_report(start, end) if not cues else None
    if listed is not None:
        cues.append(listed)
    cues.sort(key=lambda cue: cue.position)
    # `A report by X counted …`: one source named twice keeps the first way it was named, and goes on
    # as a report if either naming was one (`The research, uncovered by X, …`).
    kept: list[Cue] = []
    for cue in cues:
        previous = kept[-1] if kept else None
        if previous is None or previous.source is None or cue.source is None or _name(cue) != _name(previous):
            kept.append(cue)
        elif cue.source.data and not previous.source.data:
            kept[-1] = replace(previous, source=replace(previous.source, data=True))
    return kept


def _name(cue: Cue) -> str | None:
    return cue.source.named.name if cue.source else None


def _quote_at(quotes: Sequence[Quote], position: int) -> Quote | None:
    return next((quote for quote in quotes if quote.start <= position < quote.end), None)


def _attributed(
    text: str, statistic: Statistic, source: Source | None, method: AttributionMethod | None
) -> Statistic:
    if source is None:
        return statistic
    named = fullest_name(text, source.named)
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
    roles: RoleHolders | None = None,
    url: str | None = None,
) -> list[Statistic]:
    """`statistics` with `attributed_to` and `attribution` set from the text around each figure; `url` is the
    page's address where known."""
    if not statistics:
        return []
    context = SourceContext(text, actors, quotes, headline, own_outlet, bylines, roles, url)
    by_sentence: dict[int, list[Statistic]] = {}
    for statistic in statistics:
        by_sentence.setdefault(sentences.index_at(statistic.start), []).append(statistic)
    attributed: dict[int, Statistic] = {}
    carry = SourceCarry(context, quotes)
    for index in range(max(by_sentence) + 1):
        start, end = sentences.starts[index], sentences.ends[index]
        carry.enter(start, end)
        if is_link_line(context, start, end):
            # `RELATED: Budget includes funding for 250 officers`: another story's headline, in no one's name.
            attributed.update((id(statistic), statistic) for statistic in by_sentence.get(index, []))
            continue
        in_headline = context.headline is not None and context.headline[0] <= start < context.headline[1]
        # Every cue needs one of its words; a sentence without any is skipped after one scan.
        cued = (
            in_headline
            or context.has_cue(start, end)
            or is_title_line(text, start, end)
            or states_own_result(text, start, end)
        )
        cues = _cues(context, start, end, carry) if cued else []
        if not cues and _PRIOR_EXPECTATION.match(text, start, end):
            cues = [Cue(start, None)]
        for named in cues:
            if named.source is not None:
                context.remember(named.source.named)
        conceding = _CONCEDING_CLAUSE.match(text, start, end) if cues else None
        main_clause = conceding.end() if conceding else start
        circumstance = _CIRCUMSTANCE_CLAUSE.match(text, start, end) if cues else None
        credited: Source | None = None  # the cue the sentence's last figure was credited to
        for statistic in by_sentence.get(index, []):
            if _RELEASED_BEFORE.search(text, max(start, statistic.start - 20), statistic.start) and (
                _REPORTS_AFTER.match(text, statistic.end)
            ):
                # `The CDC released two reports`: how many reports a body put out is the article's account.
                attributed[id(statistic)] = statistic
                continue
            quote = _quote_at(quotes, statistic.start)
            if quote is not None and (quote.speaker is not None or not cues):
                speaker = quote.speaker
                found = Source(quote_speaker(speaker), "quote", False) if speaker else None
                attributed[id(statistic)] = _attributed(text, statistic, found, "quote")
                continue
            # A figure past a conceding clause takes none of that clause's cues.
            heard = [
                cue
                for cue in (
                    [cue for cue in cues if cue.position >= main_clause]
                    if statistic.start >= main_clause
                    else cues
                )
                if (cue.aside is None or not cue.aside[0] <= statistic.start < cue.aside[1])
                # A figure in the circumstances of a statement takes none of the statement's cues.
                and not (circumstance and statistic.start < circumstance.end() <= cue.position)
            ]
            before = [cue for cue in heard if cue.position <= statistic.start]
            # With none before, the first after it, unless that one credits only what follows it.
            after = (cue for cue in heard if cue.position > statistic.start and not cue.forward)
            cue = before[-1] if before else next(after, None)
            if cue is not None and cue.source is None and before:
                # `The airline posted a profit of $5m, Emirates said`: a subject the text leaves unnamed gives
                # way to the source the sentence names after the figure.
                cue = next((later for later in after if later.source is not None), cue)
            if cue is not None and before:
                cue = (
                    producer_relayed(cue, heard, statistic.start)
                    or speaker_relaying(cue, heard, statistic.start, text)
                    or cue
                )
            if cue is not None:
                method = cue.source.method if cue.source else None
                attributed[id(statistic)] = _attributed(text, statistic, cue.source, method)
                credited = cue.source if cue.position >= main_clause else credited
            else:
                attributed[id(statistic)] = _attributed(text, statistic, carry.carried, "continued")
        carry.leave(
            start,
            end,
            # A headline's source credits its own figures only: it opens no report for the story.
            [] if in_headline else [cue for cue in cues if cue.position >= main_clause],
            stated_figures=index in by_sentence,
            credited=credited,
        )
    return [attributed[id(statistic)] for statistic in statistics]
