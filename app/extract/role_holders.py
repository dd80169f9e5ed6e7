"""A title used in place of a name (`the finance minister says`, `The Auditor General has revealed`):
the person the document gives that title.

A reference names the title's head word (`minister`, `general`) and may add words of the title
(`finance`, `health`) or words that say when or where (`new`, `provincial`); it resolves to the one person whose
stated title has them all, or, where several do, to the one of them named last before the reference.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.lexicon import PARTY_WORDS, word_map, word_set
from app.extract.quotes import Speaker

__all__ = ["BODY_AFTER_HEAD", "RoleHolder", "RoleHolders"]

# `Minister of Finance`, `director at the bureau`: the head word comes before the body it serves.
BODY_AFTER_HEAD = re.compile(r"\s+(?:of|for|at|to|in|on)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
# Words a reference may add that a title need not state: when the holder holds it, or where.
_MODIFIERS = word_set("role_reference_modifiers.txt")
# `the DFL governor`, `the Labour leader`: the holder's party, which the stated title need not name.
_PARTIES = frozenset(word.lower() for word in PARTY_WORDS if " " not in word)
_COMPOUND_HEADS = word_set("compound_title_heads.txt")
_LEADER_REFERENCES = word_set("leader_reference_words.txt")
_ABBREVIATED_WORDS = word_map("title_abbreviation_words.tsv")


def _title_words(title: str) -> list[str]:
    """The lowercase words of a title, each abbreviation written out (`Gov.` -> `governor`)."""
    return [_ABBREVIATED_WORDS.get(word, word) for word in _WORD.findall(title.lower().replace("-", " "))]


@dataclass(frozen=True)
class RoleHolder:
    """A person with the heads and the words of every title the document gives them."""

    person: Speaker  # the person, at their first mention
    heads: frozenset[str]
    words: frozenset[str]
    mentions: tuple[int, ...]
    initials: frozenset[str] = frozenset()  # `CS` for `Cabinet Secretary`: the title's last capitalized words


# Words of a lowercase title that its initials skip: `chairman-cum-managing director` -> CMD.
_INITIALS_SKIP = frozenset(["cum", "of", "and", "the", "for", "&"])


def _initials(title: str) -> set[str]:
    """`National Treasury Cabinet Secretary` -> CS, TCS, NTCS: initials of the capitalized words that end it;
    `PSPCL chairman-cum-managing director` -> MD, CMD: of the lowercase words that end it."""
    words = title.split()
    if len(words) == 1 and sum(letter.isupper() for letter in title) >= 2:
        return {title}  # `DGP`, `CoP`: a title written as its initials
    if words and words[-1][:1].islower():
        lowercase = itertools.takewhile(
            lambda word: word[:1].islower(), reversed(title.replace("-", " ").split())
        )
        ending = [word for word in lowercase if word not in _INITIALS_SKIP]
    else:
        ending = list(itertools.takewhile(lambda word: word[:1].isupper(), reversed(words)))
    letters = "".join(word[0] for word in reversed(ending)).upper()
    return {letters[-length:] for length in range(2, len(letters) + 1)}


def _head_of(words: Sequence[str]) -> str | None:
    """The head of a title or reference from its words: the last, or the last two where they make another
    office (`prime minister`)."""
    if not words:
        return None
    compound = " ".join(words[-2:])
    return compound if compound in _COMPOUND_HEADS else words[-1]


def _title_head(title: str) -> str | None:
    """`prime minister` for `former prime minister`, `minister` for `Minister of Finance`."""
    before_body = BODY_AFTER_HEAD.split(title, maxsplit=1)[0]
    return _head_of(_title_words(before_body))


class RoleHolders:
    """The people of one document by the titles the text gives them."""

    def __init__(self, holders: Sequence[RoleHolder]) -> None:
        self._holders = [holder for holder in holders if holder.heads]
        self._title_heads = frozenset(head for holder in self._holders for head in holder.heads)
        # `The CS told`: a title's initials stand for its head as a reference does; `the chief minister said`
        # ends on the last word of its head.
        self.heads = (
            self._title_heads
            | {head.split()[-1] for head in self._title_heads}
            | {letters.lower() for holder in self._holders for letters in holder.initials}
            | (_LEADER_REFERENCES if self._holders else frozenset())
        )

    @classmethod
    def of(cls, people: Sequence[tuple[Speaker, Sequence[str], Sequence[int]]]) -> RoleHolders:
        """From (person, title texts, mention starts) of each person the document names."""
        holders = []
        for person, titles, mentions in people:
            heads = {head for title in titles if (head := _title_head(title)) is not None}
            words = {word for title in titles for word in _title_words(title)}
            initials = frozenset(letters for title in titles for letters in _initials(title))
            holders.append(
                RoleHolder(person, frozenset(heads), frozenset(words), tuple(sorted(mentions)), initials)
            )
        return cls(holders)

    def holder(self, reference: str, position: int) -> Speaker | None:
        """The person `reference` (`finance minister`, `Auditor General`) names at `position`."""
        # `Minister for Health`: the head before the body it serves; the body's words must be the holder's too.
        before_body, *after = BODY_AFTER_HEAD.split(reference, maxsplit=1)
        words = _WORD.findall(before_body.lower().replace("-", " "))
        body_words = [word for word in _WORD.findall(" ".join(after).lower()) if word not in ("the", "and")]
        head = _head_of(words)
        if head in _LEADER_REFERENCES and head not in self._title_heads and len(words) > 1:
            # `the DICT chief` after `DICT Secretary X`: the holder of a title naming that body.
            body = words[:-1]
            return self._last_before(
                [holder for holder in self._holders if all(word in holder.words for word in body)], position
            )
        if head is None or head not in self.heads:
            return None
        if head not in self._title_heads:
            return self.initialed(reference.split()[-1], position)
        modifiers = words[: -len(head.split())] + body_words
        matching = [
            holder
            for holder in self._holders
            if head in holder.heads
            and all(word in holder.words or word in _MODIFIERS or word in _PARTIES for word in modifiers)
        ]
        return self._last_before(matching, position)

    def initialed(self, abbreviation: str, position: int) -> Speaker | None:
        """The person whose title `abbreviation` shortens (`The CS told` after `Cabinet Secretary X`)."""
        matching = [holder for holder in self._holders if abbreviation in holder.initials]
        return self._last_before(matching, position)

    @staticmethod
    def _last_before(matching: list[RoleHolder], position: int) -> Speaker | None:
        if len(matching) > 1:
            # Several ministers: the one named last before the reference, as a pronoun would.
            before = [
                (max(start for start in holder.mentions if start < position), holder)
                for holder in matching
                if any(start < position for start in holder.mentions)
            ]
            matching = [max(before, key=lambda pair: pair[0])[1]] if before else []
        return matching[0].person if matching else None
