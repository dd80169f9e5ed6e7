"""The `q` tree (app.index.query_syntax) -> an SQL condition over an SQLite FTS5 table.

Serves the catalog's statistics and statistic groups, whose text is small: words, phrases, prefixes
and the boolean operators translate; what FTS5 cannot do (fuzzy terms, inner wildcards, proximity,
title/body fields) is an InvalidQuery that says so, never a silently different search.
"""

from __future__ import annotations

from app.errors import InvalidQuery
from app.index.query_syntax import And, Node, Not, Or, Phrase, Term, parse

__all__ = ["fts_condition"]


def fts_condition(text: str | None, *, table: str) -> tuple[str, list[str]] | None:
    """`rowid`-keyed SQL condition and its parameters for `q`, or None when there is no `q`."""
    if text is None or not text.strip():
        return None
    tree = parse(text)
    if tree is None:  # words of punctuation alone, as the search engines: nothing matches
        return "0", []
    params: list[str] = []
    return _condition(tree, table, params), params


def _condition(node: Node, table: str, params: list[str]) -> str:
    if isinstance(node, Not):
        return f"NOT {_condition(node.child, table, params)}"
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(_condition(child, table, params) for child in node.children) + ")"
    params.append(_match_expression(node))
    return f"id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"


def _unsupported(node: Term | Phrase, what: str) -> InvalidQuery:
    return InvalidQuery(
        f"{what} at position {node.position} is not supported for statistics, whose q takes words, "
        '"phrases", prefixes (word*) and AND/OR/NOT.',
        position=node.position,
    )


def _match_expression(node: Term | Phrase) -> str:
    if node.field:
        raise _unsupported(node, f"The field {node.field}:")
    if isinstance(node, Phrase) and node.slop:
        raise _unsupported(node, "Proximity ~N")
    if isinstance(node, Term) and node.fuzzy:
        raise _unsupported(node, "A fuzzy term (word~)")
    if isinstance(node, Term) and node.is_pattern:
        if not node.is_prefix:
            raise _unsupported(node, "A wildcard inside a word")
        return _quoted(node.text[:-1]) + " *"
    return _quoted(node.text)


def _quoted(text: str) -> str:
    """An FTS5 string: its own tokenizer splits it into a phrase, and no FTS5 syntax gets through."""
    return '"' + text.replace('"', '""') + '"'
