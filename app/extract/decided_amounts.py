"""Whether a deciding verb's subject decided an amount (docs/evaluation.md, the ruling before blind29: a body that
decided an amount is its source): `the council voted to increase council tax by 1.99 per cent`, `X's budget was
passed by Parliament`."""

from __future__ import annotations

import re

from app.extract.body_references import PLACE_NAMES
from app.extract.lexicon import DEMONYMS
from app.extract.source_cues import Cue

__all__ = ["decides"]

# `voted to increase council tax by 1.99 per cent`, `approved Sh70 million for`: an amount in the decision's
# clause, not a year or a tally (`voted 22-0`), not one owned by another (`approved the review of Sri Lanka's
# $2.9 billion bailout`) and not a revised forecast (`lowered its inflation forecast to 5.1 percent`: a statement).
_AMOUNT = r"(?<![\d-])[$£€¥₹₦₱]?(?!(?:19|20)\d\d\b)\d(?![\d,.]*-\d)"
_DECIDED_AMOUNT = re.compile(
    r"(?:\s+to\s+[a-z]+)?(?:(?!\b(?:forecasts?|estimates?|projections?|outlook|guidance)\b)[^;:\d\n]){0,80}?"
    rf"(?<![’']s\s)(?<![’']s\s[$£€¥₹₦₱]){_AMOUNT}"
)
# In the passive, the amount decided is in the subject.
_AMOUNT_BEFORE = re.compile(_AMOUNT)
_FINITE_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?$")
_AGENT_AFTER = re.compile(r"\s+by\b")


def decides(cue: Cue | None, text: str, verb: re.Match[str], start: int, end: int) -> bool:
    """Whether a deciding verb's subject is a body the text names that decided an amount in the clause:
    `Prices raised by 5%` names no one, `approved the budget` and `voted 22-0` decide no amount, and a person,
    a place or a people (`Malawians voted`) is no body."""
    named = cue.source.named if cue is not None and cue.source is not None else None
    if named is None:
        return False
    # `The council voted`: a body referred to by its kind is one of that kind, not any body named before.
    written = text[named.start : named.end].split()
    return (
        not named.is_person
        and named.name not in PLACE_NAMES
        and named.name.removesuffix("s") not in DEMONYMS
        and bool(written)
        and written[-1].lower() in named.name.lower()
        and (
            _DECIDED_AMOUNT.match(text, verb.end(), end) is not None
            # `X's $932.92 million budget was passed by Parliament`; not `a levy imposed by X`, a participle's aside.
            or (
                _AGENT_AFTER.match(text, verb.end()) is not None
                and _FINITE_PASSIVE_BEFORE.search(text, max(start, verb.start() - 20), verb.start())
                is not None
                and _AMOUNT_BEFORE.search(text, start, verb.start()) is not None
            )
        )
    )
