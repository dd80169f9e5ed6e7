"""A stored record kept as the JSON the API sends, so reading one back splices bytes instead of validating.

A record is stored as zlib-compressed JSON in parts around the values a reader supplies: `text` (the
store's own column), `raw_text` (kept only when it differs from the text), `quotes` and `statistics` (each
item is a row of the catalog's `quotes` and `statistics` tables, which hold its JSON for the lists: the
record does not hold it a second time) and `cluster` (the story cluster, which changes as documents arrive
and is read at request time). Each part is what pydantic dumps for those fields of the record, so the
parts and the spliced values joined in the model's field order are byte for byte what dumping the whole
record gives. Store format 8 (tag `J1:`) kept the quotes and figures in the parts; its records still read.

That holds only for the model and the serializer that wrote the parts: the blob carries a fingerprint of
both, and a record whose fingerprint differs (written by another version, or the older single-blob format,
a plain zlib stream) is validated into the current model and dumped again, which fills in whatever that
version lacked.
"""

from __future__ import annotations

import functools
import hashlib
import json
import zlib
from dataclasses import dataclass

import pydantic_core

from app.models import DocumentRecord, StoryCluster

__all__ = ["StoredRecord", "holds_items", "pack_record"]

# Supplied by the reader, in the model's field order, by the tag that starts the blob; every other field is
# in the stored parts. The oldest format is a bare zlib stream, whose first byte is 0x78.
_TAG = b"J2:"
_SPLICED_BY_TAG = {
    _TAG: ("text", "raw_text", "quotes", "statistics", "cluster"),
    b"J1:": ("text", "raw_text", "cluster"),
}
_TAG_LENGTH = len(_TAG)
_FINGERPRINT_BYTES = 16
# Separates the stored parts: a raw NUL never occurs in pydantic's JSON (it writes control characters escaped).
_PART_SEPARATOR = b"\x00"


@functools.cache
def _groups(spliced: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The record's other fields, in order, in the groups that fall before, between and after the spliced ones."""
    groups: list[tuple[str, ...]] = [()]
    for name in DocumentRecord.model_fields:
        if name in spliced:
            groups.append(())
        else:
            groups[-1] = (*groups[-1], name)
    return tuple(groups)


@functools.cache
def _fingerprint() -> bytes:
    """The model's serialization schema and the serializer's version: what the stored parts depend on."""
    schema = json.dumps(DocumentRecord.model_json_schema(mode="serialization"))
    source = f"{schema}\n{pydantic_core.__version__}".encode()
    return hashlib.sha256(source).hexdigest()[:_FINGERPRINT_BYTES].encode("ascii")


def _fields_json(record: DocumentRecord, names: tuple[str, ...]) -> bytes:
    """`"name":value,...` for these fields of the record, as dumping the whole record writes them."""
    return record.model_dump_json(include=set(names)).encode("utf-8")[1:-1] if names else b""


def pack_record(record: DocumentRecord) -> bytes:
    """The record without its text, quotes, figures or cluster, as stored parts (see the module)."""
    raw_text = b"" if record.raw_text == record.text else pydantic_core.to_json(record.raw_text)
    parts = [_fields_json(record, names) for names in _groups(_SPLICED_BY_TAG[_TAG])]
    payload = _PART_SEPARATOR.join([raw_text, *parts])
    return _TAG + _fingerprint() + zlib.compress(payload)


def _legacy_record(packed: bytes, text: str) -> DocumentRecord:
    """A record of the single-blob format: JSON without `text`, nor `raw_text` when equal to it."""
    payload = zlib.decompress(packed).decode("utf-8")
    restored = json.dumps(text, ensure_ascii=False)
    raw = "" if '"raw_text":' in payload else f',"raw_text":{restored}'
    # The stored JSON is one object: the text goes back in before its closing brace.
    return DocumentRecord.model_validate_json(f'{payload[:-1]},"text":{restored}{raw}}}')


def holds_items(packed: bytes) -> bool:
    """Whether a packed record leaves its quotes and figures to the catalog's rows (store format 9)."""
    return packed.startswith(_TAG)


def _json_list(items: tuple[bytes, ...]) -> bytes:
    return b"[" + b",".join(items) + b"]"


@dataclass(frozen=True)
class StoredRecord:
    """One record as the store holds it: the packed blob, the text column, and (format 9) the JSON of each of
    its quotes and figures, in the record's order, from the catalog's rows."""

    packed: bytes
    text: str
    quotes: tuple[bytes, ...] = ()
    statistics: tuple[bytes, ...] = ()

    def _spliced_json(self, cluster_json: bytes) -> bytes:
        spliced = _SPLICED_BY_TAG[self.packed[:_TAG_LENGTH]]
        payload = zlib.decompress(self.packed[_TAG_LENGTH + _FINGERPRINT_BYTES :])
        raw_text, *parts = payload.split(_PART_SEPARATOR)
        text = pydantic_core.to_json(self.text)
        values = {
            "text": text,
            "raw_text": raw_text or text,
            "quotes": _json_list(self.quotes),
            "statistics": _json_list(self.statistics),
            "cluster": cluster_json,
        }
        pieces = [parts[0]]
        for name, part in zip(spliced, parts[1:], strict=True):
            pieces += [b'"' + name.encode("ascii") + b'":' + values[name], part]
        return b"{" + b",".join(piece for piece in pieces if piece) + b"}"

    def _tagged(self) -> bool:
        return self.packed[:_TAG_LENGTH] in _SPLICED_BY_TAG

    def _current(self) -> bool:
        fingerprint = self.packed[_TAG_LENGTH : _TAG_LENGTH + _FINGERPRINT_BYTES]
        return self._tagged() and fingerprint == _fingerprint()

    def record(self) -> DocumentRecord:
        """The record, validated (its `cluster` as stored: none)."""
        if not self._tagged():
            return _legacy_record(self.packed, self.text)
        return DocumentRecord.model_validate_json(self._spliced_json(b"null"))

    def json(self, *, cluster: StoryCluster | None) -> bytes:
        """The record with this cluster, as dumping the validated `DocumentRecord` gives it."""
        if self._current():
            return self._spliced_json(pydantic_core.to_json(cluster))
        return self.record().model_copy(update={"cluster": cluster}).model_dump_json().encode("utf-8")
