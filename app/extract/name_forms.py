"""Shorter forms of a name that join the one fuller name a document gives (`Ms Carroll MacNeill`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.lexicon import GIVEN_NAMES
from app.extract.person_ids import canonical_name

__all__ = ["longer_name_ids"]

_INITIAL = re.compile(r"[A-Z]\.")


def _suffix_forms(words: tuple[str, ...], names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """`Carroll MacNeill` in `Jennifer Carroll MacNeill`: fuller names the short form ends."""
    return {other for other in names if len(other) > len(words) and other[-len(words) :] == words}


def _initialed_forms(words: tuple[str, ...], names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """`Samuel K. Annim` for `Samuel Kobina Annim`: the same words, a middle name given by its initial."""
    if len(words) < 3 or not any(_INITIAL.fullmatch(word) for word in words[1:-1]):
        return set()
    return {
        other
        for other in names
        if other != words
        and len(other) == len(words)
        and all(
            mine == theirs or (_INITIAL.fullmatch(mine) is not None and theirs[:1] == mine[0])
            for mine, theirs in zip(words, other, strict=True)
        )
    }


def _opening_forms(words: tuple[str, ...], names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """`Dr Muhammad Radzi` after `Muhammad Radzi Abu Hassan`, `Mohamad Fuzi said` after `Mohamad Fuzi Harun`: a
    name of two words or more may be the opening words of a fuller name (given names before a surname or
    patronymic)."""
    if len(words) < 2:
        return set()
    return {other for other in names if len(other) > len(words) and other[: len(words)] == words}


def longer_name_ids(forms: Sequence[tuple[tuple[str, ...], bool]]) -> list[str | None]:
    """For each name form (its words, and whether only a courtesy title stands before it), the id of the one
    fuller name of the document it is a shorter form of, else None.

    A form that ends a fuller name joins it (`Ms Carroll MacNeill`), but one that opens with a known given name
    only after a courtesy title (`Ann Smith` is not `Mary Ann Smith`); a form with a middle initial joins the
    name that spells it out; the opening words of a longer name join it.
    """
    names = {words for words, _ in forms}
    by_last: dict[str, set[tuple[str, ...]]] = {}
    for words in names:
        by_last.setdefault(words[-1], set()).add(words)
    found: list[str | None] = []
    for words, courtesy in forms:
        fuller = _suffix_forms(words, by_last[words[-1]])
        if not (len(fuller) == 1 and (courtesy or words[0].lower() not in GIVEN_NAMES)):
            fuller = _initialed_forms(words, by_last[words[-1]])
        if not fuller:
            fuller = _opening_forms(words, names)
        found.append(canonical_name(list(fuller.pop())) if len(fuller) == 1 else None)
    return found
