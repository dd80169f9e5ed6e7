"""What tantivy indexes of a record, and the writer of a new build's tantivy index."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import tantivy

from app.index.analysis import analyze, outlet_key
from app.index.engine import ENTITY_FIELDS, entity_ids, title_and_body
from app.models import DocumentRecord

__all__ = [
    "TANTIVY_DIR",
    "PreparedDocument",
    "TantivyWriter",
    "build_schema",
    "prepare_document",
    "tantivy_document",
]

TANTIVY_DIR = "tantivy"
# Sort key of undated documents in both date orders, so they come last in each.
UNDATED = 2**62


def _pre_tokenized(text: str, tokens: list[tuple[int, int, str]]) -> tantivy.PreTokenizedString:
    return tantivy.PreTokenizedString(
        text,
        [tantivy.Token(term, position, start, end) for position, (start, end, term) in enumerate(tokens)],
    )


def _id_key(doc_id: str) -> int:
    """The first 8 bytes of the id as a number: orders ties by id without reading stored fields."""
    return int.from_bytes(doc_id.encode()[:8].ljust(8, b"\0"), "big")


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_unsigned_field("id_key", fast=True)
    # Tokens come pre-analyzed (see `analyze`); the tokenizer named here is never used.
    builder.add_text_field("title")
    builder.add_text_field("body")
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_integer_field("published_asc", indexed=True, fast=True)
    builder.add_integer_field("published_desc", indexed=True, fast=True)
    builder.add_integer_field("year", fast=True)
    builder.add_integer_field("month", fast=True)
    builder.add_text_field("outlet", fast=True, tokenizer_name="raw")
    builder.add_boolean_field("has_statistics", indexed=True)
    for name in ENTITY_FIELDS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw")
    return builder.build()


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """What tantivy indexes of a record, analyzed: plain data, so another process can make it."""

    doc_id: str
    title: str
    title_tokens: list[tuple[int, int, str]]
    body: str
    body_tokens: list[tuple[int, int, str]]
    has_statistics: bool
    entity_ids: dict[str, list[str]]
    published: date | None
    outlet: str | None


def prepare_document(record: DocumentRecord) -> PreparedDocument:
    """The record's fields as tantivy indexes them, with its title and body analyzed (most of the cost)."""
    title, body = title_and_body(record)
    return PreparedDocument(
        doc_id=record.id,
        title=title,
        title_tokens=analyze(title),
        body=body,
        body_tokens=analyze(body),
        has_statistics=bool(record.statistics),
        entity_ids=entity_ids(record),
        published=record.published.value if record.published else None,
        outlet=outlet_key(record.outlet.value) if record.outlet else None,
    )


def tantivy_document(record: DocumentRecord) -> tantivy.Document:
    """What tantivy indexes of a record; the record itself lives in the record store."""
    return document_of(prepare_document(record))


def document_of(prepared: PreparedDocument) -> tantivy.Document:
    """The tantivy document of a prepared record."""
    document = tantivy.Document()
    document.add_text("id", prepared.doc_id)
    document.add_unsigned("id_key", _id_key(prepared.doc_id))
    document.add_pre_tokenized_text("title", _pre_tokenized(prepared.title, prepared.title_tokens))
    document.add_pre_tokenized_text("body", _pre_tokenized(prepared.body, prepared.body_tokens))
    document.add_boolean("has_statistics", prepared.has_statistics)
    for field, ids in prepared.entity_ids.items():
        for entity_id in ids:
            document.add_text(field, entity_id)
    if day := prepared.published:
        document.add_integer("day", day.toordinal())
        document.add_integer("published_asc", day.toordinal())
        document.add_integer("published_desc", -day.toordinal())
        document.add_integer("year", day.year)
        document.add_integer("month", day.year * 100 + day.month)
    else:
        document.add_integer("published_asc", UNDATED)
        document.add_integer("published_desc", UNDATED)
    if prepared.outlet is not None:
        document.add_text("outlet", prepared.outlet)
    return document


class TantivyWriter:
    """Writes the tantivy index of one new build."""

    def __init__(self, build_dir: Path) -> None:
        (build_dir / TANTIVY_DIR).mkdir(parents=True)
        self._index = tantivy.Index(build_schema(), path=str(build_dir / TANTIVY_DIR))
        self._writer = self._index.writer(heap_size=256_000_000, num_threads=min(2, os.cpu_count() or 1))

    # Builds analyze records in worker processes with this (see `app.index.engine_feed`).
    prepare = staticmethod(prepare_document)

    def add(self, record: DocumentRecord) -> None:
        self._writer.add_document(tantivy_document(record))

    def add_prepared(self, prepared: PreparedDocument) -> None:
        self._writer.add_document(document_of(prepared))

    def commit(self) -> None:
        self._writer.commit()
        # Merges run in background threads; the build is published only once they are done.
        self._writer.wait_merging_threads()
