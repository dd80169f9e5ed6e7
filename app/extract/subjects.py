"""The counted thing named before a figure: the subject of its verb (`Homicides … dropped to 143`,
`the jobless rate is now 4.1 percent`), past asides and through relative and participle clauses
(`Inflation, which once soared above 29%, has now dropped to 4.6%`).
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set
from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS, DEFINING_CLAUSE, joins_adjectives
from app.extract.number_words import WORD_NUMBER
from app.extract.spans import word_pattern

__all__ = ["CHANGE_BEFORE", "NOT_COUNTED", "NOUN_OF", "counts_before"]

# "a survey showing the unemployment rate fell": a participle that reports a clause opens it too.
_REPORTING_VERBS = word_pattern(
    word_set("reporting_verbs.txt")
    | {"suggest", "suggests", "suggested", "showing", "indicating", "suggesting"}
)

_SUBJECT_OPENING = (
    r"(?:^[^\w\n]*|[.;:]\s+|,\s+|\s[-–—]{1,2}\s+"
    # "rose by five percent and the number of students offered places increased": a clause after a figure.
    r"|(?:(?<=\d)|(?<=%)|(?<=percent)|(?<=per\scent))\s+and\s+"
    r"(?!(?:are|is|was|were|has|have|had|will|would|could|may|might|be|then|also|to)\b)"
    # "Figures show the jobless rate is now …", "He noted that GDP grew": a clause reported by a verb of
    # showing or saying.
    # Not a passive ("were reported to") nor an adjective ("the projected rates increase").
    r"|\b(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
    rf"(?:{_REPORTING_VERBS})\s+"
    r"(?!(?:to|by|in|on|at|for|with|from|as)\b)"
    # "…, up from 0.7% while energy prices tumbled 3.2%": a clause of its own.
    r"|\b(?:while|whereas)\s+"
    # "The rise will mean that the weekly rent will go up", "was told that the authority's revenue increased":
    # a clause that any verb, or a noun ("the fact that"), opens with "that"; not a relative "that" before its
    # verb ("the typhoon that lashed the coast").
    r"|\bthat\s+(?![a-z]+ed\b)"
    # "as birth rate drops by 5.1%", "with per capita income rising to $1,824", "after the airline's profit
    # rose by 85 per cent": a subordinate clause.
    # "declared the rate for March where inflation increased": a clause "where" opens.
    r"|\b(?:as|because|although|though|when|whilst|with|after|before|once|until|where)\s+)"
    r"(?:(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas|that|[Aa]s|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hen|[Ww]hilst|[Ww]ith"
    r"|[Ww]here)\s+)?"
    r"(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Hh]is\s+|[Hh]er\s+|[Oo]ur\s+|[Tt]hat\s+|[Tt]his\s+|[Tt]hese\s+|[Tt]hose\s+)?"
    # "The 2024/25 budget bottom line": the year a quantity is of is no part of its noun phrase.
    r"(?:(?:19|20)\d\d(?:[/-]\d{2,4})?\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Za-z]+['’]s\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,5}\b|[A-Z][a-z][\w'’-]*)){0,4}?)"
    # "Consumer Prices Index (CPI) rose": the short name in brackets after the subject.
    r"(?:\s+\([A-Za-z&]{2,10}\))?"
    r"(?:\s+(?P<preposition>in|at|of|for|on|among|about|worth|with|from|under|over|above|below|across|during|to)"
    # The check for a clause word runs at a space, not at every character.
    # "Bureau of Statistics data on Friday showed net migration fell": a reporting verb opens a clause of its own.
    # "The number of shootings reported to the police stood", "murders recorded were": a participle.
    r"\s+(?P<modifier>(?:[^\s,;]|\s(?!(?:while|whereas|but|had|has|have|was|were|would|will)\s|(?:"
    + _REPORTING_VERBS
    + r")\s+(?!(?:to|by|in|on|at|for|with|from|as|during|is|are|was|were|has|have|had)\b))){1,60}?))?\s+"
)

# "Homicides dropped to 143", "CPI inflation is projected at 5.4 per cent": a figure after one of these
# verbs is the new level, or the change, of the verb's subject.
_LEVEL_VERB_ENTRIES: frozenset[str] = word_set("level_verbs.txt")
# A prefix tree of the one-word verbs (a scan tries one branch per letter), then the few of several words.
_LEVEL_VERBS = "|".join(
    [
        word_pattern(entry for entry in _LEVEL_VERB_ENTRIES if " " not in entry),
        *(r"\s+".join(entry.split()) for entry in sorted(_LEVEL_VERB_ENTRIES) if " " in entry),
    ]
)

_SUBJECT_VERB = re.compile(
    # "circular debt has been reduced to": a passive of a verb of change.
    _SUBJECT_OPENING
    + r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:would|will|could|may|might)\s+(?:have\s+|be\s+)?"
    r"|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:going\s+to\s+)?)?(?:(?:[a-z]+ly|once|also|further)\s+)?"
    # "Council Tax could be set to rise", "graduating classes are projected to shrink"
    r"(?:(?:set|expected|projected|forecast|forecasted|predicted|likely|due|poised|estimated)\s+to\s+)?"
    rf"(?:{_LEVEL_VERBS}|(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:up|down))\b"
)

# The verbs a subject match ends on, found first by a scan that opens on a literal.
_VERB_CUE = re.compile(rf"\b(?:{_LEVEL_VERBS}|up|down)\b")
_COPULA_CUE = re.compile(r"\b(?:is|are|was|were|be)\b")
# How far before its verb a subject match may open: a subject, its of-phrase, auxiliaries and adverbs.
_SUBJECT_SPAN = 200

# "The jobless rate is now 4.1 percent": the subject of a copula, for a share only (an amount after a
# copula, "The budget is $297 million", names no counted thing of its own).
_SUBJECT_COPULA = re.compile(
    _SUBJECT_OPENING + r"(?:(?:is|are|was|were)(?:\s+(?:also|still|now|currently))?(?:\s+at)?"
    r"|(?:would|will|could|may|might)\s+be)\b"
)

_CLAUSE_VERBS = (
    COMMON_VERBS
    | word_set("reporting_verbs.txt")
    | {"adding", "saying", "noting", "expect", "expects", "expected", "anticipate", "anticipates", "predict"}
    # "That caused applications to fall": a verb that makes its object do the changing.
    | {"cause", "causes", "caused", "causing", "help", "helps", "helped", "allow", "allows", "allowed"}
    | {"force", "forces", "forced", "prompted", "spurred", "pushed"}
)

_FREQUENCY_ADJECTIVES = frozenset(["hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annually"])

_LEADING_ADVERBS = frozenset(["overall", "nationwide", "statewide", "also", "still", "now"])

_AUXILIARIES = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would"])

_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])

_OF_THE_GROUP = re.compile(r"\b[Oo]f\s+(?:the|those|these|all)\s+(?P<np>[a-z][\w'’ -]{1,40}?),\s*$")

NOUN_OF = re.compile(r"\b(?P<np>[a-z][a-z-]{2,})\s+of\s+$")

NOT_COUNTED = frozenset(["total", "number", "average", "sum", "tally", "count", "rate", "share", "percent"])

CHANGE_BEFORE = re.compile(
    # Not a noun after its article ("an increase from 40.6Gt", "a rise to 1.3%").
    rf"(?:\b(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?:{_LEVEL_VERBS})"
    r"|\b(?:stood|stands|remained|remains|stayed)\s+(?:unchanged\s+|steady\s+|flat\s+|stable\s+)?at|,\s+(?:up|down)(?=\s+by\s+$)"
    r"|\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:up|down))(?:\s+(?:[a-z]+ly|further|again|back))?"
    rf"(?:\s+(?:by\s+|from\s+)?(?:[\d.,]+|{WORD_NUMBER})\s*(?:%|percent|per\s+cent|percentage\s+points?))?"
    # "increased by an astounding 6.9%", "has gone up by an average of 2.5%"
    r"(?:\s+(?:by|to|from)(?:\s+an?\s+[a-z]+(?:\s+of)?)?)?\s+$",
    re.IGNORECASE,
)

# "the number of police officers", "the size of the economy": what is measured is what the phrase is of.
_PERIOD_WORDS = frozenset(
    ["year", "month", "week", "quarter", "season", "spring", "summer", "autumn", "winter"]
)
_CHANGE_NOUNS: frozenset[str] = frozenset(word_map("change_nouns.tsv"))

_MEASURES_OF = frozenset(
    ["number", "numbers", "total", "count", "size", "volume", "pace", "percentage", "proportion", "share"]
)

_CONJUNCTIONS = frozenset(
    ["as", "because", "although", "though", "when", "whilst", "while", "if", "since", "where"]
)

# Prepositions that can stand before "of": a subject's noun phrase ends before them.
_PLACE_PREPOSITIONS = frozenset(["outside", "inside", "ahead", "instead", "because", "out"])

_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m)$", re.IGNORECASE)

_TRAILING_ADVERBS = frozenset(
    ["also", "still", "now", "already", "again", "too", "overall", "nationwide", "statewide", "alone"]
)

# "The figure grew": the statistic itself, not what it counts.
_SELF_REFERENCES = frozenset(["figure", "figures", "number", "numbers", "total", "tally", "count"])

# What may stand between a subject and its verb: an auxiliary or an adverb.
_BEFORE_VERB = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|also|now|still|then|once|further)\s+){0,3}"
    r"(?:[a-z]+ly\s+)?"
)

# "Inflation, which once soared above 29%, has now dropped", "the measure excluding food, or what the
# bank calls core inflation, accelerated": an aside between a subject and its verb.
# "The employment rate, meanwhile, was recorded at": a sentence adverb set off by commas.
_ASIDE_ADVERBS = word_pattern(word_set("aside_adverbs.txt"))
_ASIDE_WORDS = (
    r"(?:which|who|whose|or|a|an|the|its|their|excluding|including|not|also|like|unlike|[a-z]+ing|[a-z]+ed"
    rf"|{_ASIDE_ADVERBS})\b"
)
_ASIDE = re.compile(
    rf"(?:(?:\s+(?:excluding|including)\b[^,;:()]{{0,80}}(?:,\s+{_ASIDE_WORDS}[^,;:()]{{0,100}})?"
    rf"|,\s+{_ASIDE_WORDS}[^,;:()]{{0,100}}),"
    # "Reference prices — the floor that triggers payments — would rise"
    r"|\s[–—]\s[^–—;:()]{1,100}\s[–—])"
    rf"(?=\s+{_BEFORE_VERB}(?:{_LEVEL_VERBS})\b)"
)

# "Inflation, which once soared above 29%", "rein in inflation that hit 33.4 percent": the subject of a
# relative clause is the noun before its pronoun.
_RELATIVE_PRONOUN = re.compile(rf"\s*,?\s+(?:which|that)\s+{_BEFORE_VERB}(?:{_LEVEL_VERBS})\b")

_TRAILING_WORDS = re.compile(r"(?<![\w'’-])(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*$")


# ", dropping to", ", increasing to": a participle clause whose subject is the sentence's.
_PARTICIPLE_END = re.compile(
    rf",\s+(?:(?:[a-z]+ly\s+)?(?=[a-z]+ing\b)(?:{_LEVEL_VERBS})(?:\s+[a-z]+ly)?|up|down)(?:\s+(?:to|by))?\s+$"
)

_MAIN_SUBJECT = re.compile(
    _SUBJECT_OPENING + r"(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]{{3,}}ed|{_LEVEL_VERBS})\b"
)


def _without_asides(before: str) -> str:
    """`before` with its asides blanked out, so a subject stands next to its verb."""
    if "," not in before and "—" not in before and "–" not in before:
        return before
    return _ASIDE.sub(lambda match: " " * len(match[0]), before)


def counts_before(
    text: str, sentence_start: int, stat_start: int, reach: int | None = None, *, copula: bool = False
) -> str | None:
    """The counted thing named before the figure: "Homicides ... dropped to 143", "Of the cases, 61";
    with `reach`, only a subject whose verb ends at most that far before the figure; with `copula`,
    also the subject of "is", "was", "will be"."""
    before = text[sentence_start:stat_start]
    of_group = _OF_THE_GROUP.search(before)
    if of_group:
        return of_group["np"].strip()
    noun_of = NOUN_OF.search(before)
    if (
        noun_of
        and noun_of["np"] not in NOT_COUNTED
        and noun_of["np"] not in COUNTED_PHRASE_STOPS
        # "saw a drop of 1.7 percent": the change, not what changed.
        and not (noun_of["np"] in _CHANGE_NOUNS and _SUBJECT_VERB.search(before))
    ):
        return noun_of["np"]
    subject = None
    before = _without_asides(before)
    for pattern, cue in ((_SUBJECT_VERB, _VERB_CUE), (_SUBJECT_COPULA, _COPULA_CUE)):
        cues = list(cue.finditer(before))
        if not cues:
            continue
        # A subject ends at its verb: look only near the last one, not through the whole sentence.
        for match in pattern.finditer(before, max(0, cues[-1].start() - _SUBJECT_SPAN)):
            if subject is None or match.end() > subject.end():
                subject = match
    relatives = list(_RELATIVE_PRONOUN.finditer(before)) if " which " in before or " that " in before else []
    relative = relatives[-1] if relatives else None
    antecedent = (
        _TRAILING_WORDS.search(before, max(0, relative.start() - 80), relative.start())
        if relative is not None
        else None
    )
    if (
        relative is not None
        and antecedent is not None
        and (subject is None or relative.end() >= subject.end())
        and (reach is None or relative.end() + sentence_start >= stat_start - reach)
    ):
        return _antecedent(antecedent[0].split())
    if (relative is None or antecedent is None) and _PARTICIPLE_END.search(before):
        # "The jobless rate continued its slide in March, dropping to 6.3 percent": the sentence's subject.
        subject = _MAIN_SUBJECT.match(before)
        reach = None
    if (
        subject is not None
        and subject.re is _SUBJECT_COPULA
        and not copula
        and not (
            subject["np"].split()[-1].lower() in ("number", "numbers", "total", "count")
            and subject["preposition"] == "of"
        )
    ):
        # "the number of rapes reported was 39 828" counts the rapes; other copulas count only for a share.
        subject = None
    if subject is not None and (reach is None or subject.end() + sentence_start >= stat_start - reach):
        return _subject_phrase(subject)
    return None


def _subject_phrase(subject: re.Match[str]) -> str | None:
    """The counted noun phrase of a subject match: the last clause's noun, without what frames it."""
    words = subject["np"].split()
    if len(words) > 1 and words[0].islower() and words[0].endswith("ing") and words[1].lower() in _ARTICLES:
        # ", bringing the season's total to 63": a participle and its object, no subject.
        return None
    articles = [
        index
        for index, word in enumerate(words[1:], 1)
        if word.lower() in ("the", "a", "an")
        # Not after a preposition or a participle ("offences involving a gun").
        and words[index - 1].lower() not in COUNTED_PHRASE_STOPS
        and not words[index - 1].lower().endswith(("ing", "ed"))
    ]
    if articles and articles[-1] < len(words) - 1:
        # "told senators the company's net prices had fallen": a new noun phrase opens at its article.
        words = words[articles[-1] + 1 :]
        if len(words) > 1 and words[0].endswith(("'s", "’s")):
            words = words[1:]
    clause_start = max(
        (index for index, word in enumerate(words[:-1]) if word.lower() in _CONJUNCTIONS), default=-1
    )
    if clause_start >= 0:
        # "'Spectacular rebound' as French economy swells": the clause the conjunction opens.
        words = words[clause_start + 1 :]
    if "that" in words[:-1]:
        # "told the legislature that health-care spending will rise": the clause after `that`.
        words = words[len(words) - words[::-1].index("that") :]
    # "estimates showed the number of workers": the subject of the last verb, without its article.
    verbs = [index for index, word in enumerate(words) if word.lower() in _CLAUSE_VERBS]
    auxiliary = next((index for index, word in enumerate(words) if word.lower() in _AUXILIARIES), None)
    if auxiliary:
        # "Two-year waits have fallen … and were 26% lower": the subject ends at its verb.
        words = words[:auxiliary]
        verbs = []
    while len(words) > 1 and words[-1].lower() in ("to", "and", "that"):
        # "The province expects revenue to grow": the infinitive's subject.
        words = words[:-1]
    if verbs:
        words = words[verbs[-1] + 1 :]
        while len(words) > 1 and words[0].lower() in _ARTICLES:
            words = words[1:]
    if not words:
        return None
    # "offences involving a gun have increased": the offences, defined by the clause after them.
    phrase = DEFINING_CLAUSE.sub("", " ".join(words)) or " ".join(words)
    last_word = phrase.lower().split()[-1]
    if (last_word in _MEASURES_OF and subject["preposition"] == "of") or (
        # "The figure for dangerous driving offences increased": what the figure is for.
        last_word in ("figure", "figures") and subject["preposition"] == "for"
    ):
        # "the number of police officers had fallen": what the number is of, without what places it
        # ("visits to emergency departments", "black men between the ages of 15 and 29").
        counted = DEFINING_CLAUSE.sub("", subject["modifier"]).split()
        while len(counted) > 1 and counted[0].lower() in _ARTICLES:
            counted = counted[1:]
        end = next(
            (
                index
                for index, word in enumerate(counted)
                if word.lower() in COUNTED_PHRASE_STOPS
                and not (
                    word.lower() in ("or", "and")
                    and joins_adjectives(
                        counted[index - 1].lower(),
                        index,
                        counted[index + 1] if index + 1 < len(counted) else None,
                    )
                )
            ),
            0,
        )
        counted = counted[: end or len(counted)]
        while len(counted) > 1 and counted[-1].lower().endswith("ed"):
            # "the total number of murders recorded was 21,022": the murders.
            counted = counted[:-1]
        phrase = " ".join(counted)
    words = phrase.split()
    if "from" in words[1:-1]:
        # "The death toll from floods in the north has risen": where the figure comes from frames it.
        words = words[: words.index("from", 1)]
    if (
        len(words) > 2
        and words[-2].lower() in ("this", "last", "next")
        and words[-1].lower() in _PERIOD_WORDS
    ):
        # "Thefts this year are 44 … above last year": the period is no part of what is counted.
        words = words[:-2]
    while len(words) > 1 and words[-1].lower() in _PLACE_PREPOSITIONS:
        # "opioid overdose deaths outside of New York City declined": where they were, not what.
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in _TRAILING_ADVERBS:
        # "The figure also grew", "Sexual assault also increased".
        words = words[:-1]
    # "Total employment fell by 3,300": a total of something named.
    named_total = len(words) > 1 and words[0].lower() == "total"
    while not named_total and len(words) > 1 and words[0].lower() in _LEADING_ADVERBS:
        # "Overall drug overdose death rates increased": the adverb is not part of the subject.
        words = words[1:]
    if (
        (
            named_total
            or words[0].lower() not in COUNTED_PHRASE_STOPS
            # "daily average exports increased": before a noun, a word of frequency is its adjective.
            or (len(words) > 1 and words[0].lower() in _FREQUENCY_ADJECTIVES)
        )
        and " ".join(words).lower() not in _SELF_REFERENCES
        # "The number waiting rose": the statistic itself, of nothing named.
        and (named_total or words[0].lower() not in _SELF_REFERENCES)
        # "We'll reach 1.7C": a pronoun with its verb.
        and not _CONTRACTION.search(words[0])
    ):
        return " ".join(words)
    return None


def _antecedent(words: list[str]) -> str | None:
    """The noun phrase a relative pronoun refers to: the words before it after the last function word or verb."""
    stop = max(
        (
            index
            for index, word in enumerate(words)
            if word.lower() in COUNTED_PHRASE_STOPS or word.lower() in _CLAUSE_VERBS
        ),
        default=-1,
    )
    words = words[stop + 1 :]
    if not words or " ".join(words).lower() in _SELF_REFERENCES or words[-1].lower() in NOT_COUNTED:
        return None
    return " ".join(words)
