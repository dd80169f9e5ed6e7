"""Raw document -> DocumentRecord: cleaning, then every extractor, then supplied metadata on top."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.clean import CleanedText, clean_text
from app.corpus import RawDocument
from app.extract.attribution import attribute_statistics
from app.extract.bodies import title_is_office
from app.extract.datelines import dateline, find_published, outside_date_line
from app.extract.dates import dates_named, find_dates
from app.extract.lexicon import TITLE_HEADS
from app.extract.organizations import find_organizations, find_places
from app.extract.outlets import Byline, find_outlets
from app.extract.people import find_people
from app.extract.quotes import Speaker, find_quotes
from app.extract.role_holders import RoleHolders
from app.extract.spans import Sentences, raw_evidence
from app.extract.stated_titles import titles_stated_in_quote
from app.extract.statistics import find_statistics
from app.extract.syndication import find_syndication
from app.models import DocumentRecord, Evidence, Organization, Person, Provenanced

__all__ = ["EXTRACTOR_VERSION", "extract_document"]

EXTRACTOR_VERSION = "0.26.0"


_NOT_A_HEADLINE = re.compile(
    r"^(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+advisory|by\s+[A-Z].*|\(.*\))$",
    re.IGNORECASE,
)


def _title(doc: RawDocument, cleaned: CleanedText) -> Provenanced[str] | None:
    if doc.metadata.title:
        return Provenanced[str](value=doc.metadata.title, source="metadata")
    if cleaned.headline:
        start, end = cleaned.headline
        span = Evidence(start=start, end=end, text=cleaned.text[start:end])
        if not _NOT_A_HEADLINE.match(span.text):
            return Provenanced[str](value=span.text, source="text", evidence=span)
        # A release slug took the headline's place; the headline itself was set aside as furniture.
        following = next((r for r in cleaned.removed if r.reason == "related-headline"), None)
        if (
            following is not None
            and dateline(following.text) is None
            and not _NOT_A_HEADLINE.match(following.text)
        ):
            evidence = raw_evidence(doc.raw_text, following.text)
            if evidence is not None:
                return Provenanced[str](
                    value=following.text.strip(), source="text", evidence=evidence, evidence_in="raw_text"
                )
    return None


def _add_self_stated_titles(
    people: list[Person], text: str, quotes_found: list[tuple[int, str, str | None]]
) -> None:
    """`"As the sheriff of X, I …," Y said`: the quote states the speaker's own title."""
    by_id = {person.entity_id: person for person in people}
    for quote_start, quote_text, speaker_id in quotes_found:
        person = by_id.get(speaker_id or "")
        title = titles_stated_in_quote(quote_text, quote_start, text)
        if person is None or title is None:
            continue
        person.titles.append(title)
        if title_is_office(title.text, title.organization):
            person.kind = "official"
        person.organization = person.organization or title.organization


def _roles(people: list[Person]) -> dict[str, Speaker]:
    """Title word -> the one person holding it, for references like "the sheriff said"."""
    holders: dict[str, list[Person]] = {}
    for person in people:
        words = {title.text.lower().rstrip(".").split()[-1] for title in person.titles if title.text.split()}
        for word in words:
            holders.setdefault(word, []).append(person)
    return {
        word: Speaker(people_with[0].name, people_with[0].entity_id, mention.start, mention.end)
        for word, people_with in holders.items()
        if len(people_with) == 1
        and (mention := people_with[0].mentions[0] if people_with[0].mentions else None)
    }


def _title_words(people: list[Person]) -> dict[str, frozenset[str]]:
    """Entity id -> the role words of the person's titles (`Member of Parliament for X` -> `member`)."""
    held: dict[str, frozenset[str]] = {}
    for person in people:
        words = {word.strip(".,’'").lower() for title in person.titles for word in title.text.split()}
        roles = words & TITLE_HEADS
        if person.entity_id and roles:
            held[person.entity_id] = frozenset(roles)
    return held


def _lazy_role_holder(people: list[Person]) -> Callable[[str, int], Speaker | None]:
    """`RoleHolders.holder` over `people`, built on the first call: few documents' quotes need it."""
    holders: list[RoleHolders] = []

    def holder(title: str, position: int) -> Speaker | None:
        if not holders:
            holders.append(_role_holders(people))
        return holders[0].holder(title, position)

    return holder


def _role_holders(people: list[Person]) -> RoleHolders:
    """Each person with the titles the text gives them, for `the finance minister says`."""
    return RoleHolders.of(
        [
            (
                Speaker(person.name, person.entity_id, person.mentions[0].start, person.mentions[0].end),
                [title.text for title in person.titles],
                [mention.start for mention in person.mentions],
            )
            for person in people
            if person.mentions and person.titles
        ]
    )


def _offices_read_as_bodies(
    people: list[Person], organizations: list[Organization]
) -> tuple[list[Organization], list[Speaker]]:
    """`Director General of Punjab Police (DGP) Gaurav Yadav`: a spelled-out title with its initials is the
    office of the person it titles, not a body. The organizations without those, and their mentions as the
    holder's (`the DGP said`)."""
    holders = {title.text: person for person in people for title in person.titles if person.mentions}
    kept: list[Organization] = []
    mentions: list[Speaker] = []
    for org in organizations:
        holder = holders.get(org.name)
        if holder is None:
            kept.append(org)
            continue
        mentions.extend(Speaker(holder.name, holder.entity_id, m.start, m.end) for m in org.mentions)
    return kept, mentions


def _without_byline_authors(people: list[Person], bylines: list[Byline]) -> list[Person]:
    """A byline's author wrote the story; they belong in `authors`, not among the people it names."""
    spans = [(b.author.start, b.author.end) for b in bylines if not b.in_raw_text]
    if not spans:
        return people
    return [
        person
        for person in people
        if not person.mentions
        or not all(any(s <= m.start and m.end <= e for s, e in spans) for m in person.mentions)
    ]


def extract_document(doc: RawDocument) -> DocumentRecord:
    """Clean one raw document and extract everything the record holds."""
    cleaned = clean_text(doc.raw_text)
    text = cleaned.text
    metadata = doc.metadata
    sentences = Sentences.of(text)
    dates = find_dates(text)
    people = find_people(text, headline=cleaned.headline, sentences=sentences)
    organizations, office_mentions = _offices_read_as_bodies(people, find_organizations(text))
    places = find_places(
        text, exclude=[(mention.start, mention.end) for org in organizations for mention in org.mentions]
    )
    speakers = (
        [
            Speaker(person.name, person.entity_id, mention.start, mention.end)
            for person in people
            for mention in person.mentions
        ]
        + office_mentions
        + [
            Speaker(org.name, org.entity_id, mention.start, mention.end, is_person=False)
            for org in organizations
            for mention in org.mentions
        ]
    )
    quotes = find_quotes(
        text,
        speakers=speakers,
        roles=_roles(people),
        sentences=sentences,
        headline=cleaned.headline,
        title_words=_title_words(people),
        role_holder=_lazy_role_holder(people),
    )
    _add_self_stated_titles(
        people,
        text,
        [(quote.start, quote.text, quote.speaker.entity_id if quote.speaker else None) for quote in quotes],
    )
    statistics = find_statistics(
        text,
        sentences=sentences,
        dates=dates,
        places=[(mention.text, mention.start, mention.end) for place in places for mention in place.mentions],
    )
    publisher, citations, bylines = find_outlets(text, doc.raw_text, cleaned.removed, metadata.url)
    statistics = attribute_statistics(
        text,
        statistics,
        sentences=sentences,
        quotes=quotes,
        actors=speakers,
        headline=cleaned.headline,
        own_outlet=metadata.outlet or (publisher.name if publisher else None),
        bylines=[(byline.author.start, byline.author.end) for byline in bylines if not byline.in_raw_text],
        roles=_role_holders(people),
        url=metadata.url,
    )
    if metadata.outlet:
        outlet: Provenanced[str] | None = Provenanced[str](value=metadata.outlet, source="metadata")
    elif publisher is not None:
        outlet = Provenanced[str](
            value=publisher.name,
            source="text",
            evidence=publisher.evidence,
            evidence_in="raw_text" if publisher.in_raw_text else "text",
        )
    else:
        outlet = None
    if metadata.authors:
        authors = [Provenanced[str](value=author, source="metadata") for author in metadata.authors]
    else:
        authors = [
            Provenanced[str](
                value=byline.author.text,
                source="text",
                evidence=byline.author,
                evidence_in="raw_text" if byline.in_raw_text else "text",
            )
            for byline in bylines
        ]
    people = _without_byline_authors(people, bylines)
    published = find_published(doc, cleaned)
    dates = outside_date_line(dates_named(dates), text, published)
    return DocumentRecord(
        id=doc.id,
        title=_title(doc, cleaned),
        published=published,
        outlet=outlet,
        url=metadata.url,
        authors=authors,
        outlets_cited=citations,
        text=text,
        raw_text=doc.raw_text,
        people=people,
        organizations=organizations,
        places=places,
        quotes=quotes,
        statistics=statistics,
        dates_mentioned=dates,
        syndication=find_syndication(text, doc.raw_text, cleaned.removed),
        extractor_version=EXTRACTOR_VERSION,
        content_hash=doc.content_hash,
    )
