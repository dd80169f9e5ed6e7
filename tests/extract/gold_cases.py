"""Gold documents for the table-driven tests: the five corpus articles and the generalization set."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.corpus import read_document_file
from app.eval import GoldDocument, load_gold
from app.extract import extract_document
from app.models import DocumentRecord

DATA = Path(__file__).resolve().parent.parent / "data"
GOLD_DIRS = (DATA / "gold", DATA / "generalization")


def gold_documents() -> list[GoldDocument]:
    """Every gold document of both sets, in a stable order."""
    return [document for directory in GOLD_DIRS for document in load_gold(directory)]


@cache
def extracted(article: Path) -> DocumentRecord:
    """The record of one article, extracted once per test session."""
    return extract_document(read_document_file(article))
