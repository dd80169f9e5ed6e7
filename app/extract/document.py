"""Raw document -> DocumentRecord: cleaning, then every extractor, then supplied metadata on top."""

from __future__ import annotations

from datetime import date

from app.clean import CleanedText, clean_text
from app.corpus import RawDocument
from app.models import DocumentRecord, Evidence, Provenanced

__all__ = ["EXTRACTOR_VERSION", "extract_document"]

EXTRACTOR_VERSION = "0.1.0"


def _title(doc: RawDocument, cleaned: CleanedText) -> Provenanced[str] | None:
    if doc.metadata.title:
        return Provenanced[str](value=doc.metadata.title, source="metadata")
    if cleaned.headline:
        start, end = cleaned.headline
        span = Evidence(start=start, end=end, text=cleaned.text[start:end])
        return Provenanced[str](value=span.text, source="text", evidence=span)
    return None


def _published(doc: RawDocument, cleaned: CleanedText) -> Provenanced[date] | None:
    if doc.metadata.published:
        return Provenanced[date](value=doc.metadata.published, source="metadata")
    if cleaned.header_date:
        stated = cleaned.header_date.isoformat()
        offset = doc.raw_text.find(stated)
        evidence = Evidence(start=offset, end=offset + len(stated), text=stated) if offset >= 0 else None
        return Provenanced[date](value=cleaned.header_date, source="text", evidence=evidence, evidence_in="raw_text")
    return None


def extract_document(doc: RawDocument) -> DocumentRecord:
    """Clean one raw document and extract everything the record holds."""
    cleaned = clean_text(doc.raw_text)
    metadata = doc.metadata
    return DocumentRecord(
        id=doc.id,
        title=_title(doc, cleaned),
        published=_published(doc, cleaned),
        outlet=Provenanced[str](value=metadata.outlet, source="metadata") if metadata.outlet else None,
        url=metadata.url,
        authors=[Provenanced[str](value=author, source="metadata") for author in metadata.authors],
        text=cleaned.text,
        raw_text=doc.raw_text,
        extractor_version=EXTRACTOR_VERSION,
        content_hash=doc.content_hash,
    )
