"""The title stated right before a name: `attorney Simone Archer`, `Parent organizer Lena Okafor`, `X's campaign
manager, Tessa Lindqvist`, `In her report, Minister of Health, X appeals`, `leader of the council X`."""

from __future__ import annotations

import re

from app.extract.bodies import NOT_YET_TAKEN_UP
from app.extract.dates import MONTHS
from app.extract.lexicon import (
    GOVERNMENT_WORDS,
    NON_GOVERNMENT_WORDS,
    PARTY_ROLES,
    PARTY_WORDS,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from app.extract.names import UPPER
from app.extract.office_phrases import HEAD_WORDS, office_phrase_before
from app.extract.title_bodies import LEADING_ARTICLE, last_body_named, phrase_organization
from app.extract.titles import ABBREVIATION_DOT, BODY_INITIALS, SENTENCE_DOT
from app.models import StatedTitle

__all__ = ["preceding_title"]

_PARTY_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))})(?:['’]s)?"
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))}))\s+$"
)

_HEAD_LAST_WORDS = frozenset(word.split()[-1] for word in TITLE_HEADS if "." not in word)
# "Ansah reminded vice president X": a verb of the sentence is no word of the title.
_PAST_VERB = re.compile(r"[a-z]+ed")
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
_SENTENCE_BREAK = re.compile(rf"{SENTENCE_DOT}[”\"’']?\s+|\n\s*\n")
# A short name in brackets may stand inside the title ("(WMO)", "Petroleum Resources (Oil)").
_TITLE_PHRASE_PART = rf"(?:[^,;:.“”\"()\n]|{ABBREVIATION_DOT}|{BODY_INITIALS})"
_APPOSITIVE_BEFORE = re.compile(
    # "However, one GOP senator, X": `one` leads a title as an article does.
    r"(?:(?:^|[.;:]\s+|\n)(?=[A-Z])|,\s+(?=(?:a|an|the|his|her|their|its|one)\s))"
    rf"(?P<title>{_TITLE_PHRASE_PART}{{3,75}}),\s+$"
)
_CAPITALIZED_TITLE_BEFORE = re.compile(
    rf"(?:,|(?<![\w’'-])[a-z][\w’'-]*)\s+(?P<title>[{UPPER}][\w’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[{UPPER}][\w’'-]*){{1,5}}"
    rf"(?:{BODY_INITIALS})?),\s+$"
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
        bool(words_before) and NOT_YET_TAKEN_UP.sub("", words_before[-1].lower()) in _HEAD_LAST_WORDS
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
            # "the union’s general secretary X": the body the title belongs to, described by its kind.
            kind = _KIND_OWNER_BEFORE.search(text, max(0, title_start - 40), title_start)
            return StatedTitle(
                start=title_start,
                end=lower.end("title"),
                text=phrase,
                organization=last_body_named(text, title_start) if owner else kind["kind"] if kind else None,
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
_KIND_OWNER_BEFORE = re.compile(r"\b[Tt]he\s+(?P<kind>[a-z]+)['’]s\s+$")
