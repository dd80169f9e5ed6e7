"""Title recognition: the titles stated before a name, in apposition after it, or inside a quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extract.dates import MONTHS
from app.extract.lexicon import (
    GOVERNMENT_WORDS,
    NON_GOVERNMENT_WORDS,
    OFFICE_WORDS,
    PARTY_ROLES,
    PARTY_WORDS,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from app.extract.names import CONNECTORS, DOTTED_WORDS, UPPER, Token, is_title_token
from app.extract.office_phrases import HEAD_WORDS, office_phrase_before, portfolio_body_named_earlier
from app.extract.title_bodies import LEADING_ARTICLE, ORG_OF, last_body_named, phrase_organization
from app.models import Evidence, StatedTitle

__all__ = [
    "ABBREVIATION_DOT",
    "AFFILIATION",
    "PRECEDING_ROLE",
    "appositive_titles",
    "offices_held_by_subject",
    "preceding_title",
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
_SENTENCE_DOT = rf"\.{''.join(f'(?<!{end})' for end in _ABBREVIATION_ENDS)}"
# "chief executive of the Higher Education Funding Council for England (HEFCE)": a body's short name in brackets
# stays inside the title that names the body.
_BODY_INITIALS = r"\s?\([A-Z][A-Za-z]{1,15}\)"
_APPOSITIVE = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?P<title>(?:(?:a|an|the)\s+)?(?:[^,;:“”\"()\n]|{_BODY_INITIALS}){{3,120}}?)"
    rf"(?=,|;|{_SENTENCE_DOT}\s|\.$|\s+who\b|\s+(?:said|says|reveals|revealed|warned|warns|added|adds|told|tells)\b"
    # "Media contact: Ana Ruiz, Press Secretary" ends its line.
    r"|\n|$)"
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

_PARTY_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))})(?:['’]s)?"
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))}))\s+$"
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


_HEAD_LAST_WORDS = frozenset(word.split()[-1] for word in TITLE_HEADS if "." not in word)
# "Ansah reminded vice president X": a verb of the sentence is no word of the title.
_PAST_VERB = re.compile(r"[a-z]+ed")
_NOT_YET_TAKEN_UP = re.compile(r"-(?:elect|designate)$")
_LOWER_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:\b[A-Z][a-z]+\s+)?(?:\b[a-z][\w'’-]*\s+){{0,2}}(?<![\w-])(?P<head>{HEAD_WORDS})"
    r"(?:-(?:elect|designate))?)\s+$",
    re.IGNORECASE,
)
# Lowercase words that belong to the title before its head ("former state attorney general").
_JURISDICTION_WORDS = frozenset(
    ["state", "county", "city", "federal", "school", "district", "town", "village", "regional", "tribal"]
)
_SENTENCE_PREFIX_TITLE = re.compile(
    rf"(?:^|[.!?]\s+|\n)(?P<title>[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){{0,3}}\s+(?<![\w-])(?:{HEAD_WORDS}))\s+$"
)
# "BC Wildfire Service spokesperson X", "Oakbridge Town Council clerk X", "ABS head of prices statistics X":
# a named body, then a lowercase role.
# After a possessive body three lowercase words may stand before the head ("Stats NZ's consumers prices
# senior manager X").
_ORG_TITLE_BEFORE = re.compile(
    rf"(?P<title>(?P<org>[{UPPER}][\w.&’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?[{UPPER}][\w.&’'-]*){{0,5}})"
    # "Election Commission (EC) chairman X": the acronym the body is given beside it
    rf"(?:\s+\([{UPPER}][\w.&-]{{1,10}}\))?"
    rf"(?:(?<=['’]s)\s+(?:[a-z][\w’'-]*\s+){{3}}|\s+(?:[a-z][\w’'-]*\s+){{0,2}})"
    rf"(?<![\w-])(?:{HEAD_WORDS})(?:\s+(?:of|for)(?:\s+[a-z][\w’'-]*){{1,3}})?)\s+$"
)
# "That’s a blow to chancellor X": an article or a preposition is no part of a role between body and head.
_FUNCTION_WORDS = frozenset(["a", "an", "the", "to", "by", "with", "from", "in", "on", "at", "as", "or"])
_SENTENCE_BREAK = re.compile(rf"{_SENTENCE_DOT}[”\"’']?\s+|\n\s*\n")
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
# A short name in brackets may stand inside the title ("(WMO)", "Petroleum Resources (Oil)").
_TITLE_PHRASE_PART = rf"(?:[^,;:.“”\"()\n]|{ABBREVIATION_DOT}|{_BODY_INITIALS})"
_APPOSITIVE_BEFORE = re.compile(
    # "However, one GOP senator, X": `one` leads a title as an article does.
    r"(?:(?:^|[.;:]\s+|\n)(?=[A-Z])|,\s+(?=(?:a|an|the|his|her|their|its|one)\s))"
    rf"(?P<title>{_TITLE_PHRASE_PART}{{3,75}}),\s+$"
)
_CAPITALIZED_TITLE_BEFORE = re.compile(
    rf"(?:,|(?<![\w’'-])[a-z][\w’'-]*)\s+(?P<title>[{UPPER}][\w’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[{UPPER}][\w’'-]*){{1,5}}"
    rf"(?:{_BODY_INITIALS})?),\s+$"
)
# "tweeted by the Minister of the Interior, X.", ",” the chief spokesman for the department, X, said": a title
# led by its article anywhere in the sentence, set off from the name by a comma.
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an)\s")
_ARTICLE_TITLE_BEFORE = re.compile(rf"(?P<title>(?:the|a|an)\s{_TITLE_PHRASE_PART}{{3,75}}),\s+")
# A lowercase word that joins no title's words: a verb or a noun of the sentence.
_SENTENCE_WORD = re.compile(r"(?<![\w’'-])(?!(?:of|for|and|the|&)\s)[a-z][\w’'-]*\s")
_NOT_TITLE_LEAD = frozenset(["said", "says", "told", "by", "and", "with", "to", "from", "of", "for", "that"])


def preceding_title(text: str, start: int) -> StatedTitle | None:
    """`attorney Simone Archer`, `Parent organizer Lena Okafor`, `X's campaign manager, Tessa Lindqvist`."""
    window_start = max(0, start - 80)
    party = _PARTY_ROLE_BEFORE.search(text, window_start, start)
    if party is not None:
        return StatedTitle(start=party.start("title"), end=party.end("title"), text=party["title"])
    words_before = text[window_start:start].split()
    # The head-ending patterns below are costly searches; run them only where a head word ends the window.
    # "president-elect X": a head not yet taken up still ends a title.
    ends_with_head = (
        bool(words_before) and _NOT_YET_TAKEN_UP.sub("", words_before[-1].lower()) in _HEAD_LAST_WORDS
    )
    prefix = _SENTENCE_PREFIX_TITLE.search(text, window_start, start) if ends_with_head else None
    if prefix is not None and not any(
        word.lower() in _NOT_TITLE_LEAD or _PAST_VERB.fullmatch(word) for word in prefix["title"].split()
    ):
        # "State party chairman Walter Brigham called …": the sentence opens with the title.
        if prefix["title"].startswith("Its "):
            # "Its chief executive X": the title of the body named last.
            title_start = prefix.start("title") + len("Its ")
            return StatedTitle(
                start=title_start,
                end=prefix.end("title"),
                text=text[title_start : prefix.end("title")],
                organization=last_body_named(text, title_start),
            )
        return StatedTitle(start=prefix.start("title"), end=prefix.end("title"), text=prefix["title"])
    named = (
        _ORG_TITLE_BEFORE.search(text, window_start, start)
        if ends_with_head or {"of", "for"} & set(words_before[-4:])
        else None
    )
    between = text[named.end("org") : named.end("title")].split() if named is not None else []
    if (
        named is not None
        and _FUNCTION_WORDS.isdisjoint(between)
        and not any(_PAST_VERB.fullmatch(word) for word in between)
    ):
        lead = LEADING_ARTICLE.match(named["title"])
        title_start = named.start("title") + (lead.end() if lead else 0)
        # "… on Friday.\n\nTD Bank senior economist X": the body starts after the last sentence break.
        breaks = list(_SENTENCE_BREAK.finditer(text, title_start, named.end("org")))
        if breaks:
            title_start = breaks[-1].end()
        if title_start < named.end("org") and text[title_start : named.end("org")].lower() not in MONTHS:
            return StatedTitle(
                start=title_start,
                end=named.end("title"),
                text=text[title_start : named.end("title")],
                organization=text[title_start : named.end("org")],
            )
    lower = _LOWER_TITLE_BEFORE.search(text, window_start, start) if ends_with_head else None
    if lower is not None:
        head_words = lower["head"].split()
        words = lower["title"].split()
        kept = words[-len(head_words) :]
        for word in reversed(words[: -len(head_words)]):
            if (
                word.lower() in TITLE_MODIFIERS
                or word.lower() in _JURISDICTION_WORDS
                or word.lower() in GOVERNMENT_WORDS
                or word.lower() in NON_GOVERNMENT_WORDS
                or word.lower() in PORTFOLIO_WORDS
                or (
                    word[0].isupper()
                    and word.lower() not in _NOT_TITLE_LEAD
                    # "In January chief executive X": a month is when, not part of the title.
                    and word.rstrip(".").lower() not in MONTHS
                )
            ):
                kept.insert(0, word)
            else:
                break
        phrase = " ".join(kept)
        title_start = lower.end("title") - len(phrase)
        if " ".join(text[title_start : lower.end("title")].split()) == phrase and not any(
            word[0].isupper() for word in kept[1:]
        ):
            owner = _ITS_BEFORE.search(text, max(0, title_start - 4), title_start)
            return StatedTitle(
                start=title_start,
                end=lower.end("title"),
                text=phrase,
                organization=last_body_named(text, title_start) if owner else None,
            )
    office = office_phrase_before(text, window_start, start, words_before)
    if office is not None:
        return office
    capitalized = (
        _CAPITALIZED_TITLE_BEFORE.search(text, window_start, start)
        if text[start - 2 : start] == ", "
        else None
    )
    if capitalized is not None and not _names_a_title(capitalized["title"]):
        capitalized = None
    appositive = _APPOSITIVE_BEFORE.search(text, window_start, start)
    if (
        appositive is not None
        and _names_a_title(appositive["title"])
        # "He met with Public Enterprises Minister, X": the sentence before the title in capitals is no part of it.
        and not (
            capitalized and _SENTENCE_WORD.search(text, appositive.start("title"), capitalized.start("title"))
        )
    ):
        return _title_phrase(text, appositive)
    if capitalized is not None:
        # "In her report, Minister of Health, X appeals …": a title in capitals set off by commas mid-sentence;
        # "…,” said Group Chief Executive Officer, X.": after the verb of an inverted attribution.
        return _title_phrase(text, capitalized)
    if text[start - 2 : start] == ", ":
        # The article nearest the name whose phrase names a title: "the Minister of the Interior", not
        # "the Interior".
        for article in reversed(list(_ARTICLE_BEFORE.finditer(text, window_start, start))):
            led = _ARTICLE_TITLE_BEFORE.fullmatch(text, article.start(), start)
            if led is not None and _names_a_title(led["title"]):
                return _title_phrase(text, led)
    return None


_COPULAS = frozenset(["is", "are", "was", "were"])


def _names_a_title(phrase: str) -> bool:
    """A title word in a phrase with no copula (`The major importing countries are UAE` names no office)."""
    words = [word.lower().removesuffix("’s").removesuffix("'s") for word in phrase.split()]
    return _COPULAS.isdisjoint(words) and any(word in TITLE_HEADS for word in words)


# "He said he would write to the chancellor, X": an article inside the phrase opens the title when no title word
# stands before it.
_INNER_ARTICLE = re.compile(r"(?<=\s)(?:the|a|an)\s")


def _title_phrase(text: str, match: re.Match[str]) -> StatedTitle:
    start, end = match.start("title"), match.end("title")
    for article in _INNER_ARTICLE.finditer(text, start, end):
        if _names_a_title(text[start : article.start()]):
            break
        if _names_a_title(text[article.start() : end]):
            start = article.start()
            break
    title = text[start:end]
    return StatedTitle(start=start, end=end, text=title, organization=phrase_organization(text, title, start))


_ITS_BEFORE = re.compile(r"\b[Ii]ts\s+$")


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
    if not match:
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
