"""A person the people extractor missed, taken by name from a clause: a given name and a surname after any
title (`Economist Jonah Whitcomb of …`), or a lone surname completed from the fullest form written earlier
(`Lowe said` after `Pastor Derrick Lowe`); and the word tests such names are made with.
"""

from __future__ import annotations

import re

from app.extract.lexicon import NOT_NAME_WORDS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, word_set
from app.extract.spans import evidence, slugify
from app.models import Attribution

__all__ = ["is_name_word", "names_body_after", "unlisted_person", "unlisted_person_after_title"]

_NAME_TOKEN = r"[A-Z][a-z’'-]+"
_PARTICLE = r"(?:van|von|de|da|del|der|du|di|la|le|ap|bin|al)"
_NOT_NAMES = NOT_NAME_WORDS | TITLE_HEADS | TITLE_MODIFIERS | {title.lower() for title in TITLE_ABBREVIATIONS}
_BODY_BEFORE = re.compile(r"\b(?:for|of|at|with|from|by|the|and)\s+$", re.IGNORECASE)
_MOST_NAME_WORDS = 4
_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN})*")
# "The Nitish Kumar government said", "the Biden administration's": a body named after a person.
_EPONYMOUS_BODY = re.compile(rf"(?:['’]s)?\s+(?:{'|'.join(sorted(word_set('eponymous_body_nouns.txt')))})\b")


def names_body_after(text: str, end: int) -> bool:
    """`The Nitish Kumar government`: the name ending at `end` names a body after a person."""
    return _EPONYMOUS_BODY.match(text, end) is not None


def is_name_word(word: str) -> bool:
    """Not a title, a function word or another word a name is never made of."""
    lowered = word.lower()
    return not (lowered in _NOT_NAMES or lowered.rstrip(".") in _NOT_NAMES)


def unlisted_person(text: str, start: int, end: int) -> Attribution | None:
    """A person the people extractor missed, named in the first clause of `text[start:end]`.

    A given name and a surname after any title (`Economist Jonah Whitcomb of …`), or a lone surname
    completed from the fullest form written earlier (`Lowe said` after `Pastor Derrick Lowe`).
    """
    clause_end = text.find(",", start, end)
    clause_end = end if clause_end < 0 else clause_end
    for run in _NAME_RUN.finditer(text, start, clause_end):
        if _BODY_BEFORE.search(text, max(start, run.start() - 6), run.start()):
            continue  # `a spokesperson for the Pharmaceutical Research …`: a body, not a person
        if names_body_after(text, run.end()):
            continue
        run_words = run.group().split()
        words = list(run_words)
        while words and not is_name_word(words[0]):
            words.pop(0)
        if not words or run_words[: len(run_words) - len(words)] == ["The"]:
            continue  # `The Northern Greens blamed`: a name after "The" alone is a body's
        # The name follows the last title word (`Finance Minister Jo Rees`); another word names no one.
        titled = [index for index, word in enumerate(words) if word.lower().rstrip(".") in _TITLE_WORDS]
        words = words[titled[-1] + 1 :] if titled else words
        if not words or not all(is_name_word(word) for word in words):
            continue
        if sum(word[0].isupper() for word in words) > _MOST_NAME_WORDS:
            continue  # `Harbour Region Water Supply Board Authority`: longer than a person's name
        first = run.end() - len(" ".join(words))
        if len(words) > 1:
            name = text[first : run.end()]
            return Attribution(name=name, entity_id=slugify(name), evidence=evidence(text, first, run.end()))
        fuller = None
        # Look for the surname before building a pattern from it: compiling costs far more than finding.
        if text.find(words[0], 0, start) >= 0:
            for earlier in re.finditer(
                rf"\b(?P<given>{_NAME_TOKEN})\s+(?:{_PARTICLE}\s+)?{re.escape(words[0])}\b", text[:start]
            ):
                if is_name_word(earlier["given"]):
                    fuller = earlier.group()
        if fuller is not None:
            return Attribution(
                name=fuller, entity_id=slugify(fuller), evidence=evidence(text, first, run.end())
            )
    return None


def unlisted_person_after_title(text: str, start: int, end: int) -> Attribution | None:
    """`Minister of Health, Jo Rees`: a person the people extractor missed, after a title set off by a comma."""
    person = unlisted_person(text, start, end)
    comma = text.find(",", start, end)
    return person if person is not None or comma < 0 else unlisted_person(text, comma + 1, end)
