"""Text the record store keeps compressed: a document's text and each quote's and figure's JSON (format 9).

A value that SQLite gives back as bytes was compressed here; one it gives back as a string was written by
store format 8 or earlier, which kept it as it was, and is read as it is. So a build of either format reads
alike, and an ingest into an older build may mix both.

The window is small on purpose: most values are a few hundred bytes (a figure) to a few kilobytes (an
article), where zlib's default 32 KiB window compresses no better, but setting up its state costs several
times more than compressing the value. `zlib.decompress` reads any window size from the stream's header.
"""

from __future__ import annotations

import zlib

__all__ = ["pack_text", "unpacked_text"]

_LEVEL = 6
# log2 of the window: 4 KiB, about an article; memory level 5 sizes the matcher's tables to it.
_WINDOW_BITS = 12
_MEMORY_LEVEL = 5


def pack_text(text: str) -> bytes:
    """The text compressed, as the store keeps it."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WINDOW_BITS, _MEMORY_LEVEL)
    return compressor.compress(text.encode("utf-8")) + compressor.flush()


def unpacked_text(stored: str | bytes) -> str:
    """The text of a stored value: compressed by `pack_text`, or kept as it was by an older format."""
    return stored if isinstance(stored, str) else zlib.decompress(stored).decode("utf-8")
