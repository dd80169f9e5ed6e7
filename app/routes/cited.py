"""Quotes and figures found through the catalog, answered whole: the same objects as in their documents."""

from __future__ import annotations

from collections.abc import Sequence

from app.index.rows import QuoteEntry, StatisticEntry
from app.schemas import DocumentQuote, DocumentStatistic

__all__ = ["document_quotes", "document_statistics"]


def document_quotes(rows: Sequence[QuoteEntry]) -> list[DocumentQuote]:
    """Each quote as its document's record holds it, speaker and all."""
    return [
        DocumentQuote(**row.quote.model_dump(), document_id=row.document_id, published=row.published)
        for row in rows
    ]


def document_statistics(rows: Sequence[StatisticEntry]) -> list[DocumentStatistic]:
    """Each figure as its document's record holds it, with its sentence and attribution's offsets."""
    return [
        DocumentStatistic(**row.statistic.model_dump(), document_id=row.document_id, published=row.published)
        for row in rows
    ]
