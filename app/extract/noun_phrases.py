"""The noun phrase a figure is followed by: its words up to a verb, an adverb or a function word
(`40 people spoke` → `people`; `the $5 million grant program lawmakers approved` → `grant program`)."""

from __future__ import annotations

import re

from app.extract.lexicon import word_set

__all__ = [
    "COMMON_VERBS",
    "COUNTED_PHRASE_STOPS",
    "DEFINING_CLAUSE",
    "GROUP_NOUNS",
    "joins_adjectives",
    "noun_phrase",
]

# A word, or an abbreviation written with periods ("U.S. tornadoes").
_NP_WORD = re.compile(r"\s*((?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)")

_NP_SKIP = re.compile(
    r"\s+(?:of\s+(?:(?:the|all|its|those|these|their|our|his|her|a|an|such|this|last|next)\s+)?"
    r"|(?:the|all|its|those|these|their|our|his|her)\s+)?",
    re.IGNORECASE,
)

COUNTED_PHRASE_STOPS: frozenset[str] = word_set("counted_phrase_stops.txt")

COMMON_VERBS: frozenset[str] = word_set("common_verbs.txt")

_LY_NOUNS: frozenset[str] = word_set("ly_nouns.txt")
_ADJECTIVAL_PARTICIPLES: frozenset[str] = word_set("adjectival_participles.txt")

GROUP_NOUNS: frozenset[str] = word_set("group_nouns.txt")

_ACTOR_NOUNS: frozenset[str] = word_set("actor_nouns.txt")

_TIME_ADVERBS: frozenset[str] = word_set("time_adverbs.txt")

_LEADING_POSSESSIVE = re.compile(
    r"[A-Za-z]+['’]s\s+(?:(?:about|roughly|nearly|almost|around|approximately|some)\s+)?(?:\d[\d,.]*\s+)?"
)

# An -s plural; "serious" and "previous" are adjectives.
_PLURAL = re.compile(r"(?![a-z]*ous$)[a-z]{3,}[^s]s$")

# Plurals without an -s: a lowercase word after one is its verb ("134,600 people ride").
_UNMARKED_PLURALS = frozenset(["people", "children", "men", "women"])

_DIGIT_AFTER = re.compile(r"\s+\d")

_NOUN_LIST = re.compile(r"(?:,\s+[a-z]{3,}[^s\W]s\b)+,?\s+and\s+(?=[a-z])")

_SHORT_PLURALS = frozenset(["ones", "days", "jobs", "beds", "cars", "homes"])

_NUMBER_ADJECTIVES = frozenset(["new", "other", "additional", "more", "further", "extra"])
# Capitalized words ending in a plural: "Food Parks", "Labour MPs".
_PLURAL_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*s\b")

_PREPOSITION_AFTER = re.compile(r"\s+(?:in|by|at|on|during|since|across|within|between|from)\b")

_PLURAL_AFTER_ADVERB = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{3,}[^s\W]s\b")

# "the number of people waiting more than four hours", "people requiring admission": the people are
# counted; the clause after them defines them ("affordable housing units" keeps its adjective).
DEFINING_CLAUSE = re.compile(
    r"(?:\s+(?:who|that|[a-z]{3,}ing\s+(?:more|less|fewer|longer|over|under|at\s+least|for|\d))"
    # After a plural ("offences involving a gun"), not after "gross" or "serious".
    r"|(?:(?<=people)|(?<=[^s]s)(?<!ous))\s+(?:[a-z]{3,}ing|[a-z]{3,}ed|made|taken|held|kept)(?=\s))\b.*$"
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
        # "cost-of-living", "long-awaited": a hyphenated compound is an adjective, not a verb.
        participle = lowered.endswith(("ed", "ing")) and len(lowered) > 4 and "-" not in lowered
        if lowered.endswith(("n't", "n’t")):
            # "342,000 weren't working": a verb.
            break
        if (
            not words
            and lowered in ("more", "fewer", "additional")
            and text[match.end() : match.end() + 1] == " "
        ):
            # "six more openings", "nine fewer deaths": the count is of openings, of deaths.
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
            # "59 suspected drug deaths": a participle used as an adjective opens a compound noun.
            noun_follows = noun_follows or (
                lowered in _ADJECTIVAL_PARTICIPLES
                and following is not None
                and following[1][0].islower()
                and following[1].lower() not in COUNTED_PHRASE_STOPS
            )
            if not noun_follows and (
                not following
                # "16 working days": a short plural of time is a noun too.
                or not (_PLURAL.search(following[1].lower()) or following[1].lower() in _SHORT_PLURALS)
            ):
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
            if lowered == "or" and joins_adjectives(
                previous, len(words), following[1] if following else None
            ):
                # "improper or fraudulent state payments": two adjectives of one noun.
                words.append(match.span(1))
                cursor = match.end()
                continue
            break
        if word.isupper() and len(word) > 3 and words and not previous.isupper():
            break
        if (
            word[0].isupper()
            and words
            and text[words[-1][0]].islower()
            # "185,563 Asian and Pacific tourists": two capitalized adjectives joined by "and".
            and not (previous == "and" and len(words) > 1 and text[words[-2][0]].isupper())
            # "five new Food Parks": an adjective of number alone is no phrase; the name it counts follows.
            and not (
                len(words) == 1
                and previous in _NUMBER_ADJECTIVES
                and _PLURAL_NAME.match(text, match.start(1))
            )
        ):
            # "package late Sunday": a capitalized word after lowercase ones starts something else.
            break
        if words and lowered in ("ages", "aged", "age") and _DIGIT_AFTER.match(text, match.end()):
            # "voters ages 65 and older": the voters, defined by their age.
            break
        if words and (
            lowered in COMMON_VERBS
            or lowered in _TIME_ADVERBS
            or (lowered.endswith("ly") and lowered not in _LY_NOUNS)
        ):
            # "households spends", "children attend": the verb after the counted noun.
            break
        if (
            (_PLURAL.search(previous) or previous in _UNMARKED_PLURALS)
            and word[0].islower()
            and not lowered.endswith("s")
        ):
            # A plural noun followed by a singular lowercase word: the verb ("renters spend").
            break
        if (
            len(words) >= 2
            and _PLURAL.search(lowered)
            and word[0].islower()
            # "oil producing nations agreed": the participle is the plural noun's adjective.
            and not previous.endswith(("ing", "ed"))
            # "2,300 homes and businesses damaged": the second of two nouns joined by "and".
            and previous != "and"
        ):
            following = _NP_WORD.match(text, match.end(), limit)
            if (
                following is not None
                and (
                    # "three key interest rates unchanged": an un- adjective, no verb.
                    (following[1].lower().endswith("ed") and not following[1].lower().startswith("un"))
                    or (following[1].lower() in COMMON_VERBS and not following[1].lower().endswith("s"))
                )
                # "29,913 domestic abuse incidents reported in 2017": a participle, the noun's own; but
                # "the grant program lawmakers approved in June": people who act, a clause of their own.
                and not (
                    following[1].lower().endswith("ed")
                    and lowered not in _ACTOR_NOUNS
                    and _PREPOSITION_AFTER.match(text, following.end(), limit)
                )
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
    single_plural = len(words) == 1 and _PLURAL.search(text[words[0][0] : words[0][1]].lower())
    listed = _NOUN_LIST.match(text, words[-1][1], limit) if single_plural else None
    if listed is not None:
        # "3,500 firefighters, troops and civil protection officers": a list of what is counted.
        last, last_end = noun_phrase(text, listed.end(), limit)
        if last is not None:
            words.append((last_end - len(last), last_end))
    phrase = text[words[0][0] : words[-1][1]]
    lowered_phrase = phrase.lower()
    if len(words) == 1 and lowered_phrase.endswith(("ed", "ing")) and len(lowered_phrase) > 4:
        return None, position
    return phrase, words[-1][1]


def joins_adjectives(previous: str, words_before: int, following: str | None) -> bool:
    """Whether an `or` after `previous`, the phrase's only word so far, joins two adjectives of one noun."""
    return (
        words_before == 1
        and following is not None
        and following[0].islower()
        and following.lower() not in COUNTED_PHRASE_STOPS
        # "cash or checks": two nouns, not two adjectives.
        and not _PLURAL.search(following.lower())
        and not _PLURAL.search(previous)
        and previous not in _UNMARKED_PLURALS
    )


def _is_plural_noun(word: str) -> bool:
    lowered = word.lower()
    return word[0].islower() and bool(_PLURAL.search(lowered)) and lowered not in COMMON_VERBS
