"""The text analyzer shared by indexing, querying and highlighting."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import Stemmer
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer
from whoosh.support.charset import accent_map

__all__ = ["TOKEN_PATTERN", "news_analyzer", "normalize_word", "outlet_key"]

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


def news_analyzer() -> Any:
    """Tokenize, lowercase, fold accents ("Giménez" == "Gimenez"), drop possessives, stem.

    Stop words are kept so that phrase queries cannot match across them.
    """
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map) | NewsWordFilter()


def outlet_key(outlet: str) -> str:
    """Outlets are filtered case- and space-insensitively."""
    return " ".join(outlet.lower().split())
