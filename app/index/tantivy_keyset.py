"""Keyset pages of a tantivy search: the first hits after a sort key, by (value, id), as the Whoosh engine.

tantivy orders by one fast column or by score and breaks ties by segment order, so ties are re-sorted by id.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, cast

import tantivy

from app.index.engine import SortKey

__all__ = ["date_keys", "score_keys"]

_Must = tantivy.Occur.Must
# Above every day number and the undated value (app.index.tantivy_documents.UNDATED).
_LAST_VALUE = 2**63 - 1


def _stored_id(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> str:
    return str(searcher.doc(address).get_first("id"))


def _within(schema: tantivy.Schema, parsed: tantivy.Query, column: str, low: int, high: int) -> tantivy.Query:
    """The hits of `parsed` whose `column` is in [low, high], scored as `parsed` alone."""
    span = tantivy.Query.range_query(schema, column, tantivy.FieldType.Integer, low, high)
    return tantivy.Query.boolean_query([(_Must, parsed), (_Must, tantivy.Query.const_score_query(span, 0.0))])


def _all_hits(searcher: tantivy.Searcher, query: tantivy.Query) -> list[tantivy.DocAddress]:
    # `count` is missing from the bindings' type stubs.
    count: int = cast(Any, searcher.search(query, 1)).count
    return [address for _, address in searcher.search(query, max(1, count)).hits]


def _by_id(searcher: tantivy.Searcher, entries: list[tuple[int, tantivy.DocAddress]]) -> list[SortKey]:
    """(value, id) of each entry, in that order."""
    id_keys = searcher.fast_field_values("id_key", [address for _, address in entries])
    pairs = Counter(zip((value for value, _ in entries), id_keys, strict=True))
    decorated = []
    for (value, address), id_key in zip(entries, id_keys, strict=True):
        # The 8-byte id key orders like the id; ids sharing it are told apart by the stored id.
        full_id = _stored_id(searcher, address) if pairs[(value, id_key)] > 1 else ""
        decorated.append((value, id_key, full_id, address))
    decorated.sort(key=lambda item: item[:3])
    return [(value, full_id or _stored_id(searcher, address)) for value, _, full_id, address in decorated]


def date_keys(
    searcher: tantivy.Searcher,
    schema: tantivy.Schema,
    parsed: tantivy.Query,
    *,
    column: str,
    after: SortKey | None,
    wanted: int,
) -> list[SortKey]:
    """The first `wanted` hits after `after` by (`column`, id)."""
    keys: list[SortKey] = []
    rest = parsed
    if after is not None:
        value = int(after[0])
        tied = _all_hits(searcher, _within(schema, parsed, column, value, value))
        keys = [key for key in _by_id(searcher, [(value, address) for address in tied]) if key > after]
        rest = _within(schema, parsed, column, value + 1, _LAST_VALUE)
    if len(keys) >= wanted:
        return keys[:wanted]
    top = searcher.search(rest, wanted - len(keys), order_by_field=column, order=tantivy.Order.Asc).hits
    if not top:
        return keys
    last = top[-1][0]
    entries = [(value, address) for value, address in top if value != last]
    # Every hit sharing the last value, so that the cut among them follows the ids.
    entries += [(last, address) for address in _all_hits(searcher, _within(schema, rest, column, last, last))]
    return (keys + _by_id(searcher, entries))[:wanted]


def score_keys(
    searcher: tantivy.Searcher, parsed: tantivy.Query, *, after: SortKey | None, wanted: int
) -> list[SortKey]:
    """The first `wanted` hits after `after` by score (best first), then id.

    tantivy cannot start a search after a score, so the top hits are fetched in growing windows until
    enough follow `after`: a deep relevance page costs what an offset does (date orders do not).
    """
    fetch = wanted * 2
    while True:
        hits = [(float(score), address) for score, address in searcher.search(parsed, fetch).hits]
        exhausted = len(hits) < fetch
        lowest = hits[-1][0] if hits else 0.0
        # Hits sharing the lowest score fetched may have peers not fetched yet, which could sort first;
        # hits scoring above `after` came before it, and need no id.
        keys = sorted(
            (
                (score, _stored_id(searcher, address))
                for score, address in hits
                if (exhausted or score > lowest) and (after is None or score <= after[0])
            ),
            key=lambda key: (-key[0], key[1]),
        )
        following = [key for key in keys if after is None or (-key[0], key[1]) > (-after[0], after[1])]
        if exhausted or len(following) >= wanted:
            return following[:wanted]
        fetch *= 2
