"""The patterns that find who spoke around a quotation: statement verbs and the clauses that name a speaker."""

from __future__ import annotations

import re

from app.extract.lexicon import word_set
from app.extract.name_tokens import NICKNAME
from app.extract.spans import word_pattern
from app.extract.titles import ABBREVIATION_DOT

__all__ = [
    "ACCORDING_TO",
    "AFTER_BY",
    "AFTER_DASH",
    "AFTER_SUBJECT_FIRST",
    "AFTER_VERB_FIRST",
    "BODY_SUBJECT",
    "CHARACTERIZING",
    "INSERTED_CLAUSE",
    "INTRODUCES_QUOTE",
    "NAMED_WITHOUT_VERB",
    "NAMING",
    "PASSIVE_AGENT",
    "PASSIVE_BEFORE",
    "PRE_PRONOUN",
    "REMARKS_WITH",
    "SENTENCE_END_SPEAKER",
    "SHORT_QUOTE_REACH",
    "SHORT_WORDS",
    "STATEMENT_VERB",
    "STATES_BEFORE_QUOTE",
    "SUBJECT_PRONOUN",
    "VERB",
    "WRAPPED_LINE",
    "may_state_before_quote",
    "search_from_clause_start",
]

_QUOTE_VERBS = sorted(word_set("quote_verbs.txt"), key=len, reverse=True)
_VERBS = "|".join(_QUOTE_VERBS)
# After a quote the verb is finite (`…," said Ruiz`; `…," she added`): a participle there (`…," citing the
# court's ruling`) names what was cited, not who spoke.
_FINITE_VERBS = "|".join(verb for verb in _QUOTE_VERBS if not verb.endswith("ing"))
VERB = re.compile(rf"\b(?:{_VERBS})\b")
# A period inside a name or title (`Capt. Ian Pryce`, `U.S. Attorney`) does not end the speaker's words.
# A nickname quoted inside the name (`President Joko “Jokowi” Widodo said`) is part of it.
_WHO_CHAR = (
    rf"(?:[^.?!“”\"\n]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z][a-z])\.|{ABBREVIATION_DOT}"
    rf"|(?<=[a-z] ){NICKNAME}(?= [A-Za-z]))"
)
# `…," the chief was quoted (on Monday) as saying.`: a statement reported through another source.
_QUOTED_AS_SAYING = r"(?:was|were)\s+quoted(?:\s+[\w-]+){0,3}?\s+as\s+saying"
AFTER_SUBJECT_FIRST = re.compile(
    rf"^[\s,]*(?P<who>{_WHO_CHAR}{{1,110}}?)\s+(?:also\s+)?(?:{_FINITE_VERBS}|{_QUOTED_AS_SAYING})\b"
)
AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{_FINITE_VERBS})\s+(?P<who>{_WHO_CHAR}{{1,110}})")
_PASSIVE_QUOTE_VERBS = "|".join(sorted(word_set("quote_passive_verbs.txt"), key=len, reverse=True))
AFTER_BY = re.compile(
    rf"^[\s,]*(?:(?:first\s+)?(?:{_PASSIVE_QUOTE_VERBS})\s+by|according\s+to)\s+(?P<who>[^,;:“”\"\n]{{1,110}}?)(?=[,;:]|[.?!]?[”\"’]?\s*$)"
)
# A quote inside a passive (`had been accused of "…"`, `was deemed a "…"`, `…, dubbed a "…"`), and its agent after
# the quote (`by shadow secretary Y and the unions for …`, `by local media after …`).
PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|be)|,)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:(?:of|as|a|an|the)\s+){0,2}[“\"‘']?$"
)
PASSIVE_AGENT = re.compile(
    r"^[’'”\"]?[,.]?\s*by\s+(?P<who>[^,;:“”\"\n]{1,110}?)(?=[,;:.]|\s+(?:for|after|over|because|when|while|as)\b|$)"
)
AFTER_DASH = re.compile(
    r"^[^\S\n]*(?:[–—]|[^\S\n]-(?=[^\S\n]))[^\S\n]*(?P<who>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})"
)
_NAME_CHAR = rf"(?:[^,.?!“”\"\n]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|{ABBREVIATION_DOT})"
# The clause that ends a sentence: `, Electricity Minister X said on Monday.` / `, said X.` / `, X said as he
# arrived at …`
# `‘…,’ RTB director Rosalind Carroll.`: the speaker named after the quote with the verb left out.
NAMED_WITHOUT_VERB = re.compile(rf"^\s*(?P<who>{_WHO_CHAR}{{2,80}}?)\.\s*$")
SENTENCE_END_SPEAKER = re.compile(
    rf",\s+(?:(?P<who>{_NAME_CHAR}{{1,110}}?)\s+(?:also\s+)?(?:{_FINITE_VERBS})"
    rf"|(?:{_FINITE_VERBS})\s+(?P<who_after>{_NAME_CHAR}{{1,110}}?))"
    r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|during|after|before|to|told|as|while|when)\b"
    r"[^.?!“”\"\n]{0,120})?"
    # A headline's `…, says transport chief, but adds that …`.
    r"(?:,\s+(?:but|and)\s+[^.?!“”\"\n]{1,120})?"
    r"[.?!]?[”\"’]?\s*$"
)
PRE_PRONOUN = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:" + _VERBS + r")\b")
# A paragraph that ends by introducing the quote below it: `Finance Minister X said:`, `Premier X released this
# statement shortly after the results were released:`.
INTRODUCES_QUOTE = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?”\"]\s))(?P<who>[^.?!“”\"\n]{{1,110}}?)\s+(?:also\s+)?"
    rf"(?:(?:{_FINITE_VERBS})(?:\s+[a-z]+){{0,3}}"
    r"|(?:released|issued|shared|posted|put\s+out)\s+(?:a|an|the|this|the\s+following)\s+(?:[a-z]+\s+)?statement\b"
    r"[^.?!“”\"\n:]{0,80})\s*:\s*$"
)
# `Nevertheless, Mr X dismissed these claims, stating:` ends the paragraph: the subject that opens the
# sentence, before its first verb, says the quote below through the participle.
_PARTICIPLE_VERBS = "|".join(verb for verb in _QUOTE_VERBS if verb.endswith("ing"))
INTRODUCES_QUOTE_BY_PARTICIPLE = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?”\"]\s))(?:[A-Z][a-z]+,\s+)?(?P<who>{_WHO_CHAR.replace('[^', '[^,', 1)}{{1,80}}?)"
    rf"\s+[a-z]+ed\b[^.?!“”\"\n:]{{0,100}},\s+(?:{_PARTICIPLE_VERBS})\s*:\s*$"
)
# A paragraph's last sentence that a person opens with a statement verb (`X welcomed the figures.`).
STATES_BEFORE_QUOTE = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?”\"]\s))(?P<who>{_WHO_CHAR}{{1,110}}?)\s+(?:also\s+)?(?:{_FINITE_VERBS})\b"
    r"[^.?!“”\"\n]*[.!?]\s*$"
)
# A finite statement verb after a space: `X told the daily Y`. A prefix tree: one branch per letter.
STATEMENT_VERB = re.compile(rf"\s{word_pattern(verb for verb in _QUOTE_VERBS if not verb.endswith('ing'))}\b")
_SENTENCE_MARKS = '.?!“”"\n'


def may_state_before_quote(text: str, pos: int, endpos: int) -> bool:
    """False when `STATES_BEFORE_QUOTE` cannot match in `text[pos:endpos]`: the tail does not end a
    sentence, or no statement verb follows a space in its last sentence. A cheap test that spares the search.
    """
    tail = text[pos:endpos].rstrip()
    if not tail or tail[-1] not in ".!?":
        return False
    last = max(tail.rfind(mark, 0, len(tail) - 1) for mark in _SENTENCE_MARKS)
    # From the mark itself: a line break before the verb is the space `STATES_BEFORE_QUOTE` takes there.
    return STATEMENT_VERB.search(tail, max(last, 0), len(tail) - 1) is not None


SHORT_WORDS = 4
# `Norvale said in a statement that it had "exhausted every option"`, `Opposition caucus in the council has
# said … is 'nothing but empty'`: a short subject in capitals that names no person is a body speaking, unnamed;
# not a clause that ends before a participle (`… less than predicted as "headwinds" took their toll`).
BODY_SUBJECT = re.compile(
    r"[A-Z]\S*(?:\s+\S+){0,5}(?<!\bthan)(?<!\bas)(?<!\bto)(?<!\bbe)(?<!\bbeen)(?<!\bnot)"
)
SHORT_QUOTE_REACH = 200
CHARACTERIZING = re.compile(r"said|says|described|describing|called")
# `Kline, D-N.Y., who chairs the … Committee,` / `Jessup, 71, a retired accountant who leads the … Association,`
INSERTED_CLAUSE = re.compile(
    r"(?:\s*,\s*[^,;“”\"]{1,100}){1,3},\s*|\s+of\s+[^,;“”\"]{1,80},\s*[^,;“”\"]{1,80},\s*"
)
# `X ended his comments with "…"`, `she opened her speech by saying "…"`: words the clause's subject spoke.
REMARKS_WITH = re.compile(
    r"\b(?:his|her|their)\s+(?:comments|remarks|speech|address|statement|testimony)\s+(?:with|by\s+saying)\s*$"
)
# A line that ends mid-sentence (no closing punctuation) and holds no quote mark.
WRAPPED_LINE = re.compile(r"[^“”\"‘’\n]*[\w,;–-]")
# `something called "material irregularities"`, `what is called "…"`, `a report titled "…"`: a term or a work
# named, not words spoken.
NAMING = re.compile(
    r"(?:(?:\b(?:something|what\s+is|what['’]s|so|is|are|was|were|be|been)\s+|-)called|\b(?:en)?titled)\s*$"
)
# `According to Vu Duc Giang, Chairman of the Textile Association, "…"`: the name before its title.
ACCORDING_TO = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<who>[^,;:“”\"]{2,60}?)(?:,\s+[^,;:“”\"]{1,120}?)?[\s,:]*$"
)
# `He plans to do "…"`: a quote a few words after the singular pronoun that opens its sentence.
SUBJECT_PRONOUN = re.compile(r"\s*(?P<pronoun>He|She)\s+[a-z][^,;:“”\"]{0,40}$")


_CLAUSE_MARK = re.compile(r"[\n.!?”\"]")


def search_from_clause_start(
    pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` for a pattern whose match starts a line or follows `. ` (a
    sentence's end and a space), as `STATES_BEFORE_QUOTE` and `INTRODUCES_QUOTE` open.

    Only the positions that opening admits are tried: a search tries every position, which costs far
    more over a paragraph's tail than the few clause starts in it.
    """
    starts = {0} if pos == 0 else set()
    for mark in _CLAUSE_MARK.finditer(text, max(0, pos - 2), endpos):
        at = mark.start()
        if text[at] == "\n":
            starts.add(at + 1)
        elif at + 1 < len(text) and text[at + 1].isspace():
            starts.add(at + 2)
    for start in sorted(starts):
        if pos <= start <= endpos and (match := pattern.match(text, start, endpos)):
            return match
    return None
