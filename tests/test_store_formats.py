"""A record store of format 8, whose records hold their quotes and figures and whose quote and figure rows
are not compressed, reads as one of format 9 does, and takes ingests that mix both."""

from __future__ import annotations

import sqlite3
import zlib
from contextlib import closing
from pathlib import Path
from typing import Any

import pydantic_core

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


def _format_8_pack(record: DocumentRecord, fingerprint: bytes) -> bytes:
    """How store format 8 packed a record: its JSON in parts around the text, the raw text and the cluster."""
    groups: list[list[str]] = [[]]
    for name in DocumentRecord.model_fields:
        if name in ("text", "raw_text", "cluster"):
            groups.append([])
        else:
            groups[-1].append(name)
    parts = [record.model_dump_json(include=set(group)).encode()[1:-1] if group else b"" for group in groups]
    raw_text = b"" if record.raw_text == record.text else pydantic_core.to_json(record.raw_text)
    return b"J1:" + fingerprint + zlib.compress(b"\0".join([raw_text, *parts]))


def _as_format_8(path: Path) -> None:
    """Rewrite the store as format 8 kept it: the quotes and figures in the record's blob, and the JSON of
    each in the catalog's rows as it is."""
    store = RecordStore(path)
    with closing(sqlite3.connect(path)) as connection:
        for doc_id, packed in connection.execute("SELECT id, record FROM documents").fetchall():
            record = store.get(doc_id)
            assert record is not None
            connection.execute(
                "UPDATE documents SET record = ? WHERE id = ?", (_format_8_pack(record, packed[3:19]), doc_id)
            )
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
        "json": [stored.json(cluster=None) for doc_id in doc_ids if (stored := store.stored(doc_id))],
        "texts": store.texts(doc_ids),
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
    with closing(sqlite3.connect(path)) as connection:
        for (packed,) in connection.execute("SELECT record FROM documents"):
            # Format 9: the quotes and figures are the catalog's rows, not a second copy in the record.
            assert packed[:3] == b"J2:"
            assert b'"quotes":' not in zlib.decompress(packed[19:])
            assert b'"statistics":' not in zlib.decompress(packed[19:])
    current = _everything_read(path)
    assert current["records"] == [_record(doc_id, TEXTS[doc_id]) for doc_id in sorted(TEXTS)]

    _as_format_8(path)
    assert _column_types(path) == {"text"}
    with closing(sqlite3.connect(path)) as connection:
        assert {packed[:3] for (packed,) in connection.execute("SELECT record FROM documents")} == {b"J1:"}
    assert _everything_read(path) == current

    # An ingest into the older store: the replaced document's words and figures come out of its plain
    # rows, the new one goes in compressed, and both read back.
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
    _write(path, remove="budget")
    assert RecordStore(path).get("budget") is None
    assert catalog.statistics(StatisticFilters(q="budget"), offset=0, limit=10).rows == []
    # The removed document's words were read from its plain text to be taken out of the spelling counts.
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT 1 FROM spelling_words WHERE word = 'buses'").fetchall() == []
