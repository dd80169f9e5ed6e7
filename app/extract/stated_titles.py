"""How a person's stated titles are kept (without the determiner before them, and without forms of address), and
the titles a speaker states of themself in a quote."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.extract.lexicon import TITLE_HEADS, word_set
from app.extract.title_bodies import ORG_OF
from app.models import StatedTitle

__all__ = ["kept_titles", "titles_stated_in_quote"]

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


# "Deputy Prime Minister and Minister for Finance": two capitalized offices joined by `and`.
_JOINING_AND = re.compile(r"\s+and\s+(?=[A-Z])")


def _names_an_office(words: str) -> bool:
    return any(word.strip(".,").lower() in TITLE_HEADS for word in words.split())


def _offices_joined(title: StatedTitle) -> list[StatedTitle]:
    """`Qatar Tourism Chairman and Qatar Airways Group Chief Executive` -> the two offices, when the title is
    capitalized and each side names one (`Secretary of Health and Human Services` is one office)."""
    joint = _JOINING_AND.search(title.text) if title.text[:1].isupper() else None
    if joint is None or not (
        _names_an_office(title.text[: joint.start()]) and _names_an_office(title.text[joint.end() :])
    ):
        return [title]
    first = title.model_copy(update={"end": title.start + joint.start(), "text": title.text[: joint.start()]})
    second = title.model_copy(update={"start": title.start + joint.end(), "text": title.text[joint.end() :]})
    return [first, *_offices_joined(second)]


def kept_titles(titles: Iterable[StatedTitle]) -> list[StatedTitle]:
    """`titles` less the forms of address (`Mr`, `Ms`), each without the determiner that opens it, and two offices
    joined by `and` as two titles."""
    return [
        _without_determiner(office)
        for title in titles
        if title.text.strip() not in _FORMS_OF_ADDRESS
        for office in _offices_joined(title)
    ]


_AS_TITLE = re.compile(r"^As\s+(?P<title>(?:the|a|an)\s+[a-z][^,]{2,80}),\s+I\b")


def titles_stated_in_quote(quote_text: str, quote_start: int, text: str) -> StatedTitle | None:
    """`As the sheriff of X, I ...` inside a quote: a title the speaker gives themself."""
    match = _AS_TITLE.match(quote_text)
    if not match or not any(word in TITLE_HEADS for word in match["title"].lower().split()):
        return None
    start = quote_start + match.start("title")
    end = quote_start + match.end("title")
    of_match = ORG_OF.search(match["title"])
    return StatedTitle(
        start=start, end=end, text=text[start:end], organization=of_match["org"] if of_match else None
    )
