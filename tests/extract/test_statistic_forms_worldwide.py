"""Statistic forms news from outside the US writes, one invented sentence per row: currencies and scales
(`N4.2trn`, `KSh 300`, `Rs 2.1 lakh crore`), `per cent` after number words, space-grouped thousands,
units written onto the figure, levels `from X to Y`, and the change said before or after a figure."""

from __future__ import annotations

import pytest

from app.extract.statistics import find_statistics


def _values(sentence: str) -> list[tuple[float, str | None]]:
    return [(statistic.value, statistic.unit) for statistic in find_statistics(sentence)]


# (sentence, [(value, unit)])
AMOUNTS: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("Lawmakers passed a N4.2 trillion spending plan.", [(4.2e12, "NGN")]),
    ("The ministry returned N350bn to the treasury.", [(350e9, "NGN")]),
    ("Revenue rose by N1.5trn this year.", [(1.5e12, "NGN")]),
    ("The bank traded at N1,450/$1 on Monday.", [(1450, "NGN")]),
    ("The Senate raised the budget by 2.4trn.", [(2.4e12, None)]),
    ("Farmers were paid KSh 300 a kilo.", [(300, "KES")]),
    ("The county lost Ksh2.3 billion to fraud.", [(2.3e9, "KES")]),
    ("The state owes HUF 120 billion to suppliers.", [(120e9, "HUF")]),
    ("The subsidy costs RM 4 billion a year.", [(4e9, "MYR")]),
    ("Cocoa farmers will receive GH₵ 2,000 more per tonne.", [(2000, "GHS")]),
    ("The state budget is Rs 2.1 lakh crore.", [(2.1e12, "INR")]),
    ("The dam cost 3.5tn yen.", [(3.5e12, "JPY")]),
    ("The deficit is projected at Sh512.4 billion this year.", [(512.4e9, "KES")]),
    ("Output rose to Dh75.2 billion from Dh61 billion.", [(75.2e9, "AED"), (61e9, "AED")]),
    ("The levy raised Rp 3.1 trillion for the province.", [(3.1e12, "IDR")]),
    ("Debt is now in excess of 250billion cedis.", [(250e9, "GHS")]),
    ("The fund holds 40 billion yuan in reserves.", [(40e9, "CNY")]),
    ("The firm earned 14 cents a share, beating estimates of 11 cents.", [(0.14, "USD"), (0.11, "USD")]),
    ("Australia will spend 45 cents per resident, Australian officials said.", [(0.45, "AUD")]),
    ("Tickets cost N95 at the gate.", []),
    ("Bus route N5 was cut.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), AMOUNTS, ids=[row[0][:40] for row in AMOUNTS])
def test_amounts_and_currencies(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _values(sentence) == [(pytest.approx(value), unit) for value, unit in expected]


# The rupee of a text placed in Pakistan, Sri Lanka or Nepal; India otherwise.
RUPEES: list[tuple[str, str]] = [
    ("Pakistan raised fuel prices by Rs12 a litre, officials in Islamabad said.", "PKR"),
    ("Sri Lanka will spend Rs 40 billion on roads, the Sri Lankan cabinet said.", "LKR"),
    ("The state pays Rs 5 crore to the contractor.", "INR"),
    ("Pakistan and India each pledged Rs 5 crore, the Indian and Indian-born donors said.", "INR"),
]


@pytest.mark.parametrize(("sentence", "currency"), RUPEES, ids=[row[0][:40] for row in RUPEES])
def test_rupees_follow_the_texts_country(sentence: str, currency: str) -> None:
    (statistic,) = find_statistics(sentence)
    assert statistic.unit == currency


# (sentence, [(value, unit)])
NUMBER_FORMS: list[tuple[str, list[tuple[float, str | None]]]] = [
    ("Prices rose five per cent in March.", [(5, "percent")]),
    ("Ministers approved a two percent rise.", [(2, "percent")]),
    ("Nurses will get an extra one per cent.", [(1, "percent")]),
    ("The plan includes a ten-per-cent discount on fares.", [(10, "percent")]),
    ("The lead narrowed by three percentage points.", [(3, "percentage points")]),
    ("At least 14 208 burglaries were reported last year.", [(14208, None)]),
    ("Call the office on 0800 486 000 for help.", []),
    ("Sea ice shrank by 1.2m square kilometres.", [(1.2e6, "square km")]),
    ("The sector emitted 3.1Gt of carbon dioxide.", [(3.1, "Gt")]),
    ("The striker stands 6ft 2in tall.", [(6, "ft"), (2, "in")]),
    ("Forecasters expect highs of 38°C on Sunday.", [(38, "degrees")]),
    ("The harvest reached 250,000 metric tons of wheat.", [(250_000, "metric tons")]),
    ("The town had 85 millimetres of rain overnight.", [(85, "mm")]),
    ("Ozone levels reached 80 parts per million downtown.", [(80, "ppm")]),
    ("Three in 10 voters agree.", [(0.3, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBER_FORMS, ids=[row[0][:40] for row in NUMBER_FORMS])
def test_number_forms(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _values(sentence) == [(pytest.approx(value), unit) for value, unit in expected]


# (sentence, [(value, value_high, unit)])
LEVELS: list[tuple[str, list[tuple[float, float | None, str | None]]]] = [
    ("Burglaries rose from 1,240 to 1,310 last year.", [(1240, None, None), (1310, None, None)]),
    ("Median waits grew from 18 to 21 days.", [(18, None, "days"), (21, None, "days")]),
    ("The average delay fell from 4.5 hours to three.", [(4.5, None, "hours"), (3, None, "hours")]),
    ("Rents ranging from 2 to 4 percent were approved.", [(2, 4, "percent")]),
    ("Buses took 42 minutes, down from 51 a year ago.", [(42, None, "minutes"), (51, None, "minutes")]),
    (
        "Six in 10 callers waited 3.5 hours, up from 2.9 hours.",
        [(0.6, None, None), (3.5, None, "hours"), (2.9, None, "hours")],
    ),
    ("Sales fell 5% from 3.2 million.", [(5, None, "percent"), (3.2e6, None, None)]),
    ("Fees of 10 to 15 percent apply.", [(10, 15, "percent")]),
    ("Claims increased by 2,300 to 61,400 last week.", [(2300, None, None), (61400, None, None)]),
    ("Fares will rise by 2 to 3 percent next year.", [(2, 3, "percent")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEVELS, ids=[row[0][:40] for row in LEVELS])
def test_levels_from_one_figure_to_another(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    found = [(s.value, s.value_high, s.unit) for s in find_statistics(sentence)]
    assert found == [(pytest.approx(value), high, unit) for value, high, unit in expected]


# (sentence, [change of each statistic])
CHANGES: list[tuple[str, list[str | None]]] = [
    ("A total of 812 people were in shelters on Monday, down from 1,020.", ["down", "down"]),
    ("Exports reached $4.1 billion, up 6 per cent on last year.", ["up", "up"]),
    ("* Theft (2,340 incidents per 100,000 residents, down 4.2 per cent)", ["down", "down"]),
    ("The jobless rate went down from 4.4 percent to 4.1 percent.", ["down", "down"]),
    ("The rate for graduates moved from 2.8 percent to 3 percent.", ["up", "up"]),
    ("Inflation was 2.1%, the same as in June.", ["none"]),
    ("The median wait remains nine days.", ["none"]),
    ("Output was 1.4 percent higher than a year earlier.", ["up"]),
    ("Spending was $300 million higher than budgeted.", [None]),
    ("Arrests are also up by 12 per cent.", ["up"]),
    ("Shoplifting up 14 per cent, burglary down 3 per cent.", ["up", "down"]),
    ("Emissions grew, a rise of 1.1% on 2023.", ["up"]),
    ("The debt ratio has fallen to 41.2 per cent from 43.5 per cent.", ["down", "down"]),
    ("Women made up 46 percent of the workforce.", [None]),
    ("Capital spending now stands at N3.1trn from the earlier N2.6trn.", ["up", "up"]),
    ("The plant shed 450 jobs.", ["down"]),
    ("Burglary fell by 4.1%, and car theft by 2.3%.", ["down", "down"]),
    ("Sales rose 4%, and the firm paid staff by the hour 12 dollars.", ["up", None]),
    ("Robberies spiked by 14% last year.", ["up"]),
    ("The firm signed up 300 customers.", [None]),
]


@pytest.mark.parametrize(("sentence", "changes"), CHANGES, ids=[row[0][:40] for row in CHANGES])
def test_change_before_or_after_the_figure(sentence: str, changes: list[str | None]) -> None:
    assert [statistic.change for statistic in find_statistics(sentence)] == changes


# (sentence, [counts of each statistic])
COUNTS: list[tuple[str, list[str | None]]] = [
    ("Thefts rose, with car crime up 8 per cent and arson down 2 per cent.", ["car crime", "arson"]),
    ("* Fraud and deception, up 5.5 per cent from 12,040 to 12,702", ["Fraud and deception"] * 3),
    ("Shop thefts are also up by 12 per cent.", ["Shop thefts"]),
    (
        "Burglary has risen by 9 per cent, while offences involving a gun have increased by 4 per cent.",
        ["Burglary", "offences"],
    ),
    ("The council used $40 million of the previously agreed reserve.", [None]),
    ("The number of people waiting more than six hours fell by 310.", ["people"]),
    ("The number of affordable housing units rose by 120.", ["affordable housing units"]),
    ("Total enrolment fell by 1,240 this term.", ["Total enrolment"]),
    ("Burglary fell by 4.1%, and car theft by 2.3%.", ["Burglary", "car theft"]),
    (
        "The number of calls rose by 6 per cent, and the number of people needing care by 9 per cent.",
        ["calls", "people"],
    ),
    ("The figure also grew compared with 3,950 a year ago.", [None]),
    ("Car thefts also increased, to 5,210.", ["Car thefts"]),
    ("The city will spend $2 billion just on roads.", [None]),
]


@pytest.mark.parametrize(("sentence", "counts"), COUNTS, ids=[row[0][:40] for row in COUNTS])
def test_counted_noun(sentence: str, counts: list[str | None]) -> None:
    assert [statistic.counts for statistic in find_statistics(sentence)] == counts


# (sentence, a number in it that is not a statistic)
NOT_STATISTICS: list[tuple[str, float]] = [
    ("Police recorded 300 thefts in the 12 months to June.", 12),
    ("The figures cover the six weeks since the storm.", 6),
    ("The January 2019 rate was the highest on record.", 2019),
    ("Spending for 2022-2023 was approved.", 2022),
    ("The rate was set at N900/US$1.", 1),
    ("Patients waiting 40 weeks will be seen first.", 40),
]


@pytest.mark.parametrize(("sentence", "value"), NOT_STATISTICS, ids=[row[0][:40] for row in NOT_STATISTICS])
def test_not_a_statistic(sentence: str, value: float) -> None:
    assert [s.text for s in find_statistics(sentence) if s.value == value] == []
