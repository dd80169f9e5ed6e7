"""Whoosh: a two-word phrase checked from the words' position lists, without a span object per position.

Whoosh's phrase matcher turns every position of both words in every candidate document into a `Span`
and compares them pairwise; most of a phrase search went there. This one tests the same condition
(the second word from 1 to `slop` positions after the first) on the position lists themselves and
builds spans only for the pairs that match, which are exactly the spans Whoosh's own matcher returns.
Matches, order and scores are Whoosh's: the walk and the scoring are its intersection of the two words.
"""

from __future__ import annotations

from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.query import SpanNear2
from whoosh.query.spans import Span

__all__ = ["WordPhrase"]


class _AdjacentPairMatcher(SpanNear2.SpanNear2Matcher):  # type: ignore[misc]
    """SpanNear2's matcher (ordered, mindist 1) for two single-word matchers of a positions field."""

    ms: list[Any]
    slop: int

    def _get_spans(self) -> list[Any]:
        first, second = self.ms
        following = set(second.value_as("positions"))
        if not following:
            return []
        reach = range(1, self.slop + 1)
        pairs = {(start, start + gap) for start in first.value_as("positions") for gap in reach}
        return sorted(Span(start, end) for start, end in pairs if end in following)


class WordPhrase(wq.Phrase):  # type: ignore[misc]
    """Whoosh's `Phrase`; a phrase of two words is matched by `_AdjacentPairMatcher`."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if len(self.words) != 2 or self.fieldname not in searcher.schema:
            return super().matcher(searcher, context)
        field = searcher.schema[self.fieldname]
        if not field.format or not field.format.supports("positions") or field.format.supports("characters"):
            return super().matcher(searcher, context)
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                encoded = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, encoded) not in reader:
                return matching.NullMatcher()
            terms.append(wq.Term(self.fieldname, encoded))
        # As Phrase.matcher builds SpanNear2(terms, slop, ordered=True, mindist=1).matcher(...).
        matcher: Any = _AdjacentPairMatcher(
            [term.matcher(searcher, context) for term in terms], slop=self.slop, ordered=True, mindist=1
        )
        if self.boost != 1.0:
            matcher = matching.WrappingMatcher(matcher, boost=self.boost)
        return matcher
