"""Raw article text -> cleaned text: mojibake repaired, header and page furniture removed.

The cleaned text is what gets indexed and what every extracted offset points into.
The rules are generic (shortcodes, poll/legal lines, photo credits, related-article
headlines, lossy code-page round trips); none is keyed to a particular file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import ftfy
from ftfy import badness

from app.page_lines import (
    BYLINE,
    CONTACT_LINE,
    FURNITURE_LINE,
    LEGAL_LINE,
    RELATED_LINK,
    caption_lines,
    first_run_on_line,
    is_headline_like,
    is_leading_headline,
    is_prose,
    letterhead_lines,
    may_be_legal,
)

__all__ = ["CleanedText", "RemovedSpan", "clean_text"]


@dataclass(frozen=True)
class RemovedSpan:
    """A piece of the raw text that was not kept, with its offsets in the raw text."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class CleanedText:
    text: str
    headline: tuple[int, int] | None = None
    header_date: date | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    repairs: int = 0


# UTF-8 curly quotes decoded as cp874 keep only their lead byte (0xE2 -> U+0E42 "โ"),
# sometimes followed by "€" (0x80) and a replacement character for the undefined third byte.
_CP874_QUOTE = re.compile("\u0e42\u20ac?[\ufffd\x80-\x9f]?")
# `Gov. Jerry Brown”s budget`, `the state”s colleges`: a closing double mark typed (or converted) for the
# apostrophe of a possessive or a contraction.
_QUOTE_FOR_APOSTROPHE = re.compile(r"(?<=[A-Za-z])”(?=(?:s|t|re|ve|ll|d|m)\b)")
_THAI_LETTERS = re.compile("[\u0e01-\u0e41\u0e43-\u0e5b]")
# Text without these gives ftfy nothing to do: printable ASCII, no-break spaces and typographic quotes
# and dashes form no mojibake pattern, none is rewritten by its fixers, all are NFC; "&" only starts an
# HTML entity before a letter, digit or "#".
_SOMETHING_TO_REPAIR = re.compile("[^\t\n -~\xa0\u2018\u2019\u201c\u201d\u2013\u2014\u2026]|&[#0-9A-Za-z]")

_HEADER_DATE = re.compile(r"\A\s*date[:\s]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
_SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9]*_[a-z0-9_]*(?:\s[^\]\n]*)?\]|\[/?[a-z_]+\s+[a-z_]+\s*=[^\]\n]*\]")
_BLANKS = re.compile("[ \t\u00a0]+")
# A line that ends a sentence or a clause list (`.`, `?`, `:` …, closing quotes and brackets after).
_ENDS_SENTENCE = re.compile(r"[.!?:;…][”\"’')\]]*\s*$")
_OPENS_LOWERCASE = re.compile(r"\s*[a-z0-9$(]")
# Hard-wrapped copy (a wire story cut into lines of ~65 characters, no blank line between paragraphs) has
# at least this many lines that stop mid-sentence before a line going on in lowercase, and this share.
_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.25


# No match of ftfy's badness pattern is longer than this, and every match holds a character that
# `_SOMETHING_TO_REPAIR` finds.
_LONGEST_BADNESS = 7
# ftfy fixes text line by line, in segments of at most this many characters.
_FTFY_SEGMENT = 1_000_000


def _looks_bad(text: str, suspects: list[int]) -> bool:
    """`badness.is_bad(text)`, asked only around the characters that can be part of a match."""
    return any(
        badness.BADNESS_RE.search(text, max(0, at - _LONGEST_BADNESS), at + _LONGEST_BADNESS + 1)
        for at in suspects
    )


def _fix_text(text: str, suspects: list[int]) -> str:
    """What `ftfy.fix_text` returns for `text`, run only on the lines holding a suspect character.

    A line of clean characters comes back from ftfy unchanged; ftfy keeps no state between lines
    except that HTML entities are left alone after the first "<".
    """
    # fix_encoding is most of ftfy's cost and only acts where its badness heuristic fires;
    # asking that once for the whole text halves the time on clean text.
    fix_encoding = _looks_bad(text, [at for at in suspects if text[at] != "&"])
    if len(text) > _FTFY_SEGMENT:
        return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_encoding=fix_encoding)
    first_tag = text.find("<")
    pieces: list[str] = []
    position = 0
    for at in suspects:
        if at < position:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        pieces.append(text[position:start])
        pieces.append(
            ftfy.fix_text(
                text[start:end],
                normalization="NFC",
                uncurl_quotes=False,
                fix_encoding=fix_encoding,
                unescape_html=False if 0 <= first_tag < end else "auto",
            )
        )
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Fix encoding damage: ftfy for the common cases, then lossy cp874 quote marks."""
    suspects = [match.start() for match in _SOMETHING_TO_REPAIR.finditer(text)]
    if not suspects:
        return text, 0
    fixed = _fix_text(text, suspects)
    if "\u0e42" not in fixed or _THAI_LETTERS.search(fixed):
        return fixed, int(fixed != text)
    repairs = 0

    def choose_quote(match: re.Match[str]) -> str:
        nonlocal repairs
        repairs += 1
        before = fixed[match.start() - 1] if match.start() > 0 else " "
        after = fixed[match.end()] if match.end() < len(fixed) else " "
        if before.isalnum() and after.isalnum():
            return "\u2019"
        if before.isspace() or before in "([{—–-" or match.start() == 0:
            return "\u201c"
        return "\u201d"

    return _CP874_QUOTE.sub(choose_quote, fixed), repairs + int(fixed != text)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        spans.append((position, position + len(line.rstrip("\r\n"))))
        position += len(line)
    return spans


def _wrapped_continuations(lines: list[str], headline_index: int | None) -> set[int]:
    """Indexes of the lines that go on the line right above them in hard-wrapped copy: the line above stops
    mid-sentence and is not the headline. Empty when the copy is not hard-wrapped."""
    pairs = [
        index
        for index in range(1, len(lines))
        if lines[index].strip()
        and lines[index - 1].strip()
        and index - 1 != headline_index
        and index != headline_index
        and not _ENDS_SENTENCE.search(lines[index - 1])
    ]
    adjacent = sum(1 for index in range(1, len(lines)) if lines[index].strip() and lines[index - 1].strip())
    going_on_lowercase = sum(1 for index in pairs if _OPENS_LOWERCASE.match(lines[index]))
    if going_on_lowercase < _WRAPPED_LINES or going_on_lowercase < _WRAPPED_SHARE * adjacent:
        return set()
    return set(pairs)


def clean_text(raw: str) -> CleanedText:
    """Clean one article's raw text."""
    removed: list[RemovedSpan] = []
    repaired, repairs = repair_mojibake(raw)
    if "”" in repaired:
        repaired, apostrophes = _QUOTE_FOR_APOSTROPHE.subn("\u2019", repaired)
        repairs += apostrophes
    # Offsets of removed spans refer to the repaired text, which has the raw text's
    # line structure; repairs never add or remove lines.
    working = unicodedata.normalize("NFC", repaired)

    header_date = None
    header = _HEADER_DATE.match(working)
    if header:
        try:
            header_date = date(int(header[1]), int(header[2]), int(header[3]))
        except ValueError:
            header_date = None
        removed.append(RemovedSpan(header.start(), header.end(), header[0], "header"))
        working = " " * header.end() + working[header.end() :]

    def blank(match: re.Match[str]) -> str:
        removed.append(RemovedSpan(match.start(), match.end(), match[0], "shortcode"))
        return " " * len(match[0])

    working = _SHORTCODE.sub(blank, working)

    headline: tuple[int, int] | None = None
    spans = _line_spans(working)
    lines = [working[start:end] for start, end in spans]
    drop = [False] * len(lines)
    captions = caption_lines(lines)
    prose = [i for i, line in enumerate(lines) if is_prose(line) and i not in captions]
    first_prose, last_prose = (prose[0], prose[-1]) if prose else (len(lines), -1)
    # The headline is the first headline-shaped line above the body, after any boilerplate
    # such as "FOR IMMEDIATE RELEASE"; later headline-like lines up there link elsewhere.
    letterhead = letterhead_lines(lines)
    run_on = first_run_on_line(lines[: max(first_prose, 1) + 1])
    headline_index = next(
        (
            i
            for i, line in enumerate(lines[: max(first_prose, 1)])
            if i < run_on
            and i not in letterhead
            and i not in captions
            and is_leading_headline(line.strip())
            and not FURNITURE_LINE.match(line.strip())
            and not RELATED_LINK.match(line.strip())
        ),
        None,
    )

    # Hard-wrapped copy: a line that goes on the sentence of the line above is body text, never furniture.
    wrapped = _wrapped_continuations(lines, headline_index)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or index in wrapped:
            continue
        reason = None
        if FURNITURE_LINE.match(stripped):
            reason = "furniture"
        elif may_be_legal(stripped) and LEGAL_LINE.search(stripped):
            reason = "poll"
            previous = index - 1
            while previous >= 0 and not lines[previous].strip():
                previous -= 1
            if previous >= 0 and lines[previous].strip().endswith("?") and len(lines[previous].split()) <= 15:
                drop[previous] = True
                start, end = spans[previous]
                removed.append(RemovedSpan(start, end, working[start:end], "poll"))
        elif (
            index != headline_index
            # A photo's caption names the people in the picture: it stays, though it is not the headline.
            and index not in captions
            and not first_prose < index < last_prose
            # Lines from the first that runs on into the next are the body's, though no prose line came yet.
            and not run_on <= index < first_prose
            and not BYLINE.match(stripped)
            and not CONTACT_LINE.match(stripped)
            and is_headline_like(stripped)
        ):
            # Headline-like lines around the article body are links to other articles;
            # inside the body they are subheads and stay.
            reason = "related-headline"
        if reason:
            drop[index] = True
            start, end = spans[index]
            removed.append(RemovedSpan(start, end, working[start:end], reason))

    paragraphs: list[str] = []
    for index, line in enumerate(lines):
        if drop[index]:
            continue
        # A single space is the only run of blanks the collapse leaves as it is.
        spaced = "  " in line or "\t" in line or "\u00a0" in line
        stripped = (_BLANKS.sub(" ", line) if spaced else line).strip()
        if stripped and index in wrapped and paragraphs and not drop[index - 1]:
            paragraphs[-1] += " " + stripped
        elif stripped:
            if index == headline_index:
                offset = sum(len(paragraph) + 2 for paragraph in paragraphs)
                headline = (offset, offset + len(stripped))
            paragraphs.append(stripped)

    text = "\n\n".join(paragraphs)
    removed.sort(key=lambda span: span.start)
    return CleanedText(
        text=text,
        headline=headline,
        header_date=header_date,
        removed=removed,
        repairs=repairs,
    )
