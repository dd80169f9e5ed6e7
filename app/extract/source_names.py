"""A source's name as the article gives it in full: `Ms Sun` is `Christine Sun` where the text names her so.

An organization extractor may list `Ms Sun` and `Christine Sun` as bodies: a form of address shows both are a
person's. A person named as a source by a form of address and a surname only (`Ms Sun said …`, `Mr Woods pointed out`)
whom no extractor joined to a fuller mention takes the fullest name in the text: a given name the lexicon
knows before the same surname (`… research head Christine Sun`). The gold writes the fullest name the article
gives (docs/evaluation.md, "Who cited a figure").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.extract.lexicon import GIVEN_NAMES, word_set
from app.extract.person_ids import canonical_name
from app.extract.quotes import Speaker

__all__ = ["FORMS_OF_ADDRESS", "addressed_people", "fullest_name"]

FORMS_OF_ADDRESS = word_set("forms_of_address.txt")


def addressed_people(actors: Sequence[Speaker]) -> list[Speaker]:
    """`actors`, with a name listed as a body that a form of address shows is a person's (`Ms Sun`), and the
    fuller name with a known given name and her surname (`Christine Sun`), read as people."""
    addressed = {
        words[1]
        for actor in actors
        if not actor.is_person and len(words := actor.name.split()) == 2 and words[0] in FORMS_OF_ADDRESS
    }
    if not addressed:
        return list(actors)
    return [
        replace(actor, is_person=True)
        if not actor.is_person
        and len(words := actor.name.split()) == 2
        and words[1] in addressed
        and (words[0] in FORMS_OF_ADDRESS or words[0].lower() in GIVEN_NAMES)
        else actor
        for actor in actors
    ]


def fullest_name(text: str, named: Speaker) -> Speaker:
    """`named`, or the person under the fuller name the text gives where it names her by address only."""
    words = named.name.split()
    if not named.is_person or len(words) != 2 or words[0] not in FORMS_OF_ADDRESS:
        return named
    surname = words[1]
    fuller = re.compile(rf"(?<![\w’'-])(?P<given>[A-Z][a-z]+)\s+{re.escape(surname)}(?![\w’'-])")
    for match in fuller.finditer(text):
        if match["given"].lower() in GIVEN_NAMES:
            name = f"{match['given']} {surname}"
            return Speaker(name, canonical_name(name.split()), named.start, named.end, is_person=True)
    return named
