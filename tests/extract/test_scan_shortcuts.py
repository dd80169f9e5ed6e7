"""Scans that skip ahead to where a pattern can match find exactly what the pattern finds."""

import re
import string

from app.extract.body_acronyms import _ACRONYM_DESCRIBED, _has_body_noun_acronym
from app.extract.body_references import _owned_noun, _titled_noun
from app.extract.data_producers import _DESCRIBED_PRODUCER, _PRODUCER_DESCRIBED
from app.extract.dates import DATE_PATTERN, date_matches
from app.extract.figure_context import _PERIOD_LEAD, _RELATIVE_PERIOD, _period_lead, _relative_period
from app.extract.name_cues import _CREDIT_BEFORE, _credit_before
from app.extract.numbers import TRIGGER, _any_case, figure_trigger_starts
from app.extract.office_references import _REFERENCE, _SPACED_HEAD
from app.extract.outlets import _SELF_REFERENCE, _SELF_REFERENCE_VERBS
from app.extract.quote_patterns import STATES_BEFORE_QUOTE, may_state_before_quote, search_from_clause_start
from app.extract.source_cues import _CUE_WORD, cue_words
from app.extract.source_phrases import _POSSESSIVE_OWNER
from app.extract.spans import _GLUED_BREAK
from app.extract.title_initials import _TITLE_BRACKET
from app.extract.titles import _PRECEDING_MODIFIER, _preceding_modifier
from app.page_lines import _CAPTION_CREDIT, LEGAL_LINE, _has_caption_credit, may_be_legal

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
        assert list(cue_words(text)) == expected


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


# Each prefilter below must never turn away a text its pattern matches: these lines end on the words,
# letters and marks the prefilters look for, in odd cases and scripts too.
WINDOWS = [
    "",
    " ",
    "in ",
    "(in ",
    "IN\n",
    "since the ",
    "during the first half of ",
    "ſince ",
    "İn ",
    "the final three months of\n",
    "Reporting by ",
    "Additional reporting by Ana Ruiz and ",
    "Photo: ",
    "Image / ",
    "With assistance from Li Wei, ",
    "former ",
    "Former acting ",
    "the then-",
    "Interim\t",
    "which the Courier reported",
    "as the Ledger first revealed it",
    "By completing this poll you agree to our emails and privacy policy.",
    "BY COMPLETİNG THE FORM",
    "The mayor speaks. Photo: Ana Ruiz / Facebook",
    "… on June 29, 2017.JASON FRANSON",
    "The jail annex (Ana Ruiz / harbourledger file photo)",
    "The council met (AP)",
    "A pıcture / Ana",
    "The mayor speaks. Image: Ana Ruiz",
    "A view of the bay. Pictures / Ana Ruiz",
    *TRICKY,
]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_windowed_prefilters_never_reject_a_match() -> None:
    for window in WINDOWS:
        text = window + "2026"
        end = len(window)
        lead = _PERIOD_LEAD.search(text, 0, end)
        # The caller takes a lead only when it holds a word.
        expected = _span(lead) if lead and lead.group().strip() else None
        found = _period_lead(text, 0, end)
        assert (_span(found) if found and found.group().strip() else None) == expected, window
        assert _credit_before(text, end) == (_CREDIT_BEFORE.search(text, max(0, end - 80), end) is not None)
        modifier = _PRECEDING_MODIFIER.search(text, max(0, end - 40), end)
        assert _span(_preceding_modifier(text, end)) == _span(modifier), window


def test_line_prefilters_never_reject_a_match() -> None:
    for line in WINDOWS:
        assert _has_caption_credit(line) == (_CAPTION_CREDIT.search(line) is not None), line
        assert may_be_legal(line) or LEGAL_LINE.search(line) is None, line
        assert (_SELF_REFERENCE.search(line) is None) or any(verb in line for verb in _SELF_REFERENCE_VERBS)


# Texts that hold what the whole-text prefilters look for, in the forms their patterns take it.
DOCUMENTS = [
    "the civil protection agency ANEPC said",
    "its forecasting agency CPB. A statistics office\nCBS",
    "The Regional Flood Authority's flood council RFA-2 and a board HQ’s",
    "CPB, the Dutch forecasting agency, said. Statistics Canada, the national statistics office, said",
    "the government's macro-economic forecasting agency CPB reported",
    "census bureau\tINE, the stats department of",
    "the agency\u2003 \nABCD and the ministry  XY, its office NATO’s; a group ABCDEFGHI; the union AB-C",
    "AB the agencyAB, the agency A, the Agency CPB and their\ndepartment\u00a0HR.",
    "The minister said. The prime minister of defence also said. Ruiz’s deputy mayor then told",
    "the governor\nsaid; Ontario's premier was quoted as saying; the senator's aide said",
    "A lawmaker said. ministers said, the councillor for housing said",
    "the BOK's monetary policy board said; Turkey’s central bank and the Ministry of the Interior Office",
    *WINDOWS,
]


def test_document_prefilters_never_reject_a_match() -> None:
    for text in DOCUMENTS:
        for pattern, prefilter in [
            (_DESCRIBED_PRODUCER, _PRODUCER_DESCRIBED),
            (_REFERENCE, _SPACED_HEAD),
        ]:
            assert pattern.search(text) is None or prefilter.search(text) is not None, (
                pattern.pattern[:40],
                text,
            )
        assert _ACRONYM_DESCRIBED.search(text) is None or _has_body_noun_acronym(text), text
    # The texts above reach every pattern, so the comparison is not empty.
    assert all(
        any(pattern.search(text) for text in DOCUMENTS)
        for pattern in (_DESCRIBED_PRODUCER, _ACRONYM_DESCRIBED, _REFERENCE)
    )


def test_noun_scans_need_the_noun_before_the_position() -> None:
    # `_organ_owner` and `_titled_with` skip the scan when the noun (capitalized for a title) is not
    # written before the position.
    found = 0
    for text in DOCUMENTS:
        for noun in ("agency", "office", "board", "minister", "bank"):
            for position in range(len(text) + 1):
                if _owned_noun(noun).search(text, 0, position):
                    found += 1
                    assert text.find(noun, 0, position) >= 0
                if _titled_noun(noun).search(text, 0, position):
                    found += 1
                    assert text.find(noun.capitalize(), 0, position) >= 0
    assert found


def test_patterns_reordered_to_open_on_a_character_find_the_plain_forms_matches() -> None:
    # The plain forms open on a lookbehind, so a scan tries them at every position.
    plain_forms = {
        _GLUED_BREAK: r"(?<=[a-z]{2})[.!?](?P<quote>[\"”]?)(?=[A-Z][a-z])",
        _TITLE_BRACKET: r"(?<=[a-z])[ \t]+\((?:(?P<initials>(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,5})"
        r"|(?P<division>[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,2}))\)(?=[ \t]+[A-Z])",
    }
    texts = [
        'data showed Monday.Outbound on-year."Exports A.B. ok!Yes x.Y ab?”Cd',
        "Education Cabinet Secretary \t (CS) Julius; Cabinet Secretary(CS) Jo; A (CS) B; ab  (ABCDEFG) C",
        "Commissioner of Police (CoP) Gary; Assistant Commissioner (Traffic) Noel; Chief (Crime and Operations) Jo",
        *DOCUMENTS,
    ]
    for pattern, plain in plain_forms.items():
        found = [[(m.span(), m.groupdict()) for m in pattern.finditer(text)] for text in texts]
        assert found == [[(m.span(), m.groupdict()) for m in re.finditer(plain, text)] for text in texts]
        assert any(found)


def test_sentence_prefilters_never_reject_a_match() -> None:
    sentences = [
        "so far this YEAR, last month and in recent years",
        "each Day, every single day, per year",
        "this wee\u212a and last \u212aelvin",
        "The Harbour Board’s annual report said; Statistics Canada's data show",
        *DOCUMENTS,
    ]
    found = 0
    for text in sentences:
        for start, end in [(0, len(text)), (1, len(text) - 1), (len(text) // 2, len(text))]:
            expected = _RELATIVE_PERIOD.search(text, start, end)
            assert _span(_relative_period(text, start, end)) == _span(expected), text
            # source_phrases looks for a possessive owner only where `'s` or `’s` is written.
            owner = _POSSESSIVE_OWNER.search(text, start, end)
            assert owner is None or "'s" in text[start:end] or "’s" in text[start:end], text
            found += (expected is not None) + (owner is not None)
    assert found
