"""The record store gives back exactly the record it was given, although it keeps the text only once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index.store import RecordStore, RecordWriter

RAW_TEXTS = {
    "clean": 'Mayor Ana Ruiz said the budget rose 4 percent. "We are ready," she said.',
    # Mojibake and a shortcode: cleaning changes the text, so the raw text differs and is kept apart.
    "repaired": 'Mayor Ana Ruiz said the budget rose 4 percent. [caption]Photo[/caption] Itâ€™s "ready".',
    "quoted keys": 'He typed "raw_text": and "text": into the form, and \\"escapes\\" too.',
}


@pytest.mark.parametrize("doc_id", RAW_TEXTS)
def test_a_stored_record_reads_back_equal(tmp_path: Path, doc_id: str) -> None:
    record = extract_document(
        RawDocument(
            id=doc_id, raw_text=RAW_TEXTS[doc_id], metadata=SuppliedMetadata(title="Budget"), origin="test"
        )
    )
    path = tmp_path / "records.sqlite"
    writer = RecordWriter(path)
    writer.add(record)
    writer.finish()
    assert RecordStore(path).get(doc_id) == record
    assert (record.raw_text == record.text) == (doc_id != "repaired")
