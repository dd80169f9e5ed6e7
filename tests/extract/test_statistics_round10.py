"""Statistic values, round 10: forms blind20, blind21 and blind22 showed the grammar lacked (a figure with a
thousands separator is never a year), each written as a general form.

Invented passages; each rule with a row where it applies and, where a near case must not change, one where
it does not.
"""

from __future__ import annotations

import pytest

from tests.extract.pages import figure_of, record_of

HEADLINE = "Harbour Figures Out\n\n"


@pytest.mark.parametrize(
    ("passage", "figure", "value", "unit"),
    [
        # The Australian and New Zealand press write the country's letters after the dollar sign.
        ("Net profit rose to $US2.73 billion.", "$US2.73 billion", 2.73e9, "USD"),
        ("Spending was cut to $A1.2 billion.", "$A1.2 billion", 1.2e9, "AUD"),
        ("The fund holds $NZ300 million.", "$NZ300 million", 3e8, "NZD"),
        ("The fund holds $300 million.", "$300 million", 3e8, "USD"),
        # A lone currency letter before an amount with a scale's abbreviation.
        ("The governor took a N189.4b budget to the Assembly.", "N189.4b", 1.894e11, "NGN"),
        ("Revenue reached R3bn.", "R3bn", 3e9, "ZAR"),
    ],
)
def test_currency_forms(passage: str, figure: str, value: float, unit: str) -> None:
    statistic = figure_of(record_of(HEADLINE + passage), figure)
    assert (statistic.value, statistic.unit) == (value, unit)


def test_a_dollar_sign_before_a_word_is_no_currency_code() -> None:
    record = record_of(HEADLINE + "Asked about $A, the treasurer said 5 people had called.")
    assert [statistic.unit for statistic in record.statistics] == [None]


def test_list_items_that_leave_out_the_noun_count_the_first_items_noun() -> None:
    record = record_of(
        HEADLINE
        + "We have 22 severe cases at our centres, six in critical condition and five on ventilators."
    )
    assert [(statistic.value, statistic.counts) for statistic in record.statistics] == [
        (22, "severe cases"),
        (6, "severe cases"),
        (5, "severe cases"),
    ]


def test_a_bare_number_after_a_comma_without_an_earlier_count_stays_out() -> None:
    assert not record_of(HEADLINE + "The mayor, who is 45, in good health, spoke.").statistics


@pytest.mark.parametrize(
    ("passage", "figure", "value"),
    [
        # A decimal comma before a percent sign: two digits after the comma group no thousands.
        ("Annual inflation eased to 12,45 percent in May.", "12,45 percent", 12.45),
        ("Prices rose 2,5% in the quarter.", "2,5%", 2.5),
        # A fraction character after a whole number.
        ("The wait is now 3½ years.", "3½", 3.5),
        ("The meeting ran 2¼ hours.", "2¼", 2.25),
    ],
)
def test_decimal_commas_and_fraction_characters(passage: str, figure: str, value: float) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).value == value


def test_a_comma_before_three_digits_still_groups_thousands() -> None:
    record = record_of(HEADLINE + "The council counted 3,125 people and 12,450 cars.")
    assert [statistic.value for statistic in record.statistics] == [3125, 12450]


@pytest.mark.parametrize(
    ("passage", "figure", "counted"),
    [
        ("Overdose deaths peaked in 2016 at 2,097.", "2,097", "Overdose deaths"),
        ("The toll rose to 2,023 by Friday.", "2,023", "toll"),
    ],
)
def test_a_figure_with_a_thousands_separator_is_no_year(passage: str, figure: str, counted: str) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).counts == counted


def test_a_year_is_still_a_year() -> None:
    assert not record_of(HEADLINE + "In 2023, deaths fell across Marlow.").statistics


@pytest.mark.parametrize(
    ("passage", "figure", "value"),
    [
        ("The deficit settled at -3.7% of GDP last year.", "-3.7%", -3.7),
        ("The balance was (−4.5%) of GDP.", "−4.5%", -4.5),
    ],
)
def test_a_minus_sign_after_a_space_or_bracket_makes_a_share_negative(
    passage: str, figure: str, value: float
) -> None:
    assert figure_of(record_of(HEADLINE + passage), figure).value == value


def test_a_hyphen_inside_a_name_or_range_is_no_minus_sign() -> None:
    record = record_of(HEADLINE + "COVID-19 admissions rose 5% in May.")
    assert [statistic.value for statistic in record.statistics] == [5]
