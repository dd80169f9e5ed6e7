"""Entities, quotes and statistics of a build, as SQLite tables beside the records.

Written by the indexer in the same build as the search index, so documents, entities and
statistics can never disagree; read by the API with indexed queries, never by scanning records.
The same tables serve every search engine.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from app.index.aliases import (
    AliasTable,
    alias_counts,
    alias_target,
    fold,
    ranked_entity_ids,
    resolve_entity,
)
from app.index.analysis import trigrams
from app.index.link_table import linked_roles
from app.index.sqlite import connect_for_reading
from app.models import DocumentRecord, EntityKind, Evidence
from app.schemas import (
    EntityDetail,
    EntitySummary,
    MatchSpan,
    MentionSnippet,
    QuoteRow,
    RelatedEntity,
    StatedRole,
    StatisticRow,
)

__all__ = ["Catalog", "CatalogWriter", "EntitySort", "StatisticFilters", "fts_query"]

EntitySort = Literal["documents", "mentions", "name"]
SNIPPETS_PER_DOCUMENT = 3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    entity_id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
    organizations TEXT NOT NULL, documents INTEGER NOT NULL, mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_kind ON entities (kind, documents DESC);
CREATE TABLE IF NOT EXISTS entity_names (entity_id TEXT NOT NULL, folded TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entity_trigrams (trigram TEXT NOT NULL, entity_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entity_trigrams_trigram ON entity_trigrams (trigram);
CREATE INDEX IF NOT EXISTS entity_trigrams_entity ON entity_trigrams (entity_id);
CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names (entity_id);
CREATE TABLE IF NOT EXISTS entity_documents (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, published TEXT, mentions INTEGER NOT NULL,
    snippets TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, organization TEXT,
    PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX IF NOT EXISTS entity_documents_doc ON entity_documents (doc_id);
CREATE TABLE IF NOT EXISTS roles (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, published TEXT, title TEXT NOT NULL,
    organization TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_entity ON roles (entity_id);
CREATE INDEX IF NOT EXISTS roles_doc ON roles (doc_id);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL, published TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    speaker_name TEXT, speaker_entity_id TEXT
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_entity_id);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE TABLE IF NOT EXISTS statistics (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, published TEXT, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, value REAL NOT NULL, value_high REAL, qualifier TEXT,
    kind TEXT NOT NULL, approximate INTEGER NOT NULL, unit TEXT, counts TEXT, sentence TEXT NOT NULL,
    attributed_to TEXT, attributed_entity_id TEXT, place TEXT, period TEXT
);
CREATE INDEX IF NOT EXISTS statistics_value ON statistics (value);
CREATE INDEX IF NOT EXISTS statistics_doc ON statistics (doc_id);
CREATE INDEX IF NOT EXISTS statistics_entity ON statistics (attributed_entity_id);
CREATE VIRTUAL TABLE IF NOT EXISTS statistics_text USING fts5 (
    counts, sentence, tokenize='porter unicode61 remove_diacritics 2'
);
"""

_WORDS = re.compile(r"[\w'’-]+")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _snippet(text: str, mention: Evidence) -> MentionSnippet:
    start = max(0, text.rfind("\n", 0, mention.start) + 1, mention.start - 120)
    end_of_line = text.find("\n", mention.end)
    end = min(len(text), mention.end + 120, end_of_line if end_of_line >= 0 else len(text))
    return MentionSnippet(
        start=start, end=end, text=text[start:end], mention=MatchSpan(start=mention.start, end=mention.end)
    )


class CatalogWriter:
    """Keeps a build's catalog tables in step with its records, one document at a time.

    `add` and `remove` change the per-document rows and note which entities they touch;
    `refresh` recomputes just those archive-wide rows. A full build is
    the same path with every entity touched.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        connection.executescript(_SCHEMA)
        self._aliases = AliasTable(connection)
        self._touched_entities: set[str] = set()

    def add(self, record: DocumentRecord) -> None:
        published = _iso(record.published.value if record.published else None)
        self._aliases.add(record)
        rows: list[tuple[str, str, EntityKind, list[Evidence], str | None]] = []
        for person in record.people:
            rows.append((person.entity_id, person.name, person.kind, person.mentions, person.organization))
            self._connection.executemany(
                "INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        person.entity_id,
                        record.id,
                        published,
                        title.text,
                        title.organization,
                        title.start,
                        title.end,
                    )
                    for title in person.titles
                ],
            )
        rows.extend(
            (org.entity_id, org.name, "organization", org.mentions, None) for org in record.organizations
        )
        rows.extend((place.entity_id, place.name, "place", place.mentions, None) for place in record.places)
        for entity_id, name, kind, mentions, organization in rows:
            self._touched_entities.add(entity_id)
            snippets = [_snippet(record.text, mention) for mention in mentions[:SNIPPETS_PER_DOCUMENT]]
            self._connection.execute(
                "INSERT OR REPLACE INTO entity_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entity_id,
                    record.id,
                    published,
                    len(mentions),
                    json.dumps([snippet.model_dump() for snippet in snippets]),
                    name,
                    kind,
                    organization,
                ),
            )
        self._connection.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    record.id,
                    published,
                    quote.text,
                    quote.start,
                    quote.end,
                    quote.speaker.name if quote.speaker else None,
                    quote.speaker.entity_id if quote.speaker else None,
                )
                for quote in record.quotes
            ],
        )
        for statistic in record.statistics:
            attribution = statistic.attributed_to
            cursor = self._connection.execute(
                'INSERT INTO statistics (doc_id, published, text, start, "end", value, value_high, qualifier, kind,'
                " approximate, unit, counts, sentence, attributed_to, attributed_entity_id, place, period)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    published,
                    statistic.text,
                    statistic.start,
                    statistic.end,
                    statistic.value,
                    statistic.value_high,
                    statistic.qualifier,
                    statistic.kind,
                    int(statistic.approximate),
                    statistic.unit,
                    statistic.counts,
                    statistic.sentence.text,
                    attribution.name if attribution else None,
                    attribution.entity_id if attribution else None,
                    statistic.place,
                    statistic.period,
                ),
            )
            self._connection.execute(
                "INSERT INTO statistics_text (rowid, counts, sentence) VALUES (?, ?, ?)",
                (cursor.lastrowid, statistic.counts or "", statistic.sentence.text),
            )

    def remove(self, doc_id: str) -> None:
        """Delete one document's rows, noting the entities that change."""
        connection = self._connection
        self._touched_entities.update(
            entity_id
            for (entity_id,) in connection.execute(
                "SELECT entity_id FROM entity_documents WHERE doc_id = ?", (doc_id,)
            )
        )
        connection.execute(
            "DELETE FROM statistics_text WHERE rowid IN (SELECT id FROM statistics WHERE doc_id = ?)",
            (doc_id,),
        )
        for table in ("statistics", "quotes", "roles", "entity_documents"):
            connection.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self._aliases.remove(doc_id)

    def refresh(self) -> None:
        """Recompute the archive-wide rows of every entity touched since the last refresh."""
        touched = sorted(self._touched_entities)
        for start in range(0, len(touched), 500):
            self._refresh_entities(touched[start : start + 500])
        self._touched_entities.clear()

    def _refresh_entities(self, entity_ids: list[str]) -> None:
        connection = self._connection
        marks = ",".join("?" * len(entity_ids))
        for table in ("entities", "entity_names", "entity_trigrams"):
            connection.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks})", entity_ids)
        per_document: dict[str, list[tuple[str, str, str | None, int]]] = defaultdict(list)
        for entity_id, name, kind, organization, mentions in connection.execute(
            f"SELECT entity_id, name, kind, organization, mentions FROM entity_documents"
            f" WHERE entity_id IN ({marks})",
            entity_ids,
        ):
            per_document[entity_id].append((name, kind, organization, mentions))
        for entity_id, rows in per_document.items():
            names = Counter(name for name, _, _, _ in rows)
            organizations = Counter(organization for _, _, organization, _ in rows if organization)
            kinds = {kind for _, kind, _, _ in rows}
            kind = "official" if "official" in kinds else sorted(kinds)[0]
            canonical = max(names, key=lambda name: (len(name.split()), names[name], len(name), name))
            known_as = names + alias_counts(connection, entity_id)
            connection.execute(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    entity_id,
                    kind,
                    canonical,
                    json.dumps([name for name, _ in known_as.most_common() if name != canonical]),
                    json.dumps([name for name, _ in organizations.most_common()]),
                    len(rows),
                    sum(mentions for _, _, _, mentions in rows),
                ),
            )
            folded_names = {fold(name) for name in known_as}
            connection.executemany(
                "INSERT INTO entity_names VALUES (?, ?)", [(entity_id, name) for name in folded_names]
            )
            name_trigrams = set().union(*(trigrams(name) for name in folded_names))
            connection.executemany(
                "INSERT INTO entity_trigrams VALUES (?, ?)",
                [(trigram, entity_id) for trigram in name_trigrams],
            )


@dataclass(frozen=True, kw_only=True)
class StatisticFilters:
    q: str | None = None
    kind: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    # Canonical entity ids, each filter matching any of its values.
    entity: tuple[str, ...] = ()
    attributed_to: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    document: str | None = None


def fts_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms, all required: no FTS syntax gets through."""
    words = _WORDS.findall(text)
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_STATISTIC_COLUMNS = (
    'doc_id, published, text, start, "end", value, value_high, qualifier, kind, approximate, unit, counts,'
    " sentence, attributed_to, attributed_entity_id, place, period"
)


def _statistic_row(row: Sequence[Any]) -> StatisticRow:
    return StatisticRow(
        document_id=row[0],
        published=_date(row[1]),
        text=row[2],
        start=row[3],
        end=row[4],
        value=row[5],
        value_high=row[6],
        qualifier=row[7],
        kind=row[8],
        approximate=bool(row[9]),
        unit=row[10],
        counts=row[11],
        sentence=row[12],
        attributed_to=row[13],
        attributed_entity_id=row[14],
        place=row[15],
        period=row[16],
    )


class Catalog:
    """Read side of the catalog tables; a fresh query-only connection per call, safe in any thread."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        return connect_for_reading(self.path)

    # Entities

    def _summary(self, row: Sequence[Any]) -> EntitySummary:
        return EntitySummary(
            entity_id=row[0],
            kind=row[1],
            name=row[2],
            aliases=json.loads(row[3]),
            documents=row[4],
            mentions=row[5],
        )

    def entities(
        self, *, kind: EntityKind | None, q: str | None, sort: EntitySort | None, offset: int, limit: int
    ) -> tuple[int, list[EntitySummary]]:
        columns = "entity_id, kind, name, aliases, documents, mentions"
        order = {"documents": "documents DESC, name", "mentions": "mentions DESC, name", "name": "name"}
        with closing(self._connect()) as connection:
            if q and q.strip():
                ranked = ranked_entity_ids(connection, q)
                rows_by_id: dict[str, Sequence[Any]] = {}
                for start in range(0, len(ranked), 500):
                    chunk = ranked[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    for row in connection.execute(
                        f"SELECT {columns} FROM entities WHERE entity_id IN ({marks})", chunk
                    ):
                        rows_by_id[row[0]] = row
                rows = [rows_by_id[entity_id] for entity_id in ranked if entity_id in rows_by_id]
                if kind:
                    rows = [row for row in rows if row[1] == kind]
                if sort == "documents":
                    rows.sort(key=lambda row: (-row[4], row[2]))
                elif sort == "mentions":
                    rows.sort(key=lambda row: (-row[5], row[2]))
                elif sort == "name":
                    rows.sort(key=lambda row: row[2])
                return len(rows), [self._summary(row) for row in rows[offset : offset + limit]]
            where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
            (total,) = connection.execute(f"SELECT count(*) FROM entities {where}", params).fetchone()
            rows = connection.execute(
                f"SELECT {columns} FROM entities {where} ORDER BY {order[sort or 'documents']} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        return total, [self._summary(row) for row in rows]

    def resolve_entity(self, value: str, *, kinds: tuple[EntityKind, ...] = ()) -> str:
        """The canonical id of an id, alias or name (UnknownEntity, AmbiguousEntity otherwise)."""
        with closing(self._connect()) as connection:
            return resolve_entity(connection, value, kinds=kinds)

    def canonical_id(self, alias_id: str) -> str | None:
        """The entity an alias id such as `jeff-sessions` stands for, if only one."""
        with closing(self._connect()) as connection:
            return alias_target(connection, alias_id)

    def entity(self, entity_id: str, *, related: int = 10) -> EntityDetail | None:
        with closing(self._connect()) as connection:
            row = connection.execute(
                "SELECT entity_id, kind, name, aliases, documents, mentions, organizations FROM entities"
                " WHERE entity_id = ?",
                (entity_id,),
            ).fetchone()
            if row is None:
                return None
            roles = [
                StatedRole(
                    title=title,
                    organization=organization,
                    document_id=doc_id,
                    published=_date(published),
                    start=start,
                    end=end,
                    evidence_document_id=doc_id,
                )
                for title, organization, doc_id, published, start, end in connection.execute(
                    'SELECT title, organization, doc_id, published, start, "end" FROM roles WHERE entity_id = ?',
                    (entity_id,),
                )
            ] + [
                StatedRole(
                    title=role.title,
                    organization=role.organization,
                    document_id=role.doc_id,
                    published=role.published,
                    start=role.start,
                    end=role.end,
                    evidence_document_id=role.evidence_doc_id,
                    derived="linked_across_documents",
                )
                for role in linked_roles(connection, entity_id)
            ]
            roles.sort(
                key=lambda role: (
                    role.published is None,
                    role.published or date.min,
                    role.document_id,
                    role.start,
                )
            )
            neighbours = connection.execute(
                "SELECT other.entity_id, entities.name, entities.kind, count(*) AS shared"
                " FROM entity_documents AS mine JOIN entity_documents AS other"
                " ON other.doc_id = mine.doc_id AND other.entity_id != mine.entity_id"
                " JOIN entities ON entities.entity_id = other.entity_id"
                " WHERE mine.entity_id = ? GROUP BY other.entity_id ORDER BY shared DESC, entities.name",
                (entity_id,),
            ).fetchall()
        return EntityDetail(
            **self._summary(row[:6]).model_dump(),
            roles=roles,
            organizations=json.loads(row[6]),
            places=[name for _, name, kind, _ in neighbours if kind == "place"][:related],
            related=[
                RelatedEntity(entity_id=other, name=name, kind=kind, documents=shared)
                for other, name, kind, shared in neighbours[:related]
            ],
        )

    def entity_documents(
        self, entity_id: str, *, sort: str, offset: int, limit: int
    ) -> tuple[int, list[tuple[str, int, list[MentionSnippet]]]]:
        order = {
            "-published": "published IS NULL, published DESC, doc_id",
            "published": "published IS NULL, published, doc_id",
            "mentions": "mentions DESC, doc_id",
        }[sort]
        with closing(self._connect()) as connection:
            (total,) = connection.execute(
                "SELECT count(*) FROM entity_documents WHERE entity_id = ?", (entity_id,)
            ).fetchone()
            rows = connection.execute(
                f"SELECT doc_id, mentions, snippets FROM entity_documents WHERE entity_id = ?"
                f" ORDER BY {order} LIMIT ? OFFSET ?",
                (entity_id, limit, offset),
            ).fetchall()
        return total, [
            (doc_id, mentions, [MentionSnippet.model_validate(item) for item in json.loads(snippets)])
            for doc_id, mentions, snippets in rows
        ]

    def quotes(self, entity_id: str, *, offset: int, limit: int) -> tuple[int, list[QuoteRow]]:
        with closing(self._connect()) as connection:
            (total,) = connection.execute(
                "SELECT count(*) FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
            ).fetchone()
            rows = connection.execute(
                'SELECT doc_id, published, text, start, "end", speaker_name, speaker_entity_id FROM quotes'
                " WHERE speaker_entity_id = ? ORDER BY published IS NULL, published, doc_id, start LIMIT ? OFFSET ?",
                (entity_id, limit, offset),
            ).fetchall()
        return total, [
            QuoteRow(
                document_id=row[0],
                published=_date(row[1]),
                text=row[2],
                start=row[3],
                end=row[4],
                speaker_name=row[5],
                speaker_entity_id=row[6],
            )
            for row in rows
        ]

    def names(self, entity_ids: Iterable[str]) -> dict[str, str]:
        wanted = list(entity_ids)
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        with closing(self._connect()) as connection:
            return dict(
                connection.execute(
                    f"SELECT entity_id, name FROM entities WHERE entity_id IN ({marks})", wanted
                )
            )

    # Statistics

    def _statistic_where(self, filters: StatisticFilters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if filters.q and fts_query(filters.q):
            clauses.append("id IN (SELECT rowid FROM statistics_text WHERE statistics_text MATCH ?)")
            params.append(fts_query(filters.q))
        if filters.kind:
            clauses.append("kind = ?")
            params.append(filters.kind)
        if filters.minimum is not None:
            clauses.append("value >= ?")
            params.append(filters.minimum)
        if filters.maximum is not None:
            clauses.append("value <= ?")
            params.append(filters.maximum)
        if filters.entity:
            marks = ",".join("?" * len(filters.entity))
            clauses.append(f"doc_id IN (SELECT doc_id FROM entity_documents WHERE entity_id IN ({marks}))")
            params.extend(filters.entity)
        if filters.attributed_to:
            clauses.append(f"attributed_entity_id IN ({','.join('?' * len(filters.attributed_to))})")
            params.extend(filters.attributed_to)
        if filters.place:
            # A figure's place is as the sentence states it: any name the archive knows the place by.
            marks = ",".join("?" * len(filters.place))
            clauses.append(
                f"lower(place) IN (SELECT folded FROM entity_aliases WHERE entity_id IN ({marks}))"
            )
            params.extend(filters.place)
        if filters.document:
            clauses.append("doc_id = ?")
            params.append(filters.document)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def statistics(
        self, filters: StatisticFilters, *, offset: int, limit: int
    ) -> tuple[int, list[StatisticRow]]:
        where, params = self._statistic_where(filters)
        with closing(self._connect()) as connection:
            (total,) = connection.execute(f"SELECT count(*) FROM statistics {where}", params).fetchone()
            rows = connection.execute(
                f"SELECT {_STATISTIC_COLUMNS} FROM statistics {where}"
                " ORDER BY published IS NULL, published DESC, doc_id, start LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        return total, [_statistic_row(row) for row in rows]
