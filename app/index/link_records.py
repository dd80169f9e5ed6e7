"""Links across documents as a record carries them: applied to, and taken out of, a document's people."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import CrossDocumentLink, DocumentRecord, Evidence, LinkMatch, Person, TitleElsewhere

__all__ = ["Link", "TitleEvidence", "link_key", "outside_mentions", "with_links", "without_links"]


@dataclass(frozen=True)
class TitleEvidence:
    """A title stated in one document, where it makes the person an official: what a link points at."""

    doc_id: str
    published: str | None
    title: str
    organization: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """One wanted link: the extracted id (None for a surname found in the text) to an official's id."""

    extracted_entity_id: str | None
    entity_id: str
    matched_by: LinkMatch
    role: TitleEvidence
    surface: str = ""


def without_links(record: DocumentRecord) -> DocumentRecord:
    """The record as extraction made it: linked people back to their own ids, found surnames removed."""
    renamed: dict[str, str] = {}
    people: list[Person] = []
    for person in record.people:
        if person.linked is None:
            people.append(person)
        elif person.linked.extracted_entity_id is not None:
            renamed[person.entity_id] = person.linked.extracted_entity_id
            people.append(
                person.model_copy(
                    update={"entity_id": person.linked.extracted_entity_id, "kind": "person", "linked": None}
                )
            )
    return _renamed(record.model_copy(update={"people": people}), renamed)


def _renamed(record: DocumentRecord, renamed: dict[str, str]) -> DocumentRecord:
    """Quote speakers and figure sources follow their person to a new id."""
    if not renamed:
        return record
    quotes = [
        quote.model_copy(
            update={
                "speaker": quote.speaker.model_copy(update={"entity_id": renamed[quote.speaker.entity_id]})
            }
        )
        if quote.speaker and quote.speaker.entity_id in renamed
        else quote
        for quote in record.quotes
    ]
    statistics = [
        statistic.model_copy(
            update={
                "attributed_to": statistic.attributed_to.model_copy(
                    update={"entity_id": renamed[statistic.attributed_to.entity_id]}
                )
            }
        )
        if statistic.attributed_to and statistic.attributed_to.entity_id in renamed
        else statistic
        for statistic in record.statistics
    ]
    return record.model_copy(update={"quotes": quotes, "statistics": statistics})


def _evidence(link: Link) -> CrossDocumentLink:
    role = link.role
    return CrossDocumentLink(
        matched_by=link.matched_by,
        extracted_entity_id=link.extracted_entity_id,
        evidence=TitleElsewhere(
            document_id=role.doc_id,
            start=role.start,
            end=role.end,
            text=role.title,
            organization=role.organization,
        ),
    )


def with_links(
    record: DocumentRecord, links: list[Link], found: list[tuple[Link, list[Evidence]]]
) -> DocumentRecord:
    """The extracted record with the wanted links applied."""
    by_extracted = {link.extracted_entity_id: link for link in links}
    renamed = {
        link.extracted_entity_id: link.entity_id
        for link in links
        if link.extracted_entity_id and link.extracted_entity_id != link.entity_id
    }
    people = [
        person.model_copy(update={"entity_id": link.entity_id, "kind": "official", "linked": _evidence(link)})
        if (link := by_extracted.get(person.entity_id)) is not None
        else person
        for person in record.people
    ]
    for link, mentions in found:
        people.append(
            Person(
                entity_id=link.entity_id,
                name=link.surface,
                kind="official",
                mentions=mentions,
                linked=_evidence(link),
            )
        )
    people.sort(key=lambda person: person.mentions[0].start if person.mentions else 0)
    return _renamed(record.model_copy(update={"people": people}), renamed)


def link_key(link: Link) -> tuple[object, ...]:
    role = link.role
    return (link.extracted_entity_id, link.entity_id, link.matched_by, role.doc_id, role.start, role.end)


def outside_mentions(record: DocumentRecord, spans: list[tuple[int, int]]) -> list[Evidence]:
    """The spans no person, organization, place or date of the record already covers."""
    taken = [
        (mention.start, mention.end)
        for entities in (record.people, record.organizations, record.places)
        for entity in entities
        for mention in entity.mentions
    ] + [(mention.start, mention.end) for mention in record.dates_mentioned]
    return [
        Evidence(start=start, end=end, text=record.text[start:end])
        for start, end in spans
        if not any(start < taken_end and taken_start < end for taken_start, taken_end in taken)
    ]
