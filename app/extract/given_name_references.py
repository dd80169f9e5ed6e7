"""A person referred to by the given name alone (`Mayor Ana`, `Sir Keir`, `Dr Yasmin`, `Tedros`): which full name
of the document it opens."""

from __future__ import annotations

from app.extract.lexicon import COURTESY_TITLES
from app.extract.office_holders import PersonEntity
from app.models import StatedTitle

__all__ = ["only_given_name", "same_title_given_name", "styles_given_name"]


def styles_given_name(title: StatedTitle | None, honorific: str | None) -> bool:
    """No title, or a style that goes before a given name: a knight's (`Sir`), a courtesy title (`Dr`), not a
    peer's title name (`Lord Darzi`) or a parliamentary style (`Hon.`)."""
    return (
        title is None or honorific == "given" or (honorific is None and title.text.strip() in COURTESY_TITLES)
    )


def same_title_given_name(
    entities: dict[str, PersonEntity], word: str, title: StatedTitle | None
) -> list[tuple[int, PersonEntity]]:
    """`Mayor Ana` after `Mayor Ana Ruiz`: the one person of that given name and title."""
    if title is None:
        return []
    head = title.text.split()[-1].lower()
    matches = [
        entity
        for entity in entities.values()
        if entity.name.split()[0] == word and any(t.text.split()[-1].lower() == head for t in entity.titles)
    ]
    return [(entity.mentions[0].start, entity) for entity in matches] if len(matches) == 1 else []


def only_given_name(entities: dict[str, PersonEntity], word: str) -> list[tuple[int, PersonEntity]]:
    """`Tedros` after `Tedros Adhanom Ghebreyesus`: a first name alone that opens exactly one full name.

    Many naming systems (Ethiopian, Icelandic, Indonesian) refer to a person by the first name.
    """
    matches = [
        entity for entity in entities.values() if entity.name.split()[0] == word and entity.surname != word
    ]
    return [(matches[0].mentions[0].start, matches[0])] if len(matches) == 1 else []
