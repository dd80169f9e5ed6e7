"""Quotes and figures found through the catalog, answered whole: the same objects as in their documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from app.index import OpenBuild
from app.models import DocumentRecord, Evidence
from app.schemas import DocumentQuote, DocumentStatistic

__all__ = ["document_quotes", "document_statistics"]

ItemT = TypeVar("ItemT", bound=Evidence)


class _Located(Protocol):
    @property
    def document_id(self) -> str: ...
    @property
    def published(self) -> date | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _whole(
    build: OpenBuild, rows: Sequence[_Located], items_of: Callable[[DocumentRecord], Sequence[ItemT]]
) -> list[tuple[_Located, ItemT]]:
    """Each row with the item at its offsets in its document's record, in the order of `rows`."""
    records = {doc_id: build.records.get(doc_id) for doc_id in dict.fromkeys(row.document_id for row in rows)}
    items = {
        (doc_id, item.start, item.end): item
        for doc_id, record in records.items()
        if record is not None
        for item in items_of(record)
    }
    return [
        (row, item) for row in rows if (item := items.get((row.document_id, row.start, row.end))) is not None
    ]


def document_quotes(build: OpenBuild, rows: Sequence[_Located]) -> list[DocumentQuote]:
    """Each quote as its document's record holds it, speaker and all."""
    return [
        DocumentQuote(**quote.model_dump(), document_id=row.document_id, published=row.published)
        for row, quote in _whole(build, rows, lambda record: record.quotes)
    ]


def document_statistics(build: OpenBuild, rows: Sequence[_Located]) -> list[DocumentStatistic]:
    """Each figure as its document's record holds it, with its sentence and attribution's offsets."""
    return [
        DocumentStatistic(**statistic.model_dump(), document_id=row.document_id, published=row.published)
        for row, statistic in _whole(build, rows, lambda record: record.statistics)
    ]
