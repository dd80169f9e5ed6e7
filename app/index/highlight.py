"""Snippets around query matches, with the matches' offsets in the cleaned text.

Clients get offsets, not only `<em>` markup, so they can highlight the document themselves.
Snippets are chosen from different parts of a long article: the best-scoring window
first, then the best window that does not overlap any chosen one.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Collection

from app.index.analysis import TermFinder
from app.index.rows import DocumentHit, HitSnippet, Span
from app.index.store import RecordStore

__all__ = ["Highlighter", "make_snippets", "page_hits"]

SNIPPET_WIDTH = 220
MAX_CANDIDATES = 300


def _expand(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a window to word boundaries, at most 30 characters each way."""
    floor = max(0, start - 30)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    ceiling = min(len(text), end + 30)
    while end < ceiling and not text[end].isspace():
        end += 1
    return start, end


def _render(text: str, start: int, end: int, matches: list[tuple[int, int, str]]) -> HitSnippet:
    parts: list[str] = []
    cursor = start
    for match_start, match_end, _ in matches:
        parts.append(html.escape(text[cursor:match_start]))
        parts.append(f"<em>{html.escape(text[match_start:match_end])}</em>")
        cursor = match_end
    parts.append(html.escape(text[cursor:end]))
    return HitSnippet(
        start=start,
        end=end,
        text=text[start:end],
        highlighted="".join(parts),
        matches=[Span(start=s, end=e) for s, e, _ in matches],
    )


class Highlighter:
    """The snippets of one search's hits: its terms and the archive's words that yield them, prepared once."""

    __slots__ = ("_count", "_finder")

    def __init__(self, terms: Collection[str], count: int, words: Collection[str] | None = None) -> None:
        self._finder = TermFinder(terms, words)
        self._count = count

    def snippets(self, text: str) -> list[HitSnippet]:
        """Up to `count` non-overlapping snippets, in reading order, covering the most distinct terms."""
        count = self._count
        if count <= 0:
            return []
        matches = self._finder.find(text)
        if not matches:
            return []
        # Matches are tokens in reading order and never overlap, so both their starts and their ends ascend:
        # the matches inside a window are one slice, found by bisection (not a pass over all, per window).
        starts = [match[0] for match in matches]
        ends = [match[1] for match in matches]
        stride = max(1, len(matches) // MAX_CANDIDATES)
        candidates: list[tuple[float, int, int, list[tuple[int, int, str]]]] = []
        for anchor_start in starts[::stride]:
            start = max(0, anchor_start - SNIPPET_WIDTH // 3)
            end = min(len(text), start + SNIPPET_WIDTH)
            start, end = _expand(text, start, end)
            first = bisect_left(starts, start)
            inside = matches[first : max(first, bisect_right(ends, end))]
            score = len({m[2] for m in inside}) * 10 + len(inside)
            candidates.append((score, start, end, inside))
        candidates.sort(key=lambda candidate: (-candidate[0], candidate[1]))
        chosen: list[tuple[int, int, list[tuple[int, int, str]]]] = []
        for _, start, end, inside in candidates:
            if all(end <= other_start or start >= other_end for other_start, other_end, _ in chosen):
                chosen.append((start, end, inside))
                if len(chosen) == count:
                    break
        chosen.sort()
        return [_render(text, start, end, inside) for start, end, inside in chosen]


def make_snippets(
    text: str, terms: Collection[str], count: int, words: Collection[str] | None = None
) -> list[HitSnippet]:
    """Up to `count` non-overlapping snippets, in reading order, covering the most distinct terms.

    `words`: the archive's words that yield `terms`, when known (see `find_terms`).
    """
    return Highlighter(terms, count, words).snippets(text)


def page_hits(
    store: RecordStore, page: list[tuple[str, float | None]], terms: Collection[str], snippets: int
) -> list[DocumentHit]:
    """A page of (id, score) as hits: summaries from the record store, snippets from the cleaned text."""
    ids = [doc_id for doc_id, _ in page]
    if not terms or snippets <= 0:
        summaries = store.summaries(ids)
        return [
            DocumentHit.of(summaries[doc_id], score=score, snippets=[])
            for doc_id, score in page
            if doc_id in summaries
        ]
    # One read for the columns and the texts, and the words that yield the terms looked up once per page.
    rows = store.summaries_with_texts(ids)
    highlighter = Highlighter(terms, snippets, store.vocabulary.words_for(terms) if rows else None)
    hits: list[DocumentHit] = []
    for doc_id, score in page:
        found = rows.get(doc_id)
        if found is not None:
            summary, text = found
            hits.append(DocumentHit.of(summary, score=score, snippets=highlighter.snippets(text)))
    return hits
