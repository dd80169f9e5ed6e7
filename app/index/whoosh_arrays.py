"""Whoosh: a search's matches and scores from whole posting lists, as arrays, where the query's shape allows.

Whoosh walks a query's matcher tree one document at a time in Python: a skip, an `is_active` and a
score call per node and posting, and for a phrase a position list decoded per candidate inside that walk.
Here each term's posting list is read whole (block by block, as Whoosh's own matcher reads it), and the
tree is evaluated on arrays of document numbers and scores: a union or an intersection is one array
operation, a score is Whoosh's BM25F formula over the array, with the same operations in the same order,
so each score is the same float. The shapes evaluated are those whose score is an unambiguous sum: terms
of a scorable field, two-word phrases (`WordPhrase`), and `And`/`Or` of one or two parts (with three or
more, Whoosh's tree decides the order of the additions). Anything else returns None and the caller walks
Whoosh's matcher as before.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher

from app.index.whoosh_columns import ColumnTables, TableBM25FScorer
from app.index.whoosh_phrase import WordPhrase
from app.index.whoosh_postings import UnreadablePostings, position_lists, read_postings

__all__ = ["Matches", "array_matches", "supports_arrays"]

Docs = npt.NDArray[np.int64]
Scores = npt.NDArray[np.float64]
Matches = tuple[Docs, Scores]

# Wider than any position plus a phrase's slop, so that (candidate, position) keys never collide.
_KEY_STRIDE = 2**32

_EMPTY: Matches = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


class _Unsupported(Exception):
    """A part of the query this module does not evaluate (the caller falls back to Whoosh's walk)."""


def supports_arrays(query: Any) -> bool:
    """Whether `array_matches` evaluates this query (before any posting is read)."""
    kind = type(query)
    if query is wq.NullQuery or kind is wq.Term:
        return not (kind is wq.Term and query.minquality)
    if kind is WordPhrase:
        return len(query.words) == 2
    if kind is wq.And or (kind is wq.Or and not query.minmatch and query.scale is None):
        return len(query.subqueries) <= 2 and all(supports_arrays(part) for part in query.subqueries)
    return False


def array_matches(
    query: Any, searcher: Any, columns: ColumnTables, allow: set[int] | None = None
) -> Matches | None:
    """Every document `query` matches (index-wide numbers, ascending; only those in `allow` when given)
    and its score as Whoosh's walk with `searcher.weighting` computes it; None where the query (or a field
    of it) needs Whoosh's walk."""
    if not supports_arrays(query):
        return None
    parts: list[Matches] = []
    try:
        for subsearcher, offset in searcher.leaf_searchers():
            docs, scores = _evaluate(query, subsearcher, searcher.weighting, columns)
            parts.append((docs + offset if offset else docs, scores))
    except _Unsupported:
        return None
    docs, scores = (
        parts[0]
        if len(parts) == 1
        else (np.concatenate([d for d, _ in parts]), np.concatenate([s for _, s in parts]))
    )
    if allow is not None:
        allowed = np.isin(docs, np.fromiter(allow, dtype=np.int64, count=len(allow)))
        docs, scores = docs[allowed], scores[allowed]
    return docs, scores


def _boosted(matches: Matches, boost: float) -> Matches:
    # As Whoosh's WrappingMatcher: the child's score times the boost, only when the boost is not 1.
    docs, scores = matches
    return (docs, scores * boost) if boost != 1.0 else matches


def _evaluate(query: Any, searcher: Any, weighting: Any, columns: ColumnTables) -> Matches:
    """One segment's matches of `query` (segment document numbers)."""
    if query is wq.NullQuery:
        return _EMPTY
    kind = type(query)
    if kind is wq.Term:
        postings = _term_postings(
            query.fieldname, query.text, searcher, weighting, columns, with_values=False
        )
        if postings is None:
            return _EMPTY
        return _boosted(postings[:2], query.boost)
    if kind is WordPhrase:
        return _boosted(_phrase(query, searcher, weighting, columns), query.boost)
    parts = [_evaluate(part, searcher, weighting, columns) for part in query.subqueries]
    if not parts:
        return _EMPTY
    # A compound of one part is that part's matcher, its own boost unused (CompoundQuery.matcher).
    if len(parts) == 1:
        return parts[0]
    (docs_a, scores_a), (docs_b, scores_b) = parts
    if kind is wq.And:
        docs, in_a, in_b = np.intersect1d(docs_a, docs_b, assume_unique=True, return_indices=True)
        combined = (docs, scores_a[in_a] + scores_b[in_b])
    else:
        # UnionMatcher: a document in one part scores that part's score, in both the sum.
        docs = np.union1d(docs_a, docs_b)
        scores = np.zeros(len(docs), dtype=np.float64)
        scores[np.searchsorted(docs, docs_a)] = scores_a
        scores[np.searchsorted(docs, docs_b)] += scores_b
        combined = (docs, scores)
    return _boosted(combined, query.boost)


Postings = tuple[Docs, Scores, list[Any] | None]


def _term_postings(
    field_name: str, text: Any, searcher: Any, weighting: Any, columns: ColumnTables, *, with_values: bool
) -> Postings | None:
    """A term's postings in one segment as Whoosh's term matcher yields them (deleted documents left
    out): document numbers, scores and, when asked, the encoded values; None when the segment lacks it."""
    schema = searcher.schema
    if field_name not in schema:
        return None
    field = schema[field_name]
    try:
        encoded = field.to_bytes(text)
    except ValueError:
        return None
    reader = searcher.reader()
    if (field_name, encoded) not in reader:
        return None
    # As Term.matcher gets it through searcher.postings(); only the table scorer's formula is repeated here.
    scorer = weighting.scorer(searcher, field_name, encoded)
    if type(scorer) is not TableBM25FScorer:
        raise _Unsupported
    matcher = reader.postings(field_name, encoded)
    deleted: frozenset[int] = frozenset()
    if type(matcher) is FilterMatcher:
        deleted = reader.deleted_docs_set
        matcher = matcher.child
    try:
        ids, weights, values = read_postings(matcher, with_values=with_values)
    except UnreadablePostings:
        raise _Unsupported from None
    if deleted:
        kept = [index for index, docnum in enumerate(ids) if docnum not in deleted]
        ids = [ids[index] for index in kept]
        weights = [weights[index] for index in kept]
        values = None if values is None else [values[index] for index in kept]
    docs = np.array(ids, dtype=np.int64)
    lengths = columns.length_array(reader, field_name)[docs]
    return docs, _bm25(scorer, np.array(weights, dtype=np.float64), lengths), values


def _bm25(scorer: Any, tf: Scores, fl: Scores) -> Scores:
    """`whoosh.scoring.bm25` over arrays, operation by operation in its order (the same rounding as
    Whoosh's Python floats): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))."""
    idf: float = scorer.idf
    avgfl: float = scorer.avgfl
    B: float = scorer.B
    K1: float = scorer.K1
    scores: Scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
    return scores


def _phrase(query: Any, searcher: Any, weighting: Any, columns: ColumnTables) -> Matches:
    """WordPhrase's matches: the intersection of its two words where the second follows the first by 1 to
    `slop` positions, scored as the intersection (the two words' scores added)."""
    # Where WordPhrase itself leaves a phrase to Whoosh's matcher, so does this.
    if query.fieldname not in searcher.schema:
        raise _Unsupported
    field = searcher.schema[query.fieldname]
    if not field.format or not field.format.supports("positions") or field.format.supports("characters"):
        raise _Unsupported
    first, second = (
        _term_postings(query.fieldname, word, searcher, weighting, columns, with_values=True)
        for word in query.words
    )
    if first is None or second is None:
        return _EMPTY
    docs, in_first, in_second = np.intersect1d(first[0], second[0], assume_unique=True, return_indices=True)
    first_values, second_values = first[2], second[2]
    assert first_values is not None and second_values is not None
    first_positions, first_counts = position_lists(
        field.format, [first_values[index] for index in in_first.tolist()]
    )
    second_positions, second_counts = position_lists(
        field.format, [second_values[index] for index in in_second.tolist()]
    )
    # Each position keyed by its candidate, so one membership test checks every candidate at once.
    candidate = np.arange(len(docs), dtype=np.int64)
    first_keys = np.repeat(candidate, first_counts) * _KEY_STRIDE + first_positions
    second_keys = np.repeat(candidate, second_counts) * _KEY_STRIDE + second_positions
    keep = np.zeros(len(docs), dtype=bool)
    for gap in range(1, query.slop + 1):
        keep[first_keys[np.isin(first_keys + gap, second_keys)] // _KEY_STRIDE] = True
    scores = first[1][in_first] + second[1][in_second]
    return docs[keep], scores[keep]
