"""The JSON of each quote and figure as the catalog keeps it: compressed since store format 9.

A value that SQLite gives back as bytes was compressed here; one it gives back as a string was written by
store format 8 or earlier, which kept the JSON as it was, and is read as it is. So a build of either format
reads alike, and an ingest into an older build may mix both.

The window is small on purpose: an item is a few hundred bytes, which zlib's default 32 KiB window
compresses no better, while setting up its state costs several times more than compressing the item.
`zlib.decompress` reads the window size from the stream's header.

A document's text is not compressed: highlighting reads ten texts per page of hits, and decompressing them
cost more than the search (about 0.3 ms of CPU per page here).
"""

from __future__ import annotations

import zlib

__all__ = ["item_json", "pack_item"]

_LEVEL = 6
# log2 of the window (1 KiB), and the matcher's memory level sized to it.
_WINDOW_BITS = 10
_MEMORY_LEVEL = 4


def pack_item(item_json: str) -> bytes:
    """An item's JSON compressed, as the catalog keeps it."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WINDOW_BITS, _MEMORY_LEVEL)
    return compressor.compress(item_json.encode("utf-8")) + compressor.flush()


def item_json(stored: str | bytes) -> bytes:
    """The JSON of a stored item (UTF-8): compressed by `pack_item`, or kept as it was by an older format."""
    return stored.encode("utf-8") if isinstance(stored, str) else zlib.decompress(stored)
