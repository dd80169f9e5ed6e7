"""User query text -> Whoosh query, with errors that say what is wrong and where."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from whoosh import query as wq
from whoosh.qparser import MultifieldParser, WildcardPlugin

from app.errors import InvalidQuery
from app.index.analysis import news_analyzer

__all__ = [
    "MAX_QUERY_WILDCARD_TERMS",
    "MAX_WILDCARD_TERMS",
    "check_syntax",
    "literal_query",
    "matched_terms",
    "parse_query",
]

TEXT_FIELDS = ("title", "body")
FIELD_BOOSTS = {"title": 2.0, "body": 1.0}
MAX_WILDCARD_TERMS = 1024
# All wildcards of one query together; each is parsed for both title and body, hence twice the above.
MAX_QUERY_WILDCARD_TERMS = 2 * MAX_WILDCARD_TERMS

_OPERATOR = re.compile(r"(?<![\w\"])(AND|OR|NOT|ANDNOT|ANDMAYBE)(?![\w\"])")


def check_syntax(text: str) -> None:
    """Raise InvalidQuery for unbalanced quotes or parentheses and dangling operators."""
    depth = 0
    opened: list[int] = []
    in_phrase_at: int | None = None
    for position, char in enumerate(text):
        if char == '"':
            in_phrase_at = None if in_phrase_at is not None else position
        elif in_phrase_at is None and char == "(":
            depth += 1
            opened.append(position)
        elif in_phrase_at is None and char == ")":
            if depth == 0:
                raise InvalidQuery(
                    f"Unmatched ')' at position {position}: remove it or open a group with '('.",
                    position=position,
                )
            depth -= 1
            opened.pop()
    if in_phrase_at is not None:
        raise InvalidQuery(
            f"Unbalanced quote at position {in_phrase_at}: close the phrase with '\"'.",
            position=in_phrase_at,
        )
    if opened:
        raise InvalidQuery(
            f"Unclosed '(' at position {opened[-1]}: close the group with ')'.", position=opened[-1]
        )
    operators = [m for m in _OPERATOR.finditer(text) if not _inside_phrase(text, m.start())]
    stripped = text.strip()
    for match in operators:
        before = text[: match.start()].rstrip()
        after = text[match.end() :].lstrip()
        dangling_left = match[1] != "NOT" and (not before or before.endswith("("))
        if dangling_left or not after or after.startswith(")"):
            raise InvalidQuery(
                f"Operator {match[1]} at position {match.start()} needs a term on "
                f"{'both sides' if match[1] != 'NOT' else 'its right'}.",
                position=match.start(),
            )
    if stripped and all(char in "*?" for char in stripped):
        raise InvalidQuery(
            "A query of wildcards alone matches every term: add letters or leave q empty.", position=0
        )


def _inside_phrase(text: str, position: int) -> bool:
    return text.count('"', 0, position) % 2 == 1


def _parser(schema: Any) -> MultifieldParser:
    parser = MultifieldParser(list(TEXT_FIELDS), schema, fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(WildcardPlugin())
    return parser


def parse_query(text: str, schema: Any) -> Any:
    """Whoosh query syntax: AND/OR/NOT, "phrases", field:term, wildcards, ranges."""
    check_syntax(text)
    try:
        return _parser(schema).parse(text)
    except Exception as error:  # the parser's own errors carry no position; say what we know
        raise InvalidQuery(f"Could not parse the query: {error}", position=None) from error


def literal_query(text: str) -> Any:
    """The words of the text, all required, with no syntax: what `lenient=true` searches."""
    words = [token.text for token in news_analyzer()(text)]
    if not words:
        return wq.NullQuery
    return wq.And(
        [wq.Or([wq.Term(field, word, boost=FIELD_BOOSTS[field]) for field in TEXT_FIELDS]) for word in words]
    )


def matched_terms(parsed: Any, reader: Any) -> set[str]:
    """The indexed terms of title/body the query looks for (wildcards expanded, negations left out).

    Raises InvalidQuery for a wildcard or prefix that would expand to more than MAX_WILDCARD_TERMS terms,
    or for wildcards (negated ones too) that together expand to more than MAX_QUERY_WILDCARD_TERMS.
    """
    terms: set[str] = set()
    budget = MAX_QUERY_WILDCARD_TERMS
    pending: list[tuple[Any, bool]] = [(parsed, False)]
    while pending:
        node, negated = pending.pop()
        if isinstance(node, wq.Wildcard | wq.Prefix):
            expanded = list(islice(node._btexts(reader), MAX_WILDCARD_TERMS + 1))
            shown = node.text + ("*" if isinstance(node, wq.Prefix) else "")
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
                terms.update(text.decode("utf-8") for text in expanded)
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
