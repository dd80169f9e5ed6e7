"""How the eval decides that two names are the same person, body or source (docs/evaluation.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.extract.lexicon import COURTESY_TITLES, NICKNAMES, TITLE_ABBREVIATIONS, TITLE_HEADS, canonical_title

__all__ = ["fold", "same_person", "same_source", "same_speaker"]

_ORGANIZATION_STOPWORDS = frozenset(["of", "for", "the", "and", "on", "in", "at", "de", "des", "du"])


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower().replace("’", "'")).strip()


def _name_key(name: str) -> tuple[str, str]:
    """(given name through the nickname table, surname) for matching people by name."""
    words = [word for word in fold(name).split() if len(word) > 1 or not word.isalpha()]
    words = [word for word in words if word not in ("jr", "sr", "ii", "iii")]
    if not words:
        return "", ""
    surname = words[-1]
    given = NICKNAMES.get(words[0], words[0]) if len(words) > 1 else ""
    return given, surname


def _family_name_inside(short: str, full: str) -> bool:
    """`Anthony Loke` for `Anthony Loke Siew Fook`: a name written with given names after the family name, cut
    after the family name (the same given name, then a word of the longer name's middle)."""
    short_given, short_surname = _name_key(short)
    given, _ = _name_key(full)
    return bool(short_given) and short_given == given and short_surname in fold(full).split()[1:-1]


def same_person(gold_name: str, predicted_name: str) -> bool:
    gold_given, gold_surname = _name_key(gold_name)
    given, surname = _name_key(predicted_name)
    return (gold_surname == surname and (gold_given == given or not gold_given or not given)) or (
        _family_name_inside(gold_name, predicted_name) or _family_name_inside(predicted_name, gold_name)
    )


def _acronym(name: str) -> str:
    return "".join(word[0] for word in fold(name).split() if word not in _ORGANIZATION_STOPWORDS)


def _content_words(folded_name: str) -> frozenset[str]:
    return frozenset(folded_name.split()) - _ORGANIZATION_STOPWORDS


def same_source(gold_name: str, candidates: Sequence[str]) -> bool:
    """The same person by name, or the same organization by name, part of the name or acronym."""
    for candidate in candidates:
        gold, other = fold(gold_name), fold(candidate)
        if not gold or not other:
            continue
        if gold == other or same_person(gold_name, candidate):
            return True
        if f" {gold} " in f" {other} " or f" {other} " in f" {gold} ":
            return True
        if _content_words(gold) == _content_words(other):  # "Labor Department" = "Department of Labor"
            return True
        if other.replace(" ", "") in (_acronym(gold_name), gold.replace(" ", "")) or gold.replace(
            " ", ""
        ) in (_acronym(candidate), other.replace(" ", "")):
            return True
    return False


# `minister-quinn`, `gov-brown`: the id of a person the text names only by title and surname opens on the title.
_TITLE_ID_WORDS = frozenset(
    canonical_title(title)
    for title in TITLE_HEADS | COURTESY_TITLES | TITLE_ABBREVIATIONS.keys()
    if " " not in title
)


def _titled_surname(person_id: str) -> str | None:
    """The surname of a `title-surname` id, or None for a name's id."""
    words = person_id.split("-")
    return words[-1] if len(words) == 2 and words[0] in _TITLE_ID_WORDS else None


def same_speaker(gold: str, actual_id: str | None) -> bool:
    """A person's id as the gold gives it (a `title-surname` id names no given name, so its surname is enough, as
    `Gov. Brown` matches a name), or a body (the gold gives its name) matched as a source is."""
    if actual_id is None:
        return False
    surnames = (_titled_surname(gold), _titled_surname(actual_id))
    if surnames[0] is not None or surnames[1] is not None:
        return (surnames[0] or gold.split("-")[-1]) == (surnames[1] or actual_id.split("-")[-1])
    return gold == actual_id or same_source(gold.replace("-", " "), [actual_id.replace("-", " ")])
