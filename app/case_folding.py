"""When `str.lower()` may stand in for `re.IGNORECASE`: a cheap check for a word before a regex search."""

from __future__ import annotations

__all__ = ["lowers_like_ignorecase"]

# Outside ASCII, only these letters match an ASCII letter of a pattern under re.IGNORECASE without
# `str.lower()` turning them into it (`ı`, `ſ`; `İ` lowers to two characters; the Kelvin sign, to be safe).
_ODD_CASE_LETTERS = ("\u0131", "\u0130", "\u017f", "\u212a")


def lowers_like_ignorecase(text: str) -> bool:
    """Whether every ASCII word that re.IGNORECASE finds in `text` is also in `text.lower()`."""
    # Four substring searches (memchr-fast) instead of a set lookup per character.
    return text.isascii() or not any(letter in text for letter in _ODD_CASE_LETTERS)
