"""Scans that skip ahead to where a pattern can match find exactly what the pattern finds."""

import re
import string

from app.extract.dates import DATE_PATTERN, date_matches
from app.extract.numbers import TRIGGER, _any_case, figure_trigger_starts
from app.extract.quote_patterns import STATES_BEFORE_QUOTE, may_state_before_quote, search_from_clause_start
from app.extract.source_context import _CUE_WORD, _cue_words

TRICKY = [
    "",
    "ten",
    "$",
    " ten",
    "a third of 2,400",
    "a  third, a\nthird and a THIRD",
    "\u212aSh5 ſeven SIX İn ınto ten-year us$5 Us$ cA$ KSh5 Rs.5 R5 N 3 $ten $$5 €a few Thirty-FIVE ONE",
    "Ten officials said 12.5% (about one in eight) of the 1,200 homes cost US$3m.",
    "\u0662\u0660\u0662\u0666 \u00b2 \u2155 \uff15 ₹5₦6₱ 5one ¥£€ 10-one two3",
]


def test_figure_trigger_starts_are_the_patterns_matches() -> None:
    for text in TRICKY:
        assert list(figure_trigger_starts(text)) == [m.start() for m in TRIGGER.finditer(text)]


def test_any_case_matches_what_ignorecase_matches() -> None:
    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_lowercase:
        expected = sorted(re.findall(letter, every_character, re.IGNORECASE))
        assert sorted(re.findall(_any_case(letter), every_character)) == expected


def test_cue_words_are_the_patterns_matches() -> None:
    for text in [
        "",
        "said",
        "Said the survey",
        "data-said",
        "According to figures, police found 3.",
        *TRICKY,
    ]:
        expected = [(m.start(), m["noun"] is not None) for m in _CUE_WORD.finditer(text)]
        assert list(_cue_words(text)) == expected


def test_date_matches_are_the_patterns_matches() -> None:
    for text in ["", "2026", "May 5, 2026 and 12 March", "mid-2025 FY2026 fiscal year 2027", *TRICKY]:
        expected = [(m.span(), m.groupdict()) for m in DATE_PATTERN.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in date_matches(text)] == expected


def test_statement_precheck_never_rejects_a_match() -> None:
    paragraphs = [
        "Smith\nsaid it.",
        "Smith said.",
        "Smith said it.  ",
        "“x” Smith said it.\n",
        "Smith said, “it”.",
    ]
    for text in [*paragraphs, *TRICKY]:
        found = search_from_clause_start(STATES_BEFORE_QUOTE, text, 0, len(text))
        assert found is None or may_state_before_quote(text, 0, len(text))
    assert not may_state_before_quote("Smith said, “it”.", 0, 17)
