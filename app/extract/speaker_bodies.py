"""Bodies the text names that no extractor listed, for the words naming a quote's speaker.

`Nersa explained` after `the National Energy Regulator of South Africa (Nersa)`, `the NUPRC stated` after `the
Nigerian Upstream Petroleum Regulatory Commission`: a short name stands for the name whose initials it spells.
`it stated` after a quote: the body a sentence before it has as its subject (`HDB on Thursday also announced …`,
`…, Nersa approved …`). `the data showed` after `data released by the Ministry of X (MoSPI)`: the body that
released it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.body_acronyms import NAME_CONNECTORS, spelled_out
from app.extract.lexicon import GIVEN_NAMES, ORG_HEADS, word_set
from app.extract.spans import slugify, word_pattern
from app.extract.speaker_passage import Speaker

__all__ = [
    "GENERIC_BODY_NOUNS",
    "body_subject_before",
    "described_name_body",
    "last_body_before",
    "releasing_body",
    "short_name_body",
    "titled_body",
]

_NAME_WORD = r"[A-Z][\w&’'-]*(?<![’'])"
_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&|on|in)[^\S\n]+)*{_NAME_WORD})*"
_NAMED = re.compile(_NAME)
# `(Nersa)`, `(MoSPI)`, `(NTPF)`: a short name in brackets.
_BRACKETED = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)")
_NOT_NAMES = word_set("not_source_names.txt")
_DOCUMENT_NOUNS = word_set("released_document_nouns.txt")
GENERIC_BODY_NOUNS = word_set("speaker_generic_body_nouns.txt")
# `the World Bank`, `the Kenya Power Authority`: a name ending on a noun for a body.
_BODY_NOUNS = word_set("body_nouns.txt") | word_set("speaker_body_nouns.txt")
# `data released by the Ministry of X`, `figures published by the ONS`: a document and the body behind it.
_RELEASED_BY = re.compile(
    rf"\b(?:{word_pattern(_DOCUMENT_NOUNS)})\s+(?:(?:released|published|issued|compiled|put\s+out)\s+)"
    rf"(?:\w+\s+)?by\s+(?:the\s+)?(?P<name>{_NAME})"
)

# `The Ministry of Finance issued a statement`: the body, then the document it released.
_RELEASES = re.compile(
    rf"(?:(?<![^\n])|(?<=[.!?]\s)|(?<=,\s))(?:[Tt]he\s+)?(?P<name>{_NAME})\s+(?:(?:has|had|also)\s+)*"
    rf"(?:released|published|issued|put\s+out)\s+(?:a|an|its|the|new)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{word_pattern(_DOCUMENT_NOUNS)})\b"
)


def _initials(words: Sequence[str]) -> str:
    return "".join(word[0] for word in words if word[:1].isupper())


def _spelled_by(short: str, name: str) -> str | None:
    """The end of `name` whose capitalized words' initials spell `short` (`MoSPI`, `Nersa`, `NTPF`)."""
    words = name.split()
    letters = {short.upper(), "".join(letter for letter in short if letter.isupper())}
    for first in range(len(words)):
        tail = words[first:]
        if tail[0].lower() in NAME_CONNECTORS or tail[0] in _NOT_NAMES:
            continue
        if len(tail) > 1 and _initials(tail) in letters:
            return " ".join(tail)
    return None


def short_name_body(text: str, short: str, position: int) -> Speaker | None:
    """The body a short name stands for: the name written before it in brackets anywhere (`the National
    Energy Regulator of South Africa (Nersa)`), or, for capitals, a name before `position` whose initials it
    spells (`the Nigerian Upstream Petroleum Regulatory Commission`, then `the NUPRC`)."""
    bracket = text.find(f"({short})")
    spelled = spelled_out(text, short, bracket) if bracket >= 0 else None
    if spelled is not None:
        written = text[spelled[0] : spelled[1]]
        return Speaker(written, slugify(written), *spelled, is_person=False)
    if not short.isupper() or len(short) < 3:
        return None
    for named in reversed(list(_NAMED.finditer(text, 0, position))):
        name = _spelled_by(short, named.group())
        if name is not None:
            at = named.end() - len(name)
            return Speaker(name, slugify(name), at, at + len(name), is_person=False)
    return None


def described_name_body(text: str, name: str, position: int) -> Speaker | None:
    """`Ofgem said` after `the energy regulator Ofgem`: a name the text introduced with a description of a
    body, before `position`."""
    if text.find(name, 0, position) < 0:
        return None
    described = re.search(
        rf"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{0,3}}(?:{word_pattern(_BODY_NOUNS)})\s+{re.escape(name)}\b",
        text[:position],
    )
    if described is None:
        return None
    return Speaker(name, slugify(name), described.end() - len(name), described.end(), is_person=False)


def _known_body(
    text: str, speakers: Sequence[Speaker], start: int, end: int, *, stating: bool = False
) -> Speaker | None:
    """The body the name `text[start:end]` is, when the text says it is one; with `stating`, a name of two
    or more words no one was given that states something (`Calgary Economic Development noted`)."""
    listed = [s for s in speakers if s.start < end and start < s.end]
    if listed:
        return None if any(s.is_person for s in listed) else listed[0]
    name = text[start:end]
    words = name.split()
    if len(words) == 1 and (short := short_name_body(text, name, start)) is not None:
        return Speaker(short.name, short.entity_id, start, end, is_person=False)
    if (
        (len(words) == 1 and name.isupper() and len(name) >= 2)
        or (len(words) > 1 and (any(word in ORG_HEADS for word in words) or words[-1].lower() in _BODY_NOUNS))
        or (stating and len(words) > 1 and words[0].lower() not in GIVEN_NAMES)
    ):
        return Speaker(name, slugify(name), start, end, is_person=False)
    return None


# A sentence's subject: a name at its start, or after the comma that closes an opening clause (`While …,
# Nersa approved`), then a lowercase word (its verb, or `on Thursday also announced`).
_SUBJECT_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{_NAME_WORD})*"
_SUBJECT = re.compile(
    rf"(?:[^,\n]{{0,160}},\s+)?(?:[Tt]he\s+)?(?P<name>{_SUBJECT_NAME})(?:\s*\([A-Za-z]{{2,10}}\))?\s+(?=[a-z])"
)


_STATING = re.compile(rf"(?:also\s+)?(?:{word_pattern(word_set('quote_verbs.txt'))})\b")
_SENTENCE_START = re.compile(r"(?:(?<=[.!?])[”\"’]?[^\S\n]+|\n\s*)(?=\S)")
_SENTENCES_BACK = 5


def _sentence_starts(text: str, position: int) -> list[int]:
    """Where the sentences before `position` start, last first, up to `_SENTENCES_BACK` of them."""
    window = max(0, position - 1500)
    starts = [match.end() for match in _SENTENCE_START.finditer(text, window, position + 1)]
    if window == 0:
        starts.insert(0, 0)
    # The last start at or before `position` opens the sentence it is in: only those before count.
    return [start for start in reversed(starts) if start <= position][1 : _SENTENCES_BACK + 1]


def body_subject_before(text: str, speakers: Sequence[Speaker], position: int) -> Speaker | None:
    """`"…," it stated`: the body that is the subject of the last sentence before the one at `position` that
    has a body as its subject, up to five sentences back."""
    for start in _sentence_starts(text, position):
        subject = _SUBJECT.match(text, start, position)
        name = subject["name"] if subject is not None else ""
        if subject is None or name.split()[0] in _NOT_NAMES or name.endswith(("’s", "'s")):
            continue
        stating = _STATING.match(text, subject.end()) is not None
        body = _known_body(text, speakers, *subject.span("name"), stating=stating)
        if body is not None:
            return body
    return None


def releasing_body(text: str, speakers: Sequence[Speaker], position: int) -> Speaker | None:
    """`the data showed` after `data released by the Ministry of X` or `The Ministry of X issued a statement`:
    the body named last before `position` as releasing a document."""
    released = [*_RELEASED_BY.finditer(text, 0, position), *_RELEASES.finditer(text, 0, position)]
    if not released:
        return None
    start, end = max(released, key=lambda match: match.start()).span("name")
    listed = [s for s in speakers if not s.is_person and start <= s.start < end]
    if listed:
        return listed[0]
    name = text[start:end]
    if " " not in name and (short := short_name_body(text, name, start)) is not None:
        return Speaker(short.name, short.entity_id, start, end, is_person=False)
    return Speaker(name, slugify(name), start, end, is_person=False)


def titled_body(text: str, noun: str, position: int) -> Speaker | None:
    """`the ministry said` after `the Ministry of Statistics and Programme Implementation`: the last name
    before `position` with the noun capitalized as one of its words."""
    titled = noun.capitalize()
    if text.find(titled, 0, position) < 0:
        return None
    pattern = re.compile(
        rf"(?<![\w’'])(?:{_NAME_WORD}[^\S\n]+)*{titled}(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*{_NAME_WORD})*\b"
    )
    found = list(pattern.finditer(text, 0, position))
    if not found:
        return None
    words = found[-1].group().split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    if len(words) < 2:
        return None
    name = " ".join(words)
    end = found[-1].end()
    return Speaker(name, slugify(name), end - len(name), end, is_person=False)


def last_body_before(text: str, speakers: Sequence[Speaker], position: int, since: int) -> Speaker | None:
    """`the independent statutory body said`, `said the organization`: the last body named between `since`
    and `position`, listed or the subject of a sentence."""
    listed = [s for s in speakers if not s.is_person and since <= s.start and s.end <= position]
    subject = body_subject_before(text, speakers, position)
    if subject is not None and subject.start < since:
        subject = None
    candidates = [*listed, *([subject] if subject is not None else [])]
    return max(candidates, key=lambda body: body.start) if candidates else None
