"""Quote marks: the spans a paragraph quotes between double or single marks, and quoted titles.

A quote left open at a paragraph's end runs to the end (AP style reopens it in the next paragraph); a
closing mark with no opening one means the quote began the paragraph. Single marks may be curly or
straight (British copy: `described the rail network as 'broken'`); a straight one inside a word is an
apostrophe (`We're`, `Britain's`), and one after a word's last letter (`the workers' rights`) closes.
Titles of works and plans in title case (`"Homicide: Life on the Street"`) are names, not quotations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.lexicon import word_set
from app.extract.spans import Sentences
from app.models import Quote

__all__ = [
    "QuotedSpan",
    "double_quotes",
    "is_title",
    "opens_sentence",
    "paragraphs",
    "single_quotes",
    "trim",
    "without_headline_repeats",
]

# `‘‘…’’`: two single marks typed for a double one open and close a quote as one mark does.
_DOUBLE_MARK = re.compile('‘‘|’’|[“”"]')
_DOUBLED_SINGLE = {"‘‘": "“", "’’": "”"}
_OPENS_WORD = re.compile(r"\s”\w")


@dataclass
class QuotedSpan:
    """The content between quote marks (the marks excluded)."""

    start: int
    end: int
    closed_by: str  # the character after the content: a closing mark, or "" at a paragraph edge
    opened: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in re.finditer(r"\n\s*\n", text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(start, end) for start, end in spans if end > start]


def double_quotes(text: str, start: int, end: int) -> list[QuotedSpan]:
    """Spans between straight or curly double marks in the paragraph `text[start:end]`."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    first_mark = True
    for mark in _DOUBLE_MARK.finditer(text, start, end):
        index, char = mark.start(), _DOUBLED_SINGLE.get(mark.group(), mark.group())
        # `… Rs 400 crore," Baghel added.`: a lone straight mark after a clause's punctuation closes a quote
        # whose opening mark the copy lost (it began the paragraph).
        lone_closing = (
            char == '"'
            and first_mark
            and text[index - 1 : index] in (",", ".", "?", "!")
            and text.find('"', index + 1, end) < 0
        )
        # `“… every three months,“ she said.`: an opening mark typed for the closing one, before a space or the
        # paragraph's end while a quote is open, closes it.
        reversed_closing = (
            char == "“" and open_at is not None and (index + 1 >= end or text[index + 1].isspace())
        )
        opening = (
            (char == "“" and not reversed_closing)
            or (char == '"' and open_at is None and not lone_closing)
            # `reflects the ”strength of …”`: a closing mark typed before a word, after a space, opens.
            or (char == "”" and open_at is None and _OPENS_WORD.match(text, index - 1, index + 2) is not None)
        )
        if opening:
            open_at = mark.end()
        elif open_at is not None:
            spans.append(QuotedSpan(open_at, index, char, True))
            open_at = None
        elif first_mark:
            # A closing mark with no opening one: the quote began the paragraph.
            spans.append(QuotedSpan(start, index, char, False))
        first_mark = False
    if open_at is not None and end - open_at > 1:
        spans.append(QuotedSpan(open_at, end, "", True))
    return spans


_SINGLE_QUOTED = re.compile(r"(?<![\w’])‘(?=\S)(?:[^‘’\n]|’(?=\w))+?(?<=\S)’(?!\w)")
# An opening straight mark starts a word, and not a decade or a year cut short (`the '90s`, `'08`).
_STRAIGHT_SINGLE_QUOTED = re.compile(r"(?<![\w'’])'(?!\d\ds?\b)(?=[^\W_])(?:[^'\n]|'(?=\w))+?(?<=\S)'(?!\w)")


def single_quotes(text: str, start: int, end: int, taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Spans between curly or straight single marks in the paragraph, outside the double-quoted `taken`
    spans."""
    spans: list[QuotedSpan] = []
    for mark, pattern in (("‘", _SINGLE_QUOTED), ("'", _STRAIGHT_SINGLE_QUOTED)):
        if text.find(mark, start, end) < 0:
            continue
        for match in pattern.finditer(text, start, end):
            span_start, span_end = match.start() + 1, match.end() - 1
            if any(s.start <= span_start < s.end for s in [*taken, *spans]):
                continue
            spans.append(QuotedSpan(span_start, span_end, match.group()[-1], True))
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start:end` without surrounding space and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


_TITLE_SMALL_WORDS = word_set("title_case_small_words.txt")
_MAX_TITLE_WORDS = 12


def is_title(words: Sequence[str]) -> bool:
    """Words in title case (`Homicide: Life on the Street`), no sentence in them: the name of a work or plan."""
    if len(words) > _MAX_TITLE_WORDS or any(word.endswith((".", "?", "!")) for word in words[:-1]):
        return False
    lettered = [word.strip("‘’'(),:;") for word in words if word[:1].isalpha()]
    capitalized = [word for word in lettered if word[:1].isupper()]
    return len(capitalized) >= 2 and all(
        word[:1].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in lettered
    )


def _folded(words: str) -> str:
    return " ".join(words.replace("’", "'").lower().strip(" ,.;:!?").split())


def opens_sentence(text: str, span: QuotedSpan, sentences: Sentences) -> bool:
    """Whether only the opening mark stands between the quote and the start of its sentence."""
    mark = span.start - 1 if span.opened else span.start
    sentence_start = sentences.span_at(max(0, mark))[0]
    return not text[sentence_start:mark].strip()


def without_headline_repeats(text: str, headline: tuple[int, int], quotes: list[Quote]) -> list[Quote]:
    """`quotes` less the headline's quotes that repeat a body quote (`_headline_repeats`)."""
    body_quotes = [quote.text for quote in quotes if quote.start >= headline[1]]
    return [
        quote
        for quote in quotes
        if not _headline_repeats(text, headline, quote.start, quote.end, body_quotes)
    ]


def _headline_repeats(
    text: str, headline: tuple[int, int], start: int, end: int, body_quotes: Sequence[str]
) -> bool:
    """`text[start:end]`, quoted in part of the headline, repeats words a body quote gives in full
    (`Government only 'shy of half a million new jobs'` above `"We are now millimetres shy of half a
    million new jobs," the minister said`): the body's quotation, not a new one. A headline that is all
    quote stands as its own."""
    headline_start, headline_end = headline
    if not (headline_start <= start and end <= headline_end):
        return False
    if not text[headline_start:start].strip(" \t'‘’\"“”") and not text[end:headline_end].strip(" \t.'‘’\"“”"):
        return False
    words = _folded(text[start:end])
    return bool(words) and any(words in _folded(quote) for quote in body_quotes)
