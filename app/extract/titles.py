"""Title recognition: the titles stated before a name, in apposition after it, or inside a quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.lexicon import (
    OFFICE_WORDS,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from app.extract.name_tokens import CONNECTORS, DOTTED_WORDS, Token
from app.extract.names import is_title_token
from app.extract.office_phrases import portfolio_body_named_earlier
from app.extract.title_bodies import LEADING_ARTICLE, ORG_OF, phrase_organization
from app.models import Evidence, StatedTitle

__all__ = [
    "ABBREVIATION_DOT",
    "AFFILIATION",
    "BODY_INITIALS",
    "PRECEDING_ROLE",
    "SENTENCE_DOT",
    "appositive_titles",
    "offices_held_by_subject",
    "stated_title",
]

# "(R-Texas)", ", D-N.Y.,": a party-state tag ("D-Day" is not one).
AFFILIATION = re.compile(
    r"(?:['’]s?)?,?\s*\(?\s*(?P<tag>[DRIL]-(?!Day\b)[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*\)?"
)
# A period that ends an abbreviation ("U.S.", "Dept.") is inside a title; any other ends the sentence.
# The period is matched first, so the lookbehinds run only at periods.
_ABBREVIATION_ENDS = [r"\b[A-Z]\.", *(rf"\b{re.escape(word)}" for word in sorted(DOTTED_WORDS))]
ABBREVIATION_DOT = rf"\.(?:{'|'.join(f'(?<={end})' for end in _ABBREVIATION_ENDS)})"
SENTENCE_DOT = rf"\.{''.join(f'(?<!{end})' for end in _ABBREVIATION_ENDS)}"
# "chief executive of the Higher Education Funding Council for England (HEFCE)": a body's short name in brackets
# stays inside the title that names the body.
BODY_INITIALS = r"\s?\([A-Z][A-Za-z]{1,15}\)"
# The verbs an appositive's title may run into when its closing comma is dropped (`X, the mayor said`), with
# `told` and `tells`.
_VERBS_AFTER_TITLE = r"said|says|reveals|revealed|warned|warns|added|adds"
_APPOSITIVE = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?P<title>(?:(?:a|an|the)\s+)?(?:[^,;:“”\"()\n]|{BODY_INITIALS}){{3,120}}?)"
    rf"(?=,|;|{SENTENCE_DOT}\s|\.$|\s+who\b|\s+(?:{_VERBS_AFTER_TITLE}|told|tells)\b"
    # "Media contact: Ana Ruiz, Press Secretary" ends its line.
    r"|\n|$)"
)
_CLOSING_ATTRIBUTION = re.compile(
    rf"\s+(?:{_VERBS_AFTER_TITLE}|(?:told|tells)\s+\w+)(?:\s+[A-Z][a-z]+day)?[.!?]"
)
PRECEDING_ROLE = re.compile(
    r"(?P<role>(?:\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|then-|ex-|[Dd]eputy|[Aa]ssistant|[Ss]enior|[Tt]op)\s+)*"
    r"\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Ss]ecretary|[Ll]eader|[Ff]ounder|"
    r"[Pp]resident|[Cc]hair(?:man|woman)?|[Cc]ommissioner|[Aa]dministrator|[Cc]ommander|[Dd]ean|"
    r"[Aa]dvis[eo]r|[Ee]nvoy|[Aa]mbassador)"
    r"\s+(?:of|for|at|to)\s+(?:the\s+)?)$"
)
# `_preceding_modifier` skips this search by its words: a new word goes in _MODIFIER_TAILS too.
_PRECEDING_MODIFIER = re.compile(
    r"(?P<modifier>\b(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|[Rr]etired|[Tt]hen)[\s-]+)+$"
)


def _title_organization(title_tokens: list[Token], text: str) -> str | None:
    """`ICE Director` -> `ICE`; `Director of Homeland Security` -> `Homeland Security`."""
    prefix: list[Token] = []
    for token in title_tokens:
        if is_title_token(token):
            break
        prefix.append(token)
    if prefix and any(token.lower not in CONNECTORS for token in prefix):
        return text[prefix[0].start : prefix[-1].end]
    title_text = text[title_tokens[0].start : title_tokens[-1].end]
    match = ORG_OF.search(title_text)
    if match and not all(
        word.lower() in TITLE_MODIFIERS or word.lower() in CONNECTORS for word in match["org"].split()
    ):
        return match["org"]
    return None


# "X, who had served as treasurer since 2013,", "X, who is the county's health officer,": a title in a
# relative clause.
_RELATIVE_TITLE = re.compile(
    r",\s+who\s+(?:(?:had|has|have)\s+)?(?:served|serves|was|is|been|became|becomes)\s+(?:as\s+)?"
    r"(?P<title>(?:(?:a|an|the)\s+)?[^,;:“”\"()\n]{3,100}?)"
    r"(?=\s+(?:since|until|between|from|when|before|after|and\s+(?:was|is|had|has))\b|,|;|\.\s|\.$)"
)
_RELATIVE_ROLE = re.compile(
    r",\s+who\s+(?P<title>(?:heads|leads|chairs|runs|directs)\s+the\s+(?P<body>[A-Z][^,;:“”\"()\n]{2,80}?))"
    r"(?=,|;|\.\s|\.$)"
)
_ROLE_SEPARATOR = re.compile(r",?\s+and\s+(?=(?:a|an|the|former)\s)")


def _is_head(word: str) -> bool:
    """A title's head word, also after a rank hyphenated to it (`vice-chair`, `co-chair`) or before `-elect`."""
    word = word.strip(".")
    rank, _, ranked = word.partition("-")
    office, _, taken_up = word.rpartition("-")
    return (
        word in TITLE_HEADS
        or (rank in _RANKS and ranked in TITLE_HEADS)
        or (taken_up in ("elect", "designate") and office in TITLE_HEADS)
    )


_RANKS = frozenset(["vice", "co", "under", "deputy", "pro"])


def appositive_titles(text: str, end: int) -> list[StatedTitle]:
    """`X, a spokeswoman for the transit agency,`: the titles in apposition after a name."""
    role = _RELATIVE_ROLE.match(text, end)
    if role is not None:
        # "X, who heads the Harbour Port Authority,": the body the person leads.
        body = LEADING_ARTICLE.sub("", role["body"])
        return [
            StatedTitle(
                start=role.start("title"), end=role.end("title"), text=role["title"], organization=body
            )
        ]
    match = _RELATIVE_TITLE.match(text, end) or _APPOSITIVE.match(text, end)
    if not match or (match["title"].startswith("the ") and _CLOSING_ATTRIBUTION.match(text, match.end())):
        # `… sought by Mr. Ruiz, the comptroller added.`: the role is the subject of the closing verb.
        return []
    phrase = match["title"].strip()
    words = phrase.replace("’s", " ").split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    # "X, WHO country representative": an acronym in capitals is a body, not the pronoun.
    if not words or words[0] in ("said", "says", "told", "who", "Who", "and", "which", "was", "is"):
        return []
    words = [word.lower() for word in words]
    if not any(_is_head(word) for word in words):
        return []
    start = match.start("title") + (len(match["title"]) - len(match["title"].lstrip()))
    titles = []
    # "the center's research director and a former deputy assistant secretary at HUD": two roles.
    for part in _ROLE_SEPARATOR.split(phrase):
        if any(_is_head(word.removesuffix("’s")) for word in part.lower().split()):
            part_start = start + phrase.index(part)
            titles.append(
                StatedTitle(
                    start=part_start,
                    end=part_start + len(part),
                    text=part,
                    organization=phrase_organization(text, part, part_start),
                )
            )
    return titles


_LEVEL_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<level>city|county|state|federal|provincial|municipal|town|village|police|fire)\s+$"
)
_BRACKETED_BODY_BEFORE = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)\s+$")
_POSSESSIVE_BEFORE = re.compile(
    r"(?P<org>[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w.&-]*)*)['’]s?\s+$"
)
# Every match of `_PRECEDING_MODIFIER` holds one of these (its words less their first letter).
_MODIFIER_TAILS = ("ormer", "cting", "nterim", "utgoing", "ncoming", "etired", "hen")


def _preceding_modifier(text: str, start: int) -> re.Match[str] | None:
    """`_PRECEDING_MODIFIER` in the 40 characters before `start`, searched only where one of its words is."""
    window = max(0, start - 40)
    if not any(tail in text[window:start] for tail in _MODIFIER_TAILS):
        return None
    return _PRECEDING_MODIFIER.search(text, window, start)


def stated_title(text: str, tokens: list[Token], run_start: int) -> StatedTitle | None:
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    organization = _title_organization(tokens, text)
    level = _LEVEL_BEFORE.search(text, max(0, start - 16), start)
    if level is not None:
        # "city Transportation Director X", "state Health Commissioner X": the government the title serves;
        # "police Chief X": the service.
        start = level.start()
        organization = f"{level['level']} {organization}" if organization else level["level"]
    modifier = _preceding_modifier(text, start)
    if modifier:
        start = modifier.start()
    if start == tokens[0].start and run_start == tokens[0].start and organization is None:
        possessive = _POSSESSIVE_BEFORE.search(text[max(0, start - 80) : start])
        if possessive:
            organization = possessive["org"]
        bracketed = (
            _BRACKETED_BODY_BEFORE.search(text, max(0, start - 16), start) if organization is None else None
        )
        if bracketed:
            # "… Mitigation Agency (BNPB) Head Sutopo": the title of the body the bracket names.
            organization = bracketed["acronym"]
    if organization is not None and all(word.lower() in PORTFOLIO_WORDS for word in organization.split()):
        # "The Dunmore District Health Department held a clinic. Director of Health X said": a portfolio alone
        # names the department of it the text named last.
        organization = portfolio_body_named_earlier(text, organization, start) or organization
    return StatedTitle(start=start, end=end, text=text[start:end], organization=organization)


_SINGLE_OFFICES = "|".join(
    sorted((re.escape(word) for word in OFFICE_WORDS if " " not in word), key=len, reverse=True)
)
# "Katona, 56, was charged … where he was treasurer, an elected post": an office the sentence's subject held.
_PRONOUN_OFFICE = re.compile(
    r"\b(?:he|she)\s+(?:was|is|had\s+been|has\s+been|became|served\s+as)\s+(?:(?:a|an|the)\s+)?"
    rf"(?P<title>(?:(?:former|county|city|state|town|deputy|assistant)\s+)*(?:{_SINGLE_OFFICES}))(?![\w’'-])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n)$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def offices_held_by_subject(text: str, mentions: Sequence[Evidence]) -> list[StatedTitle]:
    """Offices stated with `he was …` / `she is …` in sentences that open with the person's name."""
    titles: list[StatedTitle] = []
    for mention in mentions:
        if not _SENTENCE_START.search(text, max(0, mention.start - 3), mention.start):
            continue
        sentence_end = _SENTENCE_END.search(text, mention.end)
        office = _PRONOUN_OFFICE.search(
            text, mention.end, sentence_end.start() if sentence_end else len(text)
        )
        if office is not None:
            titles.append(
                StatedTitle(start=office.start("title"), end=office.end("title"), text=office["title"])
            )
    return titles
