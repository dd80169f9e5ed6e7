"""How a person's stated titles are kept: without the determiner before them, and without forms of address."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.extract.lexicon import word_set
from app.models import StatedTitle

__all__ = ["kept_titles"]

_FORMS_OF_ADDRESS = word_set("forms_of_address.txt")
_DETERMINERS = word_set("title_determiners.txt")
_POSSESSIVE = re.compile(r"['’]s?\s")


def _without_determiner(title: StatedTitle) -> StatedTitle:
    """`the state health commissioner` -> `state health commissioner`, the span moved past the determiner."""
    first, _, rest = title.text.partition(" ")
    # "the county's public health director": the determiner belongs to the possessive, which stays.
    if first.lower() not in _DETERMINERS or not rest.strip() or _POSSESSIVE.search(rest):
        return title
    skipped = len(title.text) - len(rest.lstrip())
    return title.model_copy(update={"start": title.start + skipped, "text": title.text[skipped:]})


def kept_titles(titles: Iterable[StatedTitle]) -> list[StatedTitle]:
    """`titles` less the forms of address (`Mr`, `Ms`), each without the determiner that opens it."""
    return [_without_determiner(title) for title in titles if title.text.strip() not in _FORMS_OF_ADDRESS]
