"""Record stores of formats 8 (quote and figure rows not compressed) and 9 (compressed whole, without a
dictionary), with `entity_documents` a rowid table, read as one of format 10 does, and take ingests that mix
their rows with format 10's."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index.catalog import Catalog
from app.index.packed_text import item_json
from app.index.statistic_table import StatisticFilters
from app.index.store import RecordStore, RecordWriter
from app.models import DocumentRecord, Quote, Statistic

TEXTS = {
    "budget": (
        'Mayor Ana Ruiz of Springfield said the budget rose 4 percent to $12 million. "We are ready," '
        "Ruiz said. The council approved 7 new buses."
    ),
    "jail": 'The jail population fell 9 percent, Sheriff Tom Lee said. "It is working," Lee said.',
}
# The columns formats 9 and 10 compress, by table, with the key of their rows and the item's model.
PACKED_COLUMNS: dict[str, tuple[str, str, type[BaseModel]]] = {
    "statistics": ("id", "item", Statistic),
    "quotes": ("rowid", "item", Quote),
}


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


def _format_8_item(full_json: str) -> str:
    """Format 8 kept an item's whole JSON as it is."""
    return full_json


def _format_9_item(full_json: str) -> bytes:
    """Format 9 compressed an item's whole JSON with a 1 KiB window and no dictionary."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 10, 4)
    return compressor.compress(full_json.encode("utf-8")) + compressor.flush()


# `entity_documents` as formats 9 and before made it: a rowid table beside its key's index.
_ROWID_ENTITY_DOCUMENTS = """
CREATE TABLE older_entity_documents (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, published TEXT, mentions INTEGER NOT NULL,
    snippets TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, organization TEXT,
    PRIMARY KEY (entity_id, doc_id)
);
INSERT INTO older_entity_documents SELECT * FROM entity_documents ORDER BY doc_id;
DROP TABLE entity_documents;
ALTER TABLE older_entity_documents RENAME TO entity_documents;
CREATE INDEX entity_documents_doc ON entity_documents (doc_id);
"""


def _without_rowid(path: Path, table: str) -> bool:
    with closing(sqlite3.connect(path)) as connection:
        (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return "WITHOUT ROWID" in sql


def _rewritten(path: Path, older: Callable[[str], str | bytes]) -> None:
    """Rewrite the store as an older format kept it: quote and figure rows with every field, defaults too,
    and `entity_documents` a rowid table."""
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(_ROWID_ENTITY_DOCUMENTS)
        for table, (key, column, model) in PACKED_COLUMNS.items():
            rows = connection.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
            connection.executemany(
                f"UPDATE {table} SET {column} = ? WHERE {key} = ?",
                [
                    (older(model.model_validate_json(item_json(value)).model_dump_json()), row_key)
                    for row_key, value in rows
                ],
            )
        connection.commit()


def _column_types(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            kind
            for table, (_key, column, _model) in PACKED_COLUMNS.items()
            for (kind,) in connection.execute(f"SELECT DISTINCT typeof({column}) FROM {table}")
        }


def _dictionary_flags(path: Path) -> set[bool]:
    """For each compressed row, whether its stream names a preset dictionary (RFC 1950's FDICT bit)."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            bool(value[1] & 0x20)
            for table, (_key, column, _model) in PACKED_COLUMNS.items()
            for (value,) in connection.execute(
                f"SELECT {column} FROM {table} WHERE typeof({column}) = 'blob'"
            )
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


@pytest.mark.parametrize(
    ("older", "older_type"),
    [(_format_8_item, "text"), (_format_9_item, "blob")],
    ids=["format 8", "format 9"],
)
def test_an_older_store_reads_alike_and_takes_writes(
    tmp_path: Path, older: Callable[[str], str | bytes], older_type: str
) -> None:
    path = tmp_path / "records.sqlite"
    _write(path, *(_record(doc_id, text) for doc_id, text in TEXTS.items()))
    assert _column_types(path) == {"blob"}
    assert _dictionary_flags(path) == {True}
    current = _everything_read(path)
    assert current["records"] == [_record(doc_id, TEXTS[doc_id]) for doc_id in sorted(TEXTS)]

    assert _without_rowid(path, "entity_documents")
    _rewritten(path, older)
    assert not _without_rowid(path, "entity_documents")
    assert _column_types(path) == {older_type}
    assert _dictionary_flags(path) == ({False} if older_type == "blob" else set())
    assert _everything_read(path) == current

    # An ingest into the older store: the replaced document's figures leave the full-text index by the words
    # of their older rows, the new ones go in as format 10 writes them, and both kinds read back.
    replaced = _record("jail", 'The jail population rose 5 percent, Sheriff Tom Lee said. "Wait," Lee said.')
    _write(path, replaced)
    assert _column_types(path) == {older_type, "blob"}
    assert _dictionary_flags(path) == {True, False} if older_type == "blob" else {True}
    store, catalog = RecordStore(path), Catalog(path)
    assert store.get("jail") == replaced
    assert store.get("budget") == current["records"][0]
    figures = {
        row.statistic.text for row in catalog.statistics(StatisticFilters(q="jail"), offset=0, limit=10).rows
    }
    assert figures == {"5 percent"}
    assert set(current["quotes"]) & set(_everything_read(path)["quotes"])  # the budget's older quote row
    _write(path, remove="budget")
    assert RecordStore(path).get("budget") is None
    assert catalog.statistics(StatisticFilters(q="budget"), offset=0, limit=10).rows == []
    assert {row.document_id for row in catalog.statistics(StatisticFilters(), offset=0, limit=10).rows} == {
        "jail"
    }


def test_a_format_10_figure_leaves_the_full_text_index_by_its_words(tmp_path: Path) -> None:
    # A format-10 row leaves out null fields (`counts` among them): removing its document gives the full-text
    # index back the same words it took, so nothing of it matches after.
    path = tmp_path / "records.sqlite"
    paid = _record(
        "paid", "BEBORVILLE, Michigan — The county paid $38.8 million for the jail, officials said."
    )
    _write(path, paid, *(_record(doc_id, text) for doc_id, text in TEXTS.items()))
    with closing(sqlite3.connect(path)) as connection:
        items = [item_json(value) for (value,) in connection.execute("SELECT item FROM statistics")]
    assert any(b'"counts"' not in item for item in items)
    _write(path, remove="paid")
    _write(path, remove="budget")
    with closing(sqlite3.connect(path)) as connection:
        matched = connection.execute(
            "SELECT count(*) FROM statistics_text WHERE statistics_text MATCH 'county OR budget OR buses OR million'"
        ).fetchone()
        assert matched == (0,)
        assert connection.execute("INSERT INTO statistics_text (statistics_text) VALUES ('integrity-check')")


def _list_pages(path: Path) -> list[object]:
    """Every figure and every speaker's quotes, walked two at a time by keyset."""
    catalog = Catalog(path)
    pages: list[object] = []
    after = None
    while True:
        page = catalog.statistics(StatisticFilters(), offset=0, limit=2, after=after)
        pages.append((page.total, page.rows, page.last))
        if (after := page.last) is None:
            break
    with closing(sqlite3.connect(path)) as connection:
        speakers = [row[0] for row in connection.execute("SELECT DISTINCT speaker_entity_id FROM quotes")]
    for speaker in speakers:
        after = None
        while True:
            quotes = catalog.quotes(speaker, offset=0, limit=1, after=after)
            pages.append((quotes.total, quotes.rows, quotes.last))
            if (after := quotes.last) is None:
                break
    return pages


def _index_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_store_made_before_the_list_order_indexes_reads_alike_and_gets_them_from_its_next_writer(
    tmp_path: Path,
) -> None:
    path = tmp_path / "records.sqlite"
    _write(path, *(_record(doc_id, text) for doc_id, text in TEXTS.items()))
    assert {"statistics_order", "quotes_speaker_order"} <= _index_names(path)
    expected = _list_pages(path)
    assert len(expected) > 2
    # As builds before these indexes left it: the speaker's one-column index and no order index.
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            "DROP INDEX statistics_order; DROP INDEX quotes_speaker_order;"
            " CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);"
        )
    assert _list_pages(path) == expected
    RecordWriter(path).finish()
    assert {"statistics_order", "quotes_speaker_order", "quotes_speaker"} <= _index_names(path)
    assert _list_pages(path) == expected
