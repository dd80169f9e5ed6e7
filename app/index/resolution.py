"""Cross-document resolution: a person named without a title is linked to the official the archive knows.

A person one document names without a title becomes an official there when the archive states a
title for them elsewhere: the same full name, or a surname or partial name that belongs to exactly
one person in the whole archive, who is an official. An ambiguous name stays unlinked. The surname
alone, which extraction keeps only with a title, is found in the text for names that resolve this way.

Links are recomputed from what extraction found after every build and every ingest, so a link made
when a surname was unique is undone when the archive learns of a second person with that surname.
The record is the truth: a linked person carries `linked` with the evidence, and the `person_links`
table mirrors those links for the role timeline and for undoing them.
"""

from __future__ import annotations

import re
import sqlite3
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.extract.lexicon import NOT_NAME_WORDS
from app.index.aliases import fold
from app.models import CrossDocumentLink, DocumentRecord, Evidence, LinkMatch, Person, TitleElsewhere

if TYPE_CHECKING:
    from app.index.store import RecordWriter

__all__ = ["LinkTable", "LinkedRole", "linked_roles", "resolve_links"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS person_links (
    doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, published TEXT, name TEXT NOT NULL,
    extracted_entity_id TEXT, matched_by TEXT NOT NULL, evidence_doc_id TEXT NOT NULL, title TEXT NOT NULL,
    organization TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS person_links_doc ON person_links (doc_id);
CREATE INDEX IF NOT EXISTS person_links_entity ON person_links (entity_id);
-- The surnames the last run looked for, and the official each named: what an ingest must look for again.
CREATE TABLE IF NOT EXISTS link_surnames (surface TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
"""

_NOT_NAME_PART = re.compile(r"[A-Za-z]\.?|Jr\.?|Sr\.?|II|III|IV")
# A surname found in the text must stand alone: not part of a longer capitalized name or title.
_CAPITALIZED_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b[A-Z]\.)[ \t]+$")
_CAPITALIZED_AFTER = re.compile(r"[ \t]+[A-Z]")
# A capitalized word without a possessive `'s`.
_CAPITALIZED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*?(?=['’]s\b|[^\w’'-]|$)")
_NAME_CHAR = re.compile(r"[\w’'-]")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:]['\"’”]?\s+|\n\s*|[\"“]\s*)$")


class LinkTable:
    """Keeps `person_links` in step with the records, written beside them in the same transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)

    def add(self, record: DocumentRecord) -> None:
        published = record.published.value.isoformat() if record.published else None
        self._connection.executemany(
            "INSERT INTO person_links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    record.id,
                    person.entity_id,
                    published,
                    person.name,
                    person.linked.extracted_entity_id,
                    person.linked.matched_by,
                    person.linked.evidence.document_id,
                    person.linked.evidence.text,
                    person.linked.evidence.organization,
                    person.linked.evidence.start,
                    person.linked.evidence.end,
                )
                for person in record.people
                if person.linked
            ],
        )

    def remove(self, doc_id: str) -> None:
        self._connection.execute("DELETE FROM person_links WHERE doc_id = ?", (doc_id,))


@dataclass(frozen=True)
class LinkedRole:
    """A title an entity holds in a document only through another document's evidence."""

    doc_id: str
    published: date | None
    title: str
    organization: str | None
    evidence_doc_id: str
    start: int
    end: int


def linked_roles(connection: sqlite3.Connection, entity_id: str) -> list[LinkedRole]:
    """The entity's titles linked across documents, for its role timeline."""
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(
            'SELECT doc_id, published, title, organization, evidence_doc_id, start, "end" FROM person_links'
            " WHERE entity_id = ?",
            (entity_id,),
        ).fetchall()
    finally:
        connection.row_factory = None
    return [
        LinkedRole(
            doc_id=row["doc_id"],
            published=date.fromisoformat(row["published"]) if row["published"] else None,
            title=row["title"],
            organization=row["organization"],
            evidence_doc_id=row["evidence_doc_id"],
            start=row["start"],
            end=row["end"],
        )
        for row in rows
    ]


@dataclass(frozen=True)
class _Role:
    doc_id: str
    published: str | None
    title: str
    organization: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Link:
    """One wanted link: the extracted id (None for a surname found in the text) to an official's id."""

    extracted_entity_id: str | None
    entity_id: str
    matched_by: LinkMatch
    role: _Role
    surface: str = ""


def _name_words(name: str) -> list[str]:
    """The words of a name that identify a person: no initials, no generational suffixes."""
    return [word for word in name.split() if not _NOT_NAME_PART.fullmatch(word)]


def _partial_names(words: list[str]) -> Iterator[tuple[str, ...]]:
    """Shorter forms of a full name: the surname with its particles (`de León`, `León`), first and last."""
    for start in range(1, len(words)):
        yield tuple(words[start:])
    if len(words) > 2:
        yield (words[0], words[-1])


@dataclass
class _Archive:
    """What extraction found across the archive, with the links of earlier runs taken out."""

    names: dict[str, set[str]]  # entity id -> names as written
    kinds: dict[tuple[str, str], str]  # (doc id, entity id) -> kind in that document
    # official's entity id -> the titles stated where the document makes it an official
    roles: dict[str, list[_Role]]
    published: dict[str, str | None]
    timelines: dict[str, _Timeline] = field(default_factory=dict)


def _read_archive(connection: sqlite3.Connection) -> _Archive:
    linked = {
        (doc_id, entity_id): extracted
        for doc_id, entity_id, extracted in connection.execute(
            "SELECT doc_id, entity_id, extracted_entity_id FROM person_links"
        )
    }
    archive = _Archive(names=defaultdict(set), kinds={}, roles=defaultdict(list), published={})
    for doc_id, entity_id, name, kind, published in connection.execute(
        "SELECT doc_id, entity_id, name, kind, published FROM entity_documents"
        " WHERE kind IN ('official', 'person')"
    ):
        archive.published[doc_id] = published
        if (doc_id, entity_id) in linked:
            extracted = linked[(doc_id, entity_id)]
            if extracted is None:
                continue
            entity_id, kind = extracted, "person"
        archive.names[entity_id].add(name)
        archive.kinds[(doc_id, entity_id)] = kind
    for entity_id, doc_id, published, title, organization, start, end in connection.execute(
        'SELECT entity_id, doc_id, published, title, organization, start, "end" FROM roles'
    ):
        if archive.kinds.get((doc_id, entity_id)) == "official":
            archive.roles[entity_id].append(_Role(doc_id, published, title, organization, start, end))
    archive.timelines = {entity_id: _timeline(roles) for entity_id, roles in archive.roles.items()}
    return archive


def _people_by_name(archive: _Archive) -> dict[tuple[str, ...], set[str]]:
    """Every full, partial and surname form of the archive's people -> the entity ids it may name."""
    by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
    single: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entity_id, names in archive.names.items():
        for name in names:
            words = tuple(fold(word) for word in _name_words(name))
            if len(words) >= 2:
                by_name[words].add(entity_id)
                for partial in _partial_names(list(words)):
                    by_name[partial].add(entity_id)
            elif words:
                single[words].add(entity_id)
    # A person named only by a title and surname ("Gov. Brown") is one more person only when no one
    # with a full name has that surname: otherwise it is most likely one of them.
    for words, entity_ids in single.items():
        if words not in by_name:
            by_name[words] = entity_ids
    return by_name


@dataclass(frozen=True)
class _Timeline:
    """An official's stated titles, for finding the one closest in time to a document."""

    first: _Role
    days: list[int]
    dated: list[_Role]


def _timeline(roles: list[_Role]) -> _Timeline:
    ordered = sorted(roles, key=lambda role: (role.published is None, role.published or "", role.doc_id))
    dated = [role for role in ordered if role.published]
    return _Timeline(
        ordered[0], [date.fromisoformat(role.published or "").toordinal() for role in dated], dated
    )


def _nearest_role(timeline: _Timeline, published: str | None) -> _Role:
    """The stated title closest in time to the document (titles change), else the first stated."""
    if published is None or not timeline.dated:
        return timeline.first
    day = date.fromisoformat(published).toordinal()
    after = bisect_left(timeline.days, day)
    around = range(max(0, after - 1), min(len(timeline.dated), after + 1))
    return timeline.dated[min(around, key=lambda index: abs(timeline.days[index] - day))]


def _wanted_links(archive: _Archive, by_name: dict[tuple[str, ...], set[str]]) -> dict[str, list[_Link]]:
    """The links each document should carry for the people extraction found without a title."""
    wanted: dict[str, list[_Link]] = defaultdict(list)
    present: dict[str, set[str]] = defaultdict(set)
    for doc_id, entity_id in archive.kinds:
        present[doc_id].add(entity_id)
    for (doc_id, entity_id), kind in archive.kinds.items():
        if kind != "person":
            continue
        published = archive.published.get(doc_id)
        if archive.roles.get(entity_id):
            role = _nearest_role(archive.timelines[entity_id], published)
            wanted[doc_id].append(_Link(entity_id, entity_id, "full_name", role))
            continue
        for name in archive.names[entity_id]:
            words = tuple(fold(word) for word in _name_words(name))
            others = by_name.get(words, set()) - {entity_id}
            if len(others) != 1:
                continue
            (official,) = others
            if official in present[doc_id] or not archive.roles.get(official):
                continue
            matched_by: LinkMatch = "surname" if len(words) == 1 else "partial_name"
            role = _nearest_role(archive.timelines[official], published)
            wanted[doc_id].append(_Link(entity_id, official, matched_by, role))
            break
    return wanted


def _surnames_to_find(archive: _Archive, by_name: dict[tuple[str, ...], set[str]]) -> dict[str, str]:
    """Surnames and partial names as written -> the one official they name, to look for in the text."""
    surfaces: dict[str, str] = {}
    for entity_id in archive.roles:
        for name in archive.names[entity_id]:
            words = _name_words(name)
            if len(words) < 2:
                continue
            for partial in _partial_names(words):
                # A surname that is also a common capitalized word (`May`, `Monday`) is not looked for.
                if partial[-1].lower() in NOT_NAME_WORDS:
                    continue
                if by_name.get(tuple(fold(word) for word in partial)) == {entity_id}:
                    surfaces[" ".join(partial)] = entity_id
    return surfaces


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A capitalized surname that is not part of a longer name, nor a capitalized common word."""
    if _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start) or _CAPITALIZED_AFTER.match(text, end):
        return False
    if _SENTENCE_START_BEFORE.search(text, max(0, start - 4), start):
        # At a sentence start any word is capitalized: only a word the text never writes in lowercase.
        return re.search(rf"\b{re.escape(text[start:end].lower())}\b", text) is None
    return True


class _SurnameFinder:
    """Finds the surnames (and partial names) that name one official, standing alone in a text.

    They are looked up by their last word among the text's capitalized words: one pass per text,
    whatever the number of names.
    """

    def __init__(self, surfaces: dict[str, str], archive: _Archive) -> None:
        self.surfaces = surfaces
        self._archive = archive
        self._by_last_word: dict[str, list[str]] = defaultdict(list)
        for surface in sorted(surfaces, key=len, reverse=True):
            self._by_last_word[surface.split()[-1]].append(surface)
        self._present: dict[str, set[str]] = defaultdict(set)
        for doc_id, entity_id in archive.kinds:
            self._present[doc_id].add(entity_id)

    def links(self, doc_id: str, text: str) -> list[tuple[_Link, list[tuple[int, int]]]]:
        """Each official found in the text, not named there otherwise, with the spans of its surname."""
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for word in _CAPITALIZED_WORD.finditer(text):
            for surface in self._by_last_word.get(word.group(), ()):
                start = word.end() - len(surface)
                if text.startswith(surface, start) and (start == 0 or not _NAME_CHAR.match(text[start - 1])):
                    if _stands_alone(text, start, word.end()):
                        spans[surface].append((start, word.end()))
                    break
        found: list[tuple[_Link, list[tuple[int, int]]]] = []
        for surface, surface_spans in spans.items():
            official = self.surfaces[surface]
            if official in self._present[doc_id]:
                continue
            role = _nearest_role(self._archive.timelines[official], self._archive.published.get(doc_id))
            matched_by: LinkMatch = "partial_name" if " " in surface else "surname"
            found.append((_Link(None, official, matched_by, role, surface), surface_spans))
        return found


def _documents_to_scan(
    connection: sqlite3.Connection, surfaces: dict[str, str], written: Collection[str] | None
) -> set[str] | None:
    """The documents whose text may hold a surname whose official changed (None: every document).

    Records the surnames for the next run, so an ingest reads only the texts it can change.
    """
    previous = dict(connection.execute("SELECT surface, entity_id FROM link_surnames").fetchall())
    changed = {
        surface
        for surface in surfaces.keys() | previous.keys()
        if surfaces.get(surface) != previous.get(surface)
    }
    if changed:
        connection.execute("DELETE FROM link_surnames")
        connection.executemany("INSERT INTO link_surnames VALUES (?, ?)", surfaces.items())
    if written is None:
        return None
    documents = set(written)
    for surface in changed:
        documents.update(
            doc_id
            for (doc_id,) in connection.execute(
                "SELECT id FROM documents WHERE instr(text, ?) > 0", (surface,)
            )
        )
    return documents


def _undo_links(record: DocumentRecord) -> DocumentRecord:
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


def _evidence(link: _Link) -> CrossDocumentLink:
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


def _with_links(
    record: DocumentRecord, links: list[_Link], found: list[tuple[_Link, list[Evidence]]]
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


def _link_key(link: _Link) -> tuple[object, ...]:
    role = link.role
    return (link.extracted_entity_id, link.entity_id, link.matched_by, role.doc_id, role.start, role.end)


def _outside_mentions(record: DocumentRecord, spans: list[tuple[int, int]]) -> list[Evidence]:
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


def resolve_links(writer: RecordWriter, *, written: Collection[str] | None = None) -> list[DocumentRecord]:
    """Link people across the archive; the records whose links changed, rewritten in `writer`.

    `written`: the documents this write added (None after a full build: every text is read).
    """
    connection = writer.connection
    archive = _read_archive(connection)
    by_name = _people_by_name(archive)
    wanted = _wanted_links(archive, by_name)
    current: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for row in connection.execute(
        'SELECT doc_id, extracted_entity_id, entity_id, matched_by, evidence_doc_id, start, "end"'
        " FROM person_links"
    ):
        current[row[0]].add(tuple(row[1:]))
    finder = _SurnameFinder(_surnames_to_find(archive, by_name), archive)
    scanned = _documents_to_scan(connection, finder.surfaces, written)
    hits: dict[str, list[tuple[_Link, list[tuple[int, int]]]]] = {}
    texts = (
        connection.execute("SELECT id, text FROM documents")
        if scanned is None
        else (
            (doc_id, text)
            for doc_id in sorted(scanned)
            for (text,) in connection.execute("SELECT text FROM documents WHERE id = ?", (doc_id,))
        )
    )
    for doc_id, text in texts:
        if surnames := finder.links(doc_id, text):
            hits[doc_id] = surnames
    changed: list[DocumentRecord] = []
    for doc_id in sorted(set(current) | set(wanted) | set(hits)):
        links = wanted.get(doc_id, [])
        was = current.get(doc_id, set())
        if scanned is None or doc_id in scanned:
            # Found surnames already linked stood apart from other names then and still do: a document
            # extracted again since has lost its links, so it is never skipped here.
            still_found = {_link_key(link) for link, _ in hits.get(doc_id, [])}
        else:
            still_found = {key for key in was if key[0] is None}
        if {_link_key(link) for link in links} | still_found == was:
            continue
        stored = writer.stored(doc_id)
        if stored is None:
            continue
        record, origin = stored
        extracted = _undo_links(record)
        in_text = (
            hits.get(doc_id, [])
            if scanned is None or doc_id in scanned
            else finder.links(doc_id, record.text)
        )
        found = [
            (link, mentions) for link, spans in in_text if (mentions := _outside_mentions(extracted, spans))
        ]
        if {_link_key(link) for link in [*links, *(link for link, _ in found)]} == was:
            continue
        relinked = _with_links(extracted, links, found)
        writer.add(relinked, origin=origin)
        changed.append(relinked)
    return changed
