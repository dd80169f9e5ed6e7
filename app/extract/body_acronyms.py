"""Acronyms a text defines for its bodies: spelled out in brackets, or described by a lowercase noun."""

from __future__ import annotations

import re

from app.extract.lexicon import ORG_HEADS, word_set
from app.extract.site_names import spelled_by_openings

__all__ = ["defined_acronyms", "described_acronyms"]

# An acronym this short is spelled by the openings of too many names.
_SHORTEST_SPELLED = 4

# "the National Disaster Risk Reduction and Management Council (NDRRMC)", "the Bureau of Meteorology (BoM)":
# an acronym spelled out; lowercase letters in it stand for the connectors.
_ACRONYM_DEFINED = re.compile(r"\((?P<acronym>[A-Z](?:[a-z]?[A-Z]){1,7})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronym -> the capitalized name written just before it in brackets, where its initials spell it.

    An acronym of the body's name in its own language (`National Disaster Mitigation Agency (BNPB)`) spells
    no English initials: the capitalized words just before it stand for it when they end in a body's head.
    """
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match["acronym"]
        words = text[max(0, match.start() - 160) : match.start()].split()
        name: list[str] = []
        for word in reversed(words):
            if not (word[:1].isupper() or word in ("of", "for", "and", "the", "on", "in", "&")):
                break
            name.insert(0, word)
            initials = "".join(w[0] for w in name if w[:1].isupper())
            if initials == "".join(letter for letter in acronym if letter.isupper()) or (
                # "Statistical Institute of Jamaica (STATIN)": the openings of the name's words spell it.
                len(acronym) >= _SHORTEST_SPELLED
                and name[0][:1] == acronym[0]
                and spelled_by_openings(acronym.lower(), tuple(word.lower() for word in name))
            ):
                found[acronym] = " ".join(name)
                break
        if acronym not in found and (body := _named_body_before(words)) is not None:
            found[acronym] = body
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


def _named_body_before(words: list[str]) -> str | None:
    """`… of the National Disaster Mitigation Agency`: the capitalized words that end the text, if a body's."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.endswith((",", ";", ":", ".")):
            break
        name.insert(0, word)
    return " ".join(name) if len(name) >= 2 and name[-1] in ORG_HEADS else None
