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
_THAI_LETTERS = re.compile("[\u0e01-\u0e41\u0e43-\u0e5b]")
# Text without these gives ftfy nothing to do: printable ASCII, no-break spaces and typographic quotes
# and dashes form no mojibake pattern, none is rewritten by its fixers, all are NFC; "&" only starts an
# HTML entity before a letter, digit or "#".
_SOMETHING_TO_REPAIR = re.compile("[^\t\n -~\xa0\u2018\u2019\u201c\u201d\u2013\u2014\u2026]|&[#0-9A-Za-z]")

_HEADER_DATE = re.compile(r"\A\s*date[:\s]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
_SHORTCODE = re.compile(r"\[/?[a-z][a-z0-9]*_[a-z0-9_]*(?:\s[^\]\n]*)?\]|\[/?[a-z_]+\s+[a-z_]+\s*=[^\]\n]*\]")
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        our\ latest\ articles|related\ articles?|related\ stories|read\ more|recommended(?:\ for\ you)?|
        advertisement|sponsored\ content|share\ this\ (?:article|story)|click\ here\ to\ .*|
        sign\ up\ for\ .*newsletter.*|listen\ to\ .*podcast\b.*|\d+\ min(?:ute)?s?\ read|subscribe\ (?:now|today).*|trending(?:\ now)?|
        \(?photo\ credit\b.*|(?:.*/\s*)?photo\ by\ .*|image\ (?:credit|source)\b.*|
        (?:file\ )?photo:.*|\(?(?:getty\ images|ap\ photo|reuters)\b[^.]*\)?|
        [^/\n]{1,60}/[^/\n]{1,60}\b(?:file|staff|contributed)\ photo
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "RELATED: Council poised to raise overtime budget": a link to another story, kept as text, never the headline.
_RELATED_LINK = re.compile(r"related(?:\s+(?:articles?|stories|coverage))?:\s", re.IGNORECASE)
_LEGAL_LINE = re.compile(
    r"by (?:completing|taking|submitting) (?:the|this) (?:poll|survey|form)|agree to (?:receive|our) .*(?:emails|privacy)",
    re.IGNORECASE,
)
# Every match of _LEGAL_LINE holds one of these; an ASCII line without any needs no search.
_LEGAL_WORDS = ("by completing ", "by taking ", "by submitting ", "agree to ")


def _may_be_legal(line: str) -> bool:
    """Whether `_LEGAL_LINE` can match `line` (outside ASCII, case folding may match other letters)."""
    if not line.isascii():
        return True
    lowered = line.lower()
    return any(words in lowered for words in _LEGAL_WORDS)


# A photo's caption carries its credit: "… TD. Photo: Name / Facebook", "… (AP Photo/Name)", or the
# photographer's name in capitals run into the caption's last sentence ("… on June 29, 2017.JASON FRANSON").
_CAPTION_CREDIT = re.compile(
    r"(?:[.!?)”\"]\s*|\s[-–—|/]\s*)(?:photo(?:graph)?|picture|image)s?(?:\s+credit)?\s*[:/]\s*\S"
    r"|\((?:ap|afp|reuters|getty|epa|pa|aap|cp)\b[^)]*\)\s*$"
    # "… in 2010 (FILE)", "… annex of the jail (Ana Ruiz / harbourledger file photo)"
    r"|\((?:file(?:\s+(?:photo|picture|image))?|photo|pic)\)\s*$|\([^()\n]*/[^()\n]*\bphoto\)\s*$",
    re.IGNORECASE,
)
_RUN_IN_CREDIT = re.compile(r"(?<=[a-z0-9])\.[A-Z]{2,}[A-Z'’-]*(?:\s+[A-Z][A-Z'’/-]*)*\s*$")
_BYLINE = re.compile(r"by\s", re.IGNORECASE)
# A press release's letterhead: the issuing office's name alone on a line.
_LETTERHEAD = re.compile(
    r"(?:the\s+)?(?:u\.s\.\s+)?(?:office|department|ministry|bureau|agency|city|county|state|commonwealth|town)"
    r"\s+(?:of|for)\b(?:\s+\S+){0,5}$"
    r"|(?:\S+\s+){0,4}(?:office|department|ministry|bureau|agency|commission|press office)$"
    r"|.*\b(?:communications|media relations|newsroom|news release|press release)$",
    re.IGNORECASE,
)
_BLANKS = re.compile("[ \t\u00a0]+")
_SENTENCE_END_MARKS = (".", "!", "?", ":", ";", '"', "”", "’", "'", "…", ")", "]")


def _ends_sentence(line: str) -> bool:
    """Whether `line` ends, before any trailing whitespace, with a mark that can end a sentence."""
    # str.rstrip() strips what the regex `\s` matches; no pattern tried at every offset of a paragraph.
    return line.rstrip().endswith(_SENTENCE_END_MARKS)


# A percent or currency sign on a figure ("13.2%", "$678,000", "£1.2bn").
_AMOUNT_SIGN = re.compile(r"[%$€£¥₹₦₱]")
_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)


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


def _is_prose(line: str) -> bool:
    """A paragraph of running text: twenty words or more, ending like a sentence."""
    stripped = line.strip()
    return len(stripped.split()) >= 20 and _ends_sentence(stripped)


def _is_headline_like(line: str) -> bool:
    """Short, unpunctuated at the end, and mostly capitalized words: a headline, not prose."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    if not words or len(words) > 20 or _ends_sentence(stripped):
        return False
    tokens = stripped.split()
    figures = [token for token in tokens if any(char.isdigit() for char in token)]
    if 3 * len(figures) >= len(tokens) and any(_AMOUNT_SIGN.search(token) for token in figures):
        # "Canterbury $678,000 up 13.2%": a row of a table of amounts, not a link to another story.
        return False
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not significant:
        return False
    capitalized = sum(1 for w in significant if w[0].isupper())
    return capitalized / len(significant) >= 0.75


# "MP for Riverton East, Ada Brennan", "Finance Minister, Ada Brennan": an office, then a name.
_NAME_LABEL = re.compile(
    r"(?P<office>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:\s+(?:for|of)\s+[^,\n]{2,50})?,"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*"
)


def _is_name_label(line: str) -> bool:
    """A photo's name label, an office and the name of who holds it; not a headline."""
    # Imported here because the extractors import this module; titles have one owner.
    from app.extract.lexicon import TITLE_HEADS

    label = _NAME_LABEL.fullmatch(line.strip())
    return label is not None and label["office"].split()[-1].lower().rstrip(".") in TITLE_HEADS


def _is_leading_headline(line: str) -> bool:
    """The first line is a headline when it is short and unpunctuated, in title or sentence case alike.

    Bylines, letterheads ("Office of the Governor") and all-capitals boilerplate ("FOR IMMEDIATE
    RELEASE") are not headlines.
    """
    # Imported here because the extractors import this module; dates have one owner.
    from app.extract.datelines import holds_dated_clock, is_date_line

    words = line.split()
    if not 3 <= len(words) <= 25 or line.rstrip().endswith((".", ",", ";", ":", "—", "-")):
        return False
    if (
        _BYLINE.match(line)
        or _LETTERHEAD.match(line)
        or is_date_line(line)
        or holds_dated_clock(line)
        or _is_name_label(line)
        or (_ends_sentence(line) and not line.rstrip().endswith(("?", "!", "’", "”", "'", '"')))
    ):
        return False
    letters = [char for char in line if char.isalpha()]
    # "‘The police dropped the ball’ – …", "15% of patients wait …": a headline may open with a quote or a figure.
    opening = line.lstrip("‘“'\"")[:1]
    return (
        bool(letters)
        and not all(char.isupper() for char in letters)
        and (opening.isupper() or opening.isdigit())
    )


def _letterhead_lines(lines: list[str]) -> set[int]:
    """The opening block of a press release: several short lines with no blank line between them,
    starting with something other than a headline (an office's name, "FOR IMMEDIATE RELEASE")."""
    block: list[int] = []
    for index, line in enumerate(lines):
        if line.strip():
            block.append(index)
        elif block:
            break
    if (
        len(block) >= 2
        and not any(_is_prose(lines[index]) for index in block)
        # A headline with its byline and date lines under it opens a news story, not a release.
        and not _is_leading_headline(lines[block[0]].strip())
    ):
        return set(block)
    return set()


def _caption_lines(lines: list[str]) -> set[int]:
    """Photo captions: lines carrying a photo credit, or set directly above a credit line of their own."""
    captions: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            _CAPTION_CREDIT.search(stripped)
            or _RUN_IN_CREDIT.search(stripped)
            or (
                following.lower().startswith(("photo", "image", "picture"))
                and _FURNITURE_LINE.match(following)
            )
        ):
            captions.add(index)
    # A caption shown twice (the image's alt text, then the caption under it) is a caption both times.
    caption_texts = {lines[index].strip() for index in captions}
    return {index for index, line in enumerate(lines) if line.strip() and line.strip() in caption_texts}


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        spans.append((position, position + len(line.rstrip("\r\n"))))
        position += len(line)
    return spans


def clean_text(raw: str) -> CleanedText:
    """Clean one article's raw text."""
    removed: list[RemovedSpan] = []
    repaired, repairs = repair_mojibake(raw)
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
    captions = _caption_lines(lines)
    prose = [i for i, line in enumerate(lines) if _is_prose(line) and i not in captions]
    first_prose, last_prose = (prose[0], prose[-1]) if prose else (len(lines), -1)
    # The headline is the first headline-shaped line above the body, after any boilerplate
    # such as "FOR IMMEDIATE RELEASE"; later headline-like lines up there link elsewhere.
    letterhead = _letterhead_lines(lines)
    headline_index = next(
        (
            i
            for i, line in enumerate(lines[: max(first_prose, 1)])
            if i not in letterhead
            and i not in captions
            and _is_leading_headline(line.strip())
            and not _FURNITURE_LINE.match(line.strip())
            and not _RELATED_LINK.match(line.strip())
        ),
        None,
    )

    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        reason = None
        if _FURNITURE_LINE.match(stripped):
            reason = "furniture"
        elif _may_be_legal(stripped) and _LEGAL_LINE.search(stripped):
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
            and not first_prose < index < last_prose
            and not _BYLINE.match(stripped)
            and _is_headline_like(stripped)
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
        if stripped:
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
