"""Statistic rules added after blind10 (see docs/evaluation.md), one invented sentence per row: currency
names and codes written after an amount, and the counted thing of the figures they give."""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from app.extract.statistics import find_statistics
from tests.extract.pages import statistic_written

# (text, figure as written, value, unit, counts)
CURRENCY_AFTER: list[tuple[str, str, float, str, str | None]] = [
    ("The shortfall will reach 95 billion zlotys next year.", "95 billion zlotys", 95e9, "PLN", "shortfall"),
    ("Spending rose to 12 billion kroner.", "12 billion kroner", 12e9, "DKK", "Spending"),
    (
        "Norway's wealth fund sold 3 billion kroner of bonds, Norwegian officials said in Oslo.",
        "3 billion kroner",
        3e9,
        "NOK",
        "bonds",
    ),
    ("Growers will be paid 950 CFA francs per kilogram.", "950 CFA francs", 950, "XOF", None),
    (
        "Cameroon set the price at 900 CFA francs, and Gabon and Cameroon followed suit.",
        "900 CFA francs",
        900,
        "XAF",
        None,
    ),
    ("Shipments reached 21 billion USD in the quarter.", "21 billion USD", 21e9, "USD", "Shipments"),
    (
        "The canton set aside 40 million Swiss francs for bridge repairs.",
        "40 million Swiss francs",
        40e6,
        "CHF",
        "bridge repairs",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "counts"), CURRENCY_AFTER, ids=[row[1] for row in CURRENCY_AFTER]
)
def test_a_currency_written_after_the_amount(
    text: str, figure: str, value: float, unit: str, counts: str | None
) -> None:
    statistic = statistic_written(text, figure)
    assert statistic.value == pytest.approx(value)
    assert (statistic.kind, statistic.unit, statistic.counts) == ("money", unit, counts)


# (text, figure as written, counts)
LEVEL_AFTER_A_CHANGED_SHARE: list[tuple[str, str, str]] = [
    (
        "The lender's net income rose 8 per cent in the second quarter ended June 30, 2021 to RM2.1 billion.",
        "RM2.1 billion",
        "net income",
    ),
    ("Its operating profit rose nearly 9pct to RM2.1b in Q2", "RM2.1b", "operating profit"),
    ("Ticket sales fell 4% over the summer months to $18 million.", "$18 million", "Ticket sales"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    LEVEL_AFTER_A_CHANGED_SHARE,
    ids=[row[1] for row in LEVEL_AFTER_A_CHANGED_SHARE],
)
def test_a_new_level_after_a_changed_share_counts_what_changed(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts


def test_a_level_in_another_clause_is_not_the_changed_share_s() -> None:
    # The comma before "and" ends the first clause: the shares are what jumped.
    assert (
        statistic_written("Sales rose 5% last year, and the shares of the group jumped to $30.", "$30").counts
        == "shares"
    )


# (text, figure as written, counts)
COUNTED_PHRASE_BOUNDS: list[tuple[str, str, str]] = [
    # A reporting verb opens a clause of its own: its subject, not the body before it, is counted.
    (
        "Bureau of Statistics data on Friday showed net migration fell to 41,300 in the quarter.",
        "41,300",
        "net migration",
    ),
    # A participle after the noun is no reporting verb's clause.
    ("The number of burglaries reported to the police stood at 612 in June.", "612", "burglaries"),
    # A participle and its phrase after a verb's object are not part of what the verb set.
    (
        "The state raised the minimum wage paid to farm workers by 12% to 900 rand a month.",
        "12%",
        "minimum wage",
    ),
    # A preposition of place ends the counted phrase.
    (
        "The governor said opioid overdose deaths outside of the capital declined by nearly 14% last year.",
        "14%",
        "opioid overdose deaths",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), COUNTED_PHRASE_BOUNDS, ids=[row[2] for row in COUNTED_PHRASE_BOUNDS]
)
def test_where_a_counted_phrase_starts_and_ends(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts


def test_a_comparison_sentence_counts_what_the_sentence_before_counted() -> None:
    text = (
        "Official data showed net migration fell to 41,300 in the three months to June. "
        "This compares to 98,200 in the March quarter and 77,400 in the June quarter last year."
    )
    assert [statistic.counts for statistic in find_statistics(text)] == ["net migration"] * 3


def test_a_comparison_takes_the_first_figure_of_the_sentence_before() -> None:
    text = (
        "The airline's net income totaled $2.1 billion, including a $45 million tax credit. "
        "That compared with $1.4 billion in the same quarter a year ago."
    )
    assert statistic_written(text, "$1.4 billion").counts == "net income"


def test_a_sentence_that_compares_nothing_back_counts_on_its_own() -> None:
    text = "Net income totaled $2.1 billion. That leaves $1.4 billion for dividends."
    assert statistic_written(text, "$1.4 billion").counts == "dividends"


# (text, figure as written, counts)
NAMED_AROUND_THE_VERB: list[tuple[str, str, str]] = [
    ("The city has received pledges totaling about $300 million from donors.", "$300 million", "pledges"),
    ("The firm paid fines amounting to $4 million.", "$4 million", "fines"),
    ("Fare revenues will bring in $12.4 million next year.", "$12.4 million", "Fare revenues"),
    ("Parking revenue will likely come in at $9.5 million.", "$9.5 million", "Parking revenue"),
    ("Growers harvested 2.1 million tons of the staple grain last season.", "2.1 million", "staple grain"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), NAMED_AROUND_THE_VERB, ids=[row[2] for row in NAMED_AROUND_THE_VERB]
)
def test_the_noun_a_participle_or_a_level_verb_names(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, change)
CHANGES: list[tuple[str, str, str]] = [
    ("The central bank kept the key lending rate unchanged at 12% on Thursday.", "12%", "none"),
    ("The committee decided to maintain the policy rate at 12 percent.", "12 percent", "none"),
    ("The annual pace of inflation sped up to 3.1 per cent last month.", "3.1 per cent", "up"),
    ("Unemployment ticked down to 4.2% in May.", "4.2%", "down"),
    ("June saw a 41.2 per cent year-on-year surge in visitors to the island.", "41.2 per cent", "up"),
    ("Orders fell after a 7% slump in demand.", "7%", "down"),
]


@pytest.mark.parametrize(("text", "figure", "change"), CHANGES, ids=[row[0][:40] for row in CHANGES])
def test_the_change_a_sentence_says(text: str, figure: str, change: str) -> None:
    assert statistic_written(text, figure).change == change


def test_up_to_after_a_verb_of_motion_is_its_particle() -> None:
    statistic = statistic_written(
        "The annual pace of inflation sped up to 3.1 per cent last month.", "3.1 per cent"
    )
    assert (statistic.qualifier, statistic.counts) == (None, "inflation")


def test_two_levels_dated_after_a_change_are_counts_not_shares() -> None:
    text = "Admissions for overdoses decreased 7.1% – from 3,260 in 2017 to 3,029 in 2018."
    statistics = find_statistics(text, dates=find_dates(text))
    assert [(s.value, s.kind, s.unit, s.counts) for s in statistics] == [
        (7.1, "percent", "percent", "Admissions"),
        (3260, "count", None, "Admissions"),
        (3029, "count", None, "Admissions"),
    ]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The county grew by less than a half percent last year.", "a half percent", 0.5, "percent"),
        (
            "The bank cut its rate by a quarter percentage point.",
            "a quarter percentage point",
            0.25,
            "percentage points",
        ),
    ],
)
def test_a_fraction_word_before_percent_is_a_share(text: str, figure: str, value: float, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert statistic.value == pytest.approx(value)
    assert (statistic.kind, statistic.unit) == ("percent", unit)


def test_parts_of_a_count_by_place_count_what_it_counts() -> None:
    text = "On Sunday, 61 new cases were reported that included six new deaths — four from Dedza and two from Zomba."
    assert [(s.value, s.counts) for s in find_statistics(text)] == [
        (61, "new cases"),
        (6, "new deaths"),
        (4, "new deaths"),
        (2, "new deaths"),
    ]


def test_a_small_number_from_a_place_with_no_count_before_is_no_statistic() -> None:
    assert find_statistics("The squad signed four from Leeds last summer.") == []


# (text, figure as written, counts)
WHOLES_AND_RECORDS: list[tuple[str, str, str]] = [
    ("About 80 percent of a record 1.2 million seats have been sold.", "80 percent", "seats"),
    ("Half of the estimated 3,000 residents left.", "Half", "residents"),
    (
        "The club's revenues hit a record of £410 million, in part due to TV rights.",
        "£410 million",
        "revenues",
    ),
    ("The shares touched a record high of $61.20 in early trading.", "$61.20", "record high"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), WHOLES_AND_RECORDS, ids=[row[1] for row in WHOLES_AND_RECORDS]
)
def test_a_whole_written_as_a_figure_and_a_record_level(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts


# (text, figure as written, counts)
MONEY_OF_IN_FOR: list[tuple[str, str, str]] = [
    ("We have set out a further £557 million of funding for new projects.", "£557 million", "funding"),
    (
        "The windfall freed up an extra 11 billion kroner (€1.5bn) for government spending.",
        "11 billion kroner",
        "government spending",
    ),
    (
        "The windfall freed up an extra 11 billion kroner (€1.5bn) for government spending.",
        "€1.5bn",
        "government spending",
    ),
    ("The average weekly rent will go up from £76.69 to £82.06.", "£82.06", "average weekly rent"),
    (
        "With the trade surplus in the first quarter hitting 1.3 billion USD, the outlook is good.",
        "1.3 billion USD",
        "trade surplus",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), MONEY_OF_IN_FOR, ids=[row[1] for row in MONEY_OF_IN_FOR]
)
def test_what_money_is_of_or_for_and_the_subject_that_goes_up(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    [
        ("The percentage of adults who smoke fell to 12 percent.", "12 percent", "adults"),
        ("The share of households with broadband rose to 81 percent.", "81 percent", "households"),
        ("The proportion of pupils on free meals climbed to 9 percent.", "9 percent", "pupils"),
    ],
)
def test_a_share_of_a_group_that_changed_counts_the_group(text: str, figure: str, counts: str) -> None:
    assert statistic_written(text, figure).counts == counts
