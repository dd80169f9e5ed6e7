"""Whether the sentence says a figure's quantity changed: `up`, `down` or `none`.

A change word before the figure in its clause ("Sales fell 12% to $4.5 billion", "The city cut 40
jobs", "was unchanged at 2 percent"), or a change noun right after it ("a 12% increase").
"""

from __future__ import annotations

import re

from app.extract.lexicon import word_map, word_set, word_table
from app.extract.numbers import QUALIFIER_WORDS
from app.extract.spans import word_pattern
from app.extract.units import measure_end
from app.models import Change

__all__ = ["figure_change", "is_restatement", "trailing_change"]

_CHANGE_VERBS: dict[str, str] = {
    word: direction for word, (direction, _) in word_table("change_verbs.tsv").items()
}
_USAGE: dict[str, str] = {word: usage for word, (_, usage) in word_table("change_verbs.tsv").items()}
# "is up 3%", "closed down 11.2 percent", "went down": the words after which `up` and `down` say a change.
_ADVERB_AFTER = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "closed",
        "closing",
        "ended",
        "ending",
        "finished",
        "went",
        "go",
        "goes",
        "gone",
        "going",
        "came",
        "come",
        "comes",
        "coming",
        # "sped up to 2.2 per cent", "ticked down to 3.9%": verbs of motion that `up` and `down` complete.
        "sped",
        "speeded",
        "ticked",
        "edged",
        "crept",
        "inched",
        "moved",
        "shot",
        "picked",
    ]
)
# "made up 40 percent": a particle; "robbery up 6 per cent" (right before the figure) is a change.
_PARTICLE_VERBS = word_set("up_down_particle_verbs.txt")
_CAUSATIVE_VERBS = word_set("causative_particle_verbs.txt")
# Words skipped when looking for what stands before `up` or `down` ("are also up").
_ADVERBS = frozenset(["also", "still", "now", "already", "again", "just"])
_CHANGE_NOUNS: dict[str, str] = word_map("change_nouns.tsv")
_WORD = re.compile(r"[A-Za-z]+")
# "a 12% increase", "a 91.4 per cent year-on-year surge": the noun right after, or after one modifier.
_CHANGE_NOUN_AFTER = re.compile(r"\s+([a-z-]+)(?:\s+([a-z]+))?")
# "down from the 2.6 per cent rise", "half the K2,263 million increase": a figure that an article makes the
# modifier of a change noun right after it takes that noun's change, whatever verb came before.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# A clause boundary (besides a comma, see `_comma_clause`): a change word before it describes another quantity.
_CLAUSE_PUNCTUATION = ";:()"
_CLAUSE_WORDS = frozenset(
    [
        "and",
        "but",
        "while",
        "whereas",
        "after",
        "before",
        "when",
        "as",
        "because",
        "since",
        "which",
        "who",
        "that",
        "if",
    ]
)
_HELD_AT = re.compile(
    # "kept the key policy rate unchanged at 22%", "decided to maintain the policy rate at 22 percent".
    r"\b(?:remain|remained|remains|stay|stayed|stays|held|holds|kept|left|stalled|stalls)(?:\s+\w+){0,2}\s+at\s+$"
    # "would remain at 4.2 percent", "remains at an historic low at 3.5%".
    r"|\b(?:remain|remained|remains|stay|stayed|stays)\s+at(?:\s+[\w-]+){0,3}\s+at\s+$"
    r"|\b(?:held|holds|kept|keeps|keep|keeping|left|leaves|maintain|maintained|maintains)(?:\s+\w+){0,4}\s+"
    r"(?:unchanged|steady|constant)\s+at\s+$"
    # "maintained retail inflation at 5.4 pc", "maintain the policy rate at 22 percent".
    r"|\b(?:maintain|maintained|maintains|maintaining)(?:\s+\w+){1,4}\s+at\s+$"
    r"|\b(?:remained|remains|stayed|stays)\s+(?:\w+\s+)?$"
    # "remained at a record low of 3.5%", "maintained its jobless rate of 3.8%": the level held.
    r"|\b(?:remained|remains|stayed|stays|maintained|maintains)(?:\s+[\w\"“”'’-]+){0,4}\s+(?:low|high|level|rate)\s+of\s+$",
    re.IGNORECASE,
)
# Every match of _HELD_AT holds one of these; ASCII text without any needs no search.
_HELD_WORDS = ("remain", "stay", "held", "hold", "kept", "keep", "left", "maintain", "stall")


def _may_hold(window: str) -> bool:
    """Whether `_HELD_AT` can match in `window` (outside ASCII, case folding may match other letters)."""
    if not window.isascii():
        return True
    lowered = window.lower()
    return any(word in lowered for word in _HELD_WORDS)


# "0.8 percent higher than a year earlier": a change; "higher than projected" compares with a plan.
_COMPARED_AFTER = re.compile(
    r"\s+(?P<direction>higher|lower|more|less|fewer|greater|bigger|smaller)\s+(?:than|compared)\b"
    r"(?!\s+(?:projected|expected|forecast|estimated|planned|budgeted|anticipated|predicted|required|needed)\b)",
    re.IGNORECASE,
)
# "6,000 fewer students": a difference; "11 more deaths" is read as more of them, not a change.
_FEWER_AFTER = re.compile(r"\s+(?P<direction>fewer)\s+(?=[a-z])(?!than\b)", re.IGNORECASE)
# "(6.6% more)", "40 percent lower because …": a share followed by a comparative is a change in any case.
_SHARE_COMPARED_AFTER = re.compile(
    r"\s+(?P<direction>higher|lower|more|less|fewer|greater|bigger|smaller)\b"
    r"(?!\s+(?:than\s+)?(?:projected|expected|forecast|estimated|planned|budgeted|anticipated|predicted|required"
    r"|needed|likely)\b)",
    re.IGNORECASE,
)
_PERCENT_ENDINGS = ("%", "percent", "per cent", "pct", "pc")
# "higher than the 94.8 percent in July": comparatives that set a level beside an earlier one, and their direction.
_LEVEL_COMPARATIVES: dict[str, str] = word_map("level_comparatives.tsv")
_UP_WORDS = frozenset(["higher", "more", "greater", "bigger"])
# "759 people …, down from 1,319", "(14,767.7 incidents, up 5.8 per cent)", "1.0%, the same as in
# September": the change stated after the figure, before any other figure.
_TRAILING_CHANGE = re.compile(
    r"[,–—(]\s*(?:(?P<direction>up|down)\s+(?:[a-z]+ly\s+)?(?:from|by|on|[\d$£€¥₹])"
    r"|(?P<none>the\s+same\s+as|unchanged)\b"
    # "95.2 percent, higher than the 94.8 percent in July", "3.3 percent, slower than the 4.4 percent rate",
    # "P55.56 per kilo, slightly lower compared to P55.85": the level set beside an earlier level of it.
    rf"|(?:[a-z]+ly\s+)?(?P<comparative>{word_pattern(_LEVEL_COMPARATIVES)})\s+(?:than|compared\s+(?:to|with))\s+"
    r"(?:the\s+)?(?:[a-z]+\s+)?(?=[\d$£€¥₹]|[A-Z]\d)"
    # "$1,590, which was a five per cent increase", "$1,390 – a 16 per cent increase": the level's change restated.
    r"|(?:which\s+(?:is|was|represents|represented|marks|marked)\s+)?an?\s+(?:[\d.]+|[a-z]+)[\s-]*(?:%|per\s*cent|percent|pc)"
    rf"\s+(?P<noun>{word_pattern(_CHANGE_NOUNS)})\b)",
    re.IGNORECASE,
)
# "an additional $1,900", "another $2.7 million": an amount added; not after `by` (`cut by a further £106m`),
# where the verb gives the direction.
_ADDED_BEFORE = re.compile(
    r"(?<!\bby )(?<!\bby a )(?<!\bby an )\b(?:an?\s+)?(?:additional|extra|another|further)\s+(?:[$£€¥₹₦₱]|[A-Z][a-z]{0,2}\$?\s?)?$"
)
# What ends the stretch a trailing change may cross: a sentence or clause end (not a decimal point).
_TRAILING_STOP = re.compile(r"[;!?]|\.(?!\d)")
_TRAILING_REACH = 140
_WINDOW = 60


# "reserves rose by $5 billion, reaching $16 billion", "a decline in births, reaching a record low of 758,631",
# "debt jumped by 248 percent to have reached the illegal level of K33 billion": the level a change in the clause
# before arrived at.
_REACHING_BEFORE = re.compile(
    r"(?:,\s+(?:reaching|hitting)|\b(?P<infinitive>to\s+(?:have\s+)?reach(?:ed)?))\s+"
    r"(?:(?:an?|the)\s+(?:(?:new|record|all-time|[\w-]+-year|[a-z]+)\s+)??(?:high|low|peak|record|level)\s+of\s+)?$",
    re.IGNORECASE,
)


def figure_change(text: str, sentence_start: int, start: int, end: int, *, counted: bool) -> Change | None:
    """The direction of change the sentence gives the figure at `start:end` (`counted`: it counts a noun)."""
    reaching = _REACHING_BEFORE.search(text, max(sentence_start, start - _WINDOW), start)
    if reaching is not None:
        # "growth is expected to reach 1.87 percent": before an infinitive only a verb says the level changed.
        return _clause_change(text, sentence_start, reaching.start(), verbs_only=bool(reaching["infinitive"]))
    window_start = max(sentence_start, start - _WINDOW)
    clause_start = _comma_clause(text, window_start, start)
    for mark in _CLAUSE_PUNCTUATION:
        clause_start = max(clause_start, text.rfind(mark, window_start, start) + 1)
    window_start = max(window_start, clause_start)
    if _may_hold(text[window_start:start]) and _HELD_AT.search(text, window_start, start):
        return "none"
    words = _WORD.findall(text, window_start, start)
    noun = _CHANGE_NOUN_AFTER.match(text, end)
    if noun is not None and noun[1] in _CHANGE_NOUNS and _ARTICLE_BEFORE.search(text, window_start, start):
        return _direction(_CHANGE_NOUNS[noun[1]])
    if _ADDED_BEFORE.search(text, window_start, start) is not None:
        return "up"
    if len(words) > 1 and words[-1].lower() == "of" and words[-2].lower() in _CHANGE_NOUNS:
        # "an increase of 2,099", "a growth of 0.8%".
        return _direction(_CHANGE_NOUNS[words[-2].lower()])
    for position, word in reversed(list(enumerate(words))):
        lowered = word.lower()
        if lowered in _CLAUSE_WORDS:
            break
        if lowered in _CHANGE_VERBS:
            change = _verb_change(words, position, counted=counted)
            if change is not None:
                return change
            # "adding to the about 23 percent gain": the verb says nothing of the figure; a noun after may.
            break
    # "four 50bp increases": the noun may follow the figure's unit.
    noun = _CHANGE_NOUN_AFTER.match(text, end) or _CHANGE_NOUN_AFTER.match(text, measure_end(text, end))
    for candidate in noun.groups() if noun else ():
        if candidate is not None and candidate.lower() in _CHANGE_NOUNS:
            return _direction(_CHANGE_NOUNS[candidate.lower()])
    # "25% fewer people", "6.9 per cent higher in volume": a share of change; "6,000 fewer students": a
    # difference.
    share = text.endswith(_PERCENT_ENDINGS, start, end)
    compared = (_SHARE_COMPARED_AFTER if share else _FEWER_AFTER).match(text, end)
    if compared is not None:
        return "up" if compared["direction"].lower() in _UP_WORDS else "down"
    # "700 million cubic meters more than the average": the comparison may follow the figure's unit.
    compared = _COMPARED_AFTER.match(text, measure_end(text, end))
    if compared is not None:
        return "up" if compared["direction"].lower() in _UP_WORDS else "down"
    if _BY_BEFORE.search(text, max(sentence_start, start - 30), start):
        return _verb_before_long_object(text, sentence_start, start)
    return None


# "increased its purchasing price for white corn on the local market by 18%": a verb, a long object, then "by".
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+|some\s+)?$"
)


def _verb_before_long_object(text: str, sentence_start: int, start: int) -> Change | None:
    """The change verb whose object runs past the usual window up to the `by` before the figure at `start`."""
    low = max(sentence_start, start - 2 * _WINDOW)
    clause_start = _comma_clause(text, low, start)
    for mark in _CLAUSE_PUNCTUATION:
        clause_start = max(clause_start, text.rfind(mark, low, start) + 1)
    for word in reversed(_WORD.findall(text, clause_start, start)):
        lowered = word.lower()
        if lowered in _CLAUSE_WORDS:
            return None
        if lowered in _CHANGE_VERBS and _USAGE[lowered] != "adverb":
            return _direction(_CHANGE_VERBS[lowered])
    return None


def trailing_change(text: str, end: int, limit: int, sentence_end: int) -> Change | None:
    """The change said after the figure ending at `end`, starting before `limit` (the next figure)."""
    trailing = _TRAILING_CHANGE.search(text, end, min(sentence_end, end + _TRAILING_REACH))
    if (
        trailing is None
        or trailing.start() >= limit
        or _TRAILING_STOP.search(text, end, trailing.start()) is not None
    ):
        return None
    if trailing["noun"]:
        return _direction(_CHANGE_NOUNS[trailing["noun"].lower()])
    if trailing["comparative"]:
        return _direction(_LEVEL_COMPARATIVES[trailing["comparative"].lower()])
    return "none" if trailing["none"] else _direction(trailing["direction"].lower())


def _clause_change(text: str, sentence_start: int, clause_end: int, *, verbs_only: bool) -> Change | None:
    """The direction of the last change verb (or noun) in the clause ending at `clause_end`."""
    clause_start = _comma_clause(text, max(sentence_start, clause_end - 2 * _WINDOW), clause_end)
    for word in reversed(_WORD.findall(text, clause_start, clause_end)):
        lowered = word.lower()
        direction = _CHANGE_VERBS.get(lowered) or (None if verbs_only else _CHANGE_NOUNS.get(lowered))
        if direction is not None:
            return _direction(direction)
    return None


def _comma_clause(text: str, low: int, high: int) -> int:
    """Where the clause after the last comma in `low:high` starts; a comma between digits ("2,511") is none."""
    position = text.rfind(",", low, high)
    while position > low and text[position - 1].isdigit() and text[position + 1 : position + 2].isdigit():
        position = text.rfind(",", low, position)
    return max(position, low - 1) + 1


def _verb_change(words: list[str], position: int, *, counted: bool) -> Change | None:
    lowered = words[position].lower()
    usage = _USAGE[lowered]
    after = [word.lower() for word in words[position + 1 :]]
    if usage == "object" and counted and not after:
        # "declined 500 detainer requests": refused them; "declined by 500" is a decrease.
        return None
    before = position - 1
    while before >= 0 and (words[before].lower() in _ADVERBS or words[before].lower().endswith("ly")):
        before -= 1
    previous = words[before].lower() if before >= 0 else None
    if (
        usage == "adverb"
        and previous is not None
        and previous not in _ADVERB_AFTER
        and (after not in ([], ["by"], ["from"], ["to"]) or previous in _PARTICLE_VERBS)
        and not _is_share_then_level(after)
        # "driving up costs by £94m": the object moved by the figure.
        and not (previous in _CAUSATIVE_VERBS and after[-1:] == ["by"])
    ):
        # "makes up about half": a particle, not a change.
        return None
    if after[:1] == ["to"] and len(after) > 1 and after[1] not in QUALIFIER_WORDS and "from" not in after:
        # "declining to honor 93 requests": an infinitive follows, the figure is its object.
        return None
    return _direction(_CHANGE_VERBS[lowered])


# "spend from Japan up 57 percent to 287 million": the words between `up` and the new level (digits dropped).
_SHARE_WORDS = frozenset(["percent", "per", "cent", "pct", "pc", "percentage", "points", "point"])


def _is_share_then_level(after: list[str]) -> bool:
    """Whether `after` is a share of change, then `to` and at most a qualifier: the figure is the new level."""
    shares = 0
    while shares < len(after) and after[shares] in _SHARE_WORDS:
        shares += 1
    rest = after[shares:]
    return (
        shares > 0
        and rest[:1] == ["to"]
        and all(word in QUALIFIER_WORDS for word in rest[1:3])
        and len(rest) <= 3
    )


def _direction(written: str) -> Change:
    return "up" if written == "up" else "down" if written == "down" else "none"


# "up 9,900 positions, or 2.5 percent", "JD3.47 billion (around $4.9 billion)": the same change restated.
_APPROXIMATELY = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
_RESTATED_AFTER_OR = re.compile(rf"(?:[^\S\n]*\w+){{0,2}}?,?\s+or\s+{_APPROXIMATELY}")
_RESTATED_IN_BRACKETS = re.compile(rf"\s*\(\s*{_APPROXIMATELY}")


def is_restatement(text: str, earlier_end: int, later_start: int, *, same_kind: bool) -> bool:
    """Whether the figure at `later_start` restates the one ending at `earlier_end`: in brackets (another
    currency), or after `or` in another kind of measure (`9,900 positions, or 2.5 percent`)."""
    if _RESTATED_IN_BRACKETS.fullmatch(text, earlier_end, later_start) is not None:
        return True
    return not same_kind and _RESTATED_AFTER_OR.fullmatch(text, earlier_end, later_start) is not None
