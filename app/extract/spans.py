"""Shared helpers: evidence spans, sentence boundaries, entity id slugs and word-list patterns."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.extract.lexicon import word_map, word_set
from app.models import Evidence

__all__ = ["Sentences", "evidence", "raw_evidence", "slugify", "strip_accents", "word_pattern"]

# A sentence ends at . ! ? (plus closing quotes) followed by space and an opening capital or
# quote, unless the period belongs to an abbreviation or an initial.
# Written to open on a character class, which lets the regex engine skip to the next mark or newline fast.
_SENTENCE_BREAK = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])|(?<=\n)\s*\n"
    # "data showed Monday.Outbound shipments": copy that lost the space after a sentence's period.
    r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))"
)
# Hard-wrapped copy: a line that stops mid-sentence and a next line that goes on in lowercase are one sentence.
_WRAPPED_LINE_END = re.compile(r"[\w,%]")
# `said Coun. Brian Skakun`: a title's abbreviation (every one the title table writes with a period) or another
# word written with one ends no sentence.
_ABBREVIATIONS = {
    abbreviation.removesuffix(".")
    for abbreviation in word_map("title_abbreviations.tsv")
    if abbreviation.endswith(".")
} | word_set("sentence_abbreviations.txt")
_ABBREVIATION_END = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(_ABBREVIATIONS))})|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)

# Copy whose paragraph breaks were lost runs one sentence into the next (`data showed Monday.Outbound
# shipments`, `on-year."Exports`): a mark after two lowercase letters, right before a capitalized word. The
# mark comes first, the letters before it checked after it, so that a scan skips from mark to mark.
_GLUED_BREAK = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?P<quote>[\"”]?)(?=[A-Z][a-z])")


def _glued(text: str) -> list[tuple[int, int]]:
    """(start, end) of the breaks between sentences run together. A straight quote mark after the break goes
    with the sentence it belongs to: it closes one when an odd number of marks stand before it in the paragraph."""
    breaks = []
    for match in _GLUED_BREAK.finditer(text):
        end = match.end()
        if (
            match["quote"] == '"'
            and text.count('"', text.rfind("\n", 0, match.start()) + 1, end - 1) % 2 == 0
        ):
            end -= 1  # `on-year."Exports …`: the mark opens the next sentence's quote
        breaks.append((match.start(), end))
    return breaks


def evidence(text: str, start: int, end: int) -> Evidence:
    """The evidence for `text[start:end]`."""
    return Evidence(start=start, end=end, text=text[start:end])


def raw_evidence(raw_text: str, span_text: str, start: int = 0, end: int | None = None) -> Evidence | None:
    """Evidence in the raw text for `span_text[start:end]`, located by searching the raw text."""
    located = raw_text.find(span_text)
    if located < 0:
        return None
    end = len(span_text) if end is None else end
    return evidence(raw_text, located + start, located + end)


_UNACCENTED = str.maketrans(word_map("unaccented_letters.tsv"))


def strip_accents(value: str) -> str:
    """`Giménez` -> `Gimenez`, `Łukasz` -> `Lukasz`."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_UNACCENTED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_SLUG = re.compile(r"[^a-z0-9]+")


# Names recur within and across articles, and slugging one is most of a person's or body's cost.
@lru_cache(maxsize=65_536)
def slugify(value: str) -> str:
    """Lowercase ASCII words joined by hyphens: `Judicial Watch` -> `judicial-watch`."""
    return _NON_SLUG.sub("-", strip_accents(value).lower().replace("’", "").replace("'", "")).strip("-")


@dataclass(frozen=True)
class Sentences:
    """Sentence boundaries of one text, with lookup by offset."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Sentences:
        """Split `text` into sentences (paragraph breaks always end one)."""
        starts: list[int] = []
        ends: list[int] = []
        breaks = sorted(
            [*((match.start(), match.end()) for match in _SENTENCE_BREAK.finditer(text)), *_glued(text)]
        )
        position = 0
        for break_start, break_end in breaks:
            mark = text[break_start:break_end]
            # Only a break ending in a period can end an abbreviation (the pattern ends in `\.$`).
            if break_start < position or (
                text[break_end - 1] == "."
                and mark.strip()
                and _ABBREVIATION_END.search(text, max(0, break_start - 12), break_end)
            ):
                continue
            if (
                not mark.strip()
                and break_start > 0
                and _WRAPPED_LINE_END.match(text, break_start - 1)
                and text[break_end : break_end + 1].islower()
            ):
                continue
            end = break_end if mark.strip() else break_start
            cls._add(text, position, end, starts, ends)
            position = break_end
        cls._add(text, position, len(text), starts, ends)
        return cls(starts, ends)

    @staticmethod
    def _add(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            starts.append(start)
            ends.append(end)

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing `offset` (or the nearest one before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence containing `offset`."""
        if not self.starts:
            return (0, 0)
        index = self.index_at(offset)
        return self.starts[index], self.ends[index]


def word_pattern(
    words: Iterable[str], *, not_after: str | None = None, written: Callable[[str], str] = re.escape
) -> str:
    """A regex alternation of `words` as a prefix tree, so a scan tries one branch per letter and never
    backtracks over a shared prefix.

    With `not_after` (a character class), a word matches only where no such character precedes it, as
    `(?<!not_after)` before the alternation would; but the check follows each first letter, so a pattern
    that opens with this alternation opens on a literal and a scan skips straight to the next first letter.
    `written` writes one character of a word as a regex (a case-insensitive trie spells out each case).
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not_after is None:
        return _branches(tree, written)
    # Two characters back from just after the first letter is the one before the word.
    options = [
        written(char) + rf"(?<!{not_after}[\s\S])" + _branches(child, written)
        for char, child in sorted(tree.items())
        if char
    ]
    return f"(?:{'|'.join(options)})"


def _branches(node: dict[str, Any], written: Callable[[str], str]) -> str:
    options = [written(char) + _branches(child, written) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    optional = "" in node
    if len(options) == 1 and not optional:
        return options[0]
    return f"(?:{'|'.join(options)}){'?' if optional else ''}"
