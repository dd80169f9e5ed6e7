"""Statistic rules of round 6, each confirmed on the sets or a plain pattern of news English (see
docs/evaluation.md), one invented sentence per row."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics
from tests.extract.pages import statistic_written

# (text, amount as written, currency code)
COUNTRY_CURRENCIES: list[tuple[str, str, str]] = [
    # A currency named with its country's name or adjective.
    ("The harvest was valued at 3.2 billion Ghana cedis.", "3.2 billion Ghana cedis", "GHS"),
    ("Traders lost 40 million Ghanaian cedis in the fire.", "40 million Ghanaian cedis", "GHS"),
    ("The county spent 12 million Kenyan shillings on roads.", "12 million Kenyan shillings", "KES"),
    ("Fees rose to 150,000 Ugandan shillings a term.", "150,000 Ugandan shillings", "UGX"),
    ("The fund holds 900 crore Indian rupees.", "900 crore Indian rupees", "INR"),
    ("Fuel now costs 280 Pakistani rupees a litre.", "280 Pakistani rupees", "PKR"),
    ("The ticket cost 40 Egyptian pounds.", "40 Egyptian pounds", "EGP"),
    ("Exports earned 2.1 billion NZ dollars.", "2.1 billion NZ dollars", "NZD"),
    # GHC, the cedi's old code, still written before an amount.
    ("The ministry paid GHC 4.5 million to contractors.", "GHC 4.5 million", "GHS"),
    # K before a large amount: Zambia's kwacha unless Malawi or Papua New Guinea is named.
    ("Lusaka will spend K12.4 billion on roads.", "K12.4 billion", "ZMW"),
    ("Papua New Guinea owes K40 billion.", "K40 billion", "PGK"),
    ("Malawi set aside K3,500 million for maize.", "K3,500 million", "MWK"),
]

# (text, the figures read, as written)
NOT_CURRENCIES: list[tuple[str, list[str]]] = [
    # A lone K before a small number is no currency.
    ("The K9 unit searched 3 houses.", ["3"]),
]


@pytest.mark.parametrize(("text", "figures"), NOT_CURRENCIES, ids=[row[0][:40] for row in NOT_CURRENCIES])
def test_lone_letter_before_a_small_number(text: str, figures: list[str]) -> None:
    assert [statistic.text for statistic in find_statistics(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "unit"), COUNTRY_CURRENCIES, ids=[row[0][:40] for row in COUNTRY_CURRENCIES]
)
def test_currency_named_with_its_country(text: str, figure: str, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.kind, statistic.unit) == ("money", unit)


# (text, figure as written, change)
HELD_LEVELS: list[tuple[str, str, str | None]] = [
    # A level that stayed where it was: remain, stay and stall at; keep constant at; maintain … at.
    ("Analysts expect the jobless rate to remain at 5.1 percent.", "5.1 percent", "none"),
    ("Inflation remains at a two-year low at 2.3%.", "2.3%", "none"),
    ("The pass rate stalled at 64% this year.", "64%", "none"),
    ("The board chose to keep the cash rate constant at 4.35 per cent.", "4.35 per cent", "none"),
    ("The bank maintained its growth projection at 6.8 per cent.", "6.8 per cent", "none"),
    # Not a level held.
    ("The team kept 12 players on the bench.", "12", None),
]


@pytest.mark.parametrize(("text", "figure", "change"), HELD_LEVELS, ids=[row[0][:40] for row in HELD_LEVELS])
def test_level_held(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


# (text, [(figure as written, change)])
SHARE_THEN_LEVEL: list[tuple[str, list[tuple[str, str | None]]]] = [
    # "up N percent to M": N is the change, M the new level, both up (or both down).
    (
        "Sales in Europe up 14 percent to 310 million euros.",
        [("14 percent", "up"), ("310 million euros", "up")],
    ),
    (
        "Profit was down 8 per cent to more than $2 billion.",
        [("8 per cent", "down"), ("more than $2 billion", "down")],
    ),
    ("Turnout up 3 percentage points to 61 percent.", [("3 percentage points", "up"), ("61 percent", "up")]),
    # "made up": a particle, not a change.
    ("Women made up 40 percent of the workforce.", [("40 percent", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), SHARE_THEN_LEVEL, ids=[row[0][:40] for row in SHARE_THEN_LEVEL]
)
def test_share_of_change_then_new_level(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(figure, statistic_written(text, figure).change) for figure, _ in expected] == expected


# (text, figure as written, change)
COMPARED_AFTER: list[tuple[str, str, str | None]] = [
    # A share followed by a comparative, with or without "than".
    ("Season tickets will cost 25 percent more: $120.", "25 percent", "up"),
    ("Sales were 4.2 per cent higher in volume.", "4.2 per cent", "up"),
    ("Its energy bill was 30 percent lower because of cheaper gas.", "30 percent", "down"),
    ("Visitors from Italy rose too (8.1% more).", "8.1%", "up"),
    ("Smokers are 15 percent less likely to recover.", "15 percent", None),
    # A count followed by "fewer" is a difference; "more" is read as more of them.
    ("The census counted 2,400 fewer pupils this year.", "2,400", "down"),
    ("Officials said 14 more people died overnight.", "14", None),
]

# (text, figure as written, change)
IMPROVED: list[tuple[str, str, str | None]] = [
    ("Gross margin improved 40 basis points to 18.2 per cent.", "18.2 per cent", "up"),
    # Swell and leap: a rise.
    ("Exports swelled by 12 percent last year.", "12 percent", "up"),
    ("Profits have leaped by 30 per cent.", "30 per cent", "up"),
    # A verb that moves its object up or down, then "by".
    ("Rising demand is driving up rents by 9 percent.", "9 percent", "up"),
    ("The new tariff will push down bills by £120.", "£120", "down"),
    # A verb whose object runs long before "by".
    ("The board raised the monthly fee paid by members of the county pool by 6%.", "6%", "up"),
    (
        "Ministers cut the annual grant for small schools in the rural districts by $40 million.",
        "$40 million",
        "down",
    ),
    # A clause word between the verb and "by" ends the search.
    ("Fees increased last year while the council that runs the pool was led by 5 members.", "5", None),
    ("The pass rate improved 3 percentage points this year.", "3 percentage points", "up"),
]


@pytest.mark.parametrize(("text", "figure", "change"), IMPROVED, ids=[row[0][:40] for row in IMPROVED])
def test_verbs_of_rising(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


@pytest.mark.parametrize(
    ("text", "figure", "change"), COMPARED_AFTER, ids=[row[0][:40] for row in COMPARED_AFTER]
)
def test_comparative_after_the_figure(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


# (text, the figures read, as written)
LABELS: list[tuple[str, list[str]]] = [
    # The number of a term, quarter or semester (at most four), a council, a clade or a train: a label.
    ("Term two attendance rose to 52 percent.", ["52 percent"]),
    ("It was the best term 3 result on record.", []),
    ("Homes completed in quarter 2 rose to 7,353.", ["7,353"]),
    ("Members of Borough Council 12 walked out.", []),
    ("Cases of clade 2b rose to 90.", ["90"]),
    ("Train no 40211 was delayed.", []),
    # A count after a period named by a determiner or an ordinal stays a count.
    ("Last term 3 teachers resigned.", ["3"]),
    ("In the first quarter 3 firms failed.", ["3"]),
]


@pytest.mark.parametrize(("text", "figures"), LABELS, ids=[row[0][:40] for row in LABELS])
def test_label_numbers_are_no_statistics(text: str, figures: list[str]) -> None:
    assert [statistic.text for statistic in find_statistics(text)] == figures


# (text, figure as written, counts, unit)
MEASURED_CHANGES: list[tuple[str, str, str | None, str]] = [
    # A measured level or change right after a verb of change counts the verb's subject.
    ("Copper output increased 6 percent to 410,000 tonnes.", "410,000", "Copper output", "tonnes"),
    ("Grain exports jumped to 2.4 million tonnes in May.", "2.4 million", "Grain exports", "tonnes"),
    ("Crude production fell by 300,000 barrels a day.", "300,000", "Crude production", "bpd"),
    # With no verb of change or holding before it, the unit is what is counted.
    ("The tanker carried 300,000 barrels.", "300,000", "barrels", "barrels"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts", "unit"), MEASURED_CHANGES, ids=[row[0][:40] for row in MEASURED_CHANGES]
)
def test_measured_level_after_a_verb_of_change(text: str, figure: str, counts: str | None, unit: str) -> None:
    statistic = statistic_written(text, figure)
    assert (statistic.counts, statistic.unit) == (counts, unit)


# (text, figure as written, change)
REACHED_LEVELS: list[tuple[str, str, str | None]] = [
    # ", reaching N" after a clause that changed: the level the change arrived at.
    ("Exports rose by $2 billion in the year, reaching $31 billion.", "$31 billion", "up"),
    ("The data show a fall in enrolments, reaching a record low of 4,210.", "4,210", "down"),
    ("Car thefts were on the rise, reaching 8,300 cases.", "8,300", "up"),
    ("Debt has jumped by 80 percent to have reached the record level of K9 billion.", "K9 billion", "up"),
    # No change in the clause before: none read; before "to reach" a change noun is no change.
    ("The storm moved north, reaching 120 km an hour.", "120", None),
    ("Wage growth is expected to reach 3.1 percent next year.", "3.1 percent", None),
]

# (text, figure as written, change)
ARTICLE_AND_CHANGE_NOUN: list[tuple[str, str, str | None]] = [
    # An article, the figure, a change noun: the noun's change, whatever verb came before.
    ("The cuts of $40 million are half the $80 million increase in spending.", "$80 million", "up"),
    ("Prices were up from the 2.1 per cent fall in May.", "2.1 per cent", "down"),
]


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    ARTICLE_AND_CHANGE_NOUN,
    ids=[row[0][:40] for row in ARTICLE_AND_CHANGE_NOUN],
)
def test_change_noun_after_an_articled_figure(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


@pytest.mark.parametrize(
    ("text", "figure", "change"), REACHED_LEVELS, ids=[row[0][:40] for row in REACHED_LEVELS]
)
def test_level_reached_after_a_change(text: str, figure: str, change: str | None) -> None:
    assert statistic_written(text, figure).change == change


# (text, figure as written, counts)
VERB_ENDS_PHRASE: list[tuple[str, str, str | None]] = [
    # A verb after the counted noun ends its phrase.
    ("$15 minimum wage passes Senate", "$15", "minimum wage"),
    ("The 2.1 million visitors represents a record for the park.", "2.1 million", "visitors"),
    ("Police sent four units comprising 60 officers.", "four", "units"),
    # A copula between a clause's subject and its up or down is no part of the subject.
    ("Last month, burglaries were down 12 percent.", "12 percent", "burglaries"),
]


@pytest.mark.parametrize(
    ("text", "figure", "counts"), VERB_ENDS_PHRASE, ids=[row[0][:40] for row in VERB_ENDS_PHRASE]
)
def test_verb_ends_the_counted_phrase(text: str, figure: str, counts: str | None) -> None:
    assert statistic_written(text, figure).counts == counts
