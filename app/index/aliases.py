"""Aliases of the archive's entities, the ranking of entity look-ups, and the one resolver of entity filters.

An entity is known by its id, its names as written, acronyms (`ICE`, `DOJ`), short and long forms
(`Tom Homan`), and a title with a surname (`Gov. Brown`). Every entity filter of every route resolves
its value through `resolve_entity`, so an id, an alias or a name mean the same everywhere, and the
old ids an alias slugs to (`jeff-sessions`) redirect to the canonical one.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from app.extract.lexicon import AGENCIES
from app.extract.spans import slugify, strip_accents
from app.index.analysis import trigrams
from app.models import DocumentRecord, EntityKind

__all__ = [
    "FUZZY_THRESHOLD",
    "AliasTable",
    "AmbiguousEntity",
    "NoSuchEntity",
    "alias_counts",
    "alias_target",
    "fold",
    "ranked_entity_ids",
    "resolve_entity",
]

FUZZY_THRESHOLD = 0.8
SUGGESTIONS = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL, slug TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_aliases_doc ON entity_aliases (doc_id);
CREATE INDEX IF NOT EXISTS entity_aliases_entity ON entity_aliases (entity_id);
CREATE INDEX IF NOT EXISTS entity_aliases_folded ON entity_aliases (folded);
CREATE INDEX IF NOT EXISTS entity_aliases_slug ON entity_aliases (slug);
"""
_WORD = re.compile(r"[\w'’&-]+")


def fold(text: str) -> str:
    """Lowercase ASCII without accents: `Giménez` -> `gimenez`."""
    return strip_accents(text).lower().strip()


def record_aliases(record: DocumentRecord) -> Iterator[tuple[str, str]]:
    """(entity id, alias) for every form the record gives an entity's name."""
    for person in record.people:
        yield person.entity_id, person.name
        for mention in person.mentions:
            if len(mention.text.split()) > 1:
                yield person.entity_id, mention.text
        if len(person.name.split()) == 1:
            # A person known only by a title and surname is searched for that way: `Gov. Brown`.
            for title in person.titles:
                if len(title.text.split()) <= 2:
                    yield person.entity_id, f"{title.text} {person.name}"
    for organization in record.organizations:
        yield organization.entity_id, organization.name
        yield from ((organization.entity_id, alias) for alias in organization.aliases)
        if organization.entity_id in AGENCIES:
            yield from ((organization.entity_id, alias) for alias in AGENCIES[organization.entity_id][1])
    for place in record.places:
        yield place.entity_id, place.name
        yield from ((place.entity_id, mention.text) for mention in place.mentions)


class AliasTable:
    """Keeps `entity_aliases` in step with the records, in the writer's transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)

    def add(self, record: DocumentRecord) -> None:
        self._connection.executemany(
            "INSERT INTO entity_aliases VALUES (?, ?, ?, ?, ?)",
            [
                (entity_id, record.id, alias, fold(alias), slugify(alias))
                for entity_id, alias in dict.fromkeys(record_aliases(record))
            ],
        )

    def remove(self, doc_id: str) -> None:
        self._connection.execute("DELETE FROM entity_aliases WHERE doc_id = ?", (doc_id,))


def alias_counts(connection: sqlite3.Connection, entity_id: str) -> Counter[str]:
    """Each alias of the entity with the number of documents that give it."""
    return Counter(
        dict(
            connection.execute(
                "SELECT alias, count(*) FROM entity_aliases WHERE entity_id = ? GROUP BY alias", (entity_id,)
            ).fetchall()
        )
    )


def alias_target(connection: sqlite3.Connection, alias_id: str) -> str | None:
    """The canonical id an alias id stands for (`jeff-sessions` -> `jeffrey-sessions`), when only one."""
    targets = [
        entity_id
        for (entity_id,) in connection.execute(
            "SELECT DISTINCT entity_aliases.entity_id FROM entity_aliases"
            " JOIN entities ON entities.entity_id = entity_aliases.entity_id WHERE slug = ?",
            (alias_id,),
        )
    ]
    return targets[0] if len(targets) == 1 else None


def _match_score(query: str, name: str) -> float:
    """3 for the whole name, 2 for whole words of it, 1 inside a word, else the edit similarity."""
    if query == name:
        return 3.0
    if re.search(rf"(?<!\w){re.escape(query)}(?!\w)", name):
        return 2.0
    if query in name:
        return 1.0
    return max(Indel.normalized_similarity(query, option) for option in [name, *name.split()])


def _name_scores(connection: sqlite3.Connection, q: str) -> dict[str, float]:
    """Entities whose name or alias (or one of its words) matches `q` or is within a small edit of it."""
    folded = fold(q)
    query_trigrams = sorted(trigrams(folded))
    marks = ",".join("?" * len(query_trigrams))
    candidates = [
        row[0]
        for row in connection.execute(
            f"SELECT entity_id FROM entity_trigrams WHERE trigram IN ({marks})"
            " GROUP BY entity_id ORDER BY count(*) DESC LIMIT 500",
            query_trigrams,
        )
    ]
    scored: dict[str, float] = {}
    for candidate in candidates:
        for (name,) in connection.execute(
            "SELECT folded FROM entity_names WHERE entity_id = ?", (candidate,)
        ):
            score = _match_score(folded, name)
            if score >= FUZZY_THRESHOLD:
                scored[candidate] = max(scored.get(candidate, 0.0), score)
    return scored


def _title_matches(connection: sqlite3.Connection, q: str) -> set[str]:
    """Entities whose stated titles contain every word of `q`: `sheriff` finds sheriffs."""
    words = [fold(word) for word in _WORD.findall(q)]
    if not words:
        return set()
    rows = connection.execute(
        "SELECT DISTINCT entity_id, title FROM roles WHERE "
        + " AND ".join(["lower(title) LIKE ?"] * len(words)),
        [f"%{word}%" for word in words],
    ).fetchall()
    return {
        entity_id
        for entity_id, title in rows
        if all(re.search(rf"(?<!\w){re.escape(word)}", fold(title)) for word in words)
    }


def ranked_entity_ids(connection: sqlite3.Connection, q: str) -> list[str]:
    """Entities matching `q`, best first: the whole name or alias, then its words, titles, then near spellings.

    Ties go to the entity more documents mention, so `ICE` ranks the agency above a word that contains it.
    """
    scored = _name_scores(connection, q)
    for entity_id in _title_matches(connection, q):
        scored[entity_id] = max(scored.get(entity_id, 0.0), 1.5)
    if not scored:
        return []
    documents = _documents(connection, list(scored))
    return sorted(scored, key=lambda entity_id: (-scored[entity_id], -documents.get(entity_id, 0), entity_id))


def _documents(connection: sqlite3.Connection, entity_ids: Sequence[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for start in range(0, len(entity_ids), 500):
        chunk = list(entity_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        counts.update(
            connection.execute(
                f"SELECT entity_id, documents FROM entities WHERE entity_id IN ({marks})", chunk
            )
        )
    return counts


@dataclass(frozen=True)
class NoSuchEntity(Exception):
    """No entity answers to the value; `suggestions` are the closest ids."""

    value: str
    suggestions: list[str]


@dataclass(frozen=True)
class AmbiguousEntity(Exception):
    """Several entities answer to the value equally well."""

    value: str
    candidates: list[str]


def _kinds(connection: sqlite3.Connection, entity_ids: Sequence[str]) -> dict[str, EntityKind]:
    marks = ",".join("?" * len(entity_ids))
    return dict(
        connection.execute(
            f"SELECT entity_id, kind FROM entities WHERE entity_id IN ({marks})", list(entity_ids)
        )
    )


def resolve_entity(connection: sqlite3.Connection, value: str, *, kinds: tuple[EntityKind, ...] = ()) -> str:
    """The canonical id of an id, an alias id, an alias or a name; entities of `kinds` win a tie.

    Raises NoSuchEntity (with the closest ids) or AmbiguousEntity (with the candidates).
    """
    wanted = value.strip()
    if connection.execute("SELECT 1 FROM entities WHERE entity_id = ?", (wanted,)).fetchone():
        return wanted
    exact: list[str] = [
        entity_id
        for (entity_id,) in connection.execute(
            "SELECT DISTINCT entity_aliases.entity_id FROM entity_aliases"
            " JOIN entities ON entities.entity_id = entity_aliases.entity_id WHERE slug = ? OR folded = ?",
            (slugify(wanted), fold(wanted)),
        )
    ]
    if not exact and wanted:
        # A name's whole word (a surname, an acronym) names the entity when it names only one.
        exact = [entity_id for entity_id, score in _name_scores(connection, wanted).items() if score >= 2.0]
    if not exact:
        raise NoSuchEntity(value, ranked_entity_ids(connection, wanted)[:SUGGESTIONS] if wanted else [])
    if len(exact) > 1 and kinds:
        of_kind = _kinds(connection, exact)
        exact = [entity_id for entity_id in exact if of_kind.get(entity_id) in kinds] or exact
    if len(exact) > 1:
        raise AmbiguousEntity(value, sorted(exact))
    return exact[0]
