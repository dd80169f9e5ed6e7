"""The document-wide inputs of the attribution rules: who can be a source, and where the text names them.

Actors are the people and bodies the extractors listed, less the article's own outlet, its byline
authors and anyone named inside a quote; a capitalized name no extractor listed can still be a
source (`according to Ipsos`), and a body's parenthesized short name (`(RFA)`) stands for it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence

from app.case_folding import lowers_like_ignorecase
from app.extract import body_references
from app.extract.body_acronyms import spelled_out
from app.extract.body_references import JURISDICTION_NAMES, NAME_WORD
from app.extract.company_references import COMPANY_REFERENCES
from app.extract.credits import is_outlet_name
from app.extract.data_producers import described_producers, is_statistics_office
from app.extract.dates import WEEKDAY_NAME
from app.extract.lexicon import (
    COURTESY_TITLES,
    DEMONYMS,
    GIVEN_NAMES,
    ORG_HEADS,
    POST_NOMINALS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    word_set,
)
from app.extract.partners import producer_among_partners
from app.extract.personal_offices import office_holder
from app.extract.quotes import Speaker, is_name_word
from app.extract.role_holders import RoleHolders
from app.extract.site_names import host_spells
from app.extract.source_cues import (
    Source,
    cue_words,
)
from app.extract.source_names import FORMS_OF_ADDRESS, addressed_people
from app.extract.spans import slugify, word_pattern
from app.extract.units import CURRENCY_SYMBOLS
from app.models import AttributionMethod, Quote

__all__ = [
    "FUNCTION_WORDS",
    "UNNAMED_SUBJECTS",
    "SourceContext",
]

_APPOSITIVE_PERSON = re.compile(r",\s+(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*(?:[,.;]|$))")
_PARENTHESIZED_ALIAS = re.compile(r"\s*\((?P<alias>[A-Z][\w&.-]{1,15})\)")
# `said Capt. Steve Miller`: a title's period is no clause break.
_NO_CLAUSE_BREAK = re.compile(
    rf"[^,;:.“”\"()—–]*(?:(?:{word_pattern([*TITLE_ABBREVIATIONS, *COURTESY_TITLES])})[^,;:.“”\"()—–]*)*"
)
_OPENING_TITLE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}")
# `Remittance of Rs. 86.88 billion`: a currency's letters before an amount end a name.
_CURRENCY_LETTERS = {
    code.rstrip(".") for code in CURRENCY_SYMBOLS if code.rstrip(".").isalpha() and len(code) > 1
}
_CURRENCY_BEFORE_AMOUNT = rf"(?:{word_pattern(_CURRENCY_LETTERS)})\.?\s?\d"
_PROPER_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>(?:{word_pattern(TITLE_ABBREVIATIONS)}\s+)?{NAME_WORD}"
    rf"(?:[^\S\n]+(?:(?:of|for|and|the|&)[^\S\n]+)*(?!{_CURRENCY_BEFORE_AMOUNT}){NAME_WORD})*)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")
_TRAILING_POSSESSIVE = re.compile(rf"(?:['’]s|\s+on\s+{WEEKDAY_NAME})$")
_NOT_NAMES = word_set("not_source_names.txt")
# `the Australian government forecaster ABARES`: a nation's adjective alone names no one (`US` may).
_DEMONYMS = frozenset(demonym for demonym in DEMONYMS if not demonym.isupper())


FUNCTION_WORDS = frozenset(word.lower() for word in _NOT_NAMES)
UNNAMED_SUBJECTS = word_set("source_roles.txt")


def _clips(short: str, whole: str) -> bool:
    """`Lib` clips `Liberal`, `Dems` clips `Democrats`: the start of the word, with its plural kept."""
    plural = short.endswith("s") and whole.endswith("s") and short != whole
    stem = short[:-1] if plural else short
    return len(stem) >= 3 and stem[0].isupper() and whole.startswith(stem)


class SourceContext:
    """The document-wide inputs of the attribution rules."""

    def __init__(
        self,
        text: str,
        actors: Sequence[Speaker],
        quotes: Sequence[Quote],
        headline: tuple[int, int] | None,
        own_outlet: str | None,
        bylines: Sequence[tuple[int, int]],
        roles: RoleHolders | None = None,
        url: str | None = None,
    ) -> None:
        self.text = text
        self._url = url
        self.roles = roles or RoleHolders([])
        self.quoted = [(quote.start, quote.end) for quote in sorted(quotes, key=lambda q: q.start)]
        self._quote_starts = [start for start, _ in self.quoted]
        self._own_outlet = slugify(own_outlet) if own_outlet else None
        self._own_names = (
            {name for name in {actor.name for actor in actors} if slugify(name) == self._own_outlet}
            if self._own_outlet
            else set()
        )
        self._bylines = bylines
        self.actors = sorted(
            (
                actor
                for actor in addressed_people(actors)
                if not self.in_quote(actor.start) and not self.is_own(actor)
            ),
            key=lambda actor: actor.start,
        )
        self.actor_starts = [actor.start for actor in self.actors]
        self.people = [actor for actor in self.actors if actor.is_person]
        # `the Regional Flood Authority (RFA)`: the short name the text gives a body.
        self._aliases = {
            alias["alias"]: actor
            for actor in self.actors
            if not actor.is_person and (alias := _PARENTHESIZED_ALIAS.match(text, actor.end))
        }
        self.headline = headline
        # The text lowercased offset for offset, where `str.lower()` finds what re.IGNORECASE would.
        self._lowered = text.lower() if lowers_like_ignorecase(text) else None
        self.named_bodies: list[Speaker] = []
        self.passing_names: set[tuple[int, int]] = set()
        self._cue_starts: list[int] = []
        self._noun_starts: list[int] = []
        # Bodies the text describes as a statistics office or forecaster: their statements are reports.
        self._producers = described_producers(text)
        for start, is_noun in cue_words(text):
            self._cue_starts.append(start)
            if is_noun:
                self._noun_starts.append(start)

    def is_own(self, actor: Speaker) -> bool:
        """The article's own outlet (named as such, or an outlet the page's address spells) or byline author:
        never the source of a figure it reports."""
        if self._own_outlet is not None and (
            actor.entity_id == self._own_outlet or actor.name in self._own_names
        ):
            return True
        if not actor.is_person and is_outlet_name(actor.name) and host_spells(self._url, actor.name):
            return True  # `Source: SBS News` under a chart on sbs.com.au
        return any(start <= actor.start and actor.end <= end for start, end in self._bylines)

    def unlisted_name_at(self, start: int, end: int) -> Speaker | None:
        """A capitalized name at `start` that no extractor listed (`Ipsos`, `the Red Cross`)."""
        name = _PROPER_NAME.match(self.text, start, end)
        if name is None:
            return None
        appositive = _APPOSITIVE_PERSON.match(self.text, name.end("name"))
        if appositive is not None and not is_name_word(name["name"].split()[0]):
            # `the Minister of the Interior, Gérald Darmanin`: the person the title is set beside.
            listed = self.actors_in(appositive.start("person"), appositive.end("person"))
            if listed and listed[0].is_person:
                return listed[0]
            given = unicodedata.normalize("NFKD", appositive["person"].split()[0]).encode("ascii", "ignore")
            if given.decode().lower() in GIVEN_NAMES:  # not `the Secretary of State, New York …`
                return Speaker(appositive["person"], None, *appositive.span("person"))
        # `the General Confederation of Labor (CGT)`: a name that defines a short name is a body's whole name.
        defines = _PARENTHESIZED_ALIAS.match(self.text, name.end("name")) is not None
        return self.unlisted_source(name.start("name"), name.end("name"), body=defines)

    def unlisted_source(
        self, start: int, end: int, *, opening: bool = False, body: bool = False, place: bool = False
    ) -> Speaker | None:
        """`text[start:end]` as a source no extractor listed, unless it is no name or the article's own.

        A one-word name opening a sentence is taken only with `opening` (a headline's `RFA: …`); with
        `body`, a name that owns a report and joins its words (`National Records of Scotland`) is a body's
        whole name, its first words no title; with `place`, a state, province or country opening a
        sentence is its government (`Alberta anticipates`).
        """
        words = self.text[start:end].split()
        # `The General Statistics Office said`: a name that ends on a body's head word is the body's whole
        # name, its first word no title.
        body = body or (len(words) > 1 and words[-1] in ORG_HEADS)
        titled = False
        # `Today's CSO figures`: a day's possessive opens no name either.
        while words and (
            words[0].removesuffix("'s").removesuffix("’s") in _NOT_NAMES
            or (not body and not is_name_word(words[0]))
        ):
            titled = titled or words[0].lower() not in FUNCTION_WORDS
            start += len(words.pop(0))
            start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
        while words and words[-1] in POST_NOMINALS:
            end = start + len(" ".join(words[:-1])) if len(words) > 1 else start
            words.pop()
        possessive = _TRAILING_POSSESSIVE.search(self.text, start, end)
        if possessive is not None:
            # `according to the HSE’s count`, `… Council on Saturday`: the name without its possessive or day.
            end = possessive.start()
            words = self.text[start:end].split()
        if titled and not body and " of " in self.text[start:end]:
            end = self.text.index(" of ", start, end)  # `Analyst Wendy Cho of Harbor Securities`
        name = self.text[start:end]
        if not words or end <= start or name.lower() in UNNAMED_SUBJECTS or name in _DEMONYMS:
            return None
        if len(words) > 1 and words[-1].lower() in TITLE_HEADS and words[-1] not in ORG_HEADS:
            return None  # `the Welsh Government Health Minister has said`: a person's office, no body
        known = self._aliases.get(name) or (self._initialed_body(name, start) if name.isupper() else None)
        if known is None and " " not in name and (name.isupper() or name[1:].islower()):
            # `Indec says` where the text writes `(INDEC)`, `the CGT` after `the General Confederation of
            # Labor (CGT)`: the body a short name stands for, in any case.
            known = self._aliases.get(name.upper()) or self._defined_body(name.upper())
        if known is not None:
            return Speaker(known.name, known.entity_id, start, end, is_person=False)
        holder = self.roles.initialed(name, start) if name.isupper() and " " not in name else None
        if holder is not None:
            return Speaker(holder.name, holder.entity_id, start, end)
        if (
            " " not in name
            and not name.isupper()
            and not opening
            and self._opens_sentence(start)
            and not (place and name in JURISDICTION_NAMES)
            and not self._named_before(name, start)
        ):
            return None  # `Growers say`: a capital that only starts the sentence; `Alberta anticipates` is a place
        # `Ms Sun said`: a form of address names a person whom no extractor listed.
        addressed = len(words) == 2 and words[0] in FORMS_OF_ADDRESS and not body
        # `BPS head Suharto noted`: a name after an office's title is a person's, one word though it is;
        # not after a word for a company (`IT major Tarnsoft`).
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        titled = titled or (
            before is not None
            and before.group(1).lower() in TITLE_HEADS
            and before.group(1).lower() not in COMPANY_REFERENCES
        )
        person = addressed or (titled and not body and not name.isupper())
        found = Speaker(name, None, start, end, is_person=person)
        return None if self.is_own(found) or slugify(name) == self._own_outlet else found

    def _defined_body(self, short_name: str) -> Speaker | None:
        """The name the text spells out before `(SHORT_NAME)` anywhere, when no listed body has it."""
        # In any case, and with a plural `s` the text may add later (`(Zimstat)`, then `Zimstats says`).
        stem = short_name[:-1] if short_name.endswith("S") else short_name
        lowered = self._lowered if self._lowered is not None else self.text.lower()
        bracket = lowered.find(f"({stem.lower()}") if len(short_name) >= 2 else -1
        close = self.text.find(")", bracket)
        written = self.text[bracket + 1 : close] if bracket >= 0 and close > bracket else ""
        if written.upper() not in (stem, short_name):
            return None
        spelled = spelled_out(self.text, written, bracket, any_name=True)
        if spelled is None or " " not in self.text[spelled[0] : spelled[1]]:
            return None
        return Speaker(self.text[spelled[0] : spelled[1]], None, *spelled, is_person=False)

    def _named_before(self, word: str, position: int) -> bool:
        """`Mansouri said` after `… Sultan al Mansouri told …`: a capitalized word named inside an earlier
        sentence is a name, not a word capitalized because it opens this one (`Growers say`)."""
        if word.lower() in UNNAMED_SUBJECTS or word.lower() in FUNCTION_WORDS or word in _NOT_NAMES:
            return False
        if self._lowered is not None and word.isascii() and self._lowered.find(word.lower(), 0, position) < 0:
            return False  # not earlier in any case: the search below would find nothing
        found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).finditer(self.text, 0, position)
        earlier = [match.start() for match in found]
        return all(self.text[start].isupper() for start in earlier) and any(
            not self._opens_sentence(start) for start in earlier
        )

    def _initialed_body(self, initials: str, position: int) -> Speaker | None:
        """`the DOH` after `the Department of Health`: a body named before whose initials these are."""
        index = bisect.bisect_left(self.actor_starts, position)
        for actor in reversed(self.actors[:index]):
            words = actor.name.split()
            if (
                not actor.is_person
                and len(words) > 1
                and initials.lower()
                in (
                    "".join(word[0] for word in words).lower(),
                    "".join(word[0] for word in words if word.lower() not in FUNCTION_WORDS).lower(),
                )
            ):
                return actor
        return None

    def in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

    def has_cue(self, start: int, end: int, *, noun: bool = False) -> bool:
        """`text[start:end]` holds a reporting verb, a source noun or `according` (with `noun`, a source noun)."""
        starts = self._noun_starts if noun else self._cue_starts
        return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)

    def cues(self, pattern: re.Pattern[str], start: int, end: int) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text, start, end)` for a pattern that starts on a reporting verb, source noun or `according`."""
        starts = self._cue_starts
        reached = start
        for position in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            if position < reached:
                continue  # inside the last match, as finditer goes on after it
            match = pattern.match(self.text, position, end)
            if match is not None:
                reached = match.end()
                yield match

    def actors_in(self, start: int, end: int) -> list[Speaker]:
        low = bisect.bisect_left(self.actor_starts, start)
        high = bisect.bisect_left(self.actor_starts, end)
        return [actor for actor in self.actors[low:high] if actor.end <= end]

    def source(self, actor: Speaker, method: AttributionMethod, *, data: bool = False) -> Source:
        if (
            not actor.is_person
            and actor.start > 0
            and "/" in self.text[max(0, actor.start - 2) : actor.start]
        ):
            actor = producer_among_partners(self, actor)
        if actor.entity_id is None or not actor.is_person:
            defined = (
                self._defined_body(actor.name.upper())
                if " " not in actor.name and (actor.name.isupper() or actor.name[1:].islower())
                else None
            )
            if defined is not None:
                # `the CGT reports`: the body by the name the text spells out for it.
                actor = Speaker(defined.name, actor.entity_id, actor.start, actor.end, is_person=False)
            fuller = self._clipped_from(actor) if not actor.is_person else None
            if fuller is not None:
                # `the Lib Dems` after `the Liberal Democrats`: the body by the full name the text gave it.
                actor = Speaker(fuller.name, fuller.entity_id, actor.start, actor.end, is_person=False)
            actor = office_holder(actor, self.roles, self.people) or actor
        # A report's figures run on into later paragraphs; a statement ends with its paragraph, except a
        # statistics office's, which is its report.
        # A body the text named only in passing, referred back to, makes a statement, not a report.
        passing = (actor.start, actor.end) in self.passing_names
        return Source(actor, method, (data and not passing) or self.is_data_producer(actor))

    def is_data_producer(self, actor: Speaker) -> bool:
        """A statistics office or forecaster by its name or by how the text describes it: what it says is its
        report."""
        return is_statistics_office(actor) or (not actor.is_person and actor.name in self._producers)

    def _clipped_from(self, actor: Speaker) -> Speaker | None:
        """The body named before `actor` whose words `actor`'s words clip, one for one (`Lib Dems` for
        `Liberal Democrats`)."""
        words = actor.name.split()
        for earlier in (
            *self.actors[: bisect.bisect_left(self.actor_starts, actor.start)],
            *self.named_bodies,
        ):
            full = earlier.name.split()
            if (
                not earlier.is_person
                and earlier.start < actor.start
                and len(full) == len(words) > 1
                and earlier.name != actor.name
                and all(_clips(word, whole) for word, whole in zip(words, full, strict=True))
            ):
                return earlier
        return None

    def _opens_sentence(self, start: int) -> bool:
        before = self.text[max(0, start - 4) : start].rstrip(" ")
        return not before or before[-1] in '.!?\n”"’—–:'

    def opens_with_person(self, start: int) -> bool:
        """The sentence at `start` opens on a person as its subject (`Police Chief Jo Rees credited …`)."""
        opening = _OPENING_TITLE.match(self.text, start)
        limit = opening.end() if opening else start
        return any(actor.is_person and actor.start <= limit for actor in self.actors_in(start, limit + 1))

    def last_body(self, noun: str, position: int, modifier: str = "") -> Speaker | None:
        """The last body named before `position` that `the <noun>` (or `the <modifier> <noun>`) refers to."""
        return body_references.last_body(self, noun, position, modifier)

    def body_with_word(self, word: str, position: int) -> Speaker | None:
        """`customs data`: the last body named before `position` whose name has `word`, else the next one."""
        return body_references.body_with_word(self, word, position)

    def described_body(self, modifier: str, noun: str, position: int) -> Speaker | None:
        """`the statistics agency` in a lede: the body named before, else the one the story names next."""
        return body_references.described_body(self, modifier, noun, position)

    def remember(self, named: Speaker) -> None:
        """A body no extractor listed that the text names as a source, for `the bank` to refer back to."""
        if not named.is_person and named.entity_id is None and named.end > named.start:
            self.named_bodies.append(named)

    def named_at(self, start: int, end: int) -> Speaker | None:
        """The source named from `start`: the first actor there, or the person its title names."""
        inside = [
            actor
            for actor in self.actors_in(start, end)
            if _NO_CLAUSE_BREAK.fullmatch(self.text, start, actor.start)
        ]
        if not inside:
            return self.unlisted_name_at(start, end)
        first = inside[0]
        person = next((actor for actor in inside if actor.is_person and actor.start - first.end <= 60), None)
        return person or first
