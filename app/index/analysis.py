"""The text analyzer shared by indexing, querying and highlighting."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import Any

import Stemmer
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer
from whoosh.support.charset import accent_map

__all__ = [
    "TOKEN_PATTERN",
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
    if not terms:
        return []
    lowered = text.lower() if words is not None else ""
    # Lowercasing keeps every offset unless the text has a character that lowercases to two (U+0130).
    if words is not None and len(lowered) == len(text):
        surfaces, haystack = words, lowered
    else:
        surfaces, haystack = {word for word in set(_WORD.findall(text)) if index_form(word) in terms}, text
    found: dict[int, tuple[int, int, str]] = {}
    for surface in surfaces:
        at = haystack.find(surface)
        while at >= 0:
            if at not in found and not _inside_token(text, at):
                token = _WORD.match(text, at)
                if token is not None and (term := index_form(token.group())) in terms:
                    found[at] = (at, token.end(), term)
            at = haystack.find(surface, at + 1)
    return [found[at] for at in sorted(found)]


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
