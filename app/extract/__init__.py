"""Extractors: pure functions from cleaned text to items with offsets, and the record they build."""

from app.extract.document import EXTRACTOR_VERSION, extract_document

__all__ = ["EXTRACTOR_VERSION", "extract_document"]
