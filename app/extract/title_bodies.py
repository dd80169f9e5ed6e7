"""The body a title is held at, read from the title's own words or named earlier in the text."""

from __future__ import annotations

import re

from app.extract.lexicon import ORG_HEADS, SENTENCE_OPENERS, TITLE_HEADS, TITLE_MODIFIERS
from app.extract.names import UPPER

__all__ = ["LEADING_ARTICLE", "ORG_OF", "last_body_named", "phrase_organization", "spelled_out_acronyms"]

ORG_OF = re.compile(
    rf"\b(?:of|for|at|with)\s+(?:the\s+)?(?P<org>(?:(?:state|county|city|town|federal|provincial|national|regional)(?:['’]s)?\s+)?[{UPPER}][\w.’'&-]*(?:\s+(?:of|for|and|&|the)?\s*[{UPPER}][\w.’'-]*)*)"
)

LEADING_ARTICLE = re.compile(rf"(?:(?:The|A|An|{'|'.join(sorted(SENTENCE_OPENERS))})\s+)+")
# "the trust's chief executive": a body named by its common noun; the fuller name is looked up earlier.
_COMMON_NOUN_BODY = re.compile(r"\b(?:of|for|at|with)\s+the\s+(?P<noun>[a-z]+)$")
_COMMON_NOUN_POSSESSIVE = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?P<noun>[a-z]+)['’]s?\s")


def phrase_organization(text: str, phrase: str, phrase_start: int) -> str | None:
    """The body a title phrase names: `the ONS's …`, `a Queensland Health …`, `… for the city's Office`."""
    possessive = re.match(
        rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<org>[{UPPER}][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[{UPPER}][\w.&-]*)*)"
        r"['’]s?\s",
        phrase,
    )
    if possessive:
        return possessive["org"].removeprefix("The ").removeprefix("A ")
    common = _COMMON_NOUN_POSSESSIVE.match(phrase)
    if common:
        return _named_earlier(text, common["noun"], phrase_start) or f"the {common['noun']}"
    leading = _LEADING_ACRONYM.match(phrase)
    if leading:
        # "UNEB chairperson": a body's acronym opening a lowercase title.
        return leading["org"]
    prefix = re.match(
        rf"(?:[Aa]n?|[Tt]he)\s+(?P<org>[{UPPER}][\w.&’'-]*(?:\s+(?:and\s+|of\s+|&\s+)?[{UPPER}][\w.&’'-]*)*)"
        r"\s+[a-z]",
        phrase,
    )
    if prefix:
        # "the Ontario Minister of Health": the body ends where the title's head begins; "the Minister of the
        # Interior" names its body after "of", not before it.
        words = prefix["org"].split()
        head = next((index for index, word in enumerate(words) if word.lower() in TITLE_HEADS), len(words))
        # "the Permanent Secretary in the Ministry of X": words that only rank the title name no body.
        if head and not all(word.lower() in TITLE_MODIFIERS for word in words[:head]):
            return " ".join(words[:head])
    for pattern in _BODY_AFTER_TITLE:
        named = pattern.search(phrase)
        if named:
            return named["org"]
    # "chief economist at the bank", "a spokeswoman for the agency": the body named earlier.
    body = _COMMON_NOUN_BODY.search(phrase)
    if body is None:
        return None
    return _named_earlier(text, body["noun"], phrase_start) or f"the {body['noun']}"


_LEADING_ACRONYM = re.compile(r"(?P<org>[A-Z]{2,8})\s+[a-z]")
_CAPITALIZED_NAME = rf"[{UPPER}][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[{UPPER}][\w.&’'-]*)*"
# Tried in order, the body a title's words name after it:
_BODY_AFTER_TITLE = (
    # "Director of the Center for Trade under the Ministry of Trade": the unit belongs to the body it is under.
    re.compile(rf"\bof\s+[^,]*?\bunder\s+the\s+(?P<org>{_CAPITALIZED_NAME})"),
    # "Director of Special Services at the Ghana Cocoa Board": the body "at" employs the unit "of".
    re.compile(rf"\bof\s+[^,]*?\bat\s+(?:the\s+)?(?P<org>{_CAPITALIZED_NAME})"),
    # "Permanent Secretary in the Ministry of Finance": the body a post is in.
    re.compile(rf"\bin\s+the\s+(?P<org>{_CAPITALIZED_NAME})"),
    ORG_OF,
)


# A body by its acronym ("The IMF") or by a name ending in an organization head ("the Harbour Port Authority").
_BODY_NAME = re.compile(
    rf"\b[A-Z]{{2,6}}\b(?![’'-])|{_CAPITALIZED_NAME}"
    rf"\s+(?:{'|'.join(sorted(ORG_HEADS))})\b"
)


def last_body_named(text: str, before: int) -> str | None:
    """`its chief economist`: the body named last in the few sentences before the title."""
    names = [match.group() for match in _BODY_NAME.finditer(text, max(0, before - 600), before)]
    return LEADING_ARTICLE.sub("", names[-1]) if names else None


def _named_earlier(text: str, noun: str, before: int) -> str | None:
    """`the trust` -> the last body named earlier whose name ends in `Trust`."""
    pattern = re.compile(
        rf"[{UPPER}][\w.&’'-]*(?:\s+(?:and\s+|of\s+|&\s+)?[{UPPER}][\w.&’'-]*)*\s+{re.escape(noun.capitalize())}\b"
    )
    names = [match.group() for match in pattern.finditer(text, 0, before)]
    return LEADING_ARTICLE.sub("", names[-1]) if names else None


# A run of capitalized words with connectors inside ("Uganda National Examinations Board", "Bank of Ghana").
_CAPITALIZED_RUN = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][a-z][\w’'-]*)*")
_RUN_WORD = re.compile(r"\S+")


def spelled_out_acronyms(text: str, organizations: set[str]) -> dict[str, str]:
    """`EC` -> `Election Commission`: a body named by its acronym whose capitalized name the text writes elsewhere.

    Only acronyms of two to eight capitals (or one capital and lowercase, `Uneb`) are looked up; the name is the
    first run of capitalized words, with connectors inside, whose initials spell the acronym exactly and whose last
    word is a body's head (`Board`, `Commission`), so that a chance spelling by other words names no body.
    """
    wanted: dict[str, list[str]] = {}
    for acronym in organizations:
        if 2 <= len(acronym) <= 8 and acronym.isalpha() and (acronym.isupper() or acronym.istitle()):
            wanted.setdefault(acronym.upper(), []).append(acronym)
    if not wanted:
        return {}
    lengths = {len(letters) for letters in wanted}
    names: dict[str, list[str]] = {}
    for run in _CAPITALIZED_RUN.finditer(text):
        capitals = [word for word in _RUN_WORD.finditer(text, *run.span()) if word.group()[:1].isupper()]
        run_initials = "".join(word.group()[0] for word in capitals)
        for start in range(len(capitals)):
            for length in lengths:
                initials = run_initials[start : start + length]
                if len(initials) == length and initials in wanted:
                    window = capitals[start : start + length]
                    names.setdefault(initials, []).append(text[window[0].start() : window[-1].end()])
    found: dict[str, str] = {}
    for letters, spelled in names.items():
        # "Chief Election Commissioner" spells EC too: only a name that ends in a body's head word is a body's.
        name = next((name for name in spelled if name.split()[-1] in ORG_HEADS), None)
        if name is not None:
            for acronym in wanted[letters]:
                found[acronym] = name
    return found
