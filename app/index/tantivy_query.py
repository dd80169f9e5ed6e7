"""The one `q` grammar's tree (app.index.query_syntax) translated into tantivy queries.

The Whoosh engine translates the same tree into Whoosh's queries (app.index.query), so syntax, errors and the
matched terms are the same on both engines; words are analyzed by `app.index.analysis.analyze`, as the
tantivy index holds them pre-tokenized.
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase

import tantivy

from app.errors import InvalidQuery
from app.index.analysis import analyze, pattern_form
from app.index.query import (
    FIELD_BOOSTS,
    MAX_QUERY_WILDCARD_TERMS,
    MAX_WILDCARD_TERMS,
    TEXT_FIELDS,
)
from app.index.query_syntax import FUZZY_PREFIX, And, Node, Not, Or, Phrase, Term, within_edits

__all__ = ["QueryTranslator"]

_Must, _Should, _MustNot = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


class QueryTranslator:
    """A query tree (app.index.query_syntax) -> the tantivy query, and the title/body terms it looks for."""

    def __init__(self, schema: tantivy.Schema, searcher: tantivy.Searcher) -> None:
        self.schema = schema
        self.searcher = searcher
        self.terms: set[str] = set()
        # What all wildcards of the query may expand to together, as in app.index.query.matched_terms.
        self.budget = MAX_QUERY_WILDCARD_TERMS

    def translate(self, node: Node, *, negated: bool = False) -> tantivy.Query:
        Query = tantivy.Query
        if isinstance(node, Not):
            return Query.boolean_query(
                [(_Must, Query.all_query()), (_MustNot, self.translate(node.child, negated=True))]
            )
        if isinstance(node, And):
            clauses = [self._required(child, negated) for child in node.children]
            if all(occur == _MustNot for occur, _ in clauses):  # tantivy matches nothing without a Must
                clauses.append((_Must, Query.all_query()))
            return Query.boolean_query(clauses)
        if isinstance(node, Or):
            return Query.boolean_query(
                [(_Should, self.translate(child, negated=negated)) for child in node.children]
            )
        fields = (node.field,) if node.field else TEXT_FIELDS
        per_field = [self._field_query(node, field, negated) for field in fields]
        if len(per_field) == 1:
            return per_field[0]
        return Query.boolean_query([(_Should, query) for query in per_field])

    def _required(self, child: Node, negated: bool) -> tuple[tantivy.Occur, tantivy.Query]:
        if isinstance(child, Not):
            return _MustNot, self.translate(child.child, negated=True)
        return _Must, self.translate(child, negated=negated)

    def _field_query(self, node: Term | Phrase, field: str, negated: bool) -> tantivy.Query:
        boost = FIELD_BOOSTS[field] * (node.boost if isinstance(node, Term) else 1.0)
        if isinstance(node, Term) and node.is_pattern:
            query = self._expanded(node, field, negated)
        else:
            words = [term for _, _, term in analyze(node.text)]
            if isinstance(node, Term) and node.fuzzy and len(words) == 1:
                query = self._fuzzy(words[0], node.fuzzy, field, negated)
            else:
                query = self._words(words, node.slop if isinstance(node, Phrase) else 0, field, negated)
        return tantivy.Query.boost_query(query, boost) if boost != 1.0 else query

    def _words(self, words: list[str], slop: int, field: str, negated: bool) -> tantivy.Query:
        if not negated:
            self.terms.update(words)
        if not words:
            return tantivy.Query.empty_query()
        if len(words) == 1:
            return tantivy.Query.term_query(self.schema, field, words[0])
        phrase: list[str | tuple[int, str]] = [*words]
        return tantivy.Query.phrase_query(self.schema, field, phrase, slop=slop)

    def _fuzzy(self, word: str, edits: int, field: str, negated: bool) -> tantivy.Query:
        """Index terms within `edits` of the word and with its first letter, as the Whoosh engine finds."""
        candidates = (term for term, _ in self.searcher.terms_with_prefix(field, word[:FUZZY_PREFIX]))
        return self._term_set(within_edits(word, edits, candidates), f"{word}~{edits}", field, negated)

    def _expanded(self, node: Term, field: str, negated: bool) -> tantivy.Query:
        """Prefixes and wildcards expand to the index's own terms, at most MAX_WILDCARD_TERMS of them."""
        pattern = pattern_form(node.text)
        if node.is_prefix:
            terms = [
                term
                for term, _ in self.searcher.terms_with_prefix(
                    field, pattern[:-1], limit=MAX_WILDCARD_TERMS + 1
                )
            ]
        else:
            prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
            terms = [
                term
                for term, _ in self.searcher.terms_with_prefix(field, prefix)
                if fnmatchcase(term, pattern)
            ]
        return self._term_set(terms, pattern, field, negated)

    def _term_set(self, terms: list[str], shown: str, field: str, negated: bool) -> tantivy.Query:
        if len(terms) > MAX_WILDCARD_TERMS:
            raise InvalidQuery(
                f"'{shown}' matches more than {MAX_WILDCARD_TERMS} terms in {field}: make it more specific.",
                position=None,
            )
        self.budget -= len(terms)
        if self.budget < 0:
            raise InvalidQuery(
                f"The wildcards of the query match more than {MAX_QUERY_WILDCARD_TERMS} terms together "
                f"(at '{shown}'): use fewer or more specific ones.",
                position=None,
            )
        if not negated:
            self.terms.update(terms)
        if not terms:
            return tantivy.Query.empty_query()
        # Whoosh scores prefix and wildcard matches as a constant too.
        return tantivy.Query.const_score_query(tantivy.Query.term_set_query(self.schema, field, terms), 1.0)
