"""Acronyms a text defines for its bodies: spelled out in brackets, or described by a lowercase noun."""

from __future__ import annotations

import re

from app.extract.lexicon import ORG_HEADS, word_set
from app.extract.site_names import spelled_by_openings

__all__ = ["NAME_CONNECTORS", "defined_acronyms", "described_acronyms", "spelled_out"]

# Lowercase words inside a body's name (`Bank of England`, `Department for Work and Pensions`).
NAME_CONNECTORS = frozenset(["of", "for", "and", "the", "on", "in", "&"])
# An acronym this short is spelled by the openings of too many names.
_SHORTEST_SPELLED = 4

# "the National Disaster Risk Reduction and Management Council (NDRRMC)", "the Bureau of Meteorology (BoM)":
# an acronym spelled out; lowercase letters in it stand for the connectors.
_ACRONYM_DEFINED = re.compile(r"\((?P<acronym>[A-Z](?:[a-z]?[A-Z]){1,7})\)")


def spelled_out(text: str, short: str, bracket: int, *, any_name: bool = False) -> tuple[int, int] | None:
    """The span of the name written right before `(short)` at `bracket` that the short name stands for: the
    capitalized words whose initials spell its capitals or all its letters (`NDRRMC`, `BoM`, `Nersa`), or
    whose openings spell it (`Statistical Institute of Jamaica (STATIN)`, `Zimbabwe Statistics Agency
    (Zimstat)`); for a name in the body's own language (`National Disaster Mitigation Agency (BNPB)`), the
    capitalized words before it when they end in a body's head, or with `any_name` whatever they end in
    (`the General Confederation of Labor (CGT)`, where a source is named).
    """
    start = max(0, bracket - 160, text.rfind("\n", 0, bracket) + 1)  # a name is written on one line
    words = text[start:bracket].split()
    capitals = "".join(letter for letter in short if letter.isupper())
    spelled = {capitals, short.upper()}
    name: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in NAME_CONNECTORS):
            break
        name.insert(0, word)
        if name[0] in NAME_CONNECTORS:
            continue
        initials = "".join(w[0] for w in name if w[:1].isupper())
        if (len(name) > 1 and initials in spelled) or (
            len(short) >= _SHORTEST_SPELLED
            and name[0][:1] == short[0].upper()
            and spelled_by_openings(short.lower(), tuple(word.lower() for word in name))
        ):
            return _span_of(text, bracket, name)
    body = _named_before(words) if any_name else _named_body_before(words)
    return _span_of(text, bracket, body) if body is not None else None


def _span_of(text: str, bracket: int, words: list[str]) -> tuple[int, int]:
    """Where `words`, the last words before `bracket`, start and end in `text`."""
    end = len(text[:bracket].rstrip())
    start = end
    for word in reversed(words):
        start = text.rindex(word, 0, start)
    return start, end


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym -> the capitalized name written just before it in brackets that it stands for (`spelled_out`)."""
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        span = spelled_out(text, match["acronym"], match.start())
        if span is not None:
            found[match["acronym"]] = text[span[0] : span[1]]
    return found


# "the civil protection agency ANEPC", "the government's forecasting agency CPB": an acronym the text
# introduces with a lowercase description of the body, which tells its kind.
_ACRONYM_DESCRIBED = re.compile(
    rf"\b(?:the|a|its|their)\s+(?P<description>(?:[a-z][\w’'-]*\s+){{0,4}}"
    rf"(?:{'|'.join(sorted(word_set('body_nouns.txt')))}))\s+(?P<acronym>[A-Z]{{2,8}})\b(?![’'-])"
)
# Every match ends on a body noun, whitespace and the acronym, which few texts hold: the description before
# them is looked for only in those. The check opens on the acronym's capitals, which a scan reaches faster
# than the nouns' lowercase letters (change it with the pattern; tests/extract/test_scan_shortcuts.py
# compares the two).
_BODY_NOUNS = tuple(sorted(word_set("body_nouns.txt")))
# `(?<=\s)[A-Z]{2,8}`, with the capital first so that a scan skips to the next capital at once.
_SPACED_ACRONYM = re.compile(r"[A-Z](?<=\s[A-Z])[A-Z]{1,7}\b(?![’'-])")


def _has_body_noun_acronym(text: str) -> bool:
    """Whether `text` holds a body noun, then whitespace, then an acronym (`agency ANEPC`)."""
    for acronym in _SPACED_ACRONYM.finditer(text):
        # A noun is letters only, so it ends where the whitespace before the acronym begins.
        noun_end = acronym.start() - 1
        while noun_end > 0 and text[noun_end - 1].isspace():
            noun_end -= 1
        if text.endswith(_BODY_NOUNS, 0, noun_end):
            return True
    return False


def described_acronyms(text: str) -> dict[str, str]:
    """Acronym -> the lowercase description of the body written just before it (`civil protection agency`)."""
    if not _has_body_noun_acronym(text):
        return {}
    return {match["acronym"]: match["description"] for match in _ACRONYM_DESCRIBED.finditer(text)}


def _named_body_before(words: list[str]) -> list[str] | None:
    """`… of the National Disaster Mitigation Agency`: the capitalized words that end the text, if a body's."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.endswith((",", ";", ":", ".")):
            break
        name.insert(0, word)
    return name if len(name) >= 2 and name[-1] in ORG_HEADS else None


def _named_before(words: list[str]) -> list[str] | None:
    """`… the General Confederation of Labor`: the capitalized words, and connectors between them, that end the
    text, two words or more."""
    name: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in NAME_CONNECTORS) or word.endswith((",", ";", ":", ".")):
            break
        name.insert(0, word)
    while name and (name[0] in NAME_CONNECTORS or name[0] == "The"):
        name.pop(0)
    return name if len(name) >= 2 else None
