"""The text analyzer shared by indexing, querying and highlighting."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import Any, AnyStr

import Stemmer
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer
from whoosh.support.charset import accent_map

__all__ = [
    "TOKEN_PATTERN",
    "TermFinder",
    "analyze",
    "find_terms",
    "index_form",
    "news_analyzer",
    "normalize_word",
    "outlet_key",
    "pattern_form",
    "trigrams",
]

# Words with inner apostrophes/hyphens/dots kept whole ("O'Neill", "Miami-Dade", "U.S"),
# numbers with separators ("25,000", "1.3").
TOKEN_PATTERN = r"\w+(?:[’'.,-]\w+)*"

_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """Possessive dropped, then Snowball-stemmed when the token is a plain word."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.isalpha():
        stemmed: str = _stemmer.stemWord(word)
        return stemmed
    return word


class NewsWordFilter(Filter):  # type: ignore[misc]
    """Apply `normalize_word` to every token (the C stemmer with a cache)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not token.stopped:
                token.text = normalize_word(token.text)
            yield token


_WORD = re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=200_000)
def index_form(word: str) -> str:
    """The term a token of the text is indexed as: lowercased, accents folded, then `normalize_word`."""
    return normalize_word(word.lower().translate(accent_map))


def analyze(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) of every token: exactly what `news_analyzer` yields, without its per-token objects."""
    return [(match.start(), match.end(), index_form(match.group())) for match in _WORD.finditer(text)]


_SEPARATORS = "’'.,-"


def _inside_token(text: str, at: int) -> bool:
    """Whether `at` continues a token `_WORD` started earlier (after a word character or a joined separator)."""
    before = text[at - 1] if at else " "
    if before.isalnum() or before == "_":
        return True
    return before in _SEPARATORS and at > 1 and (text[at - 2].isalnum() or text[at - 2] == "_")


def find_terms(
    text: str, terms: Collection[str], words: Collection[str] | None = None
) -> list[tuple[int, int, str]]:
    """The tokens of `analyze(text)` whose term is one of `terms`, without analyzing every token.

    `words`, when given, holds every lowercased word of the archive whose term is one of `terms` (the build's
    vocabulary, `spelling_terms`): each is looked for in the lowercased text, which is then never split into
    words. Without it, the text's distinct words are analyzed once each to find the words that yield a term.
    Either way each place found is kept only where `analyze` would start a token yielding a term.
    """
    return TermFinder(terms, words).find(text)


# The characters other than A-Z whose `str.lower()` holds an ASCII letter: KELVIN SIGN, and U+0130 (two
# characters, "i" and a combining dot).
_KELVIN, _CAPITAL_I_WITH_DOT = "\u212a", "\u0130"


class TermFinder:
    """`find_terms` for one search's terms and words, prepared once and run on each hit's text."""

    __slots__ = ("_ascii_words", "_terms", "_words")

    def __init__(self, terms: Collection[str], words: Collection[str] | None = None) -> None:
        self._terms = terms
        self._words = words
        self._ascii_words: list[bytes] | None = None
        if words is not None and all(word.isascii() for word in words):
            self._ascii_words = [word.encode("ascii") for word in words]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The tokens of `analyze(text)` whose term is one of the terms, in order."""
        terms = self._terms
        if not terms:
            return []
        found: list[tuple[int, int, str]] = []
        for at in sorted(self._places(text)):
            if not _inside_token(text, at):
                token = _WORD.match(text, at)
                if token is not None and (term := index_form(token.group())) in terms:
                    found.append((at, token.end(), term))
        return found

    def _places(self, text: str) -> set[int]:
        """Every offset where one of the words that yield the terms occurs in `text`, ignoring case."""
        words = self._words
        if words is None:
            surfaces = {word for word in set(_WORD.findall(text)) if index_form(word) in self._terms}
            return _occurrences(text, surfaces)
        if self._ascii_words is not None and _KELVIN not in text and _CAPITAL_I_WITH_DOT not in text:
            # One byte per character ("?" for the others) keeps every offset, and lowering bytes is ASCII-only:
            # as no other character lowers to ASCII, an ASCII word is found exactly where `text.lower()` has
            # it, at a fraction of the cost of lowering a text with any non-ASCII character in it.
            return _occurrences(text.encode("ascii", "replace").lower(), self._ascii_words)
        lowered = text.lower()
        # Lowercasing keeps every offset unless the text has a character that lowercases to two (U+0130).
        if len(lowered) == len(text):
            return _occurrences(lowered, words)
        return TermFinder(self._terms)._places(text)


def _occurrences(haystack: AnyStr, needles: Collection[AnyStr]) -> set[int]:
    places: set[int] = set()
    for needle in needles:
        at = haystack.find(needle)
        while at >= 0:
            places.add(at)
            at = haystack.find(needle, at + 1)
    return places


def pattern_form(pattern: str) -> str:
    """A wildcard pattern as the index holds words (lowercase, accents folded), not stemmed: `sanct*`."""
    return pattern.lower().translate(accent_map)


def news_analyzer() -> Any:
    """Tokenize, lowercase, fold accents ("Giménez" == "Gimenez"), drop possessives, stem.

    Stop words are kept so that phrase queries cannot match across them.
    """
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map) | NewsWordFilter()


def trigrams(word: str) -> set[str]:
    """The padded character trigrams fuzzy look-ups match on (names, spelling words)."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def outlet_key(outlet: str) -> str:
    """Outlets are filtered case- and space-insensitively."""
    return " ".join(outlet.lower().split())
