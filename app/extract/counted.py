"""The counted thing: the noun phrase a figure counts, measures or is an amount of.

Read after the figure first (`40 percent of households`, `$45 million settlement`), else before it
(`Homicides ... dropped to 143`, `Of the cases, 61`, see `subjects`), else carried from the previous figure.
"""

from __future__ import annotations

import re

from app.extract.bare_numbers import NO_MEASURE, NOT_A_STATISTIC, bare_number_counts
from app.extract.dates import MONTH_NAME
from app.extract.levels_named_before import level_named_before
from app.extract.lexicon import word_map, word_set
from app.extract.material_counts import PLACED, material_counts
from app.extract.money_counts import IN_WHAT, money_for_what, money_in_what, money_of_what
from app.extract.noun_phrases import COMMON_VERBS, COUNTED_PHRASE_STOPS, GROUP_NOUNS, noun_phrase
from app.extract.number_words import WORD_NUMBER
from app.extract.numbers import Found
from app.extract.shares import percent_counts
from app.extract.subjects import CHANGE_BEFORE, NOT_COUNTED, NOUN_OF, counts_before
from app.extract.table_rows import table_row_label
from app.extract.units import MEASURE_UNITS, TIME_UNITS, measure_end, measure_unit
from app.extract.verb_objects import object_of_change

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

# Pronouns that count what the previous figure counted ("61 of them").
_PRONOUN_COUNTS: frozenset[str] = word_set("pronoun_counts.txt")

_FIGURE_NOUNS: frozenset[str] = word_set("figure_nouns.txt")

# "an increase of 33": the figure is a change of what the sentence counted before it.
_CHANGE_NOUNS: frozenset[str] = frozenset(word_map("change_nouns.tsv"))


_RESTATED_AS_SHARE = re.compile(
    rf",?\s+or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?:\d[\d.]*|{WORD_NUMBER})[\s-]*(?:%|per\s*cent\b|percent\b),?",
    re.IGNORECASE,
)

_MULTIPLIER = re.compile(
    r"\s+times\s+(?:(?:higher|lower|more|less|greater|larger|bigger|smaller|faster|slower)\b|as\b|(?P<whole>the\s+))"
)

_COMPARED_MEASURE_AFTER = re.compile(
    r"\s*(?:square\s+)?[A-Za-z°]+(?:\s+(?:Celsius|Fahrenheit))?\s+"
    r"(?:higher|lower|above|below|warmer|colder|hotter|cooler|more|less|taller|shorter|longer)\b"
)

_STREAK_OF = re.compile(
    r"\s+(?:consecutive|straight|successive)\s+(?P<unit>[a-z]+)\s+of\s+(?!(?:the|a|an|this|that)\b)"
)

_PREDICATE_NOUN = re.compile(
    r"(?:\s+of\s+(?:them|those|these|whom))?\s+(?:are|were)\s+(?P<np>(?![a-z]*ous\b)[a-z]+(?:en|[^s\W]s))"
    r"(?=\s*(?:[,.;]|and\b|while\b|$))"
)

_OF_THOSE_WHO = re.compile(r"\s+of\s+(?P<np>those\s+[a-z]{3,}(?:ed|en))\b")

_TO_NEW_LEVEL = re.compile(rf"\s+to\s+(?:\d[\d,.]*|{WORD_NUMBER})(?=\s)", re.IGNORECASE)

_THOSE_AT = re.compile(r"\band\s+(?P<np>those\s+[a-z]{3,}(?:ed|en|ing))\b(?:\s+[a-z]+){0,4}\s+at\s+$")

_DURATION_AFTER = re.compile(r"\s+(?:earlier|later|ago|before|after|prior|from\s+now)\b")

_DURATION_BEFORE = re.compile(
    r"\b(?:in|over|within|during|past|last|next|first|coming|previous|the\s+past|the\s+last|the\s+next|the\s+first)\s+$",
    re.IGNORECASE,
)


# "the 12 months to June", "the six weeks since the storm": a period named by its end or start.
_BOUNDED_PERIOD_AFTER = re.compile(r"\s+(?:to|since|ending|ended|through|until|till)\b")

_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|last|latter|former|final)\s+$", re.IGNORECASE)

_WHOLE_AFTER = re.compile(r"\s+of\b|\s+(?:the|all|its|their|his|her|our|your)\b")

_OF_THE_TOTAL = re.compile(
    rf"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\d,]+|{WORD_NUMBER}|one)\s+(?=[a-z])", re.IGNORECASE
)

# "* Robbery, up 6.4 per cent from 2,511 to 2,671": a list item's label counts all its figures.
_ITEM_LABEL = re.compile(
    r"[^\w\n]*(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?),\s+(?:up|down|rose|fell|increased|decreased)\b"
)


# "(€1.5bn) for government spending": a restatement in brackets before what the money is for.
_RESTATED_BEFORE_OF = re.compile(
    r"\s*\([^()\n]{1,30}\)(?=\s+(?:of|in|for|on)\b)|\)(?=\s+of\b)"
    # "a FJ$4.8 billion (approx. US$2b) spending package": an amount restated in another currency.
    r"|\s*\((?:approx\.|about|around|approximately|roughly|some)?\s*(?:[A-Z]{0,3}\$|€|£|¥|₹|Rs\.?\s?)"
    r"[\d.,]+\s*(?:[mb]n?|million|billion|trillion)?\)(?=\s+[a-z])"
)

# "62 percent of the total", "20.4 percent of the country's total exports"
_PLURAL_END = re.compile(r"[a-z]{2}[^s\W]s$")

_SHARE_OF_TOTAL = re.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[A-Za-z]+['’]s\s+)?total\b(?!\s+of\b)")

_SPENT_ON = re.compile(r"\b(?:spent|spend|spends|spending|cost|costs|costing)\s+$", re.IGNORECASE)

_MONTH = re.compile(MONTH_NAME, re.IGNORECASE)

_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\b")

_RESPECTIVELY = re.compile(r",?\s+respectively\b")

_DETERMINER_AFTER = re.compile(r"\s+(?:the|its|their|his|her|our)\s")

_AMOUNT_OF = re.compile(r"\b(?P<np>(?:[a-z]{3,}\s+)?[a-z]{3,})\s+of\s+$")

# "hit a record of £590 million" names no amount of its own ("a record high of $125.85" keeps its noun, as blind7 reads it).
_LEVEL_NOUNS = frozenset(["record"])

# "of a record 2.4 million", "of the estimated 3,000": a whole written as a figure after one adjective.
_WHOLE_FIGURE = re.compile(
    r"\s+of\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?=\s+[a-z])"
)

_NOT_AMOUNT_NOUN = frozenset(
    ["total", "sum", "average", "amount", "excess", "tune", "upwards", "range", "value"]
)


def statistic_counts(
    text: str, found: Found, sentence: tuple[int, int], previous_counts: tuple[int, str] | None
) -> str | None:
    """The counted noun phrase of a figure, None when there is none, or NOT_A_STATISTIC when it is not a statistic."""
    multiplier = _MULTIPLIER.match(text, found.end, sentence[1]) if found.kind == "count" else None
    if multiplier is not None:
        # "25 times higher", "ten times the population of Scotland": a ratio, of the whole it names.
        found.kind = "ratio"
        return noun_phrase(text, multiplier.end(), sentence[1])[0] if multiplier["whole"] else None
    predicate = _PREDICATE_NOUN.match(text, found.end, sentence[1]) if found.kind == "count" else None
    if predicate is not None:
        # "Of the total we lost, 23 are men and 40 are women", "Ten of them were children": what they are.
        return predicate["np"]
    row_label = table_row_label(text, found.start) if found.kind == "count" else None
    if row_label is not None:
        # "VVD 33 (41)" among other rows: a results table, each figure counting its row's label.
        return row_label
    # "nearly two-thirds (66 percent) of those deaths": the restatement in brackets is passed over.
    restated = _RESTATED_BEFORE_OF.match(text, found.end, sentence[1])
    after = restated.end() if restated else found.end
    counts, counts_end = noun_phrase(text, after, sentence[1], money=found.kind == "money")
    if (
        counts is not None
        and found.kind in ("count", "money", "percent")
        and _DETERMINER_AFTER.match(text, after)
    ):
        # "less than the 392 the year before": a noun after an article is not the figure's own.
        counts = None
    if (
        counts is not None
        and found.kind == "money"
        and _SPENT_ON.search(text, max(sentence[0], found.start - 12), found.start)
        and counts.split()[0].lower().endswith("ing")
    ):
        # "spent about $387-million battling fires": what the money did, not what it is.
        counts = None
    if counts is not None and (counts.lower() in _FIGURE_NOUNS or _MONTH.fullmatch(counts)):
        # "over the 600,000 mark", "34% of April 2023": the figure names itself, or a month.
        counts = None
    if counts is not None and (
        counts.split()[0].lower() in MEASURE_UNITS or measure_unit(counts, 0) not in (None, *TIME_UNITS)
    ):
        counts = material_counts(text, found, sentence, counts, after, counts_end)
        if counts == PLACED:
            return None
    streak = _STREAK_OF.match(text, found.end, sentence[1]) if found.kind == "count" else None
    if streak is not None and streak["unit"].lower() in TIME_UNITS:
        # "eighteen consecutive months of deceleration": a streak of the thing repeated, in months. (The
        # ruling's "18 hours of testimony" → testimony is not followed: blind and blind7 count the hours.)
        repeated, _ = noun_phrase(text, streak.end(), sentence[1])
        if repeated is not None and repeated.split()[0].lower() not in TIME_UNITS:
            found.unit = streak["unit"].lower()
            counts = repeated
    if (
        counts is None
        and found.kind == "count"
        and measure_unit(text, found.end) not in NO_MEASURE
        and _COMPARED_MEASURE_AFTER.match(text, found.end)
    ):
        # "sea surface temperatures were 0.51 degrees Celsius higher than …": the subject compared.
        counts = counts_before(text, sentence[0], found.start, copula=True)
    share_of_total = _SHARE_OF_TOTAL.match(text, after, sentence[1]) if counts is None else None
    if share_of_total is not None and found.kind in ("percent", "fraction"):
        # "62 percent of the total", "over 60 per cent of total transactions": a share of a total.
        named, _ = noun_phrase(text, share_of_total.end(), sentence[1])
        last = named.split()[-1].lower() if named else ""
        # "of the total cast": a participle, not the thing totalled.
        named_total = named is not None and last not in COMMON_VERBS and not last.endswith("ed")
        counts = f"total {named}" if named_total else "total"
    of_the_total = _OF_THE_TOTAL.match(text, after, sentence[1])
    if counts is None and of_the_total is not None and found.kind == "count":
        # "Eleven of the 12 schools": the part counts what the whole counts.
        counts, _ = noun_phrase(text, of_the_total.end(), sentence[1])
    those = _OF_THOSE_WHO.match(text, found.end, sentence[1]) if counts is None else None
    if those is not None and (found.kind in ("percent", "fraction") or found.unit == "percent"):
        # "80 to 90 per cent of those apprehended": the people the participle names.
        return those["np"]
    if counts is None and re.match(
        r"\s+of\s+(?:them|those|these|whom|which)\b", text[found.end : found.end + 12]
    ):
        counts = "them"
    if found.kind == "money":
        # "a further £557 million of funding", "£75 million worth of savings".
        counts = money_of_what(text, found, after, sentence, counts)
    if found.kind == "count" and _DIFFERENCE_AFTER.match(text, measure_end(text, found.end)):
        # "458,021 more than the same period last year", "700 million cubic meters more than": a difference.
        return None
    if counts is not None and counts.lower() in _PRONOUN_COUNTS:
        counts = previous_counts[1] if previous_counts and previous_counts[0] >= sentence[0] else None
    after_of = _WHOLE_AFTER.match(text, after) is not None
    whole_figure = (
        _WHOLE_FIGURE.match(text, after) if after_of and found.kind in ("percent", "fraction") else None
    )
    if whole_figure is not None:
        # "90 percent of a record 2.4 million tickets": the whole is a figure, and counts what it counts.
        counts = noun_phrase(text, whole_figure.end(), sentence[1])[0] or counts
    if found.kind in ("percent", "fraction") and not after_of:
        # "Fewer than a quarter offer help": a share counts only the whole it is of.
        counts = None
    if found.kind == "fraction" and _ORDINAL_BEFORE.search(text, max(0, found.start - 10), found.start):
        return NOT_A_STATISTIC
    if (
        found.from_words
        and counts is None
        and found.kind == "count"
        and previous_counts is not None
        and previous_counts[0] >= sentence[0]
    ):
        # "six new deaths — four from Dedza and two from Zomba": a part of the count before, by place.
        counts = bare_number_counts(text, found, sentence, previous_counts[1])
        if counts is NOT_A_STATISTIC:
            counts = None
    if found.from_words and counts is None and found.kind not in ("fraction", "ratio", "percent"):
        new_level = _TO_NEW_LEVEL.match(text, found.end, sentence[1])
        if new_level is None or not text.endswith("from ", sentence[0], found.start):
            return NOT_A_STATISTIC
        # "from four to 14 seats": the earlier level counts what the new one counts.
        counts = noun_phrase(text, new_level.end(), sentence[1])[0]
        if counts is None:
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
    if counts is None:
        # "cut its growth forecast to 3.3 percent", "kept the repo rate unchanged at 6.5 per cent".
        # A bare small number is a level only where a verb changes it ("left the company at 45" is an age).
        bare = found.kind == "count" and found.unit is None and measure_unit(text, found.end) is None
        counts = object_of_change(text, sentence[0], found.start, held=not bare)
        those = (
            _THOSE_AT.search(text, max(sentence[0], found.start - 80), found.start)
            if counts is None
            else None
        )
        if those is not None and found.kind == "count":
            # "put the number of dead at 57 and those injured at 85": the second level of the same verb.
            counts = those["np"]
    restated_share = (
        _RESTATED_AS_SHARE.match(text, found.end, sentence[1])
        if counts is None and found.kind == "count"
        else None
    )
    if restated_share is not None:
        # "a decline of 523 or 13.3 per cent in major crimes": a count restated as a share is a statistic,
        # of what the share is in, else of the sentence's subject.
        in_what = IN_WHAT.match(text, restated_share.end(), sentence[1])
        if in_what is not None:
            return noun_phrase(text, in_what.end(), sentence[1])[0]
        return counts_before(text, sentence[0], found.start, copula=True)
    if counts is None and found.kind in ("count", "range") and found.unit != "percent":
        noun_of = NOUN_OF.search(text, max(sentence[0], found.start - 30), found.start)
        if (
            noun_of
            and noun_of["np"] not in NOT_COUNTED
            and noun_of["np"] not in COUNTED_PHRASE_STOPS
            and noun_of["np"] not in _FIGURE_NOUNS
            and noun_of["np"] not in _CHANGE_NOUNS
        ):
            counts = noun_of["np"]
        elif (
            CHANGE_BEFORE.search(text, max(sentence[0], found.start - 30), found.start)
            and (subject := counts_before(text, sentence[0], found.start, reach=30)) is not None
        ):
            # "23 people died, with their ages ranging from 6 to 93": the subject right before the figure
            # goes before the earlier figure's noun.
            counts = subject
        elif previous_counts is not None and previous_counts[0] >= sentence[0]:
            counts = previous_counts[1]
        elif noun_of is not None and noun_of["np"] in _CHANGE_NOUNS:
            # "The number, an increase of almost 4,000": a change of nothing named in the sentence.
            counts = None
        else:
            counts = counts_before(text, sentence[0], found.start)
    if counts is None and found.kind == "count" and not found.qualifier and found.value < 1000:
        counted_before = (
            previous_counts[1] if previous_counts is not None and previous_counts[0] >= sentence[0] else None
        )
        small = bare_number_counts(text, found, sentence, counted_before)
        if small is not None:
            return small
    if found.kind == "range" and _RESPECTIVELY.match(text, found.end):
        # "milk and eggs increased 9.8 percent and 13.8 percent, respectively": two things, one each.
        return counts
    if counts is None and (found.kind in ("percent", "fraction") or found.unit == "percent"):
        # "fares have risen 43 percent and 81 percent": a share, or a range of shares.
        counts = percent_counts(text, found, sentence)
    if counts is None and found.kind == "money":
        counts = money_in_what(text, after, sentence, found)
    if counts is None and found.kind == "count" and found.value >= 1000:
        # "recorded 1,025,782 in cruise arrivals": a large count of what it is in, when that is a plural.
        counted_in = money_in_what(text, after, sentence)
        counts = counted_in if counted_in and _PLURAL_END.search(counted_in) else None
    if (
        counts is None
        and found.kind == "money"
        and found.qualifier != "between"
        and CHANGE_BEFORE.search(text, max(sentence[0], found.start - 40), found.start)
    ):
        # "Revenue rose 6.4 per cent to $9.8 billion": the new level of what changed.
        counts = counts_before(text, sentence[0], found.start)
    if counts is None and found.kind in ("money", "count"):
        # "rose 12.6 per cent in the first quarter to RM1.41 billion", "commitments totaling $500 million".
        counts = level_named_before(text, found, sentence)
    if counts is None and found.kind == "money":
        amount_of = _AMOUNT_OF.search(text, max(sentence[0], found.start - 40), found.start)
        if amount_of is not None:
            words = amount_of["np"].split()
            if words[0] in COUNTED_PHRASE_STOPS or words[0] in COMMON_VERBS:
                words = words[1:]
            if words and words[-1] in _LEVEL_NOUNS:
                # "revenues hit a record of £590 million": the level of the verb's subject.
                counts = counts_before(text, sentence[0], amount_of.start())
            elif words and words[-1] not in _NOT_AMOUNT_NOUN and words[-1] not in COUNTED_PHRASE_STOPS:
                counts = " ".join(words)
    if counts is None and found.kind == "money":
        counts = money_for_what(text, after, sentence)
    if counts is None and found.kind != "money":
        label = _ITEM_LABEL.match(text, sentence[0], found.start)
        counts = label["np"] if label else None
    return counts
