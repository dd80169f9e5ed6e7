"""Members of an elected body named by how they voted: `the council voted 7-2, with X and Y the lone no
votes`, `X and Y voted against`, `X cast the dissenting vote`.

Only members vote in a council's, commission's or legislature's roll call, so a name that casts such a vote,
in a story where such a body votes, holds its seat. A company's board, a union or voters at large do not
count: the body must be one whose members hold public office.
"""

from __future__ import annotations

import re

__all__ = ["casts_members_vote"]

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
# After the name, other names it is listed with, then the vote it cast.
_VOTE_AFTER = re.compile(
    rf"(?:(?:,\s*|,?\s+and\s+){_NAME})*"
    r"(?:\s+(?:were|was|as|being))?\s+"
    r"(?:(?:cast(?:ing)?\s+)?the\s+(?:lone|only|sole|two|three|four)\s+(?:no|yes|nay|dissenting|opposing)\s+votes?"
    r"|cast(?:ing)?\s+(?:the\s+)?(?:a\s+)?(?:no|dissenting|opposing)\s+votes?"
    r"|voted\s+(?:against|no\b|in\s+opposition)|dissented\b)"
)
# A public deliberative body voting somewhere in the story.
_BODY_VOTES = re.compile(
    r"\b(?:[Cc]ouncil|[Cc]ommission(?:ers)?|[Cc]ouncil(?:l?ors|men|women|\s+members)|[Ss]upervisors|"
    r"[Aa]ldermen|[Ll]egislature|[Aa]ssembly|[Ss]enate|[Pp]arliament)\b[^.\n]{0,60}?\bvot(?:ed|es?|ing)\b"
    r"|\b[Rr]oll[\s-]call\s+vote\b"
)


def casts_members_vote(text: str, end: int) -> bool:
    """The name ending at `end` casts a member's vote of a public body that votes in the story."""
    return _VOTE_AFTER.match(text, end) is not None and _BODY_VOTES.search(text) is not None
