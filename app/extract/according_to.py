"""`according to X`: the source an according-to phrase names, and the words that may stand for it.

The producer after `by` wins over an outlet (`according to data conducted for the Times by YouGov`); a
name may follow the words that describe it (`according to the statistics agency Stats NZ`); a pronoun or a
role is the person named before (`according to him`, `according to the minister`); `according to the
report` is the report named before; a body described in lowercase is the body of that kind named before,
or the words as written (`according to the ministry of education`).
"""

from __future__ import annotations

import re

from app.extract.lexicon import DEMONYMS, word_set
from app.extract.quotes import Speaker, antecedent
from app.extract.reporting_subject import BODY_NOUNS
from app.extract.source_context import SourceContext
from app.extract.source_cues import SOURCE_NOUNS, Cue, Source
from app.extract.spans import word_pattern

__all__ = ["DESCRIBED_NAME", "according_to_cues"]

# `as per the final National Accounts for 2020` says the same of a report or of data (not `as per the
# instructions of X`, which names whose instructions they were).
_ACCORDING_TO = re.compile(
    r"\b(?:[Aa]ccording\s+to|(?P<as_per>[Aa]s\s+per))\s+(?P<phrase>[^,;:()“”\"—–]{1,150})"
)
# `the final National Accounts for 2020`: a report by its capitalized title.
_TITLED_REPORT = re.compile(
    r"(?:the\s+)?(?:(?!(?:of|for|from|on|by|to|with|in)\s)[a-z][\w-]*\s+){0,2}(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})"
)
# `according to the expanded definition of unemployment`: how the figure is measured, no source.
_MEASURE_BASIS = re.compile(
    rf"(?:the|its|this|that|an?)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{word_pattern(word_set('measure_basis_nouns.txt'))})\b"
)
_DATA_PHRASE = re.compile(rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{SOURCE_NOUNS})\b", re.IGNORECASE)
# `by <researcher>`, `IBES data from Refinitiv`: the producer or vendor after the last `by` or `<data> from`.
_LAST_BY = re.compile(rf".*\b(?:by|(?:{SOURCE_NOUNS})\s+from)\s+", re.IGNORECASE | re.DOTALL)
# `according to the statistics department Stats NZ`, `according to a KFF poll`: a name after the words that
# describe it.
# `according to latest NHS data`: with no article, only words that describe a report.
DESCRIBED_NAME = re.compile(
    # `the Australian government commodity forecaster ABARES`: a nation's adjective may describe it too.
    rf"(?:(?:the|a|an)\s+(?:(?:[a-z][\w’'-]*|{word_pattern(DEMONYMS)}(?=\s+[a-z]))\s+){{0,4}}"
    # `according to a current macroeconomic and financial report of Nepal Rastra Bank`: a report described at
    # length, then whose it is.
    rf"|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){{0,5}}?(?:{SOURCE_NOUNS})\s+(?:of|from)\s+(?:the\s+)?"
    rf"|(?:{word_pattern(word_set('report_adjectives.txt'))})\s+"
    # `according to market research firm FactSet`: a name after a description that ends on a body's noun.
    rf"|(?:[a-z][\w-]*\s+){{0,3}}(?:{word_pattern(BODY_NOUNS)})\s+)(?=[A-Z])"
)
# `according to the ministry of education`, `according to the latest report of the national emergency
# operation centre`: a body the text describes in lowercase, named as written.
_LOWERCASE_BODY = re.compile(
    rf"(?:the\s+)?(?:(?:[a-z][\w-]*\s+){{0,3}}?(?:{SOURCE_NOUNS})\s+(?:of|from|by)\s+)?the\s+"
    rf"(?P<body>(?:(?P<modifier>[a-z][\w-]*(?:['’]s)?)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<noun>{word_pattern(BODY_NOUNS)})"
    r"(?P<of>\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)"
    # `according to the health service's fresh data`: the body's own figures.
    rf"(?:['’]s(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{SOURCE_NOUNS}))?"
)
# `according to an undergraduate admissions report`: a report the text names only by what it is about, as
# written (a report that is merely `new` or `latest` names nothing).
_DESCRIBED_REPORT = re.compile(rf"an?\s+(?P<report>(?P<about>(?:[a-z][\w-]*\s+){{1,3}})(?:{SOURCE_NOUNS}))")
# `According to Jo Rees, the centre's weekly report had indicated …`: the clause goes on with the named one's report.
_REPORT_AFTER = re.compile(rf",\s+(?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{SOURCE_NOUNS})\b")
_PLAIN_REPORT_WORDS = word_set("report_adjectives.txt") | word_set("new_report_words.txt")
# `according to the chief’s presentation`: the person a title names, by what they presented.
_ROLE_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")
_REPORT_REFERENCE = re.compile(
    rf"(?:the|this|that|these|those|its|their)\s+(?:[a-z][\w-]*\s+)?{SOURCE_NOUNS}", re.IGNORECASE
)
_ROLE_REFERENCE = re.compile(r"the\s+(?P<role>[a-z]+)")
_OBJECT_PRONOUN = re.compile(r"(?:him|her)\s*")
_PERSON_ROLES = word_set("person_reference_roles.txt")
# `… by the admissions service, Ucas.`: a name set beside the words that describe the body, ending the clause.
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][^,;:()“”\"—–.]{0,60}?)(?=\s*(?:[.;]|$))", re.MULTILINE)
# `according to data from the ministry on the malaria situation`: what the report is about, after the body.
_TOPIC = re.compile(r"(?:\s+(?:on|about|regarding|covering)\s+.*)?", re.DOTALL)
_ENDS_ON_BODY = re.compile(rf"\b(?:{word_pattern(BODY_NOUNS)})\s*$")
# `according to police`, `according to the police's figures`: the force, as `police said` names it.
_FORCE = re.compile(
    rf"(?:the\s+)?(?P<force>(?i:{word_pattern(word_set('force_nouns.txt'))}))"
    rf"(?P<data>(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:{SOURCE_NOUNS}))?"
)


def according_to_cues(context: SourceContext, start: int, end: int, report: Source | None) -> list[Cue]:
    """The sources the `according to` phrases of `text[start:end]` name (`report`: the one named before)."""
    cues: list[Cue] = []
    for match in context.cues(_ACCORDING_TO, start, end):
        phrase_start = match.start("phrase")
        if _MEASURE_BASIS.match(match["phrase"]):
            continue
        by = _LAST_BY.match(context.text, phrase_start, match.end("phrase"))
        # `data conducted for <outlet> by <researcher>`: the producer, not the commissioning outlet.
        named = context.named_at(by.end() if by else phrase_start, match.end("phrase"))
        described = (
            DESCRIBED_NAME.match(context.text, phrase_start, match.end("phrase")) if named is None else None
        )
        if described is not None:
            named = context.named_at(described.end(), match.end("phrase"))
        apposed = _APPOSED_NAME.match(context.text, match.end("phrase")) if named is None else None
        if apposed is not None and _ENDS_ON_BODY.search(match["phrase"]):
            # `according to data published by the admissions service, Ucas.`: the name set beside the body.
            named = context.named_at(*apposed.span("name"))
        is_data = (
            by is not None
            or _DATA_PHRASE.match(match["phrase"]) is not None
            or _REPORT_AFTER.match(context.text, match.end("phrase")) is not None
        )
        phrase = match["phrase"].strip().rstrip(".")
        if match["as_per"]:
            titled = _TITLED_REPORT.match(phrase)
            if titled is not None:
                at = phrase_start + titled.start("title")
                if named is None or named.start != at:
                    named = Speaker(titled["title"], None, at, at + len(titled["title"]), is_person=False)
                is_data = True
            if not is_data:
                continue
        role = _ROLE_REFERENCE.match(phrase) if named is None else None
        if (
            role is not None
            and role.end() < len(phrase)
            and not _ROLE_POSSESSIVE.fullmatch(phrase, role.end())
        ):
            role = None
        pronoun = _OBJECT_PRONOUN.fullmatch(phrase) if named is None else None
        if pronoun is not None:
            # `According to him, …`: the person named before, as `he said` is.
            person = antecedent(context.people, match.start(), context.quoted)
            if person is not None:
                named_by = Speaker(person.name, person.entity_id, match.start("phrase"), match.end("phrase"))
                cues.append(Cue(match.start(), Source(named_by, "according_to", False)))
            continue
        if role is not None and role["role"] in _PERSON_ROLES:
            # `according to the official`, `according to the minister`: the person named before, like a pronoun.
            person = antecedent(context.people, match.start(), context.quoted)
            if person is not None:
                named_by = Speaker(person.name, person.entity_id, match.start("phrase"), match.end("phrase"))
                cues.append(Cue(match.start(), Source(named_by, "according_to", False)))
                continue
        force = _FORCE.fullmatch(phrase) if named is None else None
        if force is not None:
            at = phrase_start + force.start("force")
            named = context.last_body(force["force"].lower(), at) or Speaker(
                force["force"], None, at, at + len(force["force"]), is_person=False
            )
            is_data = force["data"] is not None
        if named is None and report is not None and _REPORT_REFERENCE.fullmatch(phrase):
            # `according to the report`: the report named before.
            cues.append(Cue(match.start(), Source(report.named, "continued", True)))
            continue
        # `according to statistics released Tuesday by the sheriff’s office`: the body after the last `by`.
        offset = by.end() - phrase_start if by else 0
        body_phrase, body_start = phrase[offset:], phrase_start + offset
        lowercase = _LOWERCASE_BODY.match(body_phrase) if named is None else None
        if lowercase is not None and not _TOPIC.fullmatch(body_phrase, lowercase.end()):
            lowercase = None
        if lowercase is not None:
            named = _lowercase_body(context, lowercase, body_start)
        report_about = _DESCRIBED_REPORT.fullmatch(phrase) if named is None and lowercase is None else None
        if report_about is not None and not set(report_about["about"].split()) <= _PLAIN_REPORT_WORDS:
            at = phrase_start + report_about.start("report")
            named = Speaker(
                report_about["report"], None, at, at + len(report_about["report"]), is_person=False
            )
            is_data = True
        cues.append(
            Cue(match.start(), context.source(named, "according_to", data=is_data) if named else None)
        )
    return cues


def _lowercase_body(context: SourceContext, described: re.Match[str], phrase_start: int) -> Speaker | None:
    """`the ministry of education` as written; `the ministry`, `the statistics agency`: the body named before."""
    start, end = phrase_start + described.start("body"), phrase_start + described.end("body")
    if described["of"] is None and described["modifier"] is None:
        return context.last_body(described["noun"], start)
    if described["of"] is None:
        known = context.described_body(described["modifier"], described["noun"], start)
        if known is not None:
            return known
    return Speaker(context.text[start:end], None, start, end, is_person=False)
