"""Runs of capitalized words (with connectors) that may hold a title and a name, cut where one person's
name ends and the next title, person or body begins."""

from __future__ import annotations

import re

from app.extract.lexicon import (
    GIVEN_NAMES,
    NAME_PARTICLES,
    ORG_HEADS,
    PHOTO_CREDIT_LABELS,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATIONS,
)
from app.extract.name_tokens import CONNECTORS, RUN, TOKEN_PATTERN, Token, nickname_spans
from app.extract.names import is_full_name, is_name_like, is_title_head, is_title_token, split_name

__all__ = ["capitalized_runs"]

_INVERTED_VERBS = frozenset(["Said", "Says", "Added", "Adds"])
_COLON_AFTER = re.compile(r"\s*:")


def capitalized_runs(text: str) -> list[list[Token]]:
    """Runs of capitalized words (with connectors) that may hold a title and a name."""
    runs: list[list[Token]] = []
    for match in RUN.finditer(text):
        word = match.group()
        if len(word.split(maxsplit=1)) == 1:
            # Most runs are one word ("The", "Police"): that word is the run's one token.
            runs.append([Token(word, match.start(), match.end())])
            continue
        nicknames = nickname_spans(text, *match.span())
        tokens = [
            Token(m.group(), m.start(), m.end())
            for m in TOKEN_PATTERN.finditer(text, *match.span())
            if not any(start < m.start() < end for start, end in nicknames)
        ]
        if (
            len(tokens) > 2
            and tokens[0].bare in SENTENCE_OPENERS
            and (any(map(is_title_token, tokens[1:4])) or is_full_name(tokens[1:]))
        ):
            # "Under Gov. Lena Strand", "Since Mayor Victor Osei", "However Mohamad Fuzi said": the opening
            # word is not part of the title or the name.
            tokens = tokens[1:]
        elif tokens[0].bare in _INVERTED_VERBS and _COLON_AFTER.match(text, match.end()):
            # "Said Anderson: “…”": the verb of an inverted attribution before the name.
            tokens = tokens[1:]
        if (
            len(tokens) > 1
            and tokens[-1].bare in PHOTO_CREDIT_LABELS
            and _COLON_AFTER.match(text, tokens[-1].end)
        ):
            # "Police Minister Stuart Nash Photo: RNZ": a caption's name ends where the credit's label begins.
            tokens = tokens[:-1]
        # "Sen. Chuck Schumer and Rep. Nancy Pelosi": split at "and" when a person starts after it.
        current: list[Token] = []
        for index, token in enumerate(tokens):
            if (
                token.lower in ("and", "&")
                and index + 1 < len(tokens)
                and (
                    (
                        (
                            tokens[index + 1].bare in TITLE_ABBREVIATIONS
                            or tokens[index + 1].lower in GIVEN_NAMES
                        )
                        and any(t.lower in GIVEN_NAMES or t.bare in TITLE_ABBREVIATIONS for t in current)
                    )
                    # "Chairman Ortiz and Speaker Lund": a title and a surname, then another title;
                    # "Lagarde and Vice-President Luis Ortiz": a surname alone, then a titled name.
                    or (
                        is_title_head(tokens[index + 1])
                        and is_name_like(current[-1])
                        and (len(current) == 1 or (len(current) >= 2 and is_title_head(current[-2])))
                    )
                    # "Barbados Prime Minister Mia Mottley and St. Lucia Prime Minister X": a titled full name,
                    # then another title.
                    # "Minister for Finance, Ana Ruiz and Minister for Health X": a name set off after its title.
                    or (
                        any(map(is_title_head, tokens[index + 1 : index + 5]))
                        and (
                            _is_titled_full_name(current)
                            or (
                                text[current[0].start - 2 : current[0].start] == ", "
                                and is_full_name(current)
                            )
                        )
                    )
                )
            ):
                runs.append(current)
                current = []
                continue
            current.append(token)
        while current and _is_trailing_connector(current[-1]):
            current.pop()
        runs.extend(_split_after_name(current))
    return runs


def _is_titled_full_name(tokens: list[Token]) -> bool:
    split = split_name(tokens, strict=False) if len(tokens) >= 3 else None
    return split is not None and bool(split[0]) and len(split[1]) >= 2


def _is_trailing_connector(token: Token) -> bool:
    """`of`, `and` left at a run's end; a capitalized particle there is a surname (`Shaktikanta Das`)."""
    return token.lower in CONNECTORS and (token.text in CONNECTORS or token.lower not in NAME_PARTICLES)


def _split_after_name(tokens: list[Token]) -> list[list[Token]]:
    """`Leonard Whitaker of the Pacific Policy Institute` -> the name, then the organization."""
    for index, token in enumerate(tokens):
        if (
            token.lower in CONNECTORS
            and index >= 2
            and (
                tokens[index - 2].lower in GIVEN_NAMES
                or (
                    # "Lyle Penrose of Weber State University": a name, then the body it belongs to.
                    index == 2
                    and token.lower in ("of", "at")
                    and is_name_like(tokens[0])
                    and tokens[-1].bare in ORG_HEADS
                )
                or (
                    # "Pastor Derrick Lowe of North Star Baptist Church": a title, a name, then the body.
                    index in (3, 4)
                    and token.lower in ("of", "at")
                    and is_title_token(tokens[0])
                    and all(is_name_like(name) for name in tokens[1:index])
                )
            )
            and is_name_like(tokens[index - 1])
        ):
            rest = tokens[index + 1 :]
            while rest and rest[0].lower in CONNECTORS:
                rest = rest[1:]
            return [tokens[:index], *([rest] if rest else [])]
    return [tokens] if tokens else []
