"""Whoosh: one term's whole posting list read in one piece, as its `whoosh3` codec wrote it.

Whoosh's leaf matcher reads a posting list block by block as a walk reaches each block: a seek and a
read per field of each block's header, its pickled summary read from the file a few bytes at a time,
then the block's data. Reading every posting anyway (`whoosh_arrays`), this reads the term's extent
with one read and parses the same blocks from memory with the same decoders (zlib, pickle, the delta
encoding of ids, the weight minification), so the documents, weights and values are the matcher's.
Deleted documents are not filtered here.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from io import BytesIO
from itertools import accumulate, chain
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher
from whoosh.formats import Positions
from whoosh.matching import ListMatcher
from whoosh.system import _INT_SIZE, unpack_int

__all__ = ["PostingList", "UnreadablePostings", "position_lists", "read_postings"]

# Document numbers, weights, and the encoded values (None unless asked for).
PostingList = tuple[list[int], list[float], list[Any] | None]


class UnreadablePostings(Exception):
    """A matcher or block this reader does not know; the caller uses Whoosh's own walk."""


def read_postings(matcher: Any, *, with_values: bool) -> PostingList:
    """Every posting of a fresh leaf matcher (`reader.postings(...)` without the deletion filter)."""
    if type(matcher) is ListMatcher:
        # A term with one posting is inlined in the term index.
        ids: list[int] = []
        weights: list[float] = []
        values: list[Any] = []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            if with_values:
                values.append(matcher.value())
            matcher.next()
        return ids, weights, values if with_values else None
    if type(matcher) is not W3LeafMatcher or matcher._byteids:
        raise UnreadablePostings
    return _read_blocks(matcher, with_values=with_values)


def _read_blocks(matcher: Any, *, with_values: bool) -> PostingList:
    length = matcher._length
    # A term info read back from disk holds its length as struct.unpack's 1-tuple (Whoosh itself
    # never reads it: its matcher stops at the block marked last).
    if isinstance(length, tuple):
        (length,) = length
    extent = matcher._postfile.get(matcher._startoffset, length)
    if extent[:4] != WHOOSH3_HEADER_MAGIC:
        raise UnreadablePostings
    stream = BytesIO(extent)
    fixed_size = matcher.format.fixed_value_size()
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] | None = [] if with_values else None
    position = 4
    last = False
    while not last:
        (block_length,) = unpack_int(extent[position : position + _INT_SIZE])
        last = block_length < 0
        stream.seek(position + _INT_SIZE)
        count, _, _, compression, _, _ = pickle.load(stream)
        end = position + _INT_SIZE + abs(block_length)
        data = extent[stream.tell() : end]
        block_ids, block_weights, block_values = pickle.loads(zlib.decompress(data) if compression else data)
        # W3LeafMatcher._read_ids, _read_weights and _read_values, in bulk.
        ids.extend(accumulate(block_ids))
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            # The matcher hands a shared weight back through a float32 array: the same rounding.
            weights.extend(array("f", [block_weights]) * count)
        else:
            weights.extend(block_weights)
        if values is not None:
            if fixed_size is None or fixed_size < 0:
                values.extend(block_values)
            elif fixed_size == 0:
                values.extend([None] * count)
            else:
                values.extend(
                    block_values[i : i + fixed_size] for i in range(0, len(block_values), fixed_size)
                )
        position = end
    if position != len(extent) or len(ids) != len(weights):
        raise UnreadablePostings
    return ids, weights, values


# A `Positions` value: the count as 4 bytes, then the pickled list of position deltas (protocol 2).
_PICKLE_START = 4 + len(b"\x80\x02")


def position_lists(
    field_format: Any, values: list[Any]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The positions of each value, as `field_format.decode_positions` gives them, all in one array, and
    how many belong to each value (in order)."""
    if type(field_format) is Positions and all(
        value[4:_PICKLE_START] == b"\x80\x02" and value.endswith(b".") for value in values
    ):
        # One unpickling for all: each value's list without its protocol header and stop mark, inside
        # one outer list (a mark, the lists, LIST, STOP).
        deltas = pickle.loads(b"\x80\x02(" + b"".join(value[_PICKLE_START:-1] for value in values) + b"l.")
    else:
        decode = field_format.decoder("positions")
        deltas = [np.diff(decode(value), prepend=0).tolist() for value in values]
    counts = np.fromiter(map(len, deltas), dtype=np.int64, count=len(deltas))
    flat = np.fromiter(chain.from_iterable(deltas), dtype=np.int64, count=int(counts.sum()))
    # Positions are the running sums of each value's deltas: one running sum, less what came before.
    positions = np.cumsum(flat)
    starts = np.cumsum(counts) - counts
    before = np.zeros(len(counts), dtype=np.int64)
    filled = counts > 0
    before[filled] = positions[starts[filled]] - flat[starts[filled]]
    return positions - np.repeat(before, counts), counts
