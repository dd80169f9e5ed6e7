"""Context around a capitalized run that says it names a person, or names the story's makers instead.

A run with no title and no known given name is a person only with a cue beside it (a statement verb, an
age, a role, a party, or its surname speaking alone elsewhere); a credit or contact line names no one in
the story.
"""

from __future__ import annotations

import re

from app.extract.lexicon import PARTY_ROLES, PARTY_WORDS, word_set
from app.extract.name_tokens import Token
from app.extract.office_phrases import title_held_by_predecessor
from app.extract.preceding_titles import preceding_title
from app.extract.titles import appositive_titles

__all__ = [
    "BODY_AFTER_NAME",
    "POLITICIAN_LIST",
    "in_credit_line",
    "is_title_case",
    "leads_a_party_named_before",
    "leads_party_named_after",
    "surnames_speaking_alone",
    "untitled_name_is_person",
]

_SPEECH_AFTER = re.compile(
    r",?\s*(?:,[^,]{3,80},\s*)?(?:said|says|told|tells|wrote|added|testified|explained|noted|argued|asked|"
    r"responded|replied|stated|insisted|warned|acknowledged|announced|recalled|continued)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|asked|added|wrote|according\s+to)\s+$")
POLITICIAN_LIST = re.compile(
    r"\b(?:politicians|officials|lawmakers|legislators|mayors|governors|senators|sheriffs)\s+"
    r"(?:like|such\s+as|including)\b(?:[^.;:!?]|(?:Gov|Sen|Rep|Mr|Ms|Dr|Lt)\.)*$"
)

_TITLE_CASE_SMALL_WORDS = word_set("title_case_small_words.txt")
_BODY_BEFORE = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?$")
# "said Perry", "Perry told", "Ms Perry": a surname that speaks alone elsewhere makes its full name a person.
_SPEAKING_SURNAME = re.compile(
    r"(?:\b(?:said|says|told|added|according\s+to)\s+|(?:^|[^\w\s]\s*|\b[a-z]+\s+)(?:Mr|Ms|Mrs|Dr)\.?\s+)"
    r"(?P<before>[A-Z][\w’'-]+)\b(?!\s+[A-Z])"
    r"|(?<![\w’'-])(?<![A-Z][\w’'-]\s)(?P<after>[A-Z][\w’'-]+)\s+(?:said|says|told|added)\b"
)
# Every `_SPEAKING_SURNAME` match holds one of these ("Mr" finds "Mrs" too).
_SPEAKING_ANCHORS = ("said", "says", "told", "added", "according", "Mr", "Ms", "Dr")
# "Dana Roe, of the Crown Prosecution Service,": a name followed by the body the person works for.
BODY_AFTER_NAME = re.compile(
    r",\s+(?:of|from)\s+the\s+(?P<body>[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'-]*)*)"
    r"(?=\s*[,.;(]|\s+(?:said|says|told)\b)"
)
# "Tobias Renner, 52, lost": a name followed by an age in apposition; "26-year-old Fawaz Malik" before it.
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
# "— Ana Ruiz (@anaruiz) November 30, 2022": the author of an embedded post, by the handle after the name.
_HANDLE_AFTER = re.compile(r"\s*\(@\w{1,30}\)")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# "Media contact: Tamsin Achebe": a press release's contact line names a person.
_CONTACT_BEFORE = re.compile(r"\b(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?:\s*$")
# "Reporting by X; Editing by Y", "--With assistance from X", "Image by X/AGENCY", "Photo / X": credits of the
# story's makers, not people it names.
# `_credit_before` skips this search by how a match ends: a new ending goes in _CREDIT_BEFORE_ENDINGS too.
_CREDIT_BEFORE = re.compile(
    r"\b(?:(?:(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional\s+reporting|[Cc]ompiled|[Gg]raphics|[Pp]hotos?"
    r"|[Ii]mages?|[Pp]ictures?)\s+[Bb]y|[Ww]ith\s+assistance\s+from)\s+(?:[^;\n]*(?:,|\band)\s+)?"
    # "Photo: X", "File photograph: X".
    r"|(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|Credit|Illustration)\s*[/:]\s*"
    # "(Web editor: A B, C D)", "Editor: A B": the story's editors, in its footer.
    r"|\b(?:(?:[Ww]eb|[Cc]opy|[Ss]ub|[Ee]xecutive|[Cc]ontent)\s+)?[Ee]ditors?\s*:\s*(?:[^;\n]*,\s+)?)$"
)
# "X / ctnewsjunkie file photo", "X / Staff reporter", "X/Getty Images": a photo or staff credit after the name.
_CREDIT_AFTER = re.compile(
    r"\s*/\s*[^\n/()]{0,40}?\b(?:[Pp]hoto(?:graph)?s?|[Pp]hotographer|[Ss]taff|[Rr]eporter|[Cc]orrespondent|[Ww]riter"
    r"|[Cc]ontributor|[Ii]mages?|[Pp]ictures?)\b"
)
# "(Ana Ruiz/CBC)", "… on Tuesday. Daily Ledger / Ana Ruiz": a photo's credit names its maker, in brackets
# before the outlet or after a source and a slash at the end of a caption line.
_BRACKETED_CREDIT_AFTER = re.compile(r"\s*/\s*[^\n/()]{1,40}\)")
# "(AAP: Ana Ruiz)", "(ABC News: Ana Ruiz)": a caption's credit names the agency, then its photographer.
_AGENCY_CREDIT_BEFORE = re.compile(r"\([^\n():]{1,40}:\s*$")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_SLASH_CREDIT_BEFORE = re.compile(r"\w\s+/\s+$")
_SLASH_CREDIT_AFTER = re.compile(r"[ \t]*(?:\n|$|Credit\b)")
# "By X", "Written by X" opening a line: the story's byline.
_BYLINE_BEFORE = re.compile(
    r"[ \t]*(?:(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Tt]ext)\s+)?[Bb]y\s+(?:[^\n]*?(?:,|\band|&)\s+)?"
)
_BYLINE_FIRST = frozenset(" \tBbWwSsTt")
# "To contact the reporter on this story: X at …": a wire story's credit line names its makers.
_CONTACT_CREDIT_BEFORE = re.compile(
    r"\b[Tt]o\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b[^:\n]{0,60}:[^\n]*$"
)
# "the NDP's Rosalie Doucet", "Labour's Mia Hart": a party's member or candidate names a person.
_PARTY_MEMBER_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))})['’]s\s+$"
)


# "GroenLinks, whose leader Jan Smit helped propel the party": a party's role held by the name after it.
_WHOSE_PARTY_ROLE = re.compile(
    rf"(?P<body>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}),\s+whose\s+"
    rf"(?:{'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))})\s+$"
)
_THE_PARTY = re.compile(r"\b(?:the|its)\s+party\b", re.IGNORECASE)


def leads_a_party_named_before(text: str, name_start: int) -> bool:
    """`X, whose leader Y`, where X is a party: known by name, called `Party`, or `the party` in the sentence."""
    role = _WHOSE_PARTY_ROLE.search(text, max(0, name_start - 80), name_start)
    if role is None:
        return False
    body = role["body"]
    sentence_end = re.compile(r"[.!?](?:\s|$)").search(text, name_start)
    sentence = text[name_start : sentence_end.start() if sentence_end else len(text)]
    return body in PARTY_WORDS or body.endswith(" Party") or _THE_PARTY.search(sentence) is not None


# "Andrew Scheer's Conservatives", "Ana Ruiz's Labour Party": the party the name leads, by a plural party
# name or one followed by "Party" (a singular one, "Ruiz's National", opens other names too); "Ana Ruiz's
# party", "Ana Ruiz's government": the party or government the name leads.
_PARTY_AFTER_POSSESSIVE = re.compile(
    rf"['’]s\s+(?:(?:{'|'.join(sorted(map(re.escape, PARTY_WORDS), key=len, reverse=True))})"
    r"(?:(?<=s)|\s+[Pp]arty)|party|government|administration)(?![\w-])"
)


def leads_party_named_after(text: str, name_end: int) -> bool:
    """`X's Conservatives`: the name leads the party its possessive names."""
    return _PARTY_AFTER_POSSESSIVE.match(text, name_end) is not None


def is_title_case(line: str) -> bool:
    """Whether every word but the small ones is capitalized (a headline in title case)."""
    return not any(
        word.isalpha() and word.islower() and word not in _TITLE_CASE_SMALL_WORDS for word in line.split()
    )


def surnames_speaking_alone(text: str) -> set[str]:
    """Words that speak alone as surnames (`said Perry`, `Perry told`, `Ms Perry`)."""
    # The same matches as `_SPEAKING_SURNAME.finditer(text)`, tried only where one can start: every match
    # holds one of the anchor words and starts at most one space-delimited token before it. Scanning
    # the whole text position by position costs ~0.5 ms a document.
    starts: set[int] = set()
    for anchor in _SPEAKING_ANCHORS:
        at = text.find(anchor)
        while at >= 0:
            starts.update(range(_previous_token_start(text, at), at + 1))
            at = text.find(anchor, at + 1)
    names: set[str] = set()
    resume = 0
    for start in sorted(starts):
        if start >= resume and (match := _SPEAKING_SURNAME.match(text, start)):
            names.add(match["before"] or match["after"])
            resume = match.end()
    return names


def _previous_token_start(text: str, at: int) -> int:
    """Where the space-delimited token before (or holding) position `at` starts."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def untitled_name_is_person(text: str, tokens: list[Token], speaking_surnames: set[str]) -> bool:
    """Whether a run that could be a name, with no title, names a person by the words around it."""
    after, before = tokens[-1].end, tokens[0].start
    # "seats for Ana Ruiz's party": after `for` the possessive's noun is the body, not the name.
    # "the murder of Ana Ruiz, 30,": an age in apposition names a person even there.
    if (
        _BODY_BEFORE.search(text, max(0, before - 12), before)
        and not leads_party_named_after(text, after)
        and not _AGE_AFTER.match(text, after)
    ):
        return False
    return bool(
        _SPEECH_AFTER.match(text, after)
        # "says Heritage Oak’s loss reflects …": a possessive after the verb opens what was said.
        or (
            _SPEECH_BEFORE.search(text, max(0, before - 20), before)
            and not text.startswith(("’", "'"), after)
        )
        or _AGE_AFTER.match(text, after)
        or _AGE_BEFORE.search(text, max(0, before - 14), before)
        or _HANDLE_AFTER.match(text, after)
        or BODY_AFTER_NAME.match(text, after)
        or _CONTACT_BEFORE.search(text, max(0, before - 20), before)
        or _PARTY_MEMBER_BEFORE.search(text, max(0, before - 40), before)
        or leads_party_named_after(text, after)
        or appositive_titles(text, after)
        or preceding_title(text, before)
        or title_held_by_predecessor(text, before, after)
        or tokens[-1].bare in speaking_surnames
    )


# What a match of `_CREDIT_BEFORE` ends on, before the whitespace after it.
_CREDIT_BEFORE_ENDINGS = ("by", "By", "from", ",", "and", "/", ":")


def _credit_before(text: str, end: int) -> bool:
    """`_CREDIT_BEFORE.search` in the 80 characters before `end`, tried only where a match can end."""
    start = max(0, end - 80)
    if not text[start:end].rstrip().endswith(_CREDIT_BEFORE_ENDINGS):
        return False
    return _CREDIT_BEFORE.search(text, start, end) is not None


def in_credit_line(text: str, run_start: int, name_start: int, name_end: int) -> bool:
    """Whether the name stands in a credit (`Reporting by`, `Photo /`, `X / Staff photo`), a byline or a
    wire's contact line."""
    if _credit_before(text, name_start) or (
        # "Reporting by A B and Anya C D": the run holds more of the credit than the name.
        run_start < name_start and _credit_before(text, run_start)
    ):
        return True
    if _CREDIT_AFTER.match(text, name_end):
        return True
    if text[run_start - 1 : run_start] == "(" and _BRACKETED_CREDIT_AFTER.match(text, name_end):
        return True
    if (
        text[run_start - 2 : run_start].rstrip().endswith(":")
        and _CLOSING_BRACKET.match(text, name_end)
        and _AGENCY_CREDIT_BEFORE.search(text, max(0, run_start - 44), run_start)
    ):
        return True
    if _SLASH_CREDIT_BEFORE.search(text, max(0, run_start - 4), run_start) and _SLASH_CREDIT_AFTER.match(
        text, name_end
    ):
        return True
    line_start = text.rfind("\n", 0, run_start) + 1
    if text[line_start : line_start + 1] in _BYLINE_FIRST and _BYLINE_BEFORE.fullmatch(
        text, line_start, name_start
    ):
        return True
    return _CONTACT_CREDIT_BEFORE.search(text, max(line_start, run_start - 200), run_start) is not None
