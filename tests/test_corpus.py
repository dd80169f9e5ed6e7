"""Reading corpus directories: text files, sidecars, JSON Lines, and files that must be skipped."""

from __future__ import annotations

import json
from pathlib import Path

from app.corpus import RawDocument, SkippedFile, read_corpus


def test_reads_files_sidecars_and_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body of a.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Sidecar Title", "published": "2020-01-02"}))
    (tmp_path / "more.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Body of r1.", "outlet": "Example Times"}) + "\n\n" + "not json\n"
    )
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")

    items = list(read_corpus(tmp_path))
    documents = {item.id: item for item in items if isinstance(item, RawDocument)}
    skipped = {
        Path(item.path.split(":")[0]).name: item.reason for item in items if isinstance(item, SkippedFile)
    }

    assert set(documents) == {"a", "r1"}
    assert documents["a"].metadata.title == "Sidecar Title"
    assert documents["r1"].metadata.outlet == "Example Times"
    assert skipped["empty.txt"] == "empty file"
    assert skipped["latin1.txt"].startswith("not UTF-8")
    assert skipped["binary.txt"].startswith("binary file")
    assert skipped["image.png"].startswith("unsupported file type")
    assert "more.jsonl" in skipped


def test_content_hash_changes_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same body.", encoding="utf-8")
    (first,) = read_corpus(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Other"}))
    (second,) = read_corpus(tmp_path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.content_hash != second.content_hash
