"""Quotes and figures found through the catalog, answered whole: the same objects as in their documents."""

from __future__ import annotations

from collections.abc import Sequence

from app.index import OpenBuild
from app.models import DocumentRecord
from app.schemas import DocumentQuote, DocumentStatistic, QuoteRow, StatisticRow

__all__ = ["document_quotes", "document_statistics"]


def _records(build: OpenBuild, doc_ids: Sequence[str]) -> dict[str, DocumentRecord]:
    records = {doc_id: build.records.get(doc_id) for doc_id in dict.fromkeys(doc_ids)}
    return {doc_id: record for doc_id, record in records.items() if record is not None}


def document_quotes(build: OpenBuild, rows: Sequence[QuoteRow]) -> list[DocumentQuote]:
    """Each quote as its document's record holds it (speaker and all), in the order of `rows`."""
    records = _records(build, [row.document_id for row in rows])
    quotes = {
        (doc_id, quote.start, quote.end): quote
        for doc_id, record in records.items()
        for quote in record.quotes
    }
    return [
        DocumentQuote(**quote.model_dump(), document_id=row.document_id, published=row.published)
        for row in rows
        if (quote := quotes.get((row.document_id, row.start, row.end))) is not None
    ]


def document_statistics(build: OpenBuild, rows: Sequence[StatisticRow]) -> list[DocumentStatistic]:
    """Each figure as its document's record holds it (sentence and attribution with offsets), in order."""
    records = _records(build, [row.document_id for row in rows])
    statistics = {
        (doc_id, statistic.start, statistic.end): statistic
        for doc_id, record in records.items()
        for statistic in record.statistics
    }
    return [
        DocumentStatistic(**statistic.model_dump(), document_id=row.document_id, published=row.published)
        for row in rows
        if (statistic := statistics.get((row.document_id, row.start, row.end))) is not None
    ]
