"""The JSON of each quote and figure as the catalog keeps it: compressed since store format 9.

Format 10 writes an item without its default-valued fields (validating it fills them in again, so the
model read back is the same) and compresses it with a preset dictionary of the items' field names and the
values they take most: an item is a few hundred bytes, and on its own zlib finds little to repeat in it,
while its keys are the same in every item. The dictionary is named in the stream's header by its Adler-32
(RFC 1950), so a reader picks it from `_DICTIONARIES`; a dictionary, once written, is never changed, only
another added beside it.

A value that SQLite gives back as bytes was compressed here, with a dictionary (format 10) or without one
(format 9); one it gives back as a string was written by store format 8 or earlier, which kept the JSON as
it was, and is read as it is. So a build of any of these formats reads alike, and an ingest into an older
build may mix them.

The window is small on purpose: an item is a few hundred bytes, which zlib's default 32 KiB window
compresses no better, while setting up its state costs several times more than compressing the item; the
dictionary and an item fit in it. `zlib.decompress` reads the window size from the stream's header.

A document's text is not compressed: highlighting reads ten texts per page of hits, and decompressing them
cost more than the search (about 0.3 ms of CPU per page here).
"""

from __future__ import annotations

import zlib

from pydantic import BaseModel

__all__ = ["item_json", "pack_item"]

_LEVEL = 6
# log2 of the window (1 KiB), and the matcher's memory level sized to it.
_WINDOW_BITS = 10
_MEMORY_LEVEL = 4
# The keys and common values of `Statistic` and `Quote` as they dump, the most frequent last (zlib reaches
# the end of the dictionary with the shortest distances). Never edit it: add another and write with that.
_DICTIONARY_1 = (
    b'"value_high":"qualifier":"approximate":true,"change":"down","change":"none","change":"up",'
    b'"kind":"range","kind":"ratio","kind":"fraction","period":"place":"'
    b'"attribution":"continued","attribution":"source_phrase","attribution":"according_to",'
    b'"attribution":"quote","attribution":"reporting_verb",'
    b'"attributed_to":{"name":"","entity_id":"","evidence":{"start":'
    b'"unit":"USD","counts":"","kind":"money","kind":"percent","kind":"count",'
    b' percent","value":.0,"sentence":{"start":0,"end":,"text":"'
    b'"speaker":{"name":"","entity_id":"","evidence":{"start":,"end":,"text":"'
    b'{"start":,"end":,"text":"'
)
_DICTIONARIES = {zlib.adler32(_DICTIONARY_1): _DICTIONARY_1}
_WRITTEN_WITH = _DICTIONARY_1
# RFC 1950: the FDICT bit of the header's second byte says a dictionary id (4 bytes, big-endian) follows.
_FDICT = 0x20


def pack_item(item: BaseModel) -> bytes:
    """An item's JSON without its default-valued fields, compressed with the dictionary, as the catalog keeps it."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WINDOW_BITS, _MEMORY_LEVEL, zdict=_WRITTEN_WITH)
    return (
        compressor.compress(item.model_dump_json(exclude_defaults=True).encode("utf-8")) + compressor.flush()
    )


def item_json(stored: str | bytes) -> bytes:
    """The JSON of a stored item (UTF-8), as `pack_item` or an older format wrote it; defaults may be left out."""
    if isinstance(stored, str):
        return stored.encode("utf-8")
    if not stored[1] & _FDICT:
        return zlib.decompress(stored)
    dictionary = _DICTIONARIES[int.from_bytes(stored[2:6], "big")]
    decompressor = zlib.decompressobj(_WINDOW_BITS, zdict=dictionary)
    return decompressor.decompress(stored) + decompressor.flush()
