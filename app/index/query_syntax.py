"""The `q` grammar of every route, parsed once into an engine-neutral tree that each engine translates.

    query   := either ((OR | "||") either)*
    either  := unary ((AND | "&&")? unary)*          adjacent terms are all required
    unary   := (NOT | "-" | "!" | "+") unary | primary   "-x" excludes x, "+x" requires it (as plain x does)
    primary := "(" query ")" | [field ":"] ('"' words '"' ["~" N] | word ["~" [N]] ["^" B])

Operator words are case-insensitive (`not`, `or`, `and` are operators too: quote one to search it);
a word ending in `*` is a prefix, `*`/`?` inside a word a wildcard, `word~` a fuzzy term within
FUZZY_DEFAULT edits (`word~N`, N ≤ FUZZY_MAX). Anything else (ranges, other fields, dangling
operators, unbalanced quotes or groups) is an InvalidQuery naming the position. A fuzzy word keeps
its first letter (FUZZY_PREFIX).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from app.errors import InvalidQuery
from app.index.analysis import TOKEN_PATTERN

__all__ = [
    "FUZZY_DEFAULT",
    "FUZZY_MAX",
    "FUZZY_PREFIX",
    "QUERY_FIELDS",
    "And",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Term",
    "literal_tree",
    "parse",
    "query_tree",
    "typo_tolerant",
    "within_edits",
]

QUERY_FIELDS = ("title", "body")
FUZZY_DEFAULT = 2
FUZZY_MAX = 2
# A fuzzy word keeps its first letter, as in Whoosh's FuzzyTerm (Meilisearch counts a first-letter
# typo twice): it also keeps expansion to one letter's share of the lexicon.
FUZZY_PREFIX = 1
# Meilisearch's defaults: one typo from 5 letters, two from 9.
TYPO_ONE_EDIT_LETTERS = 5
TYPO_TWO_EDITS_LETTERS = 9

_OPERATORS = {"and": "AND", "&&": "AND", "or": "OR", "||": "OR", "not": "NOT"}
_WORD_END = re.compile(r'[\s()"]')
_FIELD = re.compile(r"([A-Za-z_]+):")
_SUFFIX = re.compile(r"(?:~(\d*))?(?:\^(\d+(?:\.\d+)?))?$")
_WORD = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class Term:
    """A word as typed; `pattern` when it holds `*`/`?`, `fuzzy` edits when it ends in `~`."""

    text: str
    position: int
    field: str | None = None
    fuzzy: int = 0
    boost: float = 1.0

    @property
    def is_pattern(self) -> bool:
        return "*" in self.text or "?" in self.text

    @property
    def is_prefix(self) -> bool:
        """A pattern whose only wildcard is one trailing `*`."""
        return self.text.endswith("*") and not _has_wildcard(self.text[:-1])


@dataclass(frozen=True)
class Phrase:
    text: str
    position: int
    field: str | None = None
    slop: int = 0


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Phrase | Not | And | Or


def _has_wildcard(text: str) -> bool:
    return "*" in text or "?" in text


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "AND", "OR", "NOT", "+", "term", "phrase"
    position: int
    node: Term | Phrase | None = None
    field: str | None = None  # a `field:` written before "(" or '"'
    text: str = ""


def _field(name: str, position: int) -> str:
    if name.lower() not in QUERY_FIELDS:
        raise InvalidQuery(
            f"Unknown field {name!r} at position {position}: q searches {' and '.join(QUERY_FIELDS)} "
            "(title:word); use the filter parameters for outlets, dates and entities.",
            position=position,
        )
    return name.lower()


def _fuzzy_edits(digits: str, position: int) -> int:
    edits = int(digits) if digits else FUZZY_DEFAULT
    if edits > FUZZY_MAX:
        raise InvalidQuery(
            f"Fuzzy distance {edits} at position {position} is too large: use ~0 to ~{FUZZY_MAX}.",
            position=position,
        )
    return edits


def _word_token(word: str, position: int, field: str | None) -> _Token:
    if not field and word.lower() in _OPERATORS:
        return _Token(_OPERATORS[word.lower()], position, text=word)
    if word[0] in "[{":
        raise InvalidQuery(
            f"Range syntax at position {position} is not supported in q: use published_from and published_to.",
            position=position,
        )
    suffix = _SUFFIX.search(word)
    assert suffix is not None  # the pattern matches the empty suffix
    text = word[: suffix.start()]
    fuzzy = _fuzzy_edits(suffix[1], position) if "~" in suffix[0] else 0
    boost = float(suffix[2]) if suffix[2] else 1.0
    if not text or "~" in text or "^" in text:
        raise InvalidQuery(
            f"Misplaced '~' or '^' at position {position}: write word~, word~1 or word^2.", position=position
        )
    if fuzzy and _has_wildcard(text):
        raise InvalidQuery(
            f"A word at position {position} cannot be both a wildcard and fuzzy.", position=position
        )
    if text.strip("*?") == "":
        raise InvalidQuery(
            f"A word of wildcards alone at position {position} matches every term: add letters.",
            position=position,
        )
    return _Token("term", position, Term(text, position, field, fuzzy, boost))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    # A `field:` just read; the phrase, group or word right after it is in that field.
    field: str | None = None
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
        elif char in "()":
            tokens.append(_Token(char, index, field=field))
            field, index = None, index + 1
        elif char == '"':
            close = text.find('"', index + 1)
            if close < 0:
                raise InvalidQuery(
                    f"Unbalanced quote at position {index}: close the phrase with '\"'.", position=index
                )
            end = close + 1
            slop = 0
            if slop_match := re.match(r"~(\d+)", text[end:]):
                slop = int(slop_match[1])
                end += slop_match.end()
            tokens.append(_Token("phrase", index, Phrase(text[index + 1 : close], index, field, slop)))
            field, index = None, end
        elif text.startswith(("&&", "||"), index) and not field:
            tokens.append(_Token(_OPERATORS[text[index : index + 2]], index, text=text[index : index + 2]))
            index += 2
        elif char in "-+!" and not field:
            following = text[index + 1 : index + 2]
            if not following or following.isspace() or following in ")":
                raise InvalidQuery(
                    f"'{char}' at position {index} must be followed by a term, with no space.", position=index
                )
            tokens.append(_Token("+" if char == "+" else "NOT", index, text=char))
            index += 1
        else:
            boundary = _WORD_END.search(text, index)
            stop = boundary.start() if boundary else len(text)
            word = text[index:stop]
            # "Update: ICE" is a word and its colon; "title:ICE", 'title:"…"' and "title:(…)" name a field.
            match = None if field else _FIELD.match(word)
            if match and (match.end() < len(word) or text[stop : stop + 1] in ('"', "(")):
                field = _field(match[1], index)
                index += match.end()
                continue
            tokens.append(_word_token(word, index, field))
            field, index = None, stop
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.at = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.either_list()
        token = self.peek()
        if token is not None:  # only a ")" stops the top level early
            raise InvalidQuery(
                f"Unmatched ')' at position {token.position}: remove it or open a group with '('.",
                position=token.position,
            )
        return node

    def either_list(self) -> Node:
        options = [self.all_of()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.at += 1
            self.operand_after(token)
            options.append(self.all_of())
        return options[0] if len(options) == 1 else Or(tuple(options))

    def all_of(self) -> Node:
        token = self.peek()
        if token is None or token.kind in ("AND", "OR", ")"):
            self.dangling(token)
        required = [self.unary()]
        while (token := self.peek()) is not None and token.kind not in ("OR", ")"):
            if token.kind == "AND":
                self.at += 1
                self.operand_after(token)
            required.append(self.unary())
        return required[0] if len(required) == 1 else And(tuple(required))

    def operand_after(self, operator: _Token) -> None:
        token = self.peek()
        if token is None or token.kind in ("AND", "OR", ")"):
            raise InvalidQuery(
                f"Operator {operator.text} at position {operator.position} needs a term on both sides.",
                position=operator.position,
            )

    def dangling(self, token: _Token | None) -> None:
        if token is None:
            raise InvalidQuery("Empty group: put a term between '(' and ')'.", position=None)
        if token.kind == ")":
            raise InvalidQuery(
                f"Empty group or misplaced ')' at position {token.position}: put a term before it.",
                position=token.position,
            )
        raise InvalidQuery(
            f"Operator {token.text} at position {token.position} needs a term on both sides.",
            position=token.position,
        )

    def unary(self) -> Node:
        token = self.peek()
        assert token is not None
        if token.kind in ("NOT", "+"):
            self.at += 1
            following = self.peek()
            if following is None or following.kind in ("AND", "OR", ")"):
                raise InvalidQuery(
                    f"Operator {token.text} at position {token.position} needs a term on its right.",
                    position=token.position,
                )
            operand = self.unary()
            return Not(operand) if token.kind == "NOT" else operand
        return self.primary()

    def primary(self) -> Node:
        token = self.peek()
        assert token is not None
        self.at += 1
        if token.kind == "(":
            if (inner := self.peek()) is not None and inner.kind == ")":
                raise InvalidQuery(
                    f"Empty group at position {token.position}: put a term between '(' and ')'.",
                    position=token.position,
                )
            if inner is None:
                raise InvalidQuery(
                    f"Unclosed '(' at position {token.position}: close the group with ')'.",
                    position=token.position,
                )
            node = self.either_list()
            closing = self.peek()
            if closing is None:
                raise InvalidQuery(
                    f"Unclosed '(' at position {token.position}: close the group with ')'.",
                    position=token.position,
                )
            self.at += 1
            return _in_field(node, token.field) if token.field else node
        if token.node is None:
            self.dangling(token)
        assert token.node is not None
        return token.node


def _in_field(node: Node, field: str) -> Node:
    """A group written as `title:(…)`: every term of it in that field."""
    if isinstance(node, Term | Phrase):
        return node if node.field else replace(node, field=field)
    if isinstance(node, Not):
        return Not(_in_field(node.child, field))
    return type(node)(tuple(_in_field(child, field) for child in node.children))


def _pruned(node: Node) -> Node | None:
    """The tree without words of no indexable character (a lone "&"), which would match nothing."""
    if isinstance(node, Term | Phrase):
        return node if (isinstance(node, Term) and node.is_pattern) or _WORD.search(node.text) else None
    if isinstance(node, Not):
        child = _pruned(node.child)
        return Not(child) if child is not None else None
    children = tuple(kept for child in node.children if (kept := _pruned(child)) is not None)
    if len(children) <= 1:
        return children[0] if children else None
    return type(node)(children)


def parse(text: str) -> Node | None:
    """The query tree of `q`, or None when it has no words; InvalidQuery says what is wrong and where."""
    tree = _Parser(text).parse()
    return _pruned(tree) if tree is not None else None


def literal_tree(text: str) -> Node | None:
    """The words of the text, all required, with no syntax: what `lenient=true` searches."""
    words = [Term(match.group(), match.start()) for match in _WORD.finditer(text)]
    if not words:
        return None
    return words[0] if len(words) == 1 else And(tuple(words))


def query_tree(text: str, *, lenient: bool = False, typo_tolerance: bool = False) -> Node | None:
    """What every engine translates: `q` parsed (its words alone when lenient), typo-tolerant on request."""
    tree = literal_tree(text) if lenient else parse(text)
    return typo_tolerant(tree) if tree is not None and typo_tolerance else tree


def typo_tolerant(node: Node) -> Node:
    """Plain required words made fuzzy: 1 edit from TYPO_ONE_EDIT_LETTERS letters, 2 from TYPO_TWO_EDITS_LETTERS."""
    if isinstance(node, Term):
        if node.fuzzy or node.is_pattern:
            return node
        letters = sum(char.isalpha() for char in node.text)
        edits = 2 if letters >= TYPO_TWO_EDITS_LETTERS else 1 if letters >= TYPO_ONE_EDIT_LETTERS else 0
        return replace(node, fuzzy=edits)
    if isinstance(node, Phrase | Not):
        # An excluded word stays exact: "-homan" must not also exclude every "human".
        return node
    return type(node)(tuple(typo_tolerant(child) for child in node.children))


def within_edits(word: str, edits: int, candidates: Iterable[str]) -> list[str]:
    """The candidates within `edits` of the word (optimal string alignment: a transposition is one edit)."""
    return [term for term in candidates if OSA.distance(word, term, score_cutoff=edits) <= edits]
