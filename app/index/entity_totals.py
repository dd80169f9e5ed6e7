"""The archive-wide row of each entity, aggregated from its per-document rows: name, kind, counts, aliases."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict

from app.index.aliases import alias_counts, fold
from app.index.analysis import trigrams
from app.index.sqlite import named_rows

__all__ = ["refresh_entities"]

# Entities recomputed per statement, under SQLite's limit on bound parameters.
BATCH = 500


def refresh_entities(connection: sqlite3.Connection, entity_ids: list[str]) -> None:
    """Recompute the `entities`, `entity_names` and `entity_trigrams` rows of these entities."""
    for start in range(0, len(entity_ids), BATCH):
        _refresh_batch(connection, entity_ids[start : start + BATCH])


def _refresh_batch(connection: sqlite3.Connection, entity_ids: list[str]) -> None:
    marks = ",".join("?" * len(entity_ids))
    for table in ("entities", "entity_names", "entity_trigrams"):
        connection.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks})", entity_ids)
    per_document: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in named_rows(connection).execute(
        f"SELECT entity_id, name, kind, organization, mentions FROM entity_documents"
        f" WHERE entity_id IN ({marks})",
        entity_ids,
    ):
        per_document[row["entity_id"]].append(row)
    for entity_id, rows in per_document.items():
        names = Counter(row["name"] for row in rows)
        organizations = Counter(row["organization"] for row in rows if row["organization"])
        kinds = {row["kind"] for row in rows}
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
                sum(row["mentions"] for row in rows),
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
