"""Statistic rules added after blind11 (see docs/evaluation.md), one invented sentence per row: the text's own
currency, measures news writes out, sentences in hard-wrapped or run-together copy, and counted noun phrases."""

from __future__ import annotations

import pytest

from app.extract.spans import Sentences
from app.extract.statistics import find_statistics
from tests.extract.pages import statistic_written

# (text, figure as written, unit)
TEXT_CURRENCY: list[tuple[str, str, str]] = [
    # A story filed from a place in capitals is placed there, as two mentions of it.
    ("PESHAWAR: The provincial assembly approved Rs12 billion for new schools.", "Rs12 billion", "PKR"),
    ("NANAIMO — The city council set aside $4 million for the ferry terminal.", "$4 million", "CAD"),
    ("SPRINGFIELD — The city council set aside $4 million for the ferry terminal.", "$4 million", "USD"),
    # A dollar written with its country's letters places the bare dollars beside it.
    ("Suva will spend FJ$12m on roads and $3m on bridges.", "$3m", "FJD"),
    ("The Fijian cabinet approved $40m (approx. US$18m) for the Fijian sugar mills.", "$40m", "FJD"),
    # "US$" says only that figure is not the text's own dollar: it places the text in no country.
    ("Auckland's council spent US$2m, US$3m and US$4m, and $9m in Auckland.", "$9m", "NZD"),
    ("Readers in British Columbia and Kamloops paid $12 more.", "$12", "CAD"),
]


@pytest.mark.parametrize(
    ("text", "figure", "unit"), TEXT_CURRENCY, ids=[row[0][:40] for row in TEXT_CURRENCY]
)
def test_the_text_s_own_currency(text: str, figure: str, unit: str) -> None:
    assert statistic_written(text, figure).unit == unit


# (text, figure as written, unit)
MEASURES: list[tuple[str, str, str]] = [
    ("The bank raised its key rate by 75 basis points.", "75", "basis points"),
    ("The board cut the rate by 25 bps in June.", "25", "basis points"),
    ("The county held its rate at 6.2 mils.", "6.2", "mils"),
    ("Officers seized 40 kilos of heroin.", "40", "kg"),
    ("The reservoir holds 3 billion cubic metres of water.", "3 billion", "cubic meters"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), MEASURES, ids=[row[2] + row[1] for row in MEASURES])
def test_measures_written_out(text: str, figure: str, unit: str) -> None:
    assert statistic_written(text, figure).unit == unit


def test_approx_with_its_period_is_an_approximate_qualifier_not_a_sentence_end() -> None:
    statistic = statistic_written("The grant is $40m (approx. US$18m) this year.", "US$18m")
    assert (statistic.value, statistic.unit, statistic.approximate) == (18e6, "USD", True)


def test_a_change_then_a_level_far_above_it_is_two_figures() -> None:
    figures = find_statistics("Health spending was up $52m to $610m overall.")
    assert [(figure.value, figure.value_high, figure.change) for figure in figures] == [
        (52e6, None, "up"),
        (610e6, None, "up"),
    ]
    # A band of two close figures after "up" stays a range.
    (band,) = find_statistics("Fares were up 5 to 8 percent.")
    assert (band.value, band.value_high) == (5, 8)


# (text, the sentences it holds)
SENTENCES: list[tuple[str, list[str]]] = [
    # Copy that lost the space after a period.
    ("Sales fell on Friday.Exports rose 3 percent.", ["Sales fell on Friday.", "Exports rose 3 percent."]),
    # Hard-wrapped copy, each line a paragraph of its own: a line that goes on in lowercase continues the sentence.
    (
        "The bank cut its growth\n\noutlook to 2 percent.\n\nPrices rose.",
        ["The bank cut its growth\n\noutlook to 2 percent.", "Prices rose."],
    ),
    # A headline without a full stop above a capitalized paragraph stays apart; so does a domain name.
    (
        "Prices rise again\n\nPrices rose 2 percent, says Example.com today.",
        ["Prices rise again", "Prices rose 2 percent, says Example.com today."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[row[0][:30] for row in SENTENCES])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    sentences = Sentences.of(text)
    assert [text[start:end] for start, end in zip(sentences.starts, sentences.ends, strict=True)] == expected


def test_pounds_written_out_are_the_text_s_own_pound() -> None:
    assert (
        statistic_written(
            "Egypt's central bank injected 40 billion pounds, Egyptian banks said.", "40 billion pounds"
        ).unit
        == "EGP"
    )
    assert statistic_written("The Egyptian firm paid £5 million in Egypt.", "£5 million").unit == "GBP"
    assert statistic_written("Britain will spend 5 million pounds.", "5 million pounds").unit == "GBP"


# (text, figure as written, counts)
BRACKETED_LISTS: list[tuple[str, str, str | None]] = [
    (
        "Other districts with new infections are Alder (95), Birch (80), Cedar (12) and Dune (1).",
        "(80",
        "new infections",
    ),
    (
        "Other towns that recorded deaths this week are Alder Bay (2), Birch (2) and Cedar (1).",
        "(1",
        "deaths",
    ),
    ("The winners were Alder (4), Birch (3) and Cedar (2).", "(3", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), BRACKETED_LISTS, ids=[row[0][:30] for row in BRACKETED_LISTS]
)
def test_a_list_of_names_with_bracketed_figures(text: str, figure: str, counts: str | None) -> None:
    value = float(figure.strip("("))
    statistic = next(s for s in find_statistics(text) if s.value == value and text[s.start - 1] == "(")
    assert statistic.counts == counts


def test_one_bracketed_figure_after_a_name_is_no_list() -> None:
    assert [s.text for s in find_statistics("The county met with Alder (95) on Monday.")] == []


# (text, figure as written, counts, change)
COUNTED: list[tuple[str, str, str | None, str | None]] = [
    # A change described after the figure it changes.
    (
        "The port handled $2.1 billion in container freight which represents an increase of 6.2 per cent.",
        "6.2 per cent",
        "container freight",
        "up",
    ),
    # A part of the figure just cited.
    (
        "The council collected $12 million in parking fines, of which $3 million was refunded.",
        "$3 million",
        "parking fines",
        None,
    ),
    # Two adjectives joined by "or" before one noun; two nouns stay apart.
    (
        "Inspectors found $4 million in wasteful or duplicate contracts.",
        "$4 million",
        "wasteful or duplicate contracts",
        None,
    ),
    ("The stall took $300 in cash or cards.", "$300", "cash", None),
    (
        "The figure for careless or reckless offences rose 3.1 per cent.",
        "3.1 per cent",
        "careless or reckless offences",
        "up",
    ),
    # What "the figure for" is a figure of.
    ("The figure for shoplifting offences fell 8 per cent.", "8 per cent", "shoplifting offences", "down"),
    # A year before the subject's noun.
    (
        "The 2025/26 operating deficit is forecast to widen to $2.4 billion.",
        "$2.4 billion",
        "operating deficit",
        "up",
    ),
    # Verbs of change: widen, narrow, dip, worsen.
    ("The trade gap narrowed to $1.2 billion in May.", "$1.2 billion", "trade gap", "down"),
    ("Household savings dipped $40 million last year.", "$40 million", "Household savings", "down"),
    ("The council's debt worsened to $90 million.", "$90 million", "debt", None),
    # "by an average of" stands between the verb and the figure.
    ("Rents have gone up by an average of 4.1% this year.", "4.1%", "Rents", "up"),
    # A headline in title case: what the amount is in.
    ("Audit Finds $12 Million in Duplicate Payments", "$12 Million", "Duplicate Payments", None),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"), COUNTED, ids=[row[0][:40] for row in COUNTED]
)
def test_counted_noun_phrases(text: str, figure: str, counts: str | None, change: str | None) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.change) == (counts, change)


def test_a_narrow_margin_is_no_change() -> None:
    assert statistic_written("The bill passed by a narrow margin of 5 votes.", "5").change is None


# (text, figure as written, counts, change)
SAW_A_CHANGE: list[tuple[str, str, str | None, str | None]] = [
    (
        "The rental index of office space saw a rise of 2.4 percent in May.",
        "2.4 percent",
        "rental index",
        "up",
    ),
    ("Tourist arrivals saw a drop of 12 percent from 5,100 to 4,488.", "4,488", "Tourist arrivals", "down"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "change"), SAW_A_CHANGE, ids=[row[1] for row in SAW_A_CHANGE]
)
def test_a_subject_that_saw_a_change_of_a_figure(
    text: str, figure: str, counts: str | None, change: str | None
) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.change) == (counts, change)


# Texts whose figure is no statistic: a year after an article, a size that says which things are meant.
NOT_STATISTICS: list[str] = [
    "The 2021 accounts showed a small surplus.",
    "It fell at the end of the audited 2022 accounts.",
    "Prices of flats less than 60 square metres fell.",
    "Rents for the flat measuring more than 80 square metres rose.",
]


@pytest.mark.parametrize("text", NOT_STATISTICS)
def test_not_statistics(text: str) -> None:
    assert [statistic.text for statistic in find_statistics(text)] == []


def test_a_size_after_a_verb_is_a_statistic() -> None:
    assert (
        statistic_written(
            "The mine alone produces more than 1 million tons of copper a year.", "1 million"
        ).value
        == 1e6
    )
    assert statistic_written("About 2000 volunteers arrived.", "2000").counts == "volunteers"


# (text, figure as written, counts)
MORE_COUNTED: list[tuple[str, str, str | None]] = [
    # An amount restated in another currency in brackets before its noun.
    (
        "The minister unveiled a NZ$2.1 billion (approx. US$1.3b) housing package.",
        "NZ$2.1 billion",
        "housing package",
    ),
    (
        "The minister unveiled a NZ$2.1 billion (approx. US$1.3b) housing package.",
        "US$1.3b",
        "housing package",
    ),
    # The earlier level's period between it and the new one.
    (
        "The fund's investment income fell from $812 million in fiscal 2021 to $240 million.",
        "$240 million",
        "investment income",
    ),
    # A word of frequency before a noun is its adjective.
    ("Weekly average sales rose 4 percent to $3.1 million.", "4 percent", "Weekly average sales"),
    # A participle with its preposition after a plural noun; people who act open a clause of their own.
    ("Police logged 1,204 burglary incidents reported in March.", "1,204", "burglary incidents"),
    ("It will fund a $2 million road program councillors approved in May.", "$2 million", "road program"),
    # Adjectives joined by "and" in what a share is of.
    (
        "The share of young and unemployed people seeking work fell to 12 percent.",
        "12 percent",
        "young and unemployed people",
    ),
]


@pytest.mark.parametrize(("text", "figure", "counts"), MORE_COUNTED, ids=[row[1] for row in MORE_COUNTED])
def test_more_counted_noun_phrases(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


def test_n_out_of_the_m_is_a_ratio() -> None:
    (ratio,) = find_statistics("Overall, seven out of the 12 offence groups showed falls.")
    assert (ratio.kind, ratio.counts) == ("ratio", "offence groups")
    assert ratio.value == pytest.approx(7 / 12)


def test_an_estimate_from_one_figure_to_another_is_a_range() -> None:
    (band,) = find_statistics("Maize output this year is estimated from 5 to 6 million tonnes.")
    assert (band.kind, band.value, band.value_high, band.unit) == ("range", 5e6, 6e6, "tonnes")
    # A change between two levels stays two figures.
    assert [s.value for s in find_statistics("Maize output fell from 5 million to 4 million tonnes.")] == [
        5e6,
        4e6,
    ]


# (text, figure as written, counts)
OTHER_COUNTED: list[tuple[str, str, str | None]] = [
    # An adjective of number alone is no phrase: the capitalized name it counts follows.
    ("The state will open three new Skill Centres next year.", "three", "new Skill Centres"),
    # A clause after a figure, joined by "and", has a subject of its own.
    (
        "Bus trips rose by 4 percent and the number of riders paying cash fell by 9 percent.",
        "9 percent",
        "riders",
    ),
    ("Fares rose 5 percent and ridership fell 2 percent.", "2 percent", "ridership"),
]


@pytest.mark.parametrize(("text", "figure", "counts"), OTHER_COUNTED, ids=[row[1] for row in OTHER_COUNTED])
def test_other_counted_noun_phrases(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, change)
CHANGES: list[tuple[str, str, str | None]] = [
    ("Growth in the second quarter accelerated to 2.1 percent.", "2.1 percent", "up"),
    ("Inflation slowed to 3.4 percent in May.", "3.4 percent", "down"),
    # A level set beside an earlier one.
    ("Some 12% of renters will be in arrears next year, compared with 9% this year.", "12%", "up"),
    # A comparison after the figure's unit.
    ("The dam holds 40 million cubic metres more than last year.", "40 million", "up"),
]


@pytest.mark.parametrize(("text", "figure", "change"), CHANGES, ids=[row[1] for row in CHANGES])
def test_changes(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


def test_a_measured_difference_counts_nothing() -> None:
    statistic = statistic_written("The dam holds 40 million cubic metres more than last year.", "40 million")
    assert (statistic.counts, statistic.unit) == (None, "cubic meters")


# (text, [(figure as written, value, counts)])
PARTS_AND_LEVELS: list[tuple[str, list[tuple[str, float, str | None]]]] = [
    # Parts of a count by place, the place named before each part.
    (
        "Alder recorded the most deaths with nine fatalities, followed by Birch with five, while Cedar recorded three.",
        [("nine", 9, "fatalities"), ("five", 5, "fatalities"), ("three", 3, "fatalities")],
    ),
    # A change verb, the change, then a level far above it: two figures.
    (
        "Acme shares rose 15 cents to $24.60 in New York.",
        [("15 cents", 0.15, "Acme shares"), ("$24.60", 24.6, "Acme shares")],
    ),
    # A short plural after a participle; a mixed number written with 1/2.
    (
        "The quarter had 61 trading days, against 62 1/2 trading days a year ago.",
        [("61", 61, "trading days"), ("62 1/2", 62.5, "trading days")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PARTS_AND_LEVELS, ids=[row[0][:30] for row in PARTS_AND_LEVELS]
)
def test_parts_and_levels(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    found = [
        (statistic.text, round(statistic.value, 2), statistic.counts) for statistic in find_statistics(text)
    ]
    assert found == expected


def test_a_change_close_to_its_level_stays_a_range() -> None:
    (band,) = find_statistics("Prices rose 2 to 3 percent.")
    assert (band.value, band.value_high) == (2, 3)


def test_an_abbreviated_scale_hyphened_to_an_amount() -> None:
    statistic = statistic_written("The state presents a Rs 42,000-cr budget.", "Rs 42,000-cr")
    assert (statistic.value, statistic.unit, statistic.counts) == (42_000e7, "INR", "budget")
    # Without a currency the hyphened letter is no scale.
    assert [s.text for s in find_statistics("She won a 10-m race.")] == []


def test_a_week_s_number_is_a_label() -> None:
    assert [s.text for s in find_statistics("Most cases were reported in week 41 in the north.")] == []
    assert statistic_written("Last week 12 people were arrested.", "12").counts == "people"


def test_a_list_of_plural_nouns_is_counted_whole() -> None:
    counted = statistic_written(
        "About 2,000 nurses, porters and hospital cleaning staff went on strike.", "2,000"
    ).counts
    assert counted == "nurses, porters and hospital cleaning staff"
    assert statistic_written("It hired 40 nurses, the agency said.", "40").counts == "nurses"


def test_a_share_of_a_possessive_total() -> None:
    assert (
        statistic_written("Chips made up 18 percent of the region's total exports.", "18 percent").counts
        == "total exports"
    )


def test_a_large_count_of_what_it_is_in() -> None:
    statistic = statistic_written(
        "The port recorded 1,204,300 in container movements last year.", "1,204,300"
    )
    assert statistic.counts == "container movements"


def test_a_second_verb_of_the_same_subject_after_and() -> None:
    text = "Wages have risen by an average of 3.2% this year and will rise again by 2.4% in 2026."
    assert [(s.value, s.counts) for s in find_statistics(text)] == [(3.2, "Wages"), (2.4, "Wages")]


# (text, figure as written, counts)
OBJECTS: list[tuple[str, str, str | None]] = [
    ("The plan will increase the ‘Councillors’ Fund’ to Rs 3 crore.", "Rs 3 crore", "Councillors Fund"),
    (
        "The IMF cut its growth forecast for low-income countries in Africa and the Middle East to 3.1 percent.",
        "3.1 percent",
        "growth forecast",
    ),
    # A conjunction opens another clause: what is raised is not what runs at the figure.
    (
        "Councils raised fees because it costs more to run halls with inflation running at over 6%.",
        "6%",
        None,
    ),
]


@pytest.mark.parametrize(("text", "figure", "counts"), OBJECTS, ids=[row[1] for row in OBJECTS])
def test_the_object_of_a_verb_that_sets_a_level(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts


def test_a_level_after_a_share_in_an_absolute_construction() -> None:
    text = "The carrier earned $210 million, with freight revenue up 8 percent to more than $2 billion."
    assert statistic_written(text, "$2 billion").counts == "freight revenue"


def test_a_new_level_then_the_earlier_one_after_a_comma() -> None:
    text = "The shortfall has widened slightly to $4.2 billion, from $3.9 billion."
    assert [(s.value, s.change) for s in find_statistics(text)] == [(4.2e9, "up"), (3.9e9, "up")]
    text = "The council's debt has worsened to $81 million, from $90 million."
    assert [(s.value, s.change) for s in find_statistics(text)] == [(81e6, "down"), (90e6, "down")]
