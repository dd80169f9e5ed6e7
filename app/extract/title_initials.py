"""What a title holds in brackets between itself and the name: its own initials (`Education Cabinet Secretary
(CS) X`, `Member of Parliament (MP) X`), the division it heads (`Assistant Commissioner (Traffic) X`), or the
name an editor put in square brackets inside a quote (`Premier [Jay] Weatherill`, `the Premier [Ted Baillieu]`)."""

from __future__ import annotations

import re

from app.extract.lexicon import TITLE_HEADS

__all__ = ["TITLE_INITIALS", "without_title_initials"]

# `(?<=[a-z])[ \t]+\(…`, the blank first so that a scan skips from blank to blank. Initials have two capitals
# or more ("CS", "CoP"); a division is one to three capitalized words ("Traffic", "Crime and Operations").
# A title's initials: two capitals or more ("CS", "CoP", "DGP"), never a division's word ("Crime").
TITLE_INITIALS = r"(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,5}"
_TITLE_BRACKET = re.compile(
    rf"[ \t](?<=[a-z][ \t])[ \t]*\((?:(?P<initials>{TITLE_INITIALS})"
    r"|(?P<division>[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,2}))\)(?=[ \t]+[A-Z])"
)
_EDITORS_NAME = re.compile(
    r"(?P<title>[A-Za-z]+)[ \t]\[[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2}\](?=[ \t,.;:]|$)"
)
_CAPITALIZED_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?)*[A-Z][\w-]*$")


def _spelled(words: list[str], initials: str) -> list[str]:
    """The last words of `words` that `initials` spell, their joining words spelled in lowercase or left out
    (`CoP` and `MP` for `Commissioner of Police` and `Member of Parliament`), or none. Three initials or more
    may leave out one inner word, the place a title names (`Director General of Punjab Police (DGP)`)."""
    for start in range(len(words) - 1, -1, -1):
        letters = [word[0] for word in words[start:]]
        capitals = "".join(letter for letter in letters if letter.isupper())
        if initials in ("".join(letters), capitals) or (
            len(initials) >= 3
            and any(
                capitals[:inner] + capitals[inner + 1 :] == initials for inner in range(1, len(capitals) - 1)
            )
        ):
            return words[start:]
    return []


def without_title_initials(text: str) -> str:
    """`text` with a title's bracketed initials or division, and an editor's square brackets around a name after a
    title, blanked (offsets kept), so the title and the name form one run."""
    blanked = text
    if "[" in text:
        for match in _EDITORS_NAME.finditer(text):
            if match["title"].lower() in TITLE_HEADS:
                start, end = match.end("title") + 1, match.end() - 1
                blanked = blanked[:start] + " " + blanked[start + 1 : end] + " " + blanked[end + 1 :]
    if "(" not in text:
        return blanked
    for match in _TITLE_BRACKET.finditer(text):
        before = _CAPITALIZED_BEFORE.search(text, max(0, match.start() - 80), match.start())
        words = before.group().split() if before else []
        titled = _spelled(words, match["initials"]) if match["initials"] else words[-1:]
        if any(word.lower() in TITLE_HEADS for word in titled):
            start, end = match.span("initials" if match["initials"] else "division")
            blanked = blanked[: start - 1] + " " * (end - start + 2) + blanked[end + 1 :]
    return blanked
