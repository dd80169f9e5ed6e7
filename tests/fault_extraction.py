"""A Dask worker preload for tests/test_cluster_build.py: extraction raises on documents holding FAILING_MARK.

    dask worker tcp://127.0.0.1:PORT --preload tests.fault_extraction

Every other document is extracted as usual, so a build on these workers tests how the cluster path
reports a document whose extraction fails (twice: it is tried once more in its task).
"""

from __future__ import annotations

from typing import Any

from app.corpus import RawDocument
from app.extract import extract_document
from app.index import cluster_extraction
from app.models import DocumentRecord

__all__ = ["FAILING_MARK", "dask_setup"]

FAILING_MARK = "extractionfaultmark"


def _failing_on_mark(document: RawDocument) -> DocumentRecord:
    if FAILING_MARK in document.raw_text:
        raise RuntimeError(f"injected extraction fault in {document.id}")
    return extract_document(document)


def dask_setup(worker: Any) -> None:
    """Called by the worker at start: every task it runs extracts through the faulty function."""
    vars(cluster_extraction)["extract_document"] = _failing_on_mark
