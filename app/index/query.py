"""The `q` tree (app.index.query_syntax) -> Whoosh query, and the title/body terms a query looks for."""

from __future__ import annotations

from itertools import islice
from typing import Any

from whoosh import query as wq

from app.errors import InvalidQuery
from app.index.analysis import analyze, pattern_form
from app.index.query_syntax import (
    FUZZY_PREFIX,
    And,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    within_edits,
)
from app.index.whoosh_phrase import WordPhrase

__all__ = [
    "FIELD_BOOSTS",
    "MAX_QUERY_WILDCARD_TERMS",
    "MAX_WILDCARD_TERMS",
    "TEXT_FIELDS",
    "matched_terms",
    "whoosh_query",
]

TEXT_FIELDS = ("title", "body")
FIELD_BOOSTS = {"title": 2.0, "body": 1.0}
MAX_WILDCARD_TERMS = 1024
# All wildcards of one query together; each is parsed for both title and body, hence twice the above.
MAX_QUERY_WILDCARD_TERMS = 2 * MAX_WILDCARD_TERMS


class _FuzzyTerm(wq.FuzzyTerm):  # type: ignore[misc]
    """Whoosh's fuzzy term with the terms every engine finds (its own automaton counts no transpositions)."""

    def _btexts(self, ixreader: Any) -> list[str]:
        prefix = self.text[: self.prefixlength]
        candidates = (term.decode("utf-8") for term in ixreader.expand_prefix(self.fieldname, prefix))
        return within_edits(self.text, self.maxdist, candidates)


def whoosh_query(node: Node) -> Any:
    """The Whoosh query of a tree; a term of no indexed word (punctuation) matches nothing."""
    if isinstance(node, Not):
        return wq.Not(whoosh_query(node.child))
    if isinstance(node, And):
        return wq.And([whoosh_query(child) for child in node.children])
    if isinstance(node, Or):
        return wq.Or([whoosh_query(child) for child in node.children])
    fields = (node.field,) if node.field else TEXT_FIELDS
    per_field = [_field_query(node, field) for field in fields]
    return per_field[0] if len(per_field) == 1 else wq.Or(per_field)


def _field_query(node: Term | Phrase, field: str) -> Any:
    boost = FIELD_BOOSTS[field] * (node.boost if isinstance(node, Term) else 1.0)
    if isinstance(node, Term) and node.is_pattern:
        pattern = pattern_form(node.text)
        if node.is_prefix:
            return wq.Prefix(field, pattern[:-1], boost=boost)
        return wq.Wildcard(field, pattern, boost=boost)
    words = [term for _, _, term in analyze(node.text)]
    if not words:
        return wq.NullQuery
    if len(words) > 1:
        # A word the analyzer splits ("9/11") is a phrase of its parts; Whoosh's slop 1 is adjacent.
        slop = node.slop if isinstance(node, Phrase) else 0
        return WordPhrase(field, words, slop=slop + 1, boost=boost)
    if isinstance(node, Term) and node.fuzzy:
        return _FuzzyTerm(field, words[0], boost=boost, maxdist=node.fuzzy, prefixlength=FUZZY_PREFIX)
    return wq.Term(field, words[0], boost=boost)


def _shown(node: Any) -> str:
    """An expanding term as the query wrote it (after analysis): `sanct*`, `de?ain*`, `session~1`."""
    if isinstance(node, wq.Prefix):
        return f"{node.text}*"
    if isinstance(node, wq.FuzzyTerm):
        return f"{node.text}~{node.maxdist}"
    return str(node.text)


def matched_terms(parsed: Any, reader: Any) -> set[str]:
    """The indexed terms of title/body the query looks for (wildcards and fuzzy terms expanded, negations
    left out).

    Raises InvalidQuery for a wildcard, prefix or fuzzy term that would expand to more than MAX_WILDCARD_TERMS terms,
    or for wildcards (negated ones too) that together expand to more than MAX_QUERY_WILDCARD_TERMS.
    """
    terms: set[str] = set()
    budget = MAX_QUERY_WILDCARD_TERMS
    pending: list[tuple[Any, bool]] = [(parsed, False)]
    while pending:
        node, negated = pending.pop()
        if isinstance(node, wq.Wildcard | wq.Prefix | wq.FuzzyTerm):
            expanded = list(islice(node._btexts(reader), MAX_WILDCARD_TERMS + 1))
            shown = _shown(node)
            if len(expanded) > MAX_WILDCARD_TERMS:
                raise InvalidQuery(
                    f"'{shown}' matches more than {MAX_WILDCARD_TERMS} terms in {node.fieldname}: "
                    "make it more specific.",
                    position=None,
                )
            # The engine expands every wildcard of the query before its time limit starts counting.
            budget -= len(expanded)
            if budget < 0:
                raise InvalidQuery(
                    f"The wildcards of the query match more than {MAX_QUERY_WILDCARD_TERMS} terms together "
                    f"(at '{shown}'): use fewer or more specific ones.",
                    position=None,
                )
            if node.fieldname in TEXT_FIELDS and not negated:
                terms.update(text if isinstance(text, str) else text.decode("utf-8") for text in expanded)
        elif isinstance(node, wq.Phrase):
            if node.fieldname in TEXT_FIELDS and not negated:
                terms.update(node.words)
        elif isinstance(node, wq.Term):
            if node.fieldname in TEXT_FIELDS and isinstance(node.text, str) and not negated:
                terms.add(node.text)
        else:
            negates = negated or isinstance(node, wq.Not)
            pending.extend((child, negates) for child in node.children())
    return terms
