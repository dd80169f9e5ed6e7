"""Offices named before a name in phrases no capitalized title run holds.

`minister of tourism Ana Ruiz` (a lowercase office named for its portfolio), `Member of Parliament for
Ajumako-Enyan-Esiam, Ama Owusu` (a seat's holder set off by a comma) and `Cleverly's predecessor Ana Ruiz`
(who held the office before or after someone); `succeeding Ana Ruiz as party leader` (the office the person
succeeded held); `Director of Health` (a portfolio that names the department of it named before);
`Minister for Environment, Climate and Transport Ana Ruiz` (a portfolio listing several areas).
"""

from __future__ import annotations

import re

from app.extract.lexicon import (
    GIVEN_NAMES,
    ORG_HEADS,
    PORTFOLIO_PHRASE_WORDS,
    PORTFOLIO_WORDS,
    POST_NOMINAL_OFFICES,
    TITLE_HEADS,
    word_set,
)
from app.extract.name_tokens import Token
from app.extract.names import UPPER, is_full_name, is_name_like, is_title_head
from app.extract.spans import word_pattern
from app.models import StatedTitle

__all__ = [
    "HEAD_WORDS",
    "office_phrase_before",
    "portfolio_body_named_earlier",
    "portfolio_list_before",
    "portfolio_list_name",
    "title_held_by_predecessor",
    "with_portfolio_list",
]

# Every one-word and many-word title head, longest first, for patterns that end in one.
HEAD_WORDS = "|".join(
    sorted(
        (re.escape(word).replace("\\ ", r"\s+") for word in TITLE_HEADS if "." not in word),
        key=len,
        reverse=True,
    )
)
_PORTFOLIOS = "|".join(sorted(PORTFOLIO_WORDS, key=len, reverse=True))
# "road policing", "health": a portfolio, which a word of a portfolio's phrase may open.
_PORTFOLIO_AREA = (
    rf"(?:(?:{'|'.join(sorted(PORTFOLIO_PHRASE_WORDS, key=len, reverse=True))})\s+)?(?:{_PORTFOLIOS})"
)
# "minister of tourism Ana Ruiz said": a lowercase office named for its portfolio; "secretary of state for
# digital, culture, media and sport X", "Assistant Commissioner for road policing X".
_PORTFOLIO_OF_BEFORE = re.compile(
    r"(?P<title>(?:\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Dd]eputy|[Aa]ssistant|[Jj]unior|[Ss]hadow|then-|ex-)\s+)*"
    r"(?<![\w-])(?i:minister|secretary|director|commissioner|head|chief|spokes(?:man|woman|person)"
    r"|chair(?:man|woman|person)?|under-?secretary|administrator|controller|comptroller)"
    rf"(?:\s+of\s+state)?\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO_AREA}"
    rf"(?:(?:,\s+|,?\s+(?:and|&)\s+){_PORTFOLIO_AREA})*)\s+$"
)
# "leader of the council Ana Ruiz", "deputy speaker of the assembly Tom Hale": a lowercase office of a body
# the text names by its kind.
_LEADER_OF_BODY_BEFORE = re.compile(
    r"(?P<title>(?:\b[Dd]eputy\s+)?(?<![\w-])(?:leader|chair(?:man|woman|person)?|speaker|president|clerk)"
    rf"\s+of\s+the\s+(?:{word_pattern(word_set('led_body_words.txt'))}))\s+$"
)
# "Member of Parliament for Ajumako-Enyan-Esiam, Ama Owusu said", "the MP for Arfon, Hywel Lloyd": a seat's
# holder set off by commas after it.
_SEAT_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<title>(?:(?:[Ff]ormer|[Ss]itting)\s+)?(?:Member\s+of\s+(?:the\s+)?(?:Parliament|Legislative\s+"
    rf"Assembly|Provincial\s+Parliament|National\s+Assembly|House\s+of\s+Assembly)|Member|Senator|Councillor"
    rf"|{'|'.join(sorted(POST_NOMINAL_OFFICES))})"
    rf"\s+for\s+[{UPPER}][\w’'-]*(?:\s+(?:and\s+)?[{UPPER}][\w’'-]*){{0,4}}),\s+$"
)
# "Cleverly's predecessor Ana Ruiz", "his successor, Tom Hale,": who held the office before or after.
_SUCCESSION_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<title>(?:[Hh]is|[Hh]er|[Tt]heir|[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*['’]s)\s+"
    r"(?:immediate\s+)?(?:predecessor|successor)),?\s+$"
)


# "Minister for Environment, Climate, Communications and Transport Ana Ruiz", "The Minister for Housing, Local
# Government and Heritage, Ana Ruiz,": an office whose portfolio lists several areas; the commas break the
# capitalized run, so no run holds the whole title. The list opens on a portfolio.
_LIST_ITEM = rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}}"
_PORTFOLIO_LIST_OFFICE = re.compile(
    rf"(?<![\w’'-])(?P<title>(?:(?:Deputy|Junior|Shadow|Acting|Former|Cabinet)\s+)*(?:Minister|Secretary|MEC)"
    rf"(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?(?P<items>{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*))"
    rf"(?:(?P<closed>,?\s+(?:and|&))|,)\s+$"
)
_CONJUNCTIONS = frozenset(["and", "&"])


def _office_before(text: str, start: int) -> re.Match[str] | None:
    """The list office ending at `start` whose areas are portfolios, not people (`Minister for Health, Ana Ruiz
    and …` lists a person)."""
    office = _PORTFOLIO_LIST_OFFICE.search(text, max(0, start - 120), start)
    if office is None:
        return None
    items = office["items"].split(",")
    if items[0].split()[-1].lower() not in PORTFOLIO_WORDS or any(
        item.split()[0].lower() in GIVEN_NAMES for item in items
    ):
        return None
    return office


def portfolio_list_name(text: str, tokens: list[Token]) -> list[Token] | None:
    """`…, Communications and Transport Ana Ruiz` (a run that ends a portfolio list): the name after the list."""
    office = _office_before(text, tokens[0].start) if len(tokens) >= 3 else None
    if office is None:
        return None
    words = [token.lower for token in tokens]
    if office["closed"] and not is_title_head(tokens[0]):
        last = 0
    elif "and" in words[1:] or "&" in words[1:]:
        # The run holds the list's end: "…, Local Government and Heritage Ana Ruiz".
        last = next(i for i, word in enumerate(words) if i and word in _CONJUNCTIONS) + 1
        # "Minister for Finance, Ana Ruiz and Minister for Health X": a name, then another office.
        if any(token.lower in GIVEN_NAMES for token in tokens[:last]) or (
            last < len(tokens) and is_title_head(tokens[last])
        ):
            return None
    else:
        return None
    # The last area is its first word and any words after it that open no name ("Rural Development"), or that
    # a known given name follows ("Industrial Strategy Kwasi Kwarteng").
    last += 1
    while len(tokens) - last > 2 and (
        tokens[last].lower in PORTFOLIO_WORDS
        or not is_name_like(tokens[last])
        or (tokens[last].lower not in GIVEN_NAMES and tokens[last + 1].lower in GIVEN_NAMES)
    ):
        last += 1
    return tokens[last:] if is_full_name(tokens[last:]) else None


# The last area before a name set off by a comma: "…, Local Government and Heritage, Ana Ruiz".
_LAST_ITEM_THEN_COMMA = re.compile(rf"(?P<last>{_LIST_ITEM}),\s+$")


def with_portfolio_list(
    text: str, tokens: list[Token], split: tuple[list[Token], list[Token]] | None
) -> tuple[list[Token], list[Token]] | None:
    """The run's (title, name) split, or, where the run ends a portfolio list and no office heads the split's
    title (`…, Energy and Industrial Strategy Ana Ruiz`), the list's end and the name after it."""
    if split is not None and any(map(is_title_head, split[0])):
        return split
    name = portfolio_list_name(text, tokens)
    return split if name is None else (tokens[: len(tokens) - len(name)], name)


def portfolio_list_before(text: str, tokens: list[Token], name: list[Token]) -> list[StatedTitle]:
    """The portfolio list office that ends inside the run before the name (`…, Communications and Transport
    Ana Ruiz`) or before the run, set off by a comma (`…, Local Government and Heritage, Ana Ruiz`)."""
    if tokens[0].start < name[0].start:
        listed = portfolio_list_name(text, tokens)
        office = (
            _office_before(text, tokens[0].start) if listed and listed[0].start == name[0].start else None
        )
        end = len(text[: name[0].start].rstrip())
    else:
        last = _LAST_ITEM_THEN_COMMA.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        office = _office_before(text, last.start()) if last is not None else None
        if last is None or office is None or not office["closed"] or "," not in office.group():
            return []
        end = last.end("last")
    if office is None:
        return []
    return [StatedTitle(start=office.start("title"), end=end, text=text[office.start("title") : end])]


def office_phrase_before(
    text: str, window_start: int, start: int, words_before: list[str]
) -> StatedTitle | None:
    """The office phrase that ends just before `start`, where `words_before` (the words of the window) allow one."""
    office = None
    if words_before and words_before[-1].rstrip(",") in ("predecessor", "successor"):
        office = _SUCCESSION_BEFORE.search(text, window_start, start)
    if office is None and {"of", "for"} & set(words_before[-6:]):
        office = (
            _PORTFOLIO_OF_BEFORE.search(text, window_start, start)
            or _LEADER_OF_BODY_BEFORE.search(text, window_start, start)
            or (
                _SEAT_TITLE_BEFORE.search(text, window_start, start)
                if text[start - 2 : start] == ", "
                else None
            )
        )
    if office is None:
        return None
    return StatedTitle(start=office.start("title"), end=office.end("title"), text=office["title"])


# "… before succeeding Ana Ruiz as party leader": the office the person named held before a successor.
_SUCCEEDED_BEFORE = re.compile(
    r"\b(?:succeed(?:ed|ing|s)?|replac(?:ed|ing|es)|ousted|ousting)\s+$", re.IGNORECASE
)
_HELD_AS_AFTER = re.compile(
    r"\s+as\s+(?P<title>(?:(?:the|a|an)\s+)?(?:[\w.&’'-]+\s+){0,4}?[\w’'-]+)"
    r"(?=[,.;:]|\s+(?:in|on|at|after|before|when|last|this|and)\b|$)"
)


def title_held_by_predecessor(text: str, start: int, end: int) -> StatedTitle | None:
    """`succeeding Ana Ruiz as SNP leader`: the office held by the person succeeded."""
    if not _SUCCEEDED_BEFORE.search(text, max(0, start - 20), start):
        return None
    held = _HELD_AS_AFTER.match(text, end)
    if held is None or not any(word.lower() in TITLE_HEADS for word in held["title"].split()):
        return None
    return StatedTitle(start=held.start("title"), end=held.end("title"), text=held["title"])


_LEADING_THE = re.compile(r"^(?:The|A|An)\s+")


def portfolio_body_named_earlier(text: str, portfolio: str, before: int) -> str | None:
    """`Health` -> the last body named in the few sentences before `before` whose name holds the portfolio
    (`North District Health Department`)."""
    pattern = re.compile(
        rf"(?:[{UPPER}][\w.&’'-]*\s+(?:(?:of|for|and|&)\s+)?)*{re.escape(portfolio)}"
        rf"(?:\s+(?:(?:of|for|and|&)\s+)?[{UPPER}][\w.&’'-]*)*"
    )
    names = [
        match.group()
        for match in pattern.finditer(text, max(0, before - 600), before)
        if match.group().split()[-1] in ORG_HEADS and match.group() != portfolio
    ]
    return _LEADING_THE.sub("", names[-1]) if names else None
