"""Entity ids and surnames of names: `Tom Homan` -> `thomas-homan`; middle initials and suffixes dropped."""

from __future__ import annotations

import re

from app.extract.lexicon import NICKNAMES, word_set
from app.extract.spans import slugify

__all__ = ["JOINED_NAME", "NAME_SUFFIX", "canonical_name", "surname_of"]

# "Smith Jr.": a generational suffix read with the surname.
NAME_SUFFIX = re.compile(r"\s+(?:Jr\.|Sr\.|II|III|IV)$")
# "Naeem-uz-Zafar", "Zia-ur-Rehman": one word joining a name's parts with a particle; its last part is the surname.
JOINED_NAME = re.compile(
    rf"[A-Z][a-z]+(?:-(?:{'|'.join(sorted(word_set('joined_name_particles.txt')))})-[A-Z][a-z]+)+"
)


def canonical_name(tokens: list[str]) -> str:
    words = [
        NAME_SUFFIX.sub("", token)
        for token in tokens
        if not re.fullmatch(r"[A-Z]\.|Jr\.|Sr\.|II|III|IV", token)
    ]
    if not words:
        return slugify(" ".join(tokens))
    first = words[0].lower()
    return slugify(" ".join([NICKNAMES.get(first, first), *words[1:]]))


def surname_of(tokens: list[str]) -> str:
    words = [token for token in tokens if not re.fullmatch(r"Jr\.|Sr\.|II|III|IV", token)]
    last = words[-1].split()[0] if words else tokens[-1]
    return last.rsplit("-", 1)[1] if JOINED_NAME.fullmatch(last) else last
