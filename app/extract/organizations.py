"""Organizations (agencies, committees, think tanks, outlets) and places (states, counties, cities)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain

from app.extract.dates import WEEKDAY_NAME
from app.extract.lexicon import (
    AGENCIES,
    CITIES,
    COUNTRIES,
    JURISDICTIONS,
    ORG_HEADS,
    OUTLET_HEADS,
    OUTLETS,
    PARTY_WORDS,
    STATES,
    TITLE_HEADS,
)
from app.extract.spans import evidence, slugify, word_pattern
from app.models import Evidence, Organization, Place

__all__ = ["OUTLET_PATTERN", "find_organizations", "find_places", "outlet_names"]


_AGENCY_BY_ALIAS = {alias: slug for slug, (_, aliases) in AGENCIES.items() for alias in aliases}
_OUTLET_BY_ALIAS = {alias: name for name, aliases in OUTLETS.items() for alias in aliases}
# Prefix trees, not plain alternations: the longest alias still wins, but a scan tries one branch per letter.
_KNOWN = re.compile(
    word_pattern([*_AGENCY_BY_ALIAS, *_OUTLET_BY_ALIAS], not_after=r"[\w.]") + r"(?![\w]|\.\w)"
)
# A word ending in a full stop after five lowercase letters ends a sentence ("Dar es Salaam. Tanzania Revenue
# Authority"); an abbreviation ("Dept.", "Corp.", "U.S.") is shorter.
_CAP = r"[A-Z][\w.&-]*(?<![a-z]{5}\.)"
# A name never runs across a line break (a headline above a paragraph is not part of it).
_SP = r"[^\S\n]+"
_OFFICE_WORDS = (
    "Department",
    "Office",
    "Bureau",
    "University",
    "Center",
    "Institute",
    "Council",
    "Board",
    "Commission",
)
# Both alternatives start with a capital, taken first so that the pattern opens on it and a scan skips
# other positions at once; `(?<=D)epartment` reads "Department" from its second letter.
# `the Health Department on Thursday`: a day after `on` is when, not the rest of a name (`Committee on Finance`).
_ORG_RUN = re.compile(
    rf"[A-Z](?:(?:{'|'.join(f'(?<={word[0]}){word[1:]}' for word in _OFFICE_WORDS)}){_SP}(?:of|for|on){_SP}"
    rf"(?:the{_SP})?{_CAP}(?:{_SP}(?:and{_SP}|of{_SP}|&{_SP})?{_CAP}){{0,4}}"
    rf"|[\w.&-]*(?<![a-z]{{5}}\.)(?:{_SP}(?:of{_SP}|for{_SP}|and{_SP}|&{_SP}|on{_SP})?{_CAP}){{0,5}}{_SP}(?:{'|'.join(re.escape(head) for head in sorted(ORG_HEADS | OUTLET_HEADS))})(?![\w’'])"
    rf"(?:{_SP}(?:for|of|on(?!{_SP}{WEEKDAY_NAME})){_SP}(?:the{_SP})?{_CAP}(?:{_SP}(?:and{_SP})?{_CAP}){{0,3}})?)"
)
_HEADS = word_pattern(ORG_HEADS | OUTLET_HEADS)
# A plural possessive before the head belongs to the name ("National Police Chiefs' Council", "Teachers'
# Union"); such names are looked for only before `s' Head`, which few texts hold.
_POSSESSIVE_HEAD = re.compile(rf"s['’]{_SP}(?:{_HEADS})(?![\w’'])")
_POSSESSIVE_ORG = re.compile(
    rf"(?=[A-Z])(?:{_CAP}{_SP}(?:(?:of|for|and|&){_SP})?){{0,4}}[A-Z][\w.&-]*s['’]{_SP}(?:{_HEADS})(?![\w’'])"
)
OUTLET_PATTERN = re.compile(
    rf"(?=[A-Z])\b{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+|-)(?:{'|'.join(sorted(OUTLET_HEADS))})\b(?![\w’'])"
)


def _before_anchors(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, reach: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match ends with an `anchor` match: searched only
    in the `reach` characters before each anchor, a scan that skips most of the text at once."""
    last_end = 0
    anchors = list(anchor.finditer(text))
    index = 0
    while index < len(anchors):
        start, end = anchors[index].span()
        # Anchors in a row ("Gazette Journal", "County Borough") may end one name together.
        while index + 1 < len(anchors) and not text[end : anchors[index + 1].start()].strip(" \t\n-"):
            index += 1
            end = anchors[index].end()
        index += 1
        while end > last_end:
            match = pattern.search(text, max(last_end, start - reach), end)
            if match is None:
                break
            last_end = match.end()
            yield match


# Every outlet name ends in an outlet head: the name is looked for only just before one.
_OUTLET_HEAD = re.compile(rf"(?:{word_pattern(OUTLET_HEADS)})\b(?![\w’'])")


def outlet_names(text: str) -> Iterator[re.Match[str]]:
    """The matches of `OUTLET_PATTERN` in `text`."""
    return _before_anchors(OUTLET_PATTERN, _OUTLET_HEAD, text, 200)


# `New` opens a place's name (`New York City Police Department`, `New Zealand Transport Agency`) as often as
# it describes a report (`New figures from …`): it is noise only before no word that follows it in a place.
_NEW_PLACE_WORDS = {
    name.split()[1]
    for name in chain(STATES, CITIES, COUNTRIES, JURISDICTIONS, PARTY_WORDS)
    if name.startswith("New ") and len(name.split()) > 1
}
_LEADING_NOISE = re.compile(
    r"(?:(?:The|A|An|In|As|At|On|By|For|From|But|And|According|While|When|After|Before|Since|During|If|Under"
    rf"|Former|Acting|Federal|New(?!\s+(?:{word_pattern(_NEW_PLACE_WORDS)})\b)|Some|Many|Next)\s+)+"
)
_ACRONYM_DEFINITION = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")
_NOT_ORG_HEAD_ALONE = re.compile(
    rf"^(?:{'|'.join(re.escape(head) for head in sorted(ORG_HEADS | OUTLET_HEADS))})$"
)
# `The Minister for Health and Social Services, Eluned Morgan, said`: an office a person holds, not a body,
# though its last word is a body's.
_OFFICE_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]+)\s+(?:for|of)\s")


@dataclass
class _Entry:
    entity_id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)
    place_type: str | None = None


def _add(entries: dict[str, _Entry], entity_id: str, name: str, text: str, start: int, end: int) -> None:
    entry = entries.setdefault(entity_id, _Entry(entity_id, name))
    surface = text[start:end]
    if surface not in entry.aliases:
        entry.aliases.append(surface)
    if all(mention.start != start for mention in entry.mentions):
        entry.mentions.append(evidence(text, start, end))


def find_organizations(text: str) -> list[Organization]:
    """Organizations named in `text`, aliases merged (`ICE` = `Immigration and Customs Enforcement`)."""
    entries: dict[str, _Entry] = {}
    covered: list[tuple[int, int]] = []
    acronyms: dict[str, str] = {}
    for match in _KNOWN.finditer(text):
        alias = match.group()
        if alias in _AGENCY_BY_ALIAS:
            slug = _AGENCY_BY_ALIAS[alias]
            _add(entries, slug, AGENCIES[slug][0], text, *match.span())
        else:
            name = _OUTLET_BY_ALIAS[alias]
            _add(entries, slugify(name), name, text, *match.span())
        covered.append(match.span())
    possessive = _before_anchors(_POSSESSIVE_ORG, _POSSESSIVE_HEAD, text, 150)
    for match in chain(possessive, _ORG_RUN.finditer(text)):
        start, end = match.span()
        noise = _LEADING_NOISE.match(text, start, end)
        if noise:
            start = noise.end()
        name = text[start:end].rstrip("’'")
        end = start + len(name)
        if not name or _NOT_ORG_HEAD_ALONE.match(name) or any(s <= start and end <= e for s, e in covered):
            continue
        office = _OFFICE_NAME.match(name)
        if office is not None and office["head"].lower() in TITLE_HEADS:
            continue
        if any(s < end and start < e for s, e in covered):
            # A known agency inside a longer name ("ICE Enforcement and Removal Operations") stays as found.
            continue
        slug = slugify(name.removeprefix("the ").removeprefix("The "))
        definition = _ACRONYM_DEFINITION.match(text, end)
        if definition:
            acronyms[definition["acronym"]] = slug
        _add(entries, slug, name, text, start, end)
        covered.append((start, end))
    for acronym, slug in acronyms.items():
        for match in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if not any(s <= match.start() < e for s, e in covered):
                _add(entries, slug, entries[slug].name, text, *match.span())
    organizations = [
        Organization(
            entity_id=entry.entity_id,
            name=entry.name,
            aliases=[alias for alias in entry.aliases if alias != entry.name],
            mentions=sorted(entry.mentions, key=lambda mention: mention.start),
        )
        for entry in entries.values()
    ]
    organizations.sort(key=lambda organization: organization.mentions[0].start)
    return organizations


_PLACE_ALIASES: dict[str, tuple[str, str]] = {}
for _state in STATES:
    _PLACE_ALIASES[_state] = (_state, "state")
for _city, _aliases in CITIES.items():
    for _alias in _aliases:
        _PLACE_ALIASES[_alias] = (_city, "city")
for _country, _aliases in COUNTRIES.items():
    for _alias in _aliases:
        _PLACE_ALIASES[_alias] = (_country, "country")
_PLACE_ALIASES["New York State"] = ("New York", "state")
_PLACE_ALIASES["Washington"] = ("Washington, D.C.", "city")
_PLACE_ALIASES["Washington State"] = ("Washington", "state")
_KNOWN_PLACE = re.compile(word_pattern(_PLACE_ALIASES, not_after=r"[\w.-]") + r"(?![\w-]|\.\w)")
# Place patterns start with a capital, checked first like the organization runs above.
_COUNTY = re.compile(r"(?=[A-Z])\b(?:[A-Z][\w.-]*\s+){1,3}(?:County|Parish|Borough)\b")
_COUNTY_HEAD = re.compile(r"(?:County|Parish|Borough)\b")
_STATE_AFTER_COMMA = re.compile(rf",\s+(?:{word_pattern(STATES)})\b")
_CITY_STATE = re.compile(
    rf"(?=[A-Z])\b(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),\s+(?P<state>{word_pattern(STATES)})\b"
)
_LOCAL_ALIASES = {"L.A.": "Los Angeles", "LA": "Los Angeles", "NYC": "New York City"}


def _place_name(name: str) -> str:
    words = name.split()
    if words and words[0] in _LOCAL_ALIASES:
        words[0] = _LOCAL_ALIASES[words[0]]
    return " ".join(words)


def find_places(text: str, *, exclude: list[tuple[int, int]] | None = None) -> list[Place]:
    """States, counties, cities and countries named in `text` (outside the `exclude` spans)."""
    # The excluded spans sorted by start, with the furthest end reached by each prefix: a span overlaps
    # one of them when the spans starting before its end reach past its start (a bisect, not a scan).
    blocked = sorted(exclude or [])
    blocked_starts = [start for start, _ in blocked]
    reach = list(accumulate((end for _, end in blocked), max))
    entries: dict[str, _Entry] = {}
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        before_end = bisect_left(blocked_starts, end)
        if before_end and reach[before_end - 1] > start:
            return False
        return not any(s < end and start < e for s, e in taken)

    for match in _before_anchors(_COUNTY, _COUNTY_HEAD, text, 150):
        start, end = match.span()
        noise = _LEADING_NOISE.match(text, start, end)
        start = noise.end() if noise else start
        name = _place_name(text[start:end].replace("’s", ""))
        if " " in text[start:end] and free(start, end):
            _add(entries, slugify(name), name, text, start, end)
            entries[slugify(name)].place_type = "county"
            taken.append((start, end))
    for match in _before_anchors(_CITY_STATE, _STATE_AFTER_COMMA, text, 120):
        start, end = match.span("city")
        if match["city"] in STATES or not free(start, end):
            continue
        known = _PLACE_ALIASES.get(match["city"])
        name = known[0] if known and known[1] == "city" else f"{match['city']}, {match['state']}"
        _add(entries, slugify(name), name, text, start, match.end())
        entries[slugify(name)].place_type = "city"
        taken.append((start, end))
    for match in _KNOWN_PLACE.finditer(text):
        if not free(*match.span()):
            continue
        canonical, place_type = _PLACE_ALIASES[match.group()]
        _add(entries, slugify(canonical), canonical, text, *match.span())
        entries[slugify(canonical)].place_type = place_type
    # "Miami-Dade Mayor" after "Miami-Dade County": the bare name is the county.
    counties = {
        entry.name.rsplit(" ", 1)[0]: entry for entry in entries.values() if entry.place_type == "county"
    }
    for short, entry in counties.items():
        for match in re.finditer(rf"\b{re.escape(short)}\b(?!\s+County)", text):
            if free(*match.span()) and short not in _PLACE_ALIASES:
                _add(entries, entry.entity_id, entry.name, text, *match.span())
    places = [
        Place(
            entity_id=entry.entity_id,
            name=entry.name,
            place_type=entry.place_type,
            mentions=sorted(entry.mentions, key=lambda mention: mention.start),
        )
        for entry in entries.values()
    ]
    places.sort(key=lambda place: place.mentions[0].start)
    return places
