"""What each line around an article's body is: its headline, a photo caption, a press release's
letterhead, page furniture, a link to another story or a poll's legal line (`app.clean` drops or keeps
them by these)."""

from __future__ import annotations

import itertools
import re

from app.case_folding import lowers_like_ignorecase

__all__ = [
    "BYLINE",
    "CONTACT_LINE",
    "FURNITURE_LINE",
    "LEGAL_LINE",
    "RELATED_LINK",
    "caption_lines",
    "first_run_on_line",
    "is_headline_like",
    "is_leading_headline",
    "is_prose",
    "letterhead_lines",
    "may_be_legal",
]

FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        our\ latest\ articles|related\ articles?|skip\ to\ (?:main\ )?content|
        share\ (?:on|via)\ (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)\b.*|
        (?:home|news)\s*[>»›]\s*.*|related\ stories|read\ more|recommended(?:\ for\ you)?|
        advertisement|sponsored\ content|share\ this\ (?:article|story)|click\ here\ to\ .*|
        sign\ up\ for\ .*newsletter.*|listen\ to\ .*podcast\b.*|\d+\ min(?:ute)?s?\ read|subscribe\ (?:now|today).*|trending(?:\ now)?|
        \(?photo\ credit\b.*|(?:.*/\s*)?photo\ by\ .*|(?:image|media)\ (?:credit|source|copyright)\b.*|
        updated\ at\ \d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?\b(?!.*\b(?:19|20)\d\d\b).*|
        (?:file\ )?photo:.*|\(?(?:getty\ images|ap\ photo|reuters)\b[^.]*\)?|
        [^/\n]{1,60}/[^/\n]{1,60}\b(?:file|staff|contributed)\ photo
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "RELATED: Council poised to raise overtime budget": a link to another story, kept as text, never the headline.
RELATED_LINK = re.compile(r"related(?:\s+(?:articles?|stories|coverage))?:\s", re.IGNORECASE)
LEGAL_LINE = re.compile(
    r"by (?:completing|taking|submitting) (?:the|this) (?:poll|survey|form)|agree to (?:receive|our) .*(?:emails|privacy)",
    re.IGNORECASE,
)
# Every match of LEGAL_LINE holds one of these; an ASCII line without any needs no search.
_LEGAL_WORDS = ("by completing ", "by taking ", "by submitting ", "agree to ")


def may_be_legal(line: str) -> bool:
    """Whether `LEGAL_LINE` can match `line`."""
    if not lowers_like_ignorecase(line):
        return True
    lowered = line.lower()
    return any(words in lowered for words in _LEGAL_WORDS)


# A photo's caption carries its credit: "… TD. Photo: Name / Facebook", "… (AP Photo/Name)", or the
# photographer's name in capitals run into the caption's last sentence ("… on June 29, 2017.JASON FRANSON").
# `_has_caption_credit` skips this search by its words: a new word goes in _CAPTION_WORDS too.
_CAPTION_CREDIT = re.compile(
    r"(?:[.!?)”\"]\s*|\s[-–—|/]\s*)(?:photo(?:graph)?|picture|image)s?(?:\s+credit)?\s*[:/]\s*\S"
    r"|\((?:ap|afp|reuters|getty|epa|pa|aap|cp)\b[^)]*\)\s*$"
    # "… in 2010 (FILE)", "… annex of the jail (Ana Ruiz / harbourledger file photo)"
    r"|\((?:file(?:\s+(?:photo|picture|image))?|photo|pic)\)\s*$|\([^()\n]*/[^()\n]*\bphoto\)\s*$"
    # "… the budget on Tuesday. Harbour NewsWire / Ana Ruiz", "… Video / Harbour Herald": source and maker.
    r"|[.!?]\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s*/\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
    r"(?:\s+credit:[^\n]*)?\s*$",
    re.IGNORECASE,
)
# Opening on the literal `.` (the lookbehind after it) lets the engine skip to each full stop.
_RUN_IN_CREDIT = re.compile(r"\.(?<=[a-z0-9]\.)[A-Z]{2,}[A-Z'’-]*(?:\s+[A-Z][A-Z'’/-]*)*\s*$")
# Every match of _CAPTION_CREDIT holds one of these words or a slash ("Harbour NewsWire / Ana Ruiz"), or ends on `)`.
_CAPTION_WORDS = ("photo", "picture", "image", "/")


def _has_caption_credit(line: str) -> bool:
    """`_CAPTION_CREDIT.search(line)`, skipped for a line that holds none of its words."""
    if lowers_like_ignorecase(line) and not line.rstrip().endswith(")"):
        lowered = line.lower()
        if not any(word in lowered for word in _CAPTION_WORDS):
            return False
    return _CAPTION_CREDIT.search(line) is not None


BYLINE = re.compile(r"by\s", re.IGNORECASE)
# "Media contact: Sgt. Ana Ruiz, Public Information Officer": a press release's contact line names its officer.
CONTACT_LINE = re.compile(r"(?:(?:media|press|news)\s+)?contacts?\s*:\s*\S", re.IGNORECASE)
# A press release's letterhead: the issuing office's name alone on a line.
_LETTERHEAD = re.compile(
    r"(?:the\s+)?(?:u\.s\.\s+)?(?:office|department|ministry|bureau|agency|city|county|state|commonwealth|town)"
    r"\s+(?:of|for)\b(?:\s+\S+){0,5}$"
    r"|(?:\S+\s+){0,4}(?:office|department|ministry|bureau|agency|commission|press office)$"
    r"|.*\b(?:communications|media relations|newsroom|news release|press release)$",
    re.IGNORECASE,
)
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


# A line that opens on a comma or a lowercase word goes on with the sentence of the line above it
# ("The figures, published … on Friday" then ", further highlight …"); "by Ana Ruiz" is a byline.
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "’", "'", ":")
_CONTINUES_SENTENCE = re.compile(r"^\s*(?:[,;)]|(?!by\s)[a-z])")


def first_run_on_line(lines: list[str]) -> int:
    """The first line whose sentence runs on into the next line: body text, with no headline after it."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for index, following in itertools.pairwise(filled):
        if _CONTINUES_SENTENCE.match(lines[following]) and not lines[index].rstrip().endswith(_SENTENCE_ENDS):
            return index
    return len(lines)


def is_prose(line: str) -> bool:
    """A paragraph of running text: twenty words or more, ending like a sentence."""
    stripped = line.strip()
    return len(stripped.split()) >= 20 and _ends_sentence(stripped)


def is_headline_like(line: str) -> bool:
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


_NAME_THEN_OFFICE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?:the\s+)?"
    r"(?P<office>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:\s+(?:for|of)\s+[^,\n]{2,50})?"
)
_NAME_AND_POST_NOMINAL = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?P<seat>[A-Z]{2,4})")


def _is_name_label(line: str) -> bool:
    """A photo's name label, an office and the name of who holds it; not a headline."""
    # Imported here because the extractors import this module; titles have one owner.
    from app.extract.lexicon import POST_NOMINAL_OFFICES, TITLE_HEADS

    label = _NAME_LABEL.fullmatch(line.strip())
    if label is not None and label["office"].split()[-1].lower().rstrip(".") in TITLE_HEADS:
        return True
    # "Ada Brennan, Mayor of Riverton": the name first, then the office.
    holder = _NAME_THEN_OFFICE.fullmatch(line.strip())
    if holder is not None and holder["office"].split()[-1].lower().rstrip(".") in TITLE_HEADS:
        return True
    # "Ada Brennan MP", "Ada Brennan TD": a name and the seat its holder sits for, a label or a byline.
    named = _NAME_AND_POST_NOMINAL.fullmatch(line.strip())
    return named is not None and named["seat"] in POST_NOMINAL_OFFICES


def is_leading_headline(line: str) -> bool:
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
        BYLINE.match(line)
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


def letterhead_lines(lines: list[str]) -> set[int]:
    """The opening block of a press release: several short lines with no blank line between them,
    starting with something other than a headline (an office's name, "FOR IMMEDIATE RELEASE")."""
    block: list[int] = []
    for index, line in enumerate(lines):
        if line.strip():
            block.append(index)
        elif block:
            break
    first = lines[block[0]].strip() if block else ""
    if (
        len(block) == 2
        and (len(first.split()) <= 3 or _is_name_label(first))
        and is_leading_headline(lines[block[1]].strip())
    ):
        # "Business", the site's name or a photo's name label, then the headline: a story, not a release.
        return set()
    if (
        len(block) >= 2
        and not any(is_prose(lines[index]) for index in block)
        # A headline with its byline and date lines under it opens a news story, not a release.
        and not is_leading_headline(lines[block[0]].strip())
    ):
        return set(block)
    return set()


def caption_lines(lines: list[str]) -> set[int]:
    """Photo captions: lines carrying a photo credit, or set directly above a credit line of their own."""
    captions: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            _has_caption_credit(stripped)
            or _RUN_IN_CREDIT.search(stripped)
            or (
                following.lower().startswith(("photo", "image", "picture"))
                and FURNITURE_LINE.match(following)
            )
        ):
            captions.add(index)
    # A caption shown twice (the image's alt text, then the caption under it) is a caption both times.
    caption_texts = {lines[index].strip() for index in captions}
    return {index for index, line in enumerate(lines) if line.strip() and line.strip() in caption_texts}
