"""The counted thing: the noun phrase a figure counts, measures or is an amount of.

Read after the figure first (`40 percent of households`, `$45 million settlement`), else before it
(`Homicides ... dropped to 143`, `Of the cases, 61`), else carried from the previous figure.
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set
from app.extract.numbers import WORD_NUMBER, Found
from app.extract.units import BARE_UNITS, MEASURE_UNITS, TIME_UNITS, measure_unit

__all__ = [
    "COMMON_VERBS",
    "COUNTED_PHRASE_STOPS",
    "GROUP_NOUNS",
    "NOT_A_STATISTIC",
    "counts_before",
    "noun_phrase",
    "statistic_counts",
]

# A capitalised subject followed by a lowercase verb: the sentence goes on after the counted noun
# (a headline goes on with a preposition: "Two Men Sentenced for Fraud").
_SENTENCE_SUBJECT = re.compile(
    r"\s+(?!(?:for|of|in|on|at|to|from|with|by|after|over|into|amid|as)\b)[a-z]{2,}\b"
)
_NP_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")
_NP_SKIP = re.compile(
    r"\s+(?:of\s+(?:(?:the|all|its|those|these|their|our|his|her|a|an|such|this|last|next)\s+)?"
    r"|(?:the|all|its|those|these|their|our|his|her)\s+)?",
    re.IGNORECASE,
)
COUNTED_PHRASE_STOPS: frozenset[str] = word_set("counted_phrase_stops.txt")
COMMON_VERBS: frozenset[str] = word_set("common_verbs.txt")
_LY_NOUNS: frozenset[str] = word_set("ly_nouns.txt")
GROUP_NOUNS: frozenset[str] = word_set("group_nouns.txt")
# Pronouns that count what the previous figure counted ("61 of them").
_PRONOUN_COUNTS: frozenset[str] = word_set("pronoun_counts.txt")
# What statistic_counts returns for a figure that is not a statistic after all.
NOT_A_STATISTIC = "\x00skip"
# "$18.5 million for street repairs", "spent $1.1 billion on acquisitions": what the money pays for.
_FOR_WHAT = re.compile(
    r"\s+(?:for|on)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|each|every|average)\b)(?=[a-z])"
)
_IN_WHAT = re.compile(
    r"\s+in\s+(?!(?:the|a|an|its|their|his|her|our|this|that|fiscal|each|every|morning|afternoon|evening|midday"
    r"|overnight|early|late|trading|premarket|after-hours)\b)(?=[a-z])"
)
_TIME_ADVERBS: frozenset[str] = word_set("time_adverbs.txt")
_LEADING_POSSESSIVE = re.compile(
    r"[A-Za-z]+['’]s\s+(?:(?:about|roughly|nearly|almost|around|approximately|some)\s+)?(?:\d[\d,.]*\s+)?"
)
_PLURAL = re.compile(r"[a-z]{3,}[^s]s$")
_PLURAL_AFTER_ADVERB = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{3,}[^s\W]s\b")
_SUBJECT_OPENING = (
    r"(?:^[^\w\n]*|[.;:]\s+|,\s+|\s[-–—]{1,2}\s+"
    # "Figures show the jobless rate is now …": a clause reported by a verb of showing or saying.
    r"|\b(?:shows?|showed|said|says|found|finds|revealed|reveals|suggests?|suggested|indicated?s?)\s+)"
    r"(?:(?:and|but|while|whereas|that)\s+)?"
    r"(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Hh]is\s+|[Hh]er\s+|[Oo]ur\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Za-z]+['’]s\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)"
    r"(?:\s+(?P<preposition>in|at|of|for|on|among|about|worth|with|from|under|over|above|below|across|during|to)"
    r"\s+(?P<modifier>[^,;]{1,60}?))?\s+"
)
_SUBJECT_VERB = re.compile(
    _SUBJECT_OPENING
    + r"(?:(?:has|have|had)\s+|(?:would|will|could|may|might)\s+(?:have\s+)?"
    r"|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:going\s+to\s+)?)?(?:[a-z]+ly\s+)?"
    r"(?:risen|fallen|grown|shrunk|closed|rose|fell|dropped|declined|increased|decreased|"
    r"climbed|grew|jumped|surged|plunged|totaled|totalled|reached|hit|remained|stood|numbered|swelled|topped|"
    r"soared|doubled|tripled|averaged|fall|rise|grow|drop|decline|increase|reach|top|climb|total"
    r"|rising|falling|growing|climbing|increasing|decreasing|dropping|declining|jumping|surging|soaring"
    r"|ballooned|balloon|jump|rises|falls|grows|increases|decreases|jumps|climbs|totals|reaches|hits|remains"
    r"|stands|(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:up|down))\b"
)
# "The jobless rate is now 4.1 percent": the subject of a copula, for a share only (an amount after a
# copula, "The budget is $297 million", names no counted thing of its own).
_SUBJECT_COPULA = re.compile(
    _SUBJECT_OPENING
    + r"(?:(?:is|are|was|were)(?:\s+(?:also|still|now|currently))?(?:\s+at)?"
    r"|(?:would|will|could|may|might)\s+be)\b"
)
_CLAUSE_VERBS = COMMON_VERBS | word_set("reporting_verbs.txt") | {"adding", "saying", "noting", "expects", "expected"}
_LEADING_ADVERBS = frozenset(["overall", "nationwide", "statewide", "also", "still", "now"])
_AUXILIARIES = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would"])
_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
_OF_THE_GROUP = re.compile(r"\b[Oo]f\s+(?:the|those|these|all)\s+(?P<np>[a-z][\w'’ -]{1,40}?),\s*$")
_NOUN_OF = re.compile(r"\b(?P<np>[a-z][a-z-]{2,})\s+of\s+$")
_NOT_COUNTED = frozenset(["total", "number", "average", "sum", "tally", "count", "rate", "share", "percent"])
_DURATION_AFTER = re.compile(r"\s+(?:earlier|later|ago|before|after|prior|from\s+now)\b")
_DURATION_BEFORE = re.compile(
    r"\b(?:in|over|within|during|past|last|next|first|coming|previous|the\s+past|the\s+last|the\s+next|the\s+first)\s+$",
    re.IGNORECASE,
)
# No unit, or a unit of time: what leaves a small bare number counting nothing.
_NO_MEASURE = frozenset([None, *TIME_UNITS])
# "the 12 months to June", "the six weeks since the storm": a period named by its end or start.
_BOUNDED_PERIOD_AFTER = re.compile(r"\s+(?:to|since|ending|ended|through|until|till)\b")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|last|latter|former|final)\s+$", re.IGNORECASE)


_WHOLE_AFTER = re.compile(r"\s+of\b|\s+(?:the|all|its|their|his|her|our|your)\b")
_OF_THE_TOTAL = re.compile(
    rf"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\d,]+|{WORD_NUMBER}|one)\s+(?=[a-z])", re.IGNORECASE
)
_AMONG_AFTER = re.compile(
    r"(?:\s*(?:,|to|and|vs\.?|versus)\s*\d[\d.]*\s*(?:%|percent|per\s+cent))*\s+among\s+(?:the\s+|all\s+)?",
    re.IGNORECASE,
)
_AMONG_LEAD = re.compile(
    r"^(?:[A-Z][\w ]{0,30}?,\s+)?[Aa]mong\s+(?:the\s+|all\s+)?(?P<np>[a-z][\w -]{1,40}?),"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|fell|dropped|declined|increased|decreased|climbed|grew|jumped|surged|plunged|slipped|slid|gained"
    r"|shrank|sank|tumbled|soared|rise|fall|drop|decline|increase|decrease|climb|grow|jump|risen|fallen|grown"
    r"|shrunk|sunk|reached|(?:stood|stands|remained|remains|stayed)\s+at|(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:up|down)"
    r"|rising|falling|growing|climbing|increasing|decreasing|dropping|declining|jumping|surging|soaring"
    r"|ballooned|balloon|jumps|rises|falls|grows|increases|hit|hits|totaled|totalled|totals|reaches|remains)(?:\s+[a-z]+ly)?(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|percentage\s+points?))?(?:\s+(?:by|to))?\s+$",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|will\s+be|would\s+be)(?:\s+(?:now|still|currently|also))?(?:\s+at)?\s+$"
)
# "with drug use up 11 per cent, robbery up 6 per cent": each noun with its own change.
_ABSOLUTE_CHANGE = re.compile(
    r"(?:,\s+(?:with\s+|and\s+)?|\b[Ww]ith\s+|\band\s+)(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)\s+(?:up|down)\s+(?:by\s+)?$"
)
# "Murder rose by 6.9%, and rape by 0.5%": the subject of a clause whose verb is left out.
_GAPPED_SUBJECT = re.compile(
    r",\s+and\s+(?:the\s+number\s+of\s+)?(?P<np>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)\s+by\s+$"
)
# "* Robbery, up 6.4 per cent from 2,511 to 2,671": a list item's label counts all its figures.
_ITEM_LABEL = re.compile(
    r"[^\w\n]*(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?),\s+(?:up|down|rose|fell|increased|decreased)\b"
)
_SUBJECT_REACH = 30
_TRAILING_ADVERBS = frozenset(["also", "still", "now", "already", "again", "too"])
# "The figure grew": the statistic itself, not what it counts.
_SELF_REFERENCES = frozenset(["figure", "figures", "number", "numbers", "total", "tally", "count"])
# "the number of people waiting more than four hours", "people requiring admission": the people are
# counted; the clause after them defines them ("affordable housing units" keeps its adjective).
_DEFINING_CLAUSE = re.compile(
    r"(?:\s+(?:who|that|[a-z]{3,}ing\s+(?:more|less|fewer|longer|over|under|at\s+least|for|\d))"
    r"|(?:(?<=people)|(?<=s))\s+(?:[a-z]{3,}ing|[a-z]{3,}ed|made|taken|held|kept)(?=\s))\b.*$"
)
_LIST_VALUE = re.compile(r"\s*[•*▪·–-]\s*[A-Za-z][\w' -]{0,40}:\s*")
_RESTATED_BEFORE_OF = re.compile(r"\s*\([^()\n]{1,30}\)(?=\s+of\b)|\)(?=\s+of\b)")
_WORTH_OF = re.compile(r"\s+worth\s+of\s+")
# "an 8% hike in the number of patients": the change is in the number of what follows.
_CHANGE_IN = re.compile(
    rf"\s+(?:{'|'.join(word_map('change_nouns.tsv'))})\s+in\s+the\s+(?:number|count)\s+of\s+(?:the\s+)?"
)
# "an unemployment rate of 3.8%": the measure a share is the level of.
_MEASURE_OF = re.compile(r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+$")
_NOT_MEASURE = frozenset(
    [*word_map("change_nouns.tsv"), "total", "share", "average", "majority", "minimum", "maximum", "low", "high",
     "peak", "level", "value", "margin", "target", "rise", "fall", "cut", "excess", "figure", "outcome",
     "turnout", "result", "estimate", "forecast", "drop", "tune", "rest", "half", "part", "proportion", "error"]
)
# "remained at a record low of 3.5%": the subject is that of the verb before the level.
_LEVEL_OF = re.compile(r"(?<=\s)(?:a|an|its|their|the)\s+(?:[\w\"“”'’-]+\s+){0,2}(?:low|high|level|peak)\s+of\s+$")
_AMOUNT_OF = re.compile(r"\b(?P<np>(?:[a-z]{3,}\s+)?[a-z]{3,})\s+of\s+$")
_NOT_AMOUNT_NOUN = frozenset(
    ["total", "sum", "average", "amount", "excess", "tune", "upwards", "range", "value"]
)


def noun_phrase(text: str, position: int, limit: int, money: bool = False) -> tuple[str | None, int]:
    """The counted noun phrase starting at `position` (up to `limit`), and where it ends."""
    skip = _NP_SKIP.match(text, position, limit)
    cursor = skip.end() if skip else position
    possessive = _LEADING_POSSESSIVE.match(text, cursor, limit)
    if possessive:
        # "the nation's 313 control facilities", "the city's general fund"
        cursor = possessive.end()
    words: list[tuple[int, int]] = []
    while len(words) < 6:
        match = _NP_WORD.match(text, cursor, limit)
        if not match:
            break
        word = match[1]
        lowered = word.lower()
        previous = text[words[-1][0] : words[-1][1]].lower() if words else ""
        participle = lowered.endswith(("ed", "ing")) and len(lowered) > 4
        if not words and lowered in ("more", "additional") and text[match.end() : match.end() + 1] == " ":
            # "six more openings": the count is of openings.
            following = _NP_WORD.match(text, match.end(), limit)
            if following and following[1].lower() not in COUNTED_PHRASE_STOPS and following[1][0].islower():
                cursor = match.end()
                continue
        if (
            not words
            and lowered.endswith("ly")
            and lowered not in _LY_NOUNS
            and not _PLURAL_AFTER_ADVERB.match(text, match.end(), limit)
        ):
            # "$600 million of the previously …", "N27.5 trillion initially proposed": no noun follows,
            # as it does in "likely voters" and "publicly financed venues".
            break
        if not words and participle:
            following = _NP_WORD.match(text, match.end(), limit)
            noun_follows = (
                money
                and lowered.endswith("ing")
                and following is not None
                and following[1][0].islower()
                and following[1].lower() not in COUNTED_PHRASE_STOPS
            )
            if not noun_follows and (not following or not _PLURAL.search(following[1].lower())):
                # "61 required hospitalization": a verb, not an adjective as in "registered voters".
                break
        gerund_noun = (
            words
            and lowered.endswith("ing")
            and not _PLURAL.search(previous)
            and previous not in GROUP_NOUNS
            and not previous.endswith(("ed", "ing"))
        )
        # "38 publicly financed venues": an adverb before the participle that modifies the noun.
        after_adverb = len(words) == 1 and previous.endswith("ly") and previous not in _LY_NOUNS
        if lowered in COUNTED_PHRASE_STOPS or (words and participle and not gerund_noun and not after_adverb):
            following = _NP_WORD.match(text, match.end(), limit)
            if (
                lowered == "and"
                and words
                and following
                and following[1].lower() not in COUNTED_PHRASE_STOPS
                and (not previous.endswith("s") or _is_plural_noun(following[1]))
            ):
                # "homes and businesses": two plural nouns counted together.
                words.append(match.span(1))
                cursor = match.end()
                continue
            break
        if word.isupper() and len(word) > 3 and words and not previous.isupper():
            break
        if word[0].isupper() and words and text[words[-1][0]].islower():
            # "package late Sunday": a capitalized word after lowercase ones starts something else.
            break
        if words and (
            lowered in COMMON_VERBS
            or lowered in _TIME_ADVERBS
            or (lowered.endswith("ly") and lowered not in _LY_NOUNS)
        ):
            # "households spends", "children attend": the verb after the counted noun.
            break
        if _PLURAL.search(previous) and word[0].islower() and not lowered.endswith("s"):
            # A plural noun followed by a singular lowercase word: the verb ("renters spend").
            break
        if len(words) >= 2 and _PLURAL.search(lowered) and word[0].islower():
            following = _NP_WORD.match(text, match.end(), limit)
            if following is not None and (
                following[1].lower().endswith("ed")
                or (following[1].lower() in COMMON_VERBS and not following[1].lower().endswith("s"))
            ):
                # "grant program lawmakers approved": a new clause's subject and verb.
                break
        if word.endswith(("'", "’")):
            words.append((match.start(1), match.end(1) - 1))
            break
        words.append(match.span(1))
        cursor = match.end()
        if text[cursor : cursor + 1] not in (" ", ""):
            break
    while words and text[words[-1][0] : words[-1][1]].lower() == "and":
        words.pop()
    if not words:
        return None, position
    phrase = text[words[0][0] : words[-1][1]]
    lowered_phrase = phrase.lower()
    if len(words) == 1 and lowered_phrase.endswith(("ed", "ing")) and len(lowered_phrase) > 4:
        return None, position
    return phrase, words[-1][1]


def _is_plural_noun(word: str) -> bool:
    lowered = word.lower()
    return word[0].islower() and bool(_PLURAL.search(lowered)) and lowered not in COMMON_VERBS


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
    noun_of = _NOUN_OF.search(before)
    if noun_of and noun_of["np"] not in _NOT_COUNTED and noun_of["np"] not in COUNTED_PHRASE_STOPS:
        return noun_of["np"]
    subject = None
    for pattern in (_SUBJECT_VERB, _SUBJECT_COPULA):
        for match in pattern.finditer(before):
            if subject is None or match.end() > subject.end():
                subject = match
    if (
        subject is not None
        and subject.re is _SUBJECT_COPULA
        and not copula
        and not (subject["np"].split()[-1].lower() in ("number", "total", "count") and subject["preposition"] == "of")
    ):
        # "the number of rapes reported was 39 828" counts the rapes; other copulas count only for a share.
        subject = None
    if subject is not None and (reach is None or subject.end() + sentence_start >= stat_start - reach):
        words = subject["np"].split()
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
        phrase = " ".join(words)
        if phrase.lower() in ("number", "total", "count") and subject["preposition"] == "of":
            # "the number of police officers had fallen": what the number is of.
            phrase = _DEFINING_CLAUSE.sub("", subject["modifier"])
        words = phrase.split()
        while len(words) > 1 and words[-1].lower() in _TRAILING_ADVERBS:
            # "The figure also grew", "Sexual assault also increased".
            words = words[:-1]
        # "Total employment fell by 3,300": a total of something named.
        named_total = len(words) > 1 and words[0].lower() == "total"
        while not named_total and len(words) > 1 and words[0].lower() in _LEADING_ADVERBS:
            # "Overall drug overdose death rates increased": the adverb is not part of the subject.
            words = words[1:]
        if (named_total or words[0].lower() not in COUNTED_PHRASE_STOPS) and " ".join(
            words
        ).lower() not in _SELF_REFERENCES:
            return " ".join(words)
    return None


def statistic_counts(
    text: str, found: Found, sentence: tuple[int, int], previous_counts: tuple[int, str] | None
) -> str | None:
    """The counted noun phrase of a figure, None when there is none, or NOT_A_STATISTIC when it is not a statistic."""
    # "nearly two-thirds (66 percent) of those deaths": the restatement in brackets is passed over.
    restated = _RESTATED_BEFORE_OF.match(text, found.end, sentence[1])
    after = restated.end() if restated else found.end
    counts, counts_end = noun_phrase(text, after, sentence[1], money=found.kind == "money")
    if counts is not None and (
        counts.split()[0].lower() in MEASURE_UNITS or measure_unit(counts, 0) not in (None, *TIME_UNITS)
    ):
        # "12 miles of coastline", "9 pounds of fentanyl": the unit measures; the material is counted.
        material = re.match(r"\s+of\s+", text[counts_end : counts_end + 8])
        if material is not None:
            counts, _ = noun_phrase(text, counts_end + material.end(), sentence[1])
        elif counts.split()[0].lower() in BARE_UNITS:
            noun_of = _NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
            counts = noun_of["np"] if noun_of else None
    of_the_total = _OF_THE_TOTAL.match(text, after, sentence[1])
    if counts is None and of_the_total is not None and found.kind == "count":
        # "Eleven of the 12 schools": the part counts what the whole counts.
        counts, _ = noun_phrase(text, of_the_total.end(), sentence[1])
    if counts is None and re.match(
        r"\s+of\s+(?:them|those|these|whom|which)\b", text[found.end : found.end + 12]
    ):
        counts = "them"
    worth_of = _WORTH_OF.match(text, found.end, sentence[1]) if found.kind == "money" else None
    if worth_of is not None:
        # "£75 million worth of savings": what the money is worth of.
        counts, _ = noun_phrase(text, worth_of.end(), sentence[1])
    if counts is not None and counts.lower() in _PRONOUN_COUNTS:
        counts = previous_counts[1] if previous_counts and previous_counts[0] >= sentence[0] else None
    after_of = _WHOLE_AFTER.match(text, after) is not None
    if found.kind in ("percent", "fraction") and not after_of:
        # "Fewer than a quarter offer help": a share counts only the whole it is of.
        counts = None
    if found.kind == "fraction" and _ORDINAL_BEFORE.search(text, max(0, found.start - 10), found.start):
        return NOT_A_STATISTIC
    if found.from_words and counts is None and found.kind not in ("fraction", "ratio", "percent"):
        return NOT_A_STATISTIC
    if (
        found.from_words
        and found.kind == "count"
        and counts
        and all(w[0].isupper() for w in counts.split())
        and not (
            not text[sentence[0] : found.start].strip(" \"'“‘")
            and _SENTENCE_SUBJECT.match(text, counts_end, sentence[1])
        )
    ):
        # "Three Rivers", "Two Men Sentenced": a name or a headline, not a count; but "Twenty-two
        # Republicans voted" opens a sentence that goes on in lowercase.
        return NOT_A_STATISTIC
    if counts and counts.split()[0].lower() in TIME_UNITS and found.kind == "count":
        if found.qualifier in ("past", "over", "under"):
            return NOT_A_STATISTIC
        before = text[max(0, found.start - 12) : found.start]
        if _DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, found.end + len(counts) + 1):
            return NOT_A_STATISTIC
        if before.lower().endswith("the ") and _BOUNDED_PERIOD_AFTER.match(text, found.end + len(counts) + 1):
            return NOT_A_STATISTIC
    if counts is None and found.kind in ("count", "range") and found.unit != "percent":
        noun_of = _NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
        if noun_of and noun_of["np"] not in _NOT_COUNTED and noun_of["np"] not in COUNTED_PHRASE_STOPS:
            counts = noun_of["np"]
        elif previous_counts is not None and previous_counts[0] >= sentence[0]:
            counts = previous_counts[1]
        else:
            counts = counts_before(text, sentence[0], found.start)
    if (
        counts is None
        and found.kind == "count"
        and not found.qualifier
        and found.value < 1000
        and measure_unit(text, found.end) in _NO_MEASURE
        # "• injured: 165": a list item's value, labelled by what it counts.
        and _LIST_VALUE.fullmatch(text, sentence[0], found.start) is None
    ):
        # A small bare number counts nothing, unless a measure says what it is ("1.5°C", "6ft").
        return NOT_A_STATISTIC
    if counts is None and found.kind == "percent":
        counts = _percent_counts(text, found, sentence)
    if counts is None and found.kind == "money":
        in_what = _IN_WHAT.match(text, found.end, sentence[1])
        if in_what is not None:
            # "$2.3 million in overtime", "$18,400 in cash": what the money is in.
            counts, _ = noun_phrase(text, in_what.end(), sentence[1])
            if counts is not None and (
                counts.split()[0].lower() in TIME_UNITS or counts.lower() in COUNTED_PHRASE_STOPS
            ):
                counts = None
    if (
        counts is None
        and found.kind == "money"
        and found.qualifier != "between"
        and _CHANGE_BEFORE.search(text, max(sentence[0], found.start - 40), found.start)
    ):
        # "Revenue rose 6.4 per cent to $9.8 billion": the new level of what changed.
        counts = counts_before(text, sentence[0], found.start)
    if counts is None and found.kind == "money":
        amount_of = _AMOUNT_OF.search(text, max(sentence[0], found.start - 40), found.start)
        if amount_of is not None:
            words = amount_of["np"].split()
            if words[0] in COUNTED_PHRASE_STOPS or words[0] in COMMON_VERBS:
                words = words[1:]
            if words and words[-1] not in _NOT_AMOUNT_NOUN and words[-1] not in COUNTED_PHRASE_STOPS:
                counts = " ".join(words)
    if counts is None and found.kind == "money":
        for_what = _FOR_WHAT.match(text, found.end, sentence[1])
        if for_what is not None:
            counts, _ = noun_phrase(text, for_what.end(), sentence[1])
            if counts is not None and counts.split()[0].lower() in TIME_UNITS:
                counts = None
    if counts is None and found.kind != "money":
        label = _ITEM_LABEL.match(text, sentence[0], found.start)
        counts = label["np"] if label else None
    return counts


_COMPARATIVE_AFTER = re.compile(r"\s+(?:larger|higher|lower|smaller|bigger|greater|more|less|fewer)\b")


def _is_named_rate(phrase: str) -> bool:
    words = phrase.lower().split()
    return len(words) > 1 and words[-1] in ("rate", "rates")


def _percent_counts(text: str, found: Found, sentence: tuple[int, int]) -> str | None:
    """`led 48 percent to 44 percent among likely voters`, `Revenue fell 9 percent`, `robbery up 6 per cent`."""
    window = max(sentence[0], found.start - 60)
    absolute = (
        _ABSOLUTE_CHANGE.search(text, window, found.start)
        or _GAPPED_SUBJECT.search(text, window, found.start)
        if text.endswith((" up ", " down ", " by "), window, found.start)
        else None
    )
    if absolute is not None and absolute["np"].split()[0].lower() not in COUNTED_PHRASE_STOPS:
        return _DEFINING_CLAUSE.sub("", absolute["np"])
    among = _AMONG_AFTER.match(text, found.end, sentence[1])
    if among is not None:
        phrase, _ = noun_phrase(text, among.end(), sentence[1])
        if phrase:
            return phrase
    lead = _AMONG_LEAD.match(text[sentence[0] : found.start])
    if lead is not None:
        return lead["np"].strip()
    change_in = _CHANGE_IN.match(text, found.end, sentence[1])
    if change_in is not None:
        phrase, _ = noun_phrase(text, change_in.end(), sentence[1])
        if phrase:
            return _DEFINING_CLAUSE.sub("", phrase)
    measure = _MEASURE_OF.search(text, max(sentence[0], found.start - 40), found.start)
    if measure is not None:
        words = measure["np"].split()
        while words and words[0].lower() in COUNTED_PHRASE_STOPS:
            words = words[1:]
        last = words[-1].lower() if words else ""
        if (
            words
            and not any(word.lower() in COUNTED_PHRASE_STOPS for word in words)
            and last not in _NOT_MEASURE
            and last not in COMMON_VERBS
            and last not in TIME_UNITS
            and last + "s" not in TIME_UNITS
            and (len(words) > 1 or last not in _NOT_COUNTED)
        ):
            return " ".join(words)
    level = _LEVEL_OF.search(text, max(sentence[0], found.start - 40), found.start)
    position = level.start() if level is not None else found.start
    window = max(sentence[0], position - 20)
    copula = _COPULA_BEFORE.search(text, window, position) is not None
    if copula or _CHANGE_BEFORE.search(text, window, position):
        # "Violent crime has risen by 19 per cent, while offences … have increased by 26 per cent": the
        # subject of the verb right before the figure, not of an earlier clause.
        subject = counts_before(text, sentence[0], position, reach=_SUBJECT_REACH, copula=copula)
        if (
            subject is not None
            and (len(subject.split()) > 1 or subject.lower() not in _NOT_COUNTED)
            # After a copula only a named rate is the measure ("the jobless rate is 4%"; "the target is 90%" is not).
            and (
                not copula
                or _CHANGE_BEFORE.search(text, window, position)
                or _is_named_rate(subject)
                or _COMPARATIVE_AFTER.match(text, found.end)
            )
        ):
            return subject
    return None
