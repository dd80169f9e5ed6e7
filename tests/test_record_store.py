"""The record store gives back exactly the record it was given, although it keeps the text only once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index.catalog import Catalog
from app.index.statistic_table import StatisticFilters
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


def _figures_matching(path: Path, words: str) -> list[tuple[str, str]]:
    page = Catalog(path).statistics(StatisticFilters(q=words), offset=0, limit=50)
    return sorted((row.document_id, row.statistic.text) for row in page.rows)


def test_replaced_and_removed_figures_leave_the_full_text_index(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"

    def write(doc_id: str, raw_text: str) -> None:
        writer = RecordWriter(path)
        writer.add(
            extract_document(
                RawDocument(id=doc_id, raw_text=raw_text, metadata=SuppliedMetadata(), origin="t")
            )
        )
        writer.finish()

    write("jail", "The jail population fell 9 percent, the sheriff said.")
    write("budget", "The county budget rose 4 percent to $12 million, officials said.")
    assert _figures_matching(path, "budget") == [("budget", "$12 million"), ("budget", "4 percent")]
    # The replacement's figures take the row ids the removed ones had: the old words must not find them.
    write("budget", "The school enrollment grew 3 percent, the district said.")
    assert _figures_matching(path, "budget") == []
    assert _figures_matching(path, "enrollment") == [("budget", "3 percent")]
    writer = RecordWriter(path)
    writer.remove("jail")
    writer.finish()
    assert _figures_matching(path, "jail") == []
    assert _figures_matching(path, "percent") == [("budget", "3 percent")]
