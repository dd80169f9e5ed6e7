"""Bylines: the authors a line names and the outlet it credits them to.

`By Ana Ruiz, Li Wei and Tom Hale — March 3, 2020`, `By MARISOL TREVIÑO Associated Press`, `(Ana Ruiz, The
Ledger)`, `By Ana Ruiz (OPB)`, `By The Citizen Reporter`; above the first paragraph also `Ana Ruiz, The Ledger`
and `Ana Ruiz, senior producer, & Li Wei, WRAL reporter`; the site's name on the line under a byline.
"""

from __future__ import annotations

import re

from app.extract.credits import Publisher, canonical_outlet, is_outlet_name
from app.extract.datelines import byline_date_start
from app.extract.lexicon import GIVEN_NAMES, OUTLETS
from app.extract.spans import evidence

__all__ = ["KNOWN_OUTLET", "byline_spans", "outlet_below"]

_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_PAREN_BYLINE = re.compile(rf"\((?P<author>{_NAME}),\s+(?P<outlet>[A-Z][^()\n,]{{1,60}}?)\)")
_BY = re.compile(r"By:?\s+")
# The elements of a byline: "By Ana Ruiz and Li Wei, Staff Writers | The Ledger".
_BYLINE_PART = re.compile(r"[^,|—–·]+?(?=\s*(?:,|\||—|–|·|\s-\s)|\s*$)")
_AUTHOR_JOINER = re.compile(r"\s+and\s+|\s*&\s*")
_FULL_NAME = re.compile(_NAME)
# Each alias opens on its first letter, so a scan skips other positions at once; the letter before the
# alias, two characters back from there, is checked next.
KNOWN_OUTLET = re.compile(
    "(?:"
    + "|".join(
        re.escape(alias[0]) + r"(?<![\w.][\s\S])" + re.escape(alias[1:])
        # Longest first across outlets: `Associated Press of Pakistan` before `Associated Press`.
        for alias in sorted(
            {alias for aliases in OUTLETS.values() for alias in aliases},
            key=lambda alias: (-len(alias), alias),
        )
    )
    + r")(?![\w])"
)
# "By Jane Doe, Staff Writer": the element after the name is the author's role, not an outlet.
_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau\s+chief|producer|analyst)s?\b",
    re.IGNORECASE,
)


# "By Ana Ruiz (OPB)": the outlet's initials in brackets after the author's name.
_BRACKETED_INITIALS = re.compile(r"\s*\((?P<outlet>[A-Z]{2,6})\)")
# "By The Citizen Reporter": the outlet's own reporter, no author named.
_OUTLET_REPORTER = re.compile(
    r"(?P<outlet>The\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:Reporter|Correspondent)s?"
)
# `SeafoodSource staff`, `By Harbour Ledger Staff Writer`: the site's staff, no author named.
_OUTLET_STAFF = re.compile(
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3})[ \t]+[Ss]taff(?:[ \t]+(?:[Ww]riter|[Rr]eporter)s?)?"
)
# The site's name alone on the line under a byline (`By Ana Ruiz` / `Harbour Daily News`), or after the
# author's role (`Education correspondent, BBC News`).
_OUTLET_LINE = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3},[ \t]+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,4})[ \t]*$",
    re.MULTILINE,
)
# An outlet's name is short: a longer element is the story run into the byline.
_LONGEST_OUTLET_WORDS = 6


def _is_author(name: str) -> bool:
    """A second name after a comma is a co-author when it starts with a known given name."""
    return (
        _FULL_NAME.fullmatch(name) is not None
        and name.split()[0].lower() in GIVEN_NAMES
        and not is_outlet_name(name)
    )


Span = tuple[int, int]


def outlet_below(line: str, text: str, line_end: int, raw_text: str) -> Publisher | None:
    """The site's name alone on the line under a line that opens with "By" and ends at `line_end` in the text;
    cleaning may have set that line aside, so it is also read under the same byline in the raw text."""
    if not _BY.match(line):
        return None
    below = _OUTLET_LINE.match(text, line_end)
    if below is not None and is_outlet_name(below["name"]):
        return Publisher(canonical_outlet(below["name"]), evidence(text, *below.span("name")), False)
    located = raw_text.find(line + "\n")
    below = _OUTLET_LINE.match(raw_text, located + len(line) + 1) if located >= 0 else None
    if below is not None and is_outlet_name(below["name"]):
        return Publisher(canonical_outlet(below["name"]), evidence(raw_text, *below.span("name")), True)
    return None


def _byline_parts(line: str, start: int, end: int) -> list[Span]:
    """The elements of a byline between its separators, without surrounding space."""
    parts = [match.span() for match in _BYLINE_PART.finditer(line, start, end) if match.group().strip()]
    # A part after " - " starts with the hyphen ("Ana Ruiz - Philstar.com").
    return [(s + len(line[s:e]) - len(line[s:e].lstrip().removeprefix("- ").lstrip()), e) for s, e in parts]


def _joined_names(line: str, start: int, end: int) -> list[Span] | None:
    """`Ana Ruiz and Li Wei`: the names joined in one element, or None when one is not a name."""
    names: list[Span] = []
    position = start
    for joiner in [*_AUTHOR_JOINER.finditer(line, start, end), None]:
        name_end = joiner.start() if joiner else end
        if not _FULL_NAME.fullmatch(line, position, name_end):
            return None
        names.append((position, name_end))
        position = joiner.end() if joiner else end
    return names


def byline_spans(line: str, *, bare: bool = False) -> tuple[list[Span], Span | None] | None:
    """Author spans and the outlet span (offsets in `line`) of a byline, or None when `line` is not one.

    `By Ana Ruiz, Li Wei and Tom Hale — March 3, 2020`, `By MARISOL TREVIÑO Associated Press`,
    `(Ana Ruiz, The Ledger)`; with `bare`, also `Ana Ruiz, The Ledger` and `Ana Ruiz, staff reporter`.
    """
    paren = _PAREN_BYLINE.match(line)
    if paren is not None:
        return [paren.span("author")], None if _ROLE.search(paren["outlet"]) else paren.span("outlet")
    by = _BY.match(line)
    if by is None and not bare:
        return None
    parts = _byline_parts(line, by.end() if by else 0, byline_date_start(line) or len(line))
    if not parts:
        return None
    outlet: Span | None = None
    first_start, first_end = parts[0]
    if by and len(parts) == 1 and (reporter := _OUTLET_REPORTER.fullmatch(line, first_start, first_end)):
        return [], reporter.span("outlet")
    if len(parts) == 1 and (staff := _OUTLET_STAFF.fullmatch(line, first_start, first_end)):
        return [], staff.span("outlet")
    # "By MARISOL TREVIÑO Associated Press": a known outlet ends the names without a separator.
    trailing = KNOWN_OUTLET.search(line, first_start, first_end)
    if (
        by
        and len(parts) == 1
        and (trailing is None or trailing.start() == first_start)
        and is_outlet_name(line[first_start:first_end])
        and not _ROLE.search(line, first_start, first_end)  # `By Staff Reporter`
    ):
        return [], parts[0]  # `By Eurasia Review`: the site credits itself, no author named
    bracketed = _BRACKETED_INITIALS.search(line, first_start, first_end) if by else None
    if trailing is not None and trailing.end() == first_end and trailing.start() > first_start:
        outlet = trailing.span()
        parts[0] = (first_start, trailing.start() - 1)
    elif bracketed is not None and bracketed.end() == first_end and bracketed.start() > first_start:
        outlet = bracketed.span("outlet")
        parts[0] = (first_start, bracketed.start())
    # "By Ana Ruiz, Li Wei and Tom Hale": every element up to the last one joined by "and" names authors.
    joined = [index for index, (s, e) in enumerate(parts) if _AUTHOR_JOINER.search(line[s:e])]
    last_author_part = joined[-1] if joined and by else 0
    authors: list[Span] = []
    for part_start, part_end in parts[: last_author_part + 1]:
        if outlet is not None and _ROLE.fullmatch(line, part_start, part_end):
            # "By Staff The Canadian Press": the outlet's staff, no author named.
            continue
        names = _joined_names(line, part_start, part_end)
        if names is None:
            return None
        authors.extend(names)
    rest = parts[last_author_part + 1 :]
    while rest and by and _is_author(line[rest[0][0] : rest[0][1]]):
        authors.append(rest.pop(0))
    others = [(s, e) for s, e in rest if not _ROLE.search(line[s:e])]
    if (
        outlet is None
        and others
        and line[others[-1][0]].isupper()
        and len(others) <= 2
        and len(line[slice(*others[-1])].split()) <= _LONGEST_OUTLET_WORDS
    ):
        outlet = others[-1]
    if by is None and (
        len(authors) != 1
        or len(rest) != 1
        or (outlet is not None and not is_outlet_name(line[slice(*outlet)]))
    ):
        return _credited_staff(line, parts)
    return authors, outlet


# "WRAL reporter", "Harbour Ledger senior writer": the outlet's name before a role.
_OUTLET_ROLE = re.compile(
    rf"(?P<outlet>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}})\s+(?:[a-z][\w/-]*\s+){{0,2}}{_ROLE.pattern}$"
)


def _credited_staff(line: str, parts: list[Span]) -> tuple[list[Span], Span | None] | None:
    """`Ana Ruiz, senior producer, & Li Wei, WRAL reporter`: names, each followed by a role, without "By"."""
    authors: list[Span] = []
    outlet: Span | None = None
    roles = 0
    for part_start, part_end in parts:
        joiner = re.match(r"(?:&|and)\s+", line[part_start:part_end])
        name_start = part_start + (joiner.end() if joiner else 0)
        if (
            _FULL_NAME.fullmatch(line, name_start, part_end)
            and line[name_start:part_end].split()[0].lower() in GIVEN_NAMES
        ):
            authors.append((name_start, part_end))
        elif _ROLE.search(line, part_start, part_end) and len(authors) > roles:
            roles += 1
            named = _OUTLET_ROLE.fullmatch(line, part_start, part_end)
            if named is not None and outlet is None:
                outlet = named.span("outlet")
        else:
            return None
    return (authors, outlet) if len(authors) >= 2 and roles == len(authors) else None
