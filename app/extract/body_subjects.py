"""A government or legislature as the subject of a reporting verb where no extractor listed it as a body.

`the Biden administration announced` and `The Nitish Kumar government in Bihar …` (a government named
by its leader or place), `the federal government is projecting` (by its level), `the government had
projected` (the government of that kind the text named before, as `the Ontario government`), `The Senate
explained` (a legislature or treasury named by its one capitalized word).
"""

from __future__ import annotations

import re

from app.extract.body_references import NAME_WORD
from app.extract.lexicon import JURISDICTIONS, STATES, word_map, word_set
from app.extract.quotes import Speaker
from app.extract.spans import word_pattern

__all__ = ["government_subject", "institution_at", "opening_government"]

_GOVERNMENT_NAMES = word_map("government_nouns.tsv")
_GOVERNMENT_NOUNS = word_pattern(_GOVERNMENT_NAMES)
_GOVERNMENT_LEVELS = word_pattern(word_set("government_levels.txt"))
_INSTITUTIONS = word_pattern(word_set("institution_words.txt"))

_GOVERNMENT = (
    rf"(?<![\w’'])(?:[Tt]he\s+)?(?P<name>(?:(?:{NAME_WORD})\s+){{1,3}}|(?:{_GOVERNMENT_LEVELS})\s+)?"
    rf"(?P<noun>{_GOVERNMENT_NOUNS})(?P<place>\s+(?:in|of)\s+{NAME_WORD}(?:\s+{NAME_WORD})?)?"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+(?:also|has|have|had|is|was))*"
)
# Right before its verb.
_GOVERNMENT_SUBJECT = re.compile(_GOVERNMENT + r"\s*$")
# Opening the sentence, before its first verb: the subject of a participle after a comma (`…, asserting that`).
_OPENING_GOVERNMENT = re.compile(_GOVERNMENT + r"\s+(?=[a-z])")
_INSTITUTION_SUBJECT = re.compile(
    rf"(?<![\w’'])[Tt]he\s+(?P<name>{_INSTITUTIONS})(?:\s+(?:also|has|have|had))*\s*$"
)
# A name does not run over a line break (`… Fever Cases` ending the headline above `The Okafor government`).
_NAMED_GOVERNMENT = re.compile(rf"(?P<name>(?:{NAME_WORD}[^\S\n]+){{1,3}})(?P<noun>{_GOVERNMENT_NOUNS})\b")
_ANY_GOVERNMENT_WORD = re.compile(
    rf"(?:{_GOVERNMENT_NOUNS}|{_INSTITUTIONS}|{word_pattern(word_set('jurisdiction_nouns.txt'))})\b"
)
_NOT_NAMES = word_set("not_source_names.txt")
# `the province is predicting`: the state or province the text named last before.
_JURISDICTION_SUBJECT = re.compile(
    rf"(?<![\w’'])[Tt]he\s+(?:{word_pattern(word_set('jurisdiction_nouns.txt'))})(?:\s+(?:also|has|have|had))*\s*$"
)
_JURISDICTION_NAME = re.compile(rf"\b(?:{word_pattern(JURISDICTIONS | STATES.keys())})\b")
_WORD = re.compile(r"\S+")


def _named(text: str, match: re.Match[str]) -> Speaker | None:
    """The government a match names, without its article (`Biden administration`, `federal government`)."""
    if match["name"] is None:
        # `the government had projected`: the government of that kind the text named before.
        earlier = [
            named
            for found in _NAMED_GOVERNMENT.finditer(text, 0, match.start())
            if found["noun"] == match["noun"] and (named := _named(text, found)) is not None
        ]
        return earlier[-1] if earlier else None
    words = list(_WORD.finditer(text, match.start("name"), match.start("noun")))
    while words and words[0].group() in _NOT_NAMES:
        words.pop(0)  # `The`, and a day or month before the name
    if not words:
        return None
    start = words[0].start()
    end = match.end("place") if match.groupdict().get("place") else match.end("noun")
    # `Biden admin`: the noun as the source is named.
    name_words = [word.group() for word in words] + [_GOVERNMENT_NAMES[match["noun"]]]
    name = " ".join(name_words + text[match.end("noun") : end].split())
    return Speaker(name, None, start, end, is_person=False)


def government_subject(text: str, start: int, subject_end: int, *, stating: bool = True) -> Speaker | None:
    """The government or legislature named right before a reporting verb ending at `subject_end` (`stating`:
    a verb of saying, not one a place goes through, as `the state added 5,500 jobs`)."""
    window = max(start, subject_end - 90)
    if _ANY_GOVERNMENT_WORD.search(text, window, subject_end) is None:
        return None  # one scan for the nouns both patterns end on, before trying them at every position
    government = _GOVERNMENT_SUBJECT.search(text, window, subject_end)
    if government is not None:
        return _named(text, government)
    jurisdiction = _JURISDICTION_SUBJECT.search(text, window, subject_end) if stating else None
    if jurisdiction is not None:
        named = list(_JURISDICTION_NAME.finditer(text, 0, jurisdiction.start()))
        return Speaker(named[-1].group(), None, *named[-1].span(), is_person=False) if named else None
    institution = _INSTITUTION_SUBJECT.search(text, window, subject_end)
    if institution is not None and institution["name"][0].isupper():
        return Speaker(institution["name"], None, *institution.span("name"), is_person=False)
    return None


_INSTITUTION_AT = re.compile(rf"(?:[Tt]he\s+)?(?P<name>{_INSTITUTIONS})\b")


def institution_at(text: str, start: int) -> Speaker | None:
    """The legislature, cabinet or treasury named by one word at `start` (`passed by Parliament`)."""
    institution = _INSTITUTION_AT.match(text, start)
    return (
        Speaker(institution["name"], None, *institution.span("name"), is_person=False)
        if institution
        else None
    )


def opening_government(text: str, start: int, end: int) -> Speaker | None:
    """The government the sentence `text[start:end]` opens on as its subject."""
    government = _OPENING_GOVERNMENT.match(text, start, end)
    return _named(text, government) if government is not None else None
