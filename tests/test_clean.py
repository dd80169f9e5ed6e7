"""Cleaning: table-driven cases, then the corpus's own mess."""

from __future__ import annotations

import random
from pathlib import Path

import ftfy
import pytest
from ftfy import badness

from app.clean import clean_text, repair_mojibake

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Californiaโs laws", "California’s laws"),
        ("she said. โGovernor Smith is wrong,โ she said.", "she said. “Governor Smith is wrong,” she said."),
        ("Itâ€™s fixed by ftfy", "It’s fixed by ftfy"),
        ("ภาษาไทย โ stays Thai", "ภาษาไทย โ stays Thai"),
    ],
)
def test_repair_mojibake(raw: str, expected: str) -> None:
    assert repair_mojibake(raw)[0] == expected


# Characters the fast path lets through, with "&" and the pieces of HTML entities mixed in.
_CLEAN_ALPHABET = (
    [chr(code) for code in range(0x20, 0x7F)] + list("\t\n\xa0‘’“”–—…") + ["&", "&amp;", "&#39;"]
)


def test_text_that_skips_ftfy_is_what_ftfy_would_return() -> None:
    pieces = random.Random(11)
    for _ in range(3000):
        text = "".join(pieces.choice(_CLEAN_ALPHABET) for _ in range(pieces.randint(1, 40)))
        full = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
        assert repair_mojibake(text) == (full, int(full != text))


# Mojibake, HTML, line breaks and characters ftfy rewrites, for the lines that do go through ftfy.
_DAMAGED_PIECES = [
    *_CLEAN_ALPHABET,
    *"\n\n\n",
    *["&lt;", "<", "Ã©", "â€™", "â€œ", "Â ", "Ã ", "Ã¡", "é", "″", "e\u0301", "Ð", "ГўВЂВ™s", "вЂ", "€"],
    *["\x93", "\r\n", "\r", "ﬁ", "Ａ", "\ufffd", "\u2028", "Ø§", "à²", "×²", "\x1b[0m", "\x00", "œ."],
]


def test_repairing_only_the_damaged_lines_is_what_ftfy_returns_for_the_whole_text() -> None:
    pieces = random.Random(7)
    for _ in range(800):
        text = "".join(pieces.choice(_DAMAGED_PIECES) for _ in range(pieces.randint(1, 80)))
        full = ftfy.fix_text(
            text, normalization="NFC", uncurl_quotes=False, fix_encoding=badness.is_bad(text)
        )
        assert repair_mojibake(text) == (full, int(full != text))


@pytest.mark.parametrize(
    ("raw", "kept", "dropped"),
    [
        ("Body text here.\n\n[lz_ndn video=”123″]\n\nMore text.", "More text.", "lz_ndn"),
        (
            "Body.\n\nWho will win?\n\nBy completing the poll, you agree to receive emails from X.\n\nEnd.",
            "End.",
            "poll",
        ),
        ("Body.\n\nOur Latest Articles", "Body.", "Latest"),
        ("Body.\n\nListen to the Harbour Radio Morning Briefing podcast:\n\nEnd.", "End.", "podcast"),
        ("Headline Here For A Story\n\n4 min read\n\nBody text.", "Body text.", "min read"),
        ("Body.\n\nCity Hall/Photo by someone (CC)\n\nEnd.", "End.", "Photo by"),
        ("(photo credit, homepage image: Example, CC)", "", "photo credit"),
        (
            "Image copyright PA Image caption The toll has risen\n\nDeaths hit a record.",
            "record",
            "copyright",
        ),
        ("Updated at 4.30pm with council comments\nThe city welcomed 2,000 visitors.", "visitors", "Updated"),
        (
            "The first paragraph is prose, long enough to count as the running text of a newspaper "
            "article about the city budget.\n\n"
            "Mayor Wins Big Budget Fight Over 3 Years\n\nEnd.",
            "End.",
            "Budget Fight",
        ),
    ],
)
def test_page_furniture_is_removed(raw: str, kept: str, dropped: str) -> None:
    cleaned = clean_text(raw)
    assert kept in cleaned.text
    assert dropped not in cleaned.text
    assert cleaned.removed


def test_header_date_is_read_and_removed() -> None:
    cleaned = clean_text(" date 2018-03-09 The state of things.")
    assert cleaned.header_date is not None and cleaned.header_date.isoformat() == "2018-03-09"
    assert cleaned.text == "The state of things."


def test_headline_detected_only_when_headline_like() -> None:
    assert clean_text("Jails Refuse To Hand Over 25,000 Aliens\n\nBody text.").headline == (0, 39)
    assert clean_text("A first sentence of prose.\n\nBody.").headline is None


def test_corpus_mess_is_cleaned() -> None:
    texts = {path.stem[:3]: clean_text(path.read_text(encoding="utf-8")) for path in CORPUS.glob("*.txt")}
    assert "California’s sanctuary policies" in texts["003"].text
    assert "\u0e42" not in texts["003"].text
    assert "Who do you think" not in texts["004"].text
    assert "lz_" not in texts["004"].text
    assert "photo credit" not in texts["004"].text
    assert "$1.3B" not in texts["002"].text
    assert "Our Latest Articles" not in texts["001"].text
    assert texts["000"].header_date is not None
    assert texts["001"].headline is not None and texts["002"].headline is not None
    assert texts["000"].headline is None and texts["003"].headline is None and texts["004"].headline is None


def test_subheads_and_bylines_inside_the_body_are_kept() -> None:
    raw = (
        "Council Passes Budget\n\nBy Jane Smith\n\n"
        "The council passed the budget on Tuesday after a long debate over police overtime costs "
        "and the price of the new jail contract.\n\n"
        "What Happens Next\n\n"
        "The mayor has ten days to sign it, and she said on Wednesday that she would do so well before "
        "the end of the month.\n\n"
        "Mayor Wins Big Budget Fight Over 3 Years"
    )
    cleaned = clean_text(raw)
    assert "By Jane Smith" in cleaned.text
    assert "What Happens Next" in cleaned.text
    assert "Mayor Wins Big Budget Fight" not in cleaned.text


@pytest.mark.parametrize(
    ("first_line", "is_headline"),
    [
        ("Riverton council passes budget after late-night debate", True),
        ("Poll: Carver holds narrow edge in Georgia Senate runoff", True),
        ("Is the county ready for the next flood?", True),
        ("Jails Refuse To Hand Over 25,000 Aliens", True),
        ("‘We were left to drown’ – residents on the flood response", True),
        ("40% of renters spend half their income on housing", True),
        ("RELATED: Council poised to raise the overtime budget", False),
        ("FOR IMMEDIATE RELEASE", False),
        ("By Marisol Vega, Riverton Courier", False),
        ("The council voted on Tuesday to pass the budget.", False),
        ("WASHINGTON —", False),
        ("Office of the Governor", False),
        ("U.S. Department of Justice", False),
        ("U.S. Attorney's Office", False),
        ("November 18, 2026", False),
        ("Lakeshore University | Office of University Communications", False),
        # a photo's name label: an office, then the name of who holds it
        ("MP for Riverton East, Ada Brennan", False),
        ("Finance Minister, Ada Brennan", False),
        ("Ada Brennan MP", False),
        ("Ada Brennan, Mayor of Riverton", False),
        ("Ada Mary Brennan TD", False),
        ("Council Approves New Budget", True),
        ("Mayor Ortiz Signs Budget, Council Responds", True),
        # a byline and place run into a date line with its clock
        ("Ana Ruiz Riverton Tuesday, 3 March 2020, 11:30 Share this", False),
    ],
)
def test_leading_headline_in_title_or_sentence_case(first_line: str, is_headline: bool) -> None:
    cleaned = clean_text(
        f"{first_line}\n\nThe body of the article follows here, with enough words to be prose."
    )
    assert (cleaned.headline is not None) is is_headline


def test_a_headline_with_its_byline_and_date_lines_directly_under_it() -> None:
    raw = (
        "Nurses walk out at city hospitals as pay talks collapse\nBy A. Writer, Example Post\nSat 21 Nov 2026\n\n"
        "Thousands of nurses walked off the job on Friday after talks over pay and staffing collapsed late on Thursday."
    )
    cleaned = clean_text(raw)
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline[0] : cleaned.headline[1]].startswith("Nurses walk out")


def test_a_press_release_letterhead_is_not_the_headline() -> None:
    raw = (
        "Department of Justice\nU.S. Attorney's Office\nNorthern District of Ohio\n\n"
        "Two Men Sentenced for Fentanyl Trafficking Conspiracy\n\n"
        "CLEVELAND - Two men were sentenced today to a combined 27 years in federal prison for distributing fentanyl."
    )
    cleaned = clean_text(raw)
    assert cleaned.headline is not None
    assert (
        cleaned.text[cleaned.headline[0] : cleaned.headline[1]]
        == "Two Men Sentenced for Fentanyl Trafficking Conspiracy"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Councillor Ada Brennan TD at the launch. Photo: Ada Brennan / Facebook",
        "Mayor Lena Ortiz speaks about the flood plan in Riverton, on May 2, 2025.KARL HOLM",
        "Residents fill sandbags near the river bank (AP Photo/Jo Park)",
        "Firefighters tackle the blaze on the ridge - Photograph: Sam Reid",
        # Twenty words and a closing bracket: shaped like prose, but the credit in brackets makes it a caption.
        "Exports of goods and services stood at about $20.2bn in 2009 and are projected to climb to $22bn in 2010 "
        "and more in 2011 (FILE)",
        "Part of the closed annex of the county jail, which held more than four hundred inmates until the state "
        "moved them last spring (Ana Ruiz / harbourledger file photo)",
        "Ana Ruiz / harbourledger file photo",
        # Twenty words and a full stop: shaped like prose, but the credit line under it makes it a caption.
        "Minister of Finance Ada Brennan takes questions from residents at a town hall on the budget in Riverton, Monday May 2, 2025.\n"
        "Photo Credit: CP / Karl Holm",
        # A source and its maker after a slash end the caption (after blind9).
        "Finance Minister Ada Brennan handed down the budget on Tuesday. Harbour NewsWire / Karl Holm",
        "Finance Minister Ada Brennan handed down the budget. Harbour NewsWire / Karl Holm Credit: Harbour Media",
        "Mayor Lena Ortiz is joined by Police Minister Karl Holm at the station. Video / Harbour Herald",
    ],
)
def test_a_photo_caption_above_the_headline_is_not_the_headline(caption: str) -> None:
    raw = (
        f"{caption}\n\nRiverton budget deficit projected at $1.2B: finance minister\n\n"
        "The city is projecting a deficit of at least $1.2 billion next year, the finance minister said on Monday."
    )
    cleaned = clean_text(raw)
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline[0] : cleaned.headline[1]] == (
        "Riverton budget deficit projected at $1.2B: finance minister"
    )


def test_a_caption_shown_twice_is_a_caption_both_times() -> None:
    caption = (
        "Minister of Finance Ada Brennan takes questions from residents at a town hall on the budget in Riverton, "
        "Monday May 2, 2025."
    )
    raw = (
        f"{caption}\n\n{caption}\nPhoto Credit: CP / Karl Holm\n\nRiverton deficit projected at $1.2B\n\n"
        "The city is projecting a deficit of at least $1.2 billion next year, the finance minister said on Monday."
    )
    cleaned = clean_text(raw)
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline[0] : cleaned.headline[1]] == "Riverton deficit projected at $1.2B"


def test_rows_of_a_table_of_amounts_after_the_body_are_kept() -> None:
    raw = (
        "Riverton house prices fall again\n\n"
        "The median house price fell for the sixth month in a row in October, the regional property "
        "institute said on Monday in its monthly report.\n\n"
        "Median prices for selected districts\n\n"
        "Northgate $812,000 down 5.4%\n\nHarbour View $660,500 up 4.1%\n\nOld Mill $1.1m up 13.2%\n\n"
        "Mayor Wins Big Budget Fight"
    )
    cleaned = clean_text(raw)
    for row in ("Northgate $812,000 down 5.4%", "Harbour View $660,500 up 4.1%", "Old Mill $1.1m up 13.2%"):
        assert row in cleaned.text
    assert "Mayor Wins Big Budget Fight" not in cleaned.text


def test_a_caption_above_the_headline_stays_in_the_text() -> None:
    caption = "Mayor Lena Ortiz is joined by Police Minister Karl Holm at the station. Video / Harbour Herald"
    cleaned = clean_text(
        f"{caption}\n\nRiverton budget deficit projected at $1.2B\n\n"
        "The city is projecting a deficit of at least $1.2 billion next year, the finance minister said on Monday."
    )
    assert caption in cleaned.text
    assert cleaned.headline is not None
    assert (
        cleaned.text[cleaned.headline[0] : cleaned.headline[1]]
        == "Riverton budget deficit projected at $1.2B"
    )


@pytest.mark.parametrize(
    "top",
    [
        # A wire's dateline opening hard-wrapped copy: its line runs on into the next one.
        "HARBOURTON, May 2 (Reuters) - Norland's state-run copper\nminer Acme must lift its output, but it has\n"
        "a name that would not suffer if it lost its place to a rival, the\nMining Minister said on Thursday.\n"
        "Acme, the largest copper producer and a symbol of\nnational pride, wants to reverse two years of decline.",
        # A sentence a copied page broke before its comma, under a first sentence too short to be prose.
        "Berlin: Norland exports dropped sharply in a year-on-year comparison for May, with imports falling even "
        "further.\nThe figures, published by the statistics agency Normstat on Friday\n"
        ", further show the troubles faced by Norland firms with weaker demand both at home and abroad.\n"
        "How do the numbers stack up?",
    ],
)
def test_body_text_that_runs_on_over_lines_holds_no_headline(top: str) -> None:
    cleaned = clean_text(
        top + "\nCompared with April, exports for May fell by 2.4%, a bigger drop than the 1.1% expected by "
        "the economists who were asked."
    )
    assert cleaned.headline is None
    assert "Acme, the largest" in cleaned.text or "The figures, published" in cleaned.text


@pytest.mark.parametrize(
    "top",
    [
        "Home > News > Business",
        "Skip to main content",
        "Share on Facebook",
        "Business",
        "Harbour Ledger",
        "Ada Brennan, Mayor of Riverton",
    ],
)
def test_page_furniture_or_a_section_label_above_the_headline(top: str) -> None:
    cleaned = clean_text(
        f"{top}\nCouncil backs plan for new bus depot\n\n"
        "The council voted 7-2 on Tuesday to fund a new bus depot on the city's east side, ending a debate that "
        "has run for most of the year, officials said."
    )
    assert cleaned.headline is not None
    assert cleaned.text[cleaned.headline[0] : cleaned.headline[1]] == "Council backs plan for new bus depot"


def test_hard_wrapped_copy_is_joined_into_its_paragraphs() -> None:
    raw = (
        "DUNMORE, May 2 (Wire) - The Valdoria central bank will wait\n"
        "until first-quarter data is released later this month before\n"
        "changing its outlook, Governor Ana Ruiz said on Thursday.\n"
        "The bank on Wednesday cut its growth outlook for this year to\n"
        "between 0.9 percent and 1.4 percent, Ruiz told\n"
        "Wire in an interview.\n"
        "Exports fell 3 percent in March.\n"
    )
    assert clean_text(raw).text.split("\n\n") == [
        "DUNMORE, May 2 (Wire) - The Valdoria central bank will wait until first-quarter data is released "
        "later this month before changing its outlook, Governor Ana Ruiz said on Thursday.",
        "The bank on Wednesday cut its growth outlook for this year to between 0.9 percent and 1.4 percent, "
        "Ruiz told Wire in an interview.",
        "Exports fell 3 percent in March.",
    ]


def test_a_headline_and_short_lines_above_a_body_are_not_hard_wrapping() -> None:
    raw = (
        "Council Backs New Depot\n"
        "By Ana Ruiz\n"
        "The council voted 7-2 on Tuesday to fund a new bus depot.\n"
        "Work starts in May.\n"
    )
    assert clean_text(raw).text.count("\n\n") == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Gov. Jerry Brown”s plan and the state”s colleges",
            "Gov. Jerry Brown’s plan and the state’s colleges",
        ),
        ("“We don”t know,” he said.", "“We don’t know,” he said."),
        ("“It is fair,” she said.", "“It is fair,” she said."),
        ("“We will win”said Ana.", "“We will win”said Ana."),
    ],
)
def test_a_closing_double_mark_typed_for_an_apostrophe_is_the_apostrophe(raw: str, expected: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == expected
    assert cleaned.repairs == raw.count("”") - expected.count("”")


def test_an_update_note_with_its_date_is_no_furniture() -> None:
    assert (
        "Updated at 4.30pm"
        in clean_text("Updated at 4.30pm, 12 March 2019\n\nThe city welcomed visitors.").text
    )
