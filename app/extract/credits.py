"""Who a page credits for the whole story: a wire's dateline, a credit or copyright line, a masthead.

`LONDON (Reuters) -` or a site's domain before the place (`EXAMPLE.CO.ID, SURABAYA --`) in one of the
first paragraphs; a line of its own (`— PA Media`, `By The Canadian
Press`, `Copyright 2026 The Associated Press.`); a credit run onto the last sentence (`… the glut.— AFP`);
a byline that runs the author's name into the site's. Mastheads are `app.extract.mastheads`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.clean import RemovedSpan
from app.extract.lexicon import OUTLETS, WIRE_CREDITS
from app.extract.organizations import OUTLET_PATTERN
from app.extract.site_names import host_holds
from app.extract.spans import evidence
from app.models import Evidence

__all__ = [
    "WIRE_NAMES",
    "Publisher",
    "author_note",
    "canonical_outlet",
    "credit_line",
    "glued_byline",
    "is_outlet_name",
    "wire_credit",
]


@dataclass(frozen=True)
class Publisher:
    name: str
    evidence: Evidence
    in_raw_text: bool


# "BRUSSELS (Reuters) -", "SACRAMENTO (AP) —", "LONDON, Nov 20 (Reuters) -", "(Bloomberg) --",
# "DHAKA, April 12, 2019 (BSS) –", "SUVA, Fiji (Fiji Times, Mar 3) –":
# the wire service that wrote the story, credited in the dateline of the first paragraph.
# "New Delhi [India], Nov 20 (ANI):", "Pune (Maharashtra) [India], Nov 20 (ANI):": a place in title case is
# read only before a known wire's credit. "SACRAMENTO (KTVR13) -": a station's name may hold its channel;
# "Madrid, Sept 16, (dpa/GNA) –": of two credits, the first is the wire that wrote the story.
_WIRE_CREDIT = re.compile(
    r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*)?"
    r"(?:(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:[ \t]*\([A-Z][a-z]+\))?(?:[ \t]*\[[A-Z][a-z]+\])?"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+)?(?:[ \t]+\d{1,2})?(?:,[ \t]*\d{4})?"
    # "APIA, 22 JUNE 2018 (SAMOA OBSERVER) –": the day before the month.
    r"(?:,[ \t]*\d{1,2}[ \t]+[A-Za-z]{3,9}\.?(?:[ \t]+\d{4})?)?,?[ \t]*)?"
    r"\((?P<wire>[A-Za-z][\w&. -]{1,30}?)(?:/[A-Za-z][\w&. -]{1,30})?(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?\)"
    r"(?:[ \t]*(?P<dash>[—–-])|[ \t]*:|[ \t]+(?=[A-Z]))"
)
# "HARIANKITA.CO.ID, SURABAYA --": a site's domain opens the dateline, before the place in capitals.
_SITE_DATELINE = re.compile(
    r"[ \t]*(?P<site>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?i:com|net|org|news|[a-z]{2})),"
    r"[ \t]*[A-Z][A-Z.'’ -]{1,40}?[ \t]*(?:--|[—–])"
)
# A line of its own that credits the whole story to a wire or names the site's owner:
# "— PA Media", "By The Canadian Press", "/ Source: The Associated Press",
# "Copyright 2026 The Associated Press. All rights reserved.", "Copyright 2013 - Chicago Tribune"
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:[—–―-]+[ \t]*|By[ \t]+|(?P<source>(?:/[ \t]*)?Source:[ \t]*)"
    r"|(?P<copyright>(?:Copyright|©|\(c\))[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]+[—–-])?[ \t]+)?))?"
    r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|and|of))*?)"
    # "© Reuters 2020": a copyright line may give the year after the name.
    r"(?:(?<=[\w’'])(?=[ \t]+\d{4}\.?[ \t]*$)(?P<year>[ \t]+\d{4}\.?))?[ \t]*(?P<tail>[.,][^\n]*)?$",
    re.MULTILINE,
)
_SENTENCE_LINE_END = re.compile(r"[.!?”\"]\s*\n")
_CANONICAL_OUTLET = {alias: name for name, aliases in OUTLETS.items() for alias in aliases}
WIRE_NAMES = _CANONICAL_OUTLET | WIRE_CREDITS


# "Philstar.com", "Stuff.co.nz", "news.com.au": a site named by its domain.
_SITE_DOMAIN = re.compile(
    r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|net|org|news|co|ph|au|nz|uk|ca|ie|in|za)"
)


# "Ghana News Agency", "Express News Service": an outlet's name followed by the agency or service it runs.
_AGENCY = re.compile(r"(?P<outlet>.+?)[ \t]+(?:Agency|Service)")


def is_outlet_name(name: str) -> bool:
    """A known outlet, a name ending in an outlet word (`Harbour Ledger`, `Ghana News Agency`) or a site's
    domain (`Philstar.com`)."""
    agency = _AGENCY.fullmatch(name)
    return (
        name in _CANONICAL_OUTLET
        or OUTLET_PATTERN.fullmatch(agency["outlet"] if agency else name) is not None
        or _SITE_DOMAIN.fullmatch(name) is not None
    )


def _paragraph_starts(head: str, count: int) -> list[int]:
    """Where the first `count` lines of `head` that are not empty start; a line repeating an earlier one (a
    headline or byline a copied page prints twice) is not counted."""
    starts: list[int] = []
    seen: list[str] = []
    line_start = 0
    while line_start < len(head) and len(starts) < count:
        line_end = head.find("\n", line_start)
        line_end = len(head) if line_end < 0 else line_end
        line = head[line_start:line_end].strip()
        if line and not any(earlier.startswith(line) for earlier in seen):
            starts.append(line_start)
            seen.append(line)
        line_start = line_end + 1
    return starts


# "KINGSTON, Jamaica, July 24, CMC –": a wire's initials after the place in capitals and the date.
_DATED_WIRE_INITIALS = re.compile(
    r"[ \t]*[A-Z][A-Z.'’ -]{1,40}?,(?:[ \t]*[A-Z][A-Za-z.]+,)?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},"
    r"[ \t]*(?P<wire>[A-Z]{2,6})[ \t]*[—–-]"
)


# A known wire named as one element of a dateline written without brackets: after the place and the date,
# before a dash that a copied page may run into the story ("Harbourton, Aug. 12, GNA-The …"), or before the
# place on a line of its own ("Xinhua, Harbourton :"), which a headline ("Reuters, Bloomberg: …") is not.
# A place in title case is read only beside a known wire's name.
_DATELINE_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,2}"
_WIRE_ELEMENT = re.compile(
    rf"[ \t]*(?:{_DATELINE_PLACE},[ \t]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}},[ \t]*(?P<dated>[A-Za-z][\w&.-]*)"
    rf"[ \t]*[:—–-]"
    rf"|(?P<leading>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){{0,3}}),[ \t]*{_DATELINE_PLACE}[ \t]*[:—–-][ \t]*$)",
    re.MULTILINE,
)


def _wire_element(text: str, start: int) -> Publisher | None:
    element = _WIRE_ELEMENT.match(text, start)
    if element is None:
        return None
    group = "dated" if element["dated"] else "leading"
    wire = element[group].rstrip(".")
    if wire not in WIRE_NAMES:
        return None
    end = element.start(group) + len(wire)
    return Publisher(WIRE_NAMES[wire], evidence(text, element.start(group), end), False)


_DESK = re.compile(r"\bDesk$")


def wire_credit(text: str) -> Publisher | None:
    """A wire credit in the dateline of one of the first paragraphs (the headline may come first)."""
    for paragraph_start in _paragraph_starts(text[:1500], 4):
        site = _SITE_DATELINE.match(text, paragraph_start)
        if site is not None:
            return Publisher(site["site"], evidence(text, *site.span("site")), False)
        initials = _DATED_WIRE_INITIALS.match(text, paragraph_start)
        if initials is not None:
            wire = initials["wire"]
            return Publisher(WIRE_NAMES.get(wire, wire), evidence(text, *initials.span("wire")), False)
        element = _wire_element(text, paragraph_start)
        if element is not None:
            return element
        credit = _WIRE_CREDIT.match(text, paragraph_start)
        if credit is None:
            continue
        wire = credit["wire"]
        # An unknown name in brackets is a wire only after a place in capitals and before a dash:
        # "NEW YORK (Bloomberg) —", not "the Department of Health (DOH) —"; or an outlet's name before
        # a dash after any place: "Rapid City, SD (KRCQ-FM News) -".
        # "(Harbour Guardian) The council …": an outlet's name in brackets may open the story without a place.
        # "ISLAMABAD (Web Desk) –": the site's own desk is no outlet.
        if wire in WIRE_NAMES or (
            not _DESK.search(wire)
            and (
                (
                    credit["dash"]
                    and wire[0].isupper()
                    and (not re.search("[a-z]", credit["place"] or "") or is_outlet_name(wire))
                )
                or (credit["place"] is None and is_outlet_name(wire))
            )
        ):
            # "(SAMOA OBSERVER)": a name of several words set in capitals is written as a name.
            name = wire.title() if wire.isupper() and " " in wire and wire not in WIRE_NAMES else wire
            return Publisher(WIRE_NAMES.get(name, name), evidence(text, *credit.span("wire")), False)
    return None


# "(AFP)" on a line of its own at the end of a story.
_BRACKETED_CREDIT = re.compile(r"^[ \t]*\((?P<name>[A-Z][\w&'’. -]{1,30})\)[ \t]*$", re.MULTILINE)


def canonical_outlet(name: str) -> str:
    """A wire or outlet by its canonical name (`AP`, `The Associated Press` -> `Associated Press`), else as
    written."""
    return WIRE_NAMES.get(name) or WIRE_NAMES.get(name.removeprefix("The "), name)


def _line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with `^` and never crosses a line break: tried at
    each line's start only, where a scan would try every position of the text."""
    start = 0
    while True:
        match = pattern.match(text, start)
        if match is not None:
            yield match
        start = text.find("\n", start) + 1
        if not start:
            return


# "PTI | Thiruvananthapuram | Updated: …": a wire, the place and the date, set off by bars.
_PIPED_CREDIT = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})[ \t]*\|[ \t]*[A-Z][^|\n]*\|"
)
# "Ana Ruiz is a reporter for The Harbour Ledger", "Ana Ruiz is an award winning journalist": the note on its
# author that closes a story, with the outlet she writes for or without.
_AUTHOR_NOTE = re.compile(
    r"[ \t]*(?P<author>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]+is[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:reporter|correspondent|journalist|editor|writer|columnist)(?:(?:[ \t]+[\w-]+)?[ \t]+(?:for|with|at)[ \t]+"
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}?)(?<!\.))?[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# A note without its outlet counts only where it closes the story.
_CLOSING_REACH = 300


def _credit(
    text: str, *, whole_story: bool = False, after_prose: bool = False
) -> tuple[str, int, int] | None:
    """(outlet, start, end) of a line that is a known outlet's name, credits the story to one
    (`— PA Media`, `By The Canadian Press`), or is a copyright line naming an outlet; in the whole story,
    also the last line when it names an outlet alone. `Source: X` credits the story only above its prose
    (`after_prose`: `text` is a line set aside from below some)."""
    for credit in _line_matches(_CREDIT_LINE, text):
        name = credit["name"]
        known = name.removeprefix("The ") if name.removeprefix("The ") in WIRE_NAMES else name
        # Only a copyright line goes on after the name ("… The Associated Press. All rights reserved.").
        if credit["tail"] and not (credit["copyright"] or credit["tail"] == "."):
            continue
        if credit["year"] and not credit["copyright"]:
            continue
        # "Source: Harbour Radio" above the story credits it; further down it credits a chart or a table.
        story_source = (
            credit["source"]
            and not after_prose
            and _SENTENCE_LINE_END.search(text, 0, credit.start()) is None
        )
        if known in WIRE_NAMES or (
            (credit["copyright"] or story_source or (whole_story and not text[credit.end() :].strip()))
            and is_outlet_name(name)
        ):
            # "Copyright 2026 Harbour Ledger", "Source: Harbour Radio" above the story, or the story's last line
            # naming an outlet alone ("Harbour News").
            return WIRE_NAMES.get(known, known), *credit.span("name")
    for bracketed in _line_matches(_BRACKETED_CREDIT, text):
        if bracketed["name"] in WIRE_NAMES:
            return WIRE_NAMES[bracketed["name"]], *bracketed.span("name")
    for piped in _line_matches(_PIPED_CREDIT, text[:800]):
        if piped["name"] in WIRE_NAMES:
            return WIRE_NAMES[piped["name"]], *piped.span("name")
    note = author_note(text)
    if note is not None and note["name"] is not None:
        return WIRE_NAMES.get(note["name"], note["name"]), *note.span("name")
    return None


def author_note(text: str) -> re.Match[str] | None:
    """The note on its author that closes a story, naming an outlet (`Ana Ruiz is a reporter for The Harbour
    Ledger`) or none (`Ana Ruiz is an award winning journalist`): groups `author` and `name` (the outlet, or
    None)."""
    for note in _line_matches(_AUTHOR_NOTE, text):
        outlet = note["name"]
        if outlet is None:
            if len(text) - note.end() <= _CLOSING_REACH:
                return note
        elif outlet in WIRE_NAMES or outlet.removeprefix("The ") in WIRE_NAMES or is_outlet_name(outlet):
            return note
    return None


# "… enough to eliminate the glut.— AFP", "… the market.-VNA", "… $4 billion.Yonhap": a known wire's credit run
# onto the story's last sentence.
_TRAILING_CREDIT = re.compile(
    r"[.!?”\"’](?:[ \t]*[—–―-]+[ \t]*|(?=[A-Z]))(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})[ \t]*\.?\s*\Z"
)
# "… last year. Source: Ghana News Agency", "… next week. (NewsWire)": a source credit or a name in brackets
# after the last sentence, when it names an outlet or one the page's address spells.
_TRAILING_SOURCE = re.compile(
    r"[.!?”\"’][ \t]+(?:Source:[ \t]*(?P<name>{name})|\((?P<bracketed>{name})\))[ \t]*\.?\s*\Z".format(
        name=r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}"
    )
)


def _trailing_credit(text: str, url: str | None) -> tuple[str, int, int] | None:
    tail_start = max(0, len(text) - 120)
    credit = _TRAILING_CREDIT.search(text, tail_start)
    if credit is not None:
        name = credit["name"]
        known = name.removeprefix("The ") if name.removeprefix("The ") in WIRE_NAMES else name
        if known in WIRE_NAMES:
            return WIRE_NAMES[known], *credit.span("name")
    source = _TRAILING_SOURCE.search(text, tail_start)
    if source is None:
        return None
    group = "name" if source["name"] else "bracketed"
    name = source[group]
    if name in WIRE_NAMES or is_outlet_name(name) or host_holds(url, name):
        return WIRE_NAMES.get(name, name), *source.span(group)
    return None


# "Ritzau/The Local - [email protected]", "AFP/The Ledger": a wire's copy credited at the top to the site
# that carries it; the site is the publisher.
_WIRE_AND_SITE = re.compile(
    r"^[ \t]*(?:By[ \t]+)?(?P<wire>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})[ \t]*/[ \t]*"
    r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})[ \t]*(?:[-–—|][^\n]*)?$",
    re.MULTILINE,
)


def _wire_and_site(text: str) -> tuple[str, int, int] | None:
    for line in _line_matches(_WIRE_AND_SITE, text[:800]):
        if line["wire"] in WIRE_NAMES and line["name"] not in WIRE_NAMES:
            return line["name"], *line.span("name")
    return None


def credit_line(
    text: str, raw_text: str, removed: list[RemovedSpan], url: str | None = None
) -> Publisher | None:
    """A masthead, credit or copyright line, kept in the text or set aside by cleaning; `url` is the page's
    address when supplied."""
    found = _wire_and_site(text) or _credit(text, whole_story=True) or _trailing_credit(text, url)
    if found is not None:
        return Publisher(found[0], evidence(text, found[1], found[2]), False)
    for span in removed:
        located = raw_text.find(span.text)
        # Furniture set aside from the end of the page ends the story there too.
        at_end = located >= 0 and not raw_text[located + len(span.text) :].strip()
        found = _wire_and_site(span.text) if span.start < 800 else None
        after_prose = located < 0 or _SENTENCE_LINE_END.search(raw_text, 0, located) is not None
        found = found or _credit(span.text, whole_story=at_end, after_prose=after_prose)
        if found is not None and located >= 0:
            return Publisher(found[0], evidence(raw_text, located + found[1], located + found[2]), True)
    return None


# "Tom RichardsonThe Nightly", "Ana RuizHarbour NewsWire": a copied byline block runs the author's name into
# the site's name (one that opens with "The", or an outlet's name).
_GLUED_BYLINE = re.compile(
    r"^[ \t]*[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){1,2}(?<=[a-z])"
    r"(?P<name>The(?:[ \t]+[A-Z][\w&'’-]*){1,3}|[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})[ \t]*$",
    re.MULTILINE,
)


def _glued_byline(text: str) -> re.Match[str] | None:
    for found in _GLUED_BYLINE.finditer(text, 0, min(len(text), 600)):
        if found["name"].startswith("The ") or is_outlet_name(found["name"]) or found["name"] in WIRE_NAMES:
            return found
    return None


def glued_byline(text: str, raw_text: str, removed: list[RemovedSpan]) -> Publisher | None:
    """The site named right after its author's name with no space, among the first lines."""
    found = _glued_byline(text)
    if found is not None:
        return Publisher(canonical_outlet(found["name"]), evidence(text, *found.span("name")), False)
    for span in removed:
        if span.start > 600:
            break
        found = _glued_byline(span.text)
        located = raw_text.find(span.text)
        if found is not None and located >= 0:
            start, end = found.span("name")
            return Publisher(
                canonical_outlet(found["name"]), evidence(raw_text, located + start, located + end), True
            )
    return None
