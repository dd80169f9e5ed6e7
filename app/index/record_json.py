"""A stored record kept as the JSON the API sends, so reading one back splices bytes instead of validating.

A record is stored as zlib-compressed JSON in parts around the three values a reader supplies: `text`
(the store's own column), `raw_text` (kept only when it differs from the text) and `cluster` (the story
cluster, which changes as documents arrive and is read at request time). Each part is what pydantic dumps
for those fields of the record, so the parts and the spliced values joined in the model's field order are
byte for byte what dumping the whole record gives.

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

__all__ = ["StoredRecord", "pack_record"]

# Supplied by the reader, in the model's field order; every other field is in the stored parts.
_SPLICED = ("text", "raw_text", "cluster")
# Starts the current format; the older one is a bare zlib stream, whose first byte is 0x78.
_TAG = b"J1:"
_FINGERPRINT_BYTES = 16
# Separates the stored parts: a raw NUL never occurs in pydantic's JSON (it writes control characters escaped).
_PART_SEPARATOR = b"\x00"


@functools.cache
def _groups() -> tuple[tuple[str, ...], ...]:
    """The record's other fields, in order, in the groups that fall before, between and after the spliced ones."""
    groups: list[tuple[str, ...]] = [()]
    for name in DocumentRecord.model_fields:
        if name in _SPLICED:
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
    """The record without its text or cluster, as stored parts (the text is stored apart; see the module)."""
    raw_text = b"" if record.raw_text == record.text else pydantic_core.to_json(record.raw_text)
    parts = [_fields_json(record, names) for names in _groups()]
    payload = _PART_SEPARATOR.join([raw_text, *parts])
    return _TAG + _fingerprint() + zlib.compress(payload)


def _legacy_record(packed: bytes, text: str) -> DocumentRecord:
    """A record of the single-blob format: JSON without `text`, nor `raw_text` when equal to it."""
    payload = zlib.decompress(packed).decode("utf-8")
    restored = json.dumps(text, ensure_ascii=False)
    raw = "" if '"raw_text":' in payload else f',"raw_text":{restored}'
    # The stored JSON is one object: the text goes back in before its closing brace.
    return DocumentRecord.model_validate_json(f'{payload[:-1]},"text":{restored}{raw}}}')


@dataclass(frozen=True)
class StoredRecord:
    """One record as the store holds it: the packed blob and the text column."""

    packed: bytes
    text: str

    def _spliced_json(self, cluster_json: bytes) -> bytes:
        payload = zlib.decompress(self.packed[len(_TAG) + _FINGERPRINT_BYTES :])
        raw_text, *parts = payload.split(_PART_SEPARATOR)
        text = pydantic_core.to_json(self.text)
        values = {"text": text, "raw_text": raw_text or text, "cluster": cluster_json}
        pieces = [parts[0]]
        for name, part in zip(_SPLICED, parts[1:], strict=True):
            pieces += [b'"' + name.encode("ascii") + b'":' + values[name], part]
        return b"{" + b",".join(piece for piece in pieces if piece) + b"}"

    def _current(self) -> bool:
        return self.packed.startswith(_TAG) and self.packed[len(_TAG) : len(_TAG) + _FINGERPRINT_BYTES] == (
            _fingerprint()
        )

    def record(self) -> DocumentRecord:
        """The record, validated (its `cluster` as stored: none)."""
        if not self.packed.startswith(_TAG):
            return _legacy_record(self.packed, self.text)
        return DocumentRecord.model_validate_json(self._spliced_json(b"null"))

    def json(self, *, cluster: StoryCluster | None) -> bytes:
        """The record with this cluster, as dumping the validated `DocumentRecord` gives it."""
        if self._current():
            return self._spliced_json(pydantic_core.to_json(cluster))
        return self.record().model_copy(update={"cluster": cluster}).model_dump_json().encode("utf-8")
