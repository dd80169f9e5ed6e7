"""The record store gives back exactly the record it was given, although it keeps the text only once."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.index.catalog import Catalog
from app.index.record_json import StoredRecord
from app.index.statistic_table import StatisticFilters
from app.index.store import RecordStore, RecordWriter
from app.models import DocumentRecord, StoryCluster

RAW_TEXTS = {
    "clean": 'Mayor Ana Ruiz said the budget rose 4 percent. "We are ready," she said.',
    # Mojibake and a shortcode: cleaning changes the text, so the raw text differs and is kept apart.
    "repaired": 'Mayor Ana Ruiz said the budget rose 4 percent. [caption]Photo[/caption] Itâ€™s "ready".',
    "quoted keys": 'He typed "raw_text": and "text": into the form, and \\"escapes\\" too.',
}


def _stored(tmp_path: Path, doc_id: str) -> tuple[DocumentRecord, StoredRecord]:
    """The record of `RAW_TEXTS[doc_id]`, written to a new store in `tmp_path`, and as the store holds it."""
    record = extract_document(
        RawDocument(
            id=doc_id, raw_text=RAW_TEXTS[doc_id], metadata=SuppliedMetadata(title="Budget"), origin="test"
        )
    )
    path = tmp_path / "records.sqlite"
    writer = RecordWriter(path)
    writer.add(record)
    writer.finish()
    stored = RecordStore(path).stored(doc_id)
    assert stored is not None
    return record, stored


@pytest.mark.parametrize("doc_id", RAW_TEXTS)
def test_a_stored_record_reads_back_equal(tmp_path: Path, doc_id: str) -> None:
    record, _ = _stored(tmp_path, doc_id)
    assert RecordStore(tmp_path / "records.sqlite").get(doc_id) == record
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


CLUSTERS = [None, StoryCluster(id="c-1", size=3, original="wire-copy")]


@pytest.mark.parametrize("cluster", CLUSTERS)
@pytest.mark.parametrize("doc_id", RAW_TEXTS)
def test_the_stored_json_is_what_the_record_dumps_to(
    tmp_path: Path, doc_id: str, cluster: StoryCluster | None
) -> None:
    record, stored = _stored(tmp_path, doc_id)
    expected = record.model_copy(update={"cluster": cluster}).model_dump_json().encode("utf-8")
    assert stored.json(cluster=cluster) == expected


def _legacy_pack(record: DocumentRecord, *, lacking: frozenset[str] = frozenset()) -> bytes:
    """How store format 7 packed a record: one zlib blob of its JSON without the text (nor an equal raw
    text); `lacking` leaves out fields as a version of the model without them wrote it."""
    omitted = {"text", "raw_text"} if record.raw_text == record.text else {"text"}
    return zlib.compress(record.model_dump_json(exclude=omitted | lacking).encode("utf-8"))


@pytest.mark.parametrize("doc_id", RAW_TEXTS)
def test_a_record_of_the_older_format_or_another_model_reads_through_validation(
    tmp_path: Path, doc_id: str
) -> None:
    record, stored = _stored(tmp_path, doc_id)
    cluster = CLUSTERS[1]
    expected = record.model_copy(update={"cluster": cluster}).model_dump_json().encode("utf-8")
    legacy = StoredRecord(_legacy_pack(record), record.text)
    assert legacy.record() == record
    assert legacy.json(cluster=cluster) == expected
    # Written before `syndication` and `cluster` existed: they come back with their defaults, in place.
    older = StoredRecord(_legacy_pack(record, lacking=frozenset({"syndication", "cluster"})), record.text)
    assert record.syndication is None
    assert older.json(cluster=cluster) == expected
    # The current format, but written by a model with another fingerprint: validated, the same bytes.
    tag_length = stored.packed.index(b":") + 1
    other_model = stored.packed[:tag_length] + b"0" * 16 + stored.packed[tag_length + 16 :]
    assert other_model != stored.packed
    assert StoredRecord(other_model, record.text).record() == record
    assert StoredRecord(other_model, record.text).json(cluster=cluster) == expected


def test_outlet_names_follow_every_commit(tmp_path: Path) -> None:
    """The names are kept between reads, and read again once another connection has committed."""
    path = tmp_path / "records.sqlite"

    def write(doc_id: str, outlet: str) -> None:
        writer = RecordWriter(path)
        metadata = SuppliedMetadata(outlet=outlet)
        writer.add(
            extract_document(
                RawDocument(id=doc_id, raw_text="The mayor spoke.", metadata=metadata, origin="t")
            )
        )
        writer.finish()

    write("first", "The Daily  Example")
    store = RecordStore(path)
    assert store.outlet_names() == {"the daily example": "The Daily  Example"}
    assert store.outlet_names() == {"the daily example": "The Daily  Example"}
    write("second", "Evening Post")
    assert store.outlet_names() == {"the daily example": "The Daily  Example", "evening post": "Evening Post"}
    write("second", "Morning Post")
    assert store.outlet_names() == {"the daily example": "The Daily  Example", "morning post": "Morning Post"}
