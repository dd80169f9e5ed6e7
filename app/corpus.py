"""Read a corpus directory: article files, sidecar metadata and JSON Lines records."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from app.models import DocumentRecord

__all__ = [
    "CorpusPart",
    "RawDocument",
    "SkippedFile",
    "SuppliedMetadata",
    "UnreadableDocument",
    "corpus_parts",
    "read_corpus",
    "read_document_file",
    "read_part",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson"})


class SuppliedMetadata(BaseModel):
    """Metadata that comes with a document; it wins over values extracted from the text."""

    model_config = ConfigDict(extra="ignore")

    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[str] = []


@dataclass(frozen=True)
class RawDocument:
    id: str
    raw_text: str
    metadata: SuppliedMetadata
    origin: str

    @property
    def content_hash(self) -> str:
        payload = self.raw_text + "\x00" + self.metadata.model_dump_json(exclude_defaults=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


class UnreadableDocument(ValueError):
    """A file or record that cannot become a document; the message says why."""


def decode_text(data: bytes) -> str:
    """Bytes -> text, refusing what is not a UTF-8 text document."""
    if not data.strip():
        raise UnreadableDocument("empty file")
    if b"\x00" in data:
        raise UnreadableDocument("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableDocument(f"not UTF-8 (byte {error.start}: {error.reason})") from error
    if not text.strip():
        raise UnreadableDocument("empty file")
    return text


def _sidecar_metadata(path: Path) -> SuppliedMetadata:
    sidecar = path.with_suffix(".json")
    if not sidecar.exists():
        return SuppliedMetadata()
    try:
        return SuppliedMetadata.model_validate_json(sidecar.read_bytes())
    except ValidationError as error:
        raise UnreadableDocument(f"invalid sidecar {sidecar.name}: {error.errors()[0]['msg']}") from error


def read_document_file(path: Path) -> RawDocument:
    """One article file (with its optional sidecar `NAME.json`)."""
    text = decode_text(path.read_bytes())
    return RawDocument(id=path.stem, raw_text=text, metadata=_sidecar_metadata(path), origin=str(path))


@dataclass(frozen=True)
class CorpusPart:
    """A piece of a corpus that any process seeing the same storage can read alone.

    An article file whole, or lines `first_line`… of a JSON Lines file, from byte `start` up to `stop`
    (None: to the end); `documents` is how many documents it holds at most, for sizing batches.
    """

    path: Path
    start: int = 0
    stop: int | None = None
    first_line: int = 1
    documents: int = 1


def _read_records(part: CorpusPart) -> Iterator[RawDocument | SkippedFile]:
    path = part.path
    with path.open("rb") as lines:
        lines.seek(part.start)
        offset = part.start
        for number, line in enumerate(lines, start=part.first_line):
            if part.stop is not None and offset >= part.stop:
                break
            offset += len(line)
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise UnreadableDocument("a record must be a JSON object")
                doc_id = str(record.get("id") or "").strip()
                body = record.get("text") or record.get("body")
                if not doc_id or not isinstance(body, str) or not body.strip():
                    raise UnreadableDocument("a record needs a non-empty `id` and `text`")
                yield RawDocument(
                    id=doc_id,
                    raw_text=body,
                    metadata=SuppliedMetadata.model_validate(record),
                    origin=where,
                )
            except (ValueError, ValidationError) as error:
                yield SkippedFile(where, str(error).splitlines()[0])


def _record_parts(path: Path, lines_per_part: int) -> Iterator[CorpusPart]:
    """A JSON Lines file cut at line ends into parts of `lines_per_part` lines (its bytes are only scanned)."""
    start, first_line, lines = 0, 1, 0
    offset = 0
    with path.open("rb") as handle:
        for lines_read, line in enumerate(handle, start=1):
            offset += len(line)
            lines += 1
            if lines == lines_per_part:
                yield CorpusPart(path, start, offset, first_line, lines)
                start, first_line, lines = offset, lines_read + 1, 0
    if lines:
        yield CorpusPart(path, start, None, first_line, lines)


def corpus_parts(corpus_dir: Path, *, lines_per_part: int | None = None) -> Iterator[CorpusPart]:
    """The corpus as parts in a stable order: each file whole, or JSON Lines files cut every `lines_per_part`."""
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        if lines_per_part and path.suffix.lower() in RECORD_SUFFIXES:
            yield from _record_parts(path, lines_per_part)
        else:
            yield CorpusPart(path)


def read_part(part: CorpusPart) -> Iterator[RawDocument | SkippedFile]:
    """The documents of one part; unreadable files and records are reported, not raised."""
    path = part.path
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from _read_records(part)
    elif suffix in TEXT_SUFFIXES:
        try:
            yield read_document_file(path)
        except (OSError, UnreadableDocument) as error:
            yield SkippedFile(str(path), str(error))
    elif suffix == ".json" and any(path.with_suffix(s).exists() for s in TEXT_SUFFIXES):
        return
    elif not path.name.startswith("."):
        yield SkippedFile(str(path), f"unsupported file type {suffix or '(none)'}")


def read_corpus(corpus_dir: Path) -> Iterator[RawDocument | SkippedFile]:
    """Every document of a corpus directory, in a stable order; unreadable files are reported, not raised."""
    for part in corpus_parts(corpus_dir):
        yield from read_part(part)


def raw_document_of(record: DocumentRecord) -> RawDocument:
    """The raw document a record was extracted from: its raw text and the metadata that was supplied."""
    metadata = SuppliedMetadata(
        title=record.title.value if record.title and record.title.source == "metadata" else None,
        published=record.published.value
        if record.published and record.published.source == "metadata"
        else None,
        outlet=record.outlet.value if record.outlet and record.outlet.source == "metadata" else None,
        url=record.url,
        authors=[author.value for author in record.authors if author.source == "metadata"],
    )
    return RawDocument(id=record.id, raw_text=record.raw_text, metadata=metadata, origin="api")
