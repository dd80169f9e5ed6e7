"""The catalog's tables: entities, their documents, roles, quotes and statistics, beside the records."""

from __future__ import annotations

__all__ = ["CATALOG_SCHEMA"]

CATALOG_SCHEMA = """
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
-- Keyed by its primary key (since store format 10): a rowid table kept the key twice, in its rows and in the
-- key's index, and every read is by entity (the key's prefix) or by document (the index below). A build
-- written before keeps its rowid table, which the same statements read and write.
CREATE TABLE IF NOT EXISTS entity_documents (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, published TEXT, mentions INTEGER NOT NULL,
    snippets TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, organization TEXT,
    PRIMARY KEY (entity_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_documents_doc ON entity_documents (doc_id);
CREATE TABLE IF NOT EXISTS roles (
    entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, published TEXT, title TEXT NOT NULL,
    organization TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS roles_entity ON roles (entity_id);
CREATE INDEX IF NOT EXISTS roles_doc ON roles (doc_id);
-- `item` is the quote or figure as its record holds it (JSON, compressed since store format 9:
-- app/index/packed_text.py), so lists answer without reading records;
-- the other columns are what lists filter and order by.
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL, published TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    speaker_entity_id TEXT, item TEXT NOT NULL
);
-- A speaker's quotes in the list's order (`_QUOTE_ORDER` in app/index/catalog.py, the rowid implied), so a
-- page reads its rows and no more; it replaced `quotes_speaker (speaker_entity_id)`, its prefix, which
-- builds made before keep.
CREATE INDEX IF NOT EXISTS quotes_speaker_order ON quotes (
    speaker_entity_id, published IS NULL, published, doc_id, start, "end"
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE TABLE IF NOT EXISTS statistics (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, published TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL NOT NULL, kind TEXT NOT NULL, attributed_entity_id TEXT, place TEXT, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statistics_value ON statistics (value);
CREATE INDEX IF NOT EXISTS statistics_doc ON statistics (doc_id);
CREATE INDEX IF NOT EXISTS statistics_entity ON statistics (attributed_entity_id);
-- The figure list's order (`_ORDER` in app/index/statistic_table.py; the rowid, which is `id`, implied),
-- so a page reads its rows and no more instead of sorting every figure. A build made before gets it from
-- the next writer that opens its store (an ingest); until then its lists sort, as they did.
CREATE INDEX IF NOT EXISTS statistics_order ON statistics (published IS NULL, published DESC, doc_id, start, "end");
-- Contentless: the words are in `statistics.item`, so the index keeps only what MATCH needs. A row is
-- deleted by giving its words back ('delete' command): the writer reads them from `item`.
CREATE VIRTUAL TABLE IF NOT EXISTS statistics_text USING fts5 (
    counts, sentence, content='', tokenize='porter unicode61 remove_diacritics 2'
);
"""
