"""The q grammar, table-driven: what each form parses to, which forms are refused and where, and FTS5."""

from __future__ import annotations

import re

import pytest

from app.errors import InvalidQuery
from app.index.fts import fts_condition
from app.index.query_syntax import (
    And,
    Node,
    Not,
    Phrase,
    Term,
    literal_tree,
    parse,
    typo_tolerant,
    within_edits,
)


def shown(node: Node | None) -> str:
    """A compact rendering of a tree, so the tables below read like the queries."""
    if node is None:
        return "∅"
    if isinstance(node, Term):
        field = f"{node.field}:" if node.field else ""
        fuzzy = f"~{node.fuzzy}" if node.fuzzy else ""
        boost = f"^{node.boost:g}" if node.boost != 1.0 else ""
        return f"{field}{node.text}{fuzzy}{boost}"
    if isinstance(node, Phrase):
        field = f"{node.field}:" if node.field else ""
        return f'{field}"{node.text}"' + (f"~{node.slop}" if node.slop else "")
    if isinstance(node, Not):
        return f"-{shown(node.child)}"
    joiner = " & " if isinstance(node, And) else " | "
    return "(" + joiner.join(shown(child) for child in node.children) + ")"


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("Homan", "Homan"),
        ("Homan Sessions", "(Homan & Sessions)"),
        ("Homan -Sessions", "(Homan & -Sessions)"),
        ("Homan NOT Sessions", "(Homan & -Sessions)"),
        ("homan not sessions", "(homan & -sessions)"),
        ("Homan AND NOT Sessions", "(Homan & -Sessions)"),
        ("Homan && Sessions", "(Homan & Sessions)"),
        ("Homan and Sessions", "(Homan & Sessions)"),
        ("Homan || Schumer", "(Homan | Schumer)"),
        ("Homan OR Schumer", "(Homan | Schumer)"),
        ("homan or schumer", "(homan | schumer)"),
        ("+Homan Sessions", "(Homan & Sessions)"),
        ("-Sessions", "-Sessions"),
        ("!Sessions", "-Sessions"),
        ("Yahoo!", "Yahoo!"),
        ("NOT Sessions", "-Sessions"),
        ("NOT NOT Sessions", "--Sessions"),
        ("a OR b c", "(a | (b & c))"),
        ("a b OR c", "((a & b) | c)"),
        ("(a OR b) c", "((a | b) & c)"),
        ("-(a OR b)", "-(a | b)"),
        ('"sanctuary city"', '"sanctuary city"'),
        ('"sanctuary city"~2', '"sanctuary city"~2'),
        ('"not guilty"', '"not guilty"'),
        ("sanct*", "sanct*"),
        ("de?ain*", "de?ain*"),
        ("detainr~", "detainr~2"),
        ("sessions~1", "sessions~1"),
        ("sessions~0", "sessions"),
        ("ICE^2", "ICE^2"),
        ("title:ICE", "title:ICE"),
        ("Title:ICE", "title:ICE"),
        ('body:"sanctuary city"', 'body:"sanctuary city"'),
        ("title:(ICE OR Homan) Sessions", "((title:ICE | title:Homan) & Sessions)"),
        ("Miami-Dade", "Miami-Dade"),
        ("Update: ICE", "(Update: & ICE)"),
        ("title:&&ICE", "title:&&ICE"),
        ("U.S. & Mexico", "(U.S. & Mexico)"),
        ("&", "∅"),
        ("", "∅"),
        ("   ", "∅"),
    ],
)
def test_parse(query: str, tree: str) -> None:
    assert shown(parse(query)) == tree


@pytest.mark.parametrize(
    ("query", "position", "message"),
    [
        ("(", 0, "Unclosed '('"),
        ("(ICE OR DHS", 0, "Unclosed '('"),
        ("ICE)", 3, "Unmatched ')'"),
        ("()", 0, "Empty group"),
        ('"sanctuary city', 0, "Unbalanced quote"),
        ("detainer AND", 9, "needs a term on both sides"),
        ("OR detainer", 0, "needs a term on both sides"),
        ("a || ", 2, "needs a term on both sides"),
        ("&& a", 0, "needs a term on both sides"),
        ("a OR AND b", 2, "needs a term on both sides"),
        ("NOT", 0, "needs a term on its right"),
        ("a NOT)", 2, "needs a term on its right"),
        ("a - b", 2, "followed by a term"),
        ("a -", 2, "followed by a term"),
        ("*", 0, "wildcards alone"),
        ("?*?", 0, "wildcards alone"),
        ("word~3", 0, "Fuzzy distance 3"),
        ("de*ain~", 0, "both a wildcard and fuzzy"),
        ("a~b", 0, "Misplaced '~'"),
        ("outlet:reuters", 0, "Unknown field 'outlet'"),
        ("published:[2018 TO 2019]", 0, "Unknown field 'published'"),
        ("[a TO b]", 0, "Range syntax"),
    ],
)
def test_refused(query: str, position: int, message: str) -> None:
    with pytest.raises(InvalidQuery, match=re.escape(message)) as raised:
        parse(query)
    assert f"position {position}" in raised.value.detail


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("sanctuary city", "(sanctuary~2 & city)"),  # 4 letters: exact
        ("detainers", "detainers~2"),  # 9 letters: two edits
        ("deport", "deport~1"),
        ('"sanctuary city" -homan', '("sanctuary city" & -homan)'),  # phrases and exclusions stay exact
        ("sanct* detainr~1", "(sanct* & detainr~1)"),  # explicit forms stay as written
    ],
)
def test_typo_tolerance(query: str, tree: str) -> None:
    parsed = parse(query)
    assert parsed is not None
    assert shown(typo_tolerant(parsed)) == tree


@pytest.mark.parametrize(
    ("word", "edits", "found"),
    [
        ("detain", 1, ["detain", "detains", "retain"]),  # the engines keep the first letter, not this helper
        ("detian", 1, ["detain"]),  # a transposition is one edit
        ("detian", 0, []),
        ("dtain", 1, ["detain"]),
        ("dtan", 2, ["detain"]),
    ],
)
def test_within_edits(word: str, edits: int, found: list[str]) -> None:
    assert within_edits(word, edits, ["detain", "detains", "retain", "contain", "sustain"]) == found


def test_literal_tree_ignores_syntax() -> None:
    assert shown(literal_tree('Homan -Sessions (OR "x')) == "(Homan & Sessions & OR & x)"
    assert literal_tree("&&") is None


MATCH = "id IN (SELECT rowid FROM t WHERE t MATCH ?)"


@pytest.mark.parametrize(
    ("query", "condition", "params"),
    [
        ("homicides", MATCH, ['"homicides"']),
        ("homicides -texas", f"({MATCH} AND NOT {MATCH})", ['"homicides"', '"texas"']),
        ("a || b", f"({MATCH} OR {MATCH})", ['"a"', '"b"']),
        ('"new deputies"', MATCH, ['"new deputies"']),
        ("homicid*", MATCH, ['"homicid" *']),
        ('say"s', None, None),  # an unbalanced quote: refused below, never passed to FTS5
        ("&", "0", []),
    ],
)
def test_fts_condition(query: str, condition: str | None, params: list[str] | None) -> None:
    if condition is None:
        with pytest.raises(InvalidQuery):
            fts_condition(query, table="t")
        return
    assert fts_condition(query, table="t") == (condition, params)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("homicid~", "A fuzzy term"),
        ("ho?icides", "A wildcard inside a word"),
        ('"new deputies"~2', "Proximity"),
        ("title:homicides", "The field title:"),
    ],
)
def test_fts_refuses_what_it_cannot_search(query: str, message: str) -> None:
    with pytest.raises(InvalidQuery, match=message):
        fts_condition(query, table="t")


def test_fts_without_q() -> None:
    assert fts_condition(None, table="t") is None
    assert fts_condition("  ", table="t") is None
