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
from app.index.link_records import Link, TitleEvidence, link_key, outside_mentions, with_links, without_links
from app.index.surnames import SurnameFinder
from app.models import DocumentRecord, LinkMatch

if TYPE_CHECKING:
    from app.index.store import RecordWriter

__all__ = ["resolve_links"]

_NOT_NAME_PART = re.compile(r"[A-Za-z]\.?|Jr\.?|Sr\.?|II|III|IV")


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
    roles: dict[str, list[TitleEvidence]]
    published: dict[str, str | None]
    present: dict[str, set[str]]  # doc id -> the people extraction found in it
    timelines: dict[str, _Timeline] = field(default_factory=dict)


def _read_archive(connection: sqlite3.Connection) -> _Archive:
    linked = {
        (doc_id, entity_id): extracted_id
        for doc_id, entity_id, extracted_id in connection.execute(
            "SELECT doc_id, entity_id, extracted_entity_id FROM person_links"
        )
    }
    archive = _Archive(
        names=defaultdict(set), kinds={}, roles=defaultdict(list), published={}, present=defaultdict(set)
    )
    for doc_id, entity_id, name, kind, published in connection.execute(
        "SELECT doc_id, entity_id, name, kind, published FROM entity_documents"
        " WHERE kind IN ('official', 'person')"
    ):
        archive.published[doc_id] = published
        if (doc_id, entity_id) in linked:
            extracted_id = linked[(doc_id, entity_id)]
            if extracted_id is None:
                continue
            entity_id, kind = extracted_id, "person"
        archive.names[entity_id].add(name)
        archive.kinds[(doc_id, entity_id)] = kind
        archive.present[doc_id].add(entity_id)
    for entity_id, doc_id, published, title, organization, start, end in connection.execute(
        'SELECT entity_id, doc_id, published, title, organization, start, "end" FROM roles'
    ):
        if archive.kinds.get((doc_id, entity_id)) == "official":
            archive.roles[entity_id].append(TitleEvidence(doc_id, published, title, organization, start, end))
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

    first: TitleEvidence
    days: list[int]
    dated: list[TitleEvidence]


def _timeline(roles: list[TitleEvidence]) -> _Timeline:
    ordered = sorted(roles, key=lambda role: (role.published is None, role.published or "", role.doc_id))
    dated = [role for role in ordered if role.published]
    return _Timeline(
        ordered[0], [date.fromisoformat(role.published or "").toordinal() for role in dated], dated
    )


def _nearest_role(timeline: _Timeline, published: str | None) -> TitleEvidence:
    """The stated title closest in time to the document (titles change), else the first stated."""
    if published is None or not timeline.dated:
        return timeline.first
    day = date.fromisoformat(published).toordinal()
    after = bisect_left(timeline.days, day)
    around = range(max(0, after - 1), min(len(timeline.dated), after + 1))
    return timeline.dated[min(around, key=lambda index: abs(timeline.days[index] - day))]


def _wanted_links(archive: _Archive, by_name: dict[tuple[str, ...], set[str]]) -> dict[str, list[Link]]:
    """The links each document should carry for the people extraction found without a title."""
    wanted: dict[str, list[Link]] = defaultdict(list)
    for (doc_id, entity_id), kind in archive.kinds.items():
        if kind != "person":
            continue
        published = archive.published.get(doc_id)
        if archive.roles.get(entity_id):
            role = _nearest_role(archive.timelines[entity_id], published)
            wanted[doc_id].append(Link(entity_id, entity_id, "full_name", role))
            continue
        for name in archive.names[entity_id]:
            words = tuple(fold(word) for word in _name_words(name))
            others = by_name.get(words, set()) - {entity_id}
            if len(others) != 1:
                continue
            (official,) = others
            if official in archive.present[doc_id] or not archive.roles.get(official):
                continue
            matched_by: LinkMatch = "surname" if len(words) == 1 else "partial_name"
            role = _nearest_role(archive.timelines[official], published)
            wanted[doc_id].append(Link(entity_id, official, matched_by, role))
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


def _found_links(
    finder: SurnameFinder, archive: _Archive, doc_id: str, text: str
) -> list[tuple[Link, list[tuple[int, int]]]]:
    """Each official whose surname stands alone in the text and who is not named there otherwise."""
    found: list[tuple[Link, list[tuple[int, int]]]] = []
    for surface, spans in finder.find(text).items():
        official = finder.surfaces[surface]
        if official in archive.present[doc_id]:
            continue
        role = _nearest_role(archive.timelines[official], archive.published.get(doc_id))
        matched_by: LinkMatch = "partial_name" if " " in surface else "surname"
        found.append((Link(None, official, matched_by, role, surface), spans))
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
    finder = SurnameFinder(_surnames_to_find(archive, by_name))
    scanned = _documents_to_scan(connection, finder.surfaces, written)
    hits: dict[str, list[tuple[Link, list[tuple[int, int]]]]] = {}
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
        if surnames := _found_links(finder, archive, doc_id, text):
            hits[doc_id] = surnames
    changed: list[DocumentRecord] = []
    for doc_id in sorted(set(current) | set(wanted) | set(hits)):
        links = wanted.get(doc_id, [])
        was = current.get(doc_id, set())
        if scanned is None or doc_id in scanned:
            # Found surnames already linked stood apart from other names then and still do: a document
            # extracted again since has lost its links, so it is never skipped here.
            still_found = {link_key(link) for link, _ in hits.get(doc_id, [])}
        else:
            still_found = {key for key in was if key[0] is None}
        if {link_key(link) for link in links} | still_found == was:
            continue
        stored = writer.stored(doc_id)
        if stored is None:
            continue
        record, _origin = stored
        extracted = without_links(record)
        in_text = (
            hits.get(doc_id, [])
            if scanned is None or doc_id in scanned
            else _found_links(finder, archive, doc_id, record.text)
        )
        found = [
            (link, mentions) for link, spans in in_text if (mentions := outside_mentions(extracted, spans))
        ]
        if {link_key(link) for link in [*links, *(link for link, _ in found)]} == was:
            continue
        relinked = with_links(extracted, links, found)
        writer.relink(relinked)
        changed.append(relinked)
    return changed
