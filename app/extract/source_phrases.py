"""Source phrases: the sources a sentence names by what they produced rather than by a verb of saying.

`data released by X`, `X's figures`, `The State Government report`, `X released its annual statement`, a
body that cuts its own forecast (`The World Bank yesterday cut its growth forecast`, `Mexico's central bank
slashed its outlook`), `In its outlook report`, `In her situation report, Minister X …`, and the producer a
relay cites (`…, the news agency reported, citing the civil protection agency X`).
"""

from __future__ import annotations

import re

from app.extract.according_to import DESCRIBED_NAME
from app.extract.body_references import NAME_WORD
from app.extract.dates import MONTH_NAME, WEEKDAY_NAME
from app.extract.lexicon import word_set
from app.extract.quotes import Speaker, antecedent
from app.extract.reporting_subject import BODY_NOUNS, NEAR
from app.extract.source_carry import quote_speaker
from app.extract.source_context import FUNCTION_WORDS, SourceContext
from app.extract.source_cues import ANY_CASE_SOURCE_NOUNS, SOURCE_NOUNS, Cue
from app.extract.spans import word_pattern
from app.extract.unlisted_people import unlisted_person_after_title

__all__ = ["cited_producers", "source_phrases"]

_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
# `…, the LISA news agency reported, citing the civil protection agency ANEPC`: the producer a relay cites.
_CITING = re.compile(r",\s+citing\s+")
# `the Department of Labor's monthly "Labor Situation" report`: a report's quoted title after the possessive.
_QUOTED_TITLE = r"(?:\s+[“\"][^”\"\n]{1,40}[”\"])?"
# `ICE's latest figures`, `ONS data`: a possessive may take any two words, a bare name only report adjectives.
_SOURCE_OWNER = re.compile(
    # `The National Records of Scotland (NRS) figures`: the body's short name may come between.
    r"(?:\s*\([A-Za-z&.]{2,12}\))?"
    rf"(?:['’]s?(?:\s+[a-z][\w-]*){{0,2}}{_QUOTED_TITLE}"
    rf"|(?:\s+{word_pattern(word_set('report_adjectives.txt'))})*)"
    rf"\s+(?:{SOURCE_NOUNS})\b"
)
# `The agency today released crime statistics`: the body that published a report; `Sheriff X presented his
# department's annual report`: whoever presented one (the ruling before blind22).
# `The Bureau of Meteorology (BoM) has released its Annual Climate Statement`: a report's own title too.
_RELEASED = re.compile(
    # `The Census Bureau this week released July 1, 2009, population estimates`: a time and a date between;
    # `LTA on Jan 31 also released …`: the day before the verb.
    r"(?:\s*\([A-Za-z&.]{2,12}\))?"
    rf"(?:\s+on\s+(?:{WEEKDAY_NAME}|(?i:{MONTH_NAME})\s+\d{{1,2}}\b))?(?:\s+[a-z]+){{0,2}}\s+"
    rf"(?:{word_pattern(word_set('release_verbs.txt'))})\s+"
    rf"(?:[\w’'-]+,?\s+){{0,6}}?{ANY_CASE_SOURCE_NOUNS}\b"
)
# `Statistics Canada released its Labour Force Survey`: a body of two or more words no extractor listed.
_UNLISTED_RELEASED = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD})+){_RELEASED.pattern}"
)
# `In a written reply submitted by the Ministry of Energy, …`: who handed in the document.
_SUBMITTED_BY = re.compile(
    rf"\b(?:{word_pattern(word_set('submitted_documents.txt'))})\s+(?:submitted|tabled|presented|filed|sent)"
    r"(?:\s+to\s+[^,;:“”\"]{1,60}?)?\s+by\s+(?:the\s+)?"
)
# `based on the CBRE's latest Dubai Residential Market Snapshot`: the owner of what the figures rest on.
_BASED_ON_OWNER = re.compile(
    rf"[Bb]ased\s+on\s+(?:the\s+)?(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD})*)['’]s\s"
)
# `In its outlook report, …`; not `cut its forecasts nine times`, a count about the body itself.
_FORECAST = re.compile(r"(?:forecasts?|outlook|estimates?)\b")
_REVISED_BY = re.compile(
    rf"(?:\b[Tt]he\s+)?(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD})*)"
    # `The World Bank yesterday cut its growth forecast`, `on Wednesday slashed`: a time between.
    rf"(?:\s*\([A-Za-z&.]{{2,12}}\))?(?:\s+(?:[a-z]+ly|yesterday|today|(?:on\s+)?[A-Z][a-z]+day))*"
    rf"\s+(?:{word_pattern(word_set('forecast_revision_verbs.txt'))})"
    r"\s+(?:[\w’'-]+\s+){0,4}?$"
)
# `Mexico's central bank on Wednesday slashed its growth outlook`: a body named by its owner and its kind.
_OWNED_BODY_REVISED = re.compile(
    rf"(?P<name>{NAME_WORD}['’]s\s+(?:[a-z]+\s+)?(?:{word_pattern(BODY_NOUNS)}))"
    rf"(?:\s+(?:[a-z]+ly|yesterday|today|(?:on\s+)?[A-Z][a-z]+day))*"
    rf"\s+(?:{word_pattern(word_set('forecast_revision_verbs.txt'))})"
    r"\s+(?:[\w’'-]+\s+){0,4}?$"
)
_ITS_REPORT = re.compile(rf"\b(?:[Ii]n|[Ff]rom)\s+its\s+(?:[\w-]+\s+){{0,5}}?{SOURCE_NOUNS}\b")
# `In her situation report, Minister of Health, Jo Rees appeals …`: the person the clause names, else the
# person named before; the report's figures follow in the next paragraphs.
_PERSONAL_REPORT = re.compile(
    rf"\b(?:[Ii]n|[Ff]rom)\s+(?:his|her)\s+(?:[\w-]+\s+){{0,5}}{SOURCE_NOUNS}\b(?P<comma>\s*,\s*)?"
)
# `data released by X`, `figures from X`, `data …, leaked to X,`: the party that produced or obtained them.
# `Fresh figures showing the extent of the problem were published by X`: a longer description before a
# passive verb of publishing.
_SOURCE_BY = re.compile(
    rf"\b{ANY_CASE_SOURCE_NOUNS}\b(?:,?(?:\s+[\w’'&.-]+){{0,5}}?,?"
    r"\s+(?:by|from|(?:leaked|given|provided|supplied)\s+to)"
    r"|(?:\s+[\w’'&-]+){0,8}?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:published|released|compiled|produced|issued|collected)\s+by)\s+(?:the\s+)?"
)
_OF_THEN_FROM = re.compile(r"\sof\s.*\sfrom\s+(?:the\s+)?$", re.DOTALL)
# `The consensus estimate of analysts surveyed by X`: the pollster of a group's expectation, one figure, not a
# release that later paragraphs go on with.
_POLLSTER = re.compile(r"\b(?:polled|surveyed|questioned)\s+by\s+(?:[\w-]+\s+){0,3}$")
# `France's statistics agency INSEE`: a data word naming a body's line of work is no report of the owner.
# `source_phrases` runs it only in a sentence holding `'s` or `’s`: a new form of possessive goes there too.
_POSSESSIVE_OWNER = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_WORD})['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{SOURCE_NOUNS}\b"
    rf"(?!\s+{word_pattern(BODY_NOUNS)}\b)"
)
_DESCRIBED_BODY = re.compile(rf"(?P<modifier>[a-z]+)\s+(?P<noun>{word_pattern(BODY_NOUNS)})\b")
# `The State Government report`, `The National Records of Scotland (NRS) figures`.
_UNLISTED_OWNER = re.compile(
    rf"\b(?:[Tt]he|on|from)\s+(?P<name>{NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{NAME_WORD}){{1,4}})"
    # `The Real Estate Institute's (REINZ) residential market report`: after a possessive, its words too.
    rf"(?:\s*\([A-Za-z&.]{{2,12}}\))?(?:['’]s(?:\s*\([A-Za-z&.]{{2,12}}\))?(?:\s+[a-z][\w-]*){{0,2}}{_QUOTED_TITLE})?"
    rf"\s+{SOURCE_NOUNS}\b"
)
_JOINED_NAME = re.compile(r"\s(?:of|for|and|&)\s")


def source_phrases(context: SourceContext, start: int, end: int) -> list[Cue]:
    """The sources `text[start:end]` names by a source phrase, in the order found."""
    cues: list[Cue] = []
    text = context.text
    for by in context.cues(_SOURCE_BY, start, end):
        if _OF_THEN_FROM.search(by.group()):
            continue  # `numbers of travelers from China`: `from` belongs to the noun after `of`
        named = context.named_at(by.end(), min(by.end() + NEAR, end))
        before_name = DESCRIBED_NAME.match(text, by.end(), end) if named is None else None
        if before_name is not None:
            # `published by the federal statistics agency Destatis`: the name after its description.
            named = context.named_at(before_name.end(), min(before_name.end() + NEAR, end))
        described = _DESCRIBED_BODY.match(text, by.end(), end) if named is None else None
        if described is not None:
            # `data from the statistics agency showed`: a body described, not named, in the lede.
            named = context.described_body(described["modifier"], described["noun"], by.end())
        if named is not None:
            polled = _POLLSTER.search(text, by.start(), named.start) is not None
            cues.append(Cue(by.start(), context.source(named, "source_phrase", data=not polled)))
    for based in context.cues(_BASED_ON_OWNER, start, end):
        named = context.named_at(*based.span("name")) or context.unlisted_source(
            *based.span("name"), body=True
        )
        if named is not None and not named.is_person:
            cues.append(Cue(based.start(), context.source(named, "source_phrase", data=True)))
    for submitted in _SUBMITTED_BY.finditer(text, start, end):
        named = context.named_at(submitted.end(), min(submitted.end() + NEAR, end))
        if named is not None:
            cues.append(Cue(submitted.start(), context.source(named, "source_phrase", data=True)))
    for actor in context.actors_in(start, end):
        if _SOURCE_OWNER.match(text, actor.end, end) or _RELEASED.match(text, actor.end, end):
            cues.append(Cue(actor.start, context.source(actor, "source_phrase", data=True)))
    # Both end on a source noun: a sentence with none has neither.
    has_noun = context.has_cue(start, end, noun=True)
    for released in _UNLISTED_RELEASED.finditer(text, start, end) if has_noun else ():
        named = context.unlisted_source(*released.span("name"), body=True)
        if named is not None and not context.actors_in(named.start, named.end):
            cues.append(Cue(released.start("name"), context.source(named, "source_phrase", data=True)))
    for forecast in context.cues(_FORECAST, start, end) if has_noun else ():
        # `The Bank of Korea (BOK) lowered this year's growth forecast to 1.4 percent`: its own forecast.
        revised = _REVISED_BY.search(text, max(start, forecast.start() - 120), forecast.start())
        owned = _OWNED_BODY_REVISED.search(text, max(start, forecast.start() - 120), forecast.start())
        if owned is not None:
            owned_body = Speaker(owned["name"], None, *owned.span("name"), is_person=False)
            cues.append(Cue(owned.start("name"), context.source(owned_body, "source_phrase")))
            continue
        if revised is None:
            continue
        named = context.named_at(*revised.span("name")) or context.unlisted_source(
            *revised.span("name"), body=True
        )
        if named is not None and not named.is_person:
            cues.append(Cue(revised.start("name"), context.source(named, "source_phrase")))
    for pronoun in _ITS_REPORT.finditer(text, start, end) if has_noun else ():
        # `In its World Economic Outlook report, the lender …`: the body named last.
        body = context.last_body("", pronoun.start())
        if body is not None:
            cues.append(Cue(pronoun.start(), context.source(body, "source_phrase", data=True)))
    for personal in _PERSONAL_REPORT.finditer(text, start, end) if has_noun else ():
        # The clause's subject may come after its title and a comma (`Minister of Health, Jo Rees`).
        after = (
            context.actors_in(personal.end(), min(personal.end() + NEAR, end)) if personal["comma"] else []
        )
        named = next((actor for actor in after if actor.is_person), None)
        if named is None and personal["comma"]:
            missed = unlisted_person_after_title(text, personal.end(), min(end, personal.end() + NEAR))
            named = quote_speaker(missed) if missed is not None else None
        if named is None:
            person = antecedent(context.people, personal.start(), context.quoted)
            named = Speaker(person.name, person.entity_id, person.start, person.end) if person else None
        if named is not None:
            cues.append(Cue(personal.start(), context.source(named, "source_phrase", data=True)))
    # A possessive owner needs its `'s`, which most sentences lack (change this with `_POSSESSIVE_OWNER`;
    # test_scan_shortcuts checks it).
    has_possessive = text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0
    for owner in _POSSESSIVE_OWNER.finditer(text, start, end) if has_noun and has_possessive else ():
        before = _NAME_BEFORE.search(text, max(start, owner.start() - 30), owner.start())
        if before is not None and before.group().strip().lower() not in FUNCTION_WORDS:
            continue  # `The Harbour Board's outlook`: the last word of a longer name (`_UNLISTED_OWNER`)
        named = context.unlisted_source(*owner.span("name"), opening=True)
        if named is not None and not context.actors_in(named.start, named.end):
            cues.append(Cue(owner.start(), context.source(named, "source_phrase", data=True)))
    for owner in _UNLISTED_OWNER.finditer(text, start, end) if has_noun else ():
        # `The State Government report on …`: a report owned by a name no extractor listed.
        joined = _JOINED_NAME.search(owner["name"]) is not None
        named = context.unlisted_source(*owner.span("name"), body=joined)
        if named is not None and not context.actors_in(named.start, named.end):
            cues.append(Cue(owner.start(), context.source(named, "source_phrase", data=True)))
    return cues


def cited_producers(context: SourceContext, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """`…, the news agency reported, citing the civil protection agency ANEPC`: the producer cited takes the
    place of the relay's verb right before it."""
    text = context.text
    for citing in _CITING.finditer(text, start, end):
        if context.in_quote(citing.start()):
            continue
        described = DESCRIBED_NAME.match(text, citing.end(), end)
        after = described.end() if described is not None else citing.end()
        named = context.named_at(after, min(after + NEAR, end))
        if named is None:
            continue
        relay = [cue for cue in cues if citing.start() - NEAR <= cue.position < citing.start()]
        if relay and relay[-1].source is not None and relay[-1].source.named.is_person:
            continue  # `Jo Rees said …, citing X`: a person who relays a body's data is its source here
        position = relay[-1].position if relay else citing.start()
        cues = [cue for cue in cues if cue not in relay[-1:]]
        cues.append(Cue(position, context.source(named, "source_phrase", data=True)))
    return cues
