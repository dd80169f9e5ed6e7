"""A record store of format 8, whose quote and figure rows are not compressed, reads as one of format 9 does,
and takes ingests that mix both."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index.catalog import Catalog
from app.index.packed_text import item_json
from app.index.statistic_table import StatisticFilters
from app.index.store import RecordStore, RecordWriter
from app.models import DocumentRecord

TEXTS = {
    "budget": (
        'Mayor Ana Ruiz of Springfield said the budget rose 4 percent to $12 million. "We are ready," '
        "Ruiz said. The council approved 7 new buses."
    ),
    "jail": 'The jail population fell 9 percent, Sheriff Tom Lee said. "It is working," Lee said.',
}
# The columns format 9 compresses, by table, with the key of their rows.
PACKED_COLUMNS = {"statistics": ("id", "item"), "quotes": ("rowid", "item")}


def _record(doc_id: str, text: str) -> DocumentRecord:
    return extract_document(
        RawDocument(id=doc_id, raw_text=text, metadata=SuppliedMetadata(title=doc_id.title()), origin="test")
    )


def _write(path: Path, *records: DocumentRecord, remove: str | None = None) -> None:
    writer = RecordWriter(path)
    for record in records:
        writer.add(record)
    if remove is not None:
        writer.remove(remove)
    writer.finish()


def _as_format_8(path: Path) -> None:
    """Rewrite the quote and figure rows as format 8 kept them: their JSON as it is."""
    with closing(sqlite3.connect(path)) as connection:
        for table, (key, column) in PACKED_COLUMNS.items():
            rows = connection.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
            connection.executemany(
                f"UPDATE {table} SET {column} = ? WHERE {key} = ?",
                [(item_json(value).decode("utf-8"), row_key) for row_key, value in rows],
            )
        connection.commit()


def _column_types(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            kind
            for table, (_key, column) in PACKED_COLUMNS.items()
            for (kind,) in connection.execute(f"SELECT DISTINCT typeof({column}) FROM {table}")
        }


def _everything_read(path: Path) -> dict[str, Any]:
    """What the readers give back of every document, figure, quote and entity passage."""
    store, catalog = RecordStore(path), Catalog(path)
    doc_ids = sorted(TEXTS)
    figures = catalog.statistics(StatisticFilters(), offset=0, limit=100).rows
    entities = [
        entity.entity_id
        for entity in catalog.entities(kind=None, q=None, sort=None, offset=0, limit=100).rows
    ]
    read = {
        "records": [store.get(doc_id) for doc_id in doc_ids],
        "figures": sorted(map(repr, figures)),
        "quotes": sorted(
            repr(row) for entity_id in entities for row in catalog.quotes(entity_id, offset=0, limit=100).rows
        ),
        "passages": sorted(
            repr(row)
            for entity_id in entities
            for row in catalog.entity_documents(entity_id, sort="published", offset=0, limit=100).rows
        ),
    }
    assert read["figures"] and read["quotes"] and read["passages"], "nothing to compare"
    return read


def test_a_format_8_store_reads_alike_and_takes_writes(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"
    _write(path, *(_record(doc_id, text) for doc_id, text in TEXTS.items()))
    assert _column_types(path) == {"blob"}
    current = _everything_read(path)
    assert current["records"] == [_record(doc_id, TEXTS[doc_id]) for doc_id in sorted(TEXTS)]

    _as_format_8(path)
    assert _column_types(path) == {"text"}
    assert _everything_read(path) == current

    # An ingest into the older store: the replaced document's figures leave the full-text index by the words
    # of their plain rows, the new ones go in compressed, and both kinds read back.
    replaced = _record("jail", 'The jail population rose 5 percent, Sheriff Tom Lee said. "Wait," Lee said.')
    _write(path, replaced)
    assert _column_types(path) == {"text", "blob"}
    store, catalog = RecordStore(path), Catalog(path)
    assert store.get("jail") == replaced
    assert store.get("budget") == current["records"][0]
    figures = {
        row.statistic.text for row in catalog.statistics(StatisticFilters(q="jail"), offset=0, limit=10).rows
    }
    assert figures == {"5 percent"}
    assert set(current["quotes"]) & set(_everything_read(path)["quotes"])  # the budget's plain quote row
    _write(path, remove="budget")
    assert RecordStore(path).get("budget") is None
    assert catalog.statistics(StatisticFilters(q="budget"), offset=0, limit=10).rows == []
    assert {row.document_id for row in catalog.statistics(StatisticFilters(), offset=0, limit=10).rows} == {
        "jail"
    }
