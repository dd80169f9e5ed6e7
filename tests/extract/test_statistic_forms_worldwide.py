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
    # An earlier level of a share or an amount counts what the figure just cited counts.
    ("Bus fares rose 4.1% in May, up from 3.2% in April.", ["Bus fares", "Bus fares"]),
    # The object of a verb that sets or changes a level.
    ("The central bank kept its lending rate unchanged at 4.25 per cent.", ["lending rate"]),
    ("The new timetable would cut bus ridership by 12 percent.", ["bus ridership"]),
    ("The bank lowered its growth forecast from 2.4% to 1.9%.", ["growth forecast", "growth forecast"]),
    ("The levy will raise consumer price index (CPI) inflation by 0.2 percentage points.", ["CPI inflation"]),
    ("The city raised parking fees by $2 and cut bus fares by 10 percent.", ["parking fees", "bus fares"]),
    ("Provisional counts are usually revised upward by 3 percent.", [None]),
    # More verbs of a new level, a subject after `while`, `But that …`, an acronym inside the subject.
    ("Core inflation accelerated to 2.1% in June.", ["Core inflation"]),
    ("Applications peaked during the slump at 651,000.", ["Applications"]),
    ("Real GDP growth is projected at 6.1 per cent for next year.", ["Real GDP growth"]),
    (
        "Food prices rose 2.0%, up from 1.1% a month earlier, while fuel prices tumbled 4.2%.",
        ["Food prices", "Food prices", "fuel prices"],
    ),
    ("But that shortfall will swell to $2.1 billion next year.", ["shortfall"]),
    ("Exports rose 3.5 pc in March.", ["Exports"]),
    # A share of a total counts the total, named or not.
    ("Lee won 4,210 votes, 58 percent of the total.", ["votes", "total"]),
    ("Homes made up 61 per cent of total sales.", ["total sales"]),
    ("Okafor took 2,900 votes, or 41 percent of the total cast in the ward.", ["votes", "total"]),
    # A second level joined by `and` after the first one's period; not a second amount with its own use.
    ("The shortfall will grow to $3.1 billion in 2027 and $2.6 billion in 2028.", ["shortfall", "shortfall"]),
    ("The plan has $40 million for new housing and $12 million to fight fires.", ["new housing", None]),
    # An earlier level passes over a restatement that counts nothing of its own.
    # Cents are the amount's unit (0.84 USD), not what it counts.
    ("Profit rose to $2.1 billion, or 84 cents a share, from $1.7 billion.", ["Profit", None, "Profit"]),
    # A relative clause's subject is the noun before its pronoun; an aside between a subject and its verb
    # is passed over.
    ("Unemployment, which once topped 9%, has now fallen to 5.2%.", ["Unemployment", "Unemployment"]),
    ("Officials struggled to rein in inflation that hit 12.4 percent in May.", ["inflation"]),
    ("Core sales excluding fuel, which make up most of the total, rose 3%.", ["Core sales"]),
    ("The median rent, a closely watched figure, climbed to $1,840.", ["median rent"]),
    ("Cargo traffic, the port said, fell 6 percent.", ["Cargo traffic"]),
    ("In 2020, the year of the pandemic, exports fell 9%.", ["exports"]),
    # A subject reported by any verb of saying, past its `that`; not after a passive or an adjective.
    ("He noted that the country's GDP grew by 2.7% last year.", ["GDP"]),
    ("The minister told parliament that health spending will rise 4 per cent.", ["health spending"]),
    ("In 2024, the number of thefts that were reported to police was 2 310.", ["thefts"]),
    ("Savings will shrink the projected rates increase to 9.5%.", ["projected rates increase"]),
    ("Costs were higher than projected and the debt ratio has fallen to 41 per cent.", ["debt ratio"]),
    # Two levels `from X to Y` after a verb count its subject, an adverb between them or not.
    ("The debt ratio decreased from 68% to 65%.", ["debt ratio", "debt ratio"]),
    ("The jobless rate changed slightly from 3.1 percent to 3 percent.", ["jobless rate", "jobless rate"]),
    # A fraction after a change verb counts its subject, as a share does.
    ("Car thefts have fallen by nearly a fifth since 2019.", ["Car thefts"]),
    # `the number of X` counts X without what places it.
    ("The number of nurses in rural clinics rose by 1,240.", ["nurses"]),
    # A figure that names itself (`mark`, `figure`, `the number waiting`) counts nothing of its own.
    ("Visitors passed the 2 million mark in May.", [None]),
    ("Crimes fell to 41,300, down from the previous year's figure of 44,900.", ["Crimes", "Crimes"]),
    ("The number waiting for surgery rose above 40,000.", [None]),
    # A bracketed restatement is the same amount, and the noun after it is the first one's.
    ("The utility owes nearly Rs4.1 trillion ($14.2 billion) in unpaid bills.", ["unpaid bills"] * 2),
    # A participle clause or a comparison after a comma goes on with the sentence's subject.
    (
        "The regional jobless rate continued its slide in June, dropping to 4.4 percent.",
        ["regional jobless rate"],
    ),
    ("Deposits rose by $2 billion in May, reaching $31 billion.", ["Deposits", "Deposits"]),
    (
        "Total employment reached 2.1 million in June, 1.2 percent higher than a year earlier.",
        ["Total employment", "Total employment"],
    ),
    # `by an alarming N%`, `spiked`.
    ("Burglary increased by an alarming 9.4% last year.", ["Burglary"]),
    ("Home prices spiked by 11% in the capital.", ["Home prices"]),
    # A distance that says where a place lies counts nothing; a noun after an article is not the figure's.
    ("The town lies about 35 miles southeast of the capital.", [None]),
    ("Detroit had 310 killings, well below the 402 the year before.", ["killings", "killings"]),
    # A count after a change noun (`an increase of 31`) is a change of what the sentence counted before.
    (
        "The county had 212 overdoses in March, an increase of 31 from a year earlier.",
        ["overdoses", "overdoses"],
    ),
    ("The total, an increase of almost 3,000 on May, drew criticism.", [None]),
    # Subjects of subordinate and absolute clauses; `overall` after the subject.
    ("Japan's population decline continues as the birth rate drops by 5.1%.", ["birth rate"]),
    ("Deaths have fallen, with the birth rate dropping below 1 million in 2016.", ["birth rate"]),
    ("Violent crime overall has fallen by about a tenth.", ["Violent crime"]),
    # Nouns without an -s end at their verb; an age after a noun defines it; `U.S.` is one word.
    ("Some 134,600 people ride the buses each weekday.", ["people"]),
    ("Only 48% of voters ages 65 and older know it.", ["voters"]),
    ("Roughly 80 percent of all U.S. tornadoes are weak.", ["U.S. tornadoes"]),
    # The subject of a verb right before a count goes before the noun of an earlier count.
    ("All 23 people found dead were named, with their ages ranging from 6 to 93.", ["people", "ages"]),
    (
        "The number of clean audits at the 257 councils had gone down from 33 to just 27.",
        ["councils", "clean audits", "clean audits"],
    ),
    # `due`, `off`, `versus` end a counted phrase; an expected share is not a measure of its own.
    ("Earnings per share were $1.14 versus expectations of $1.", [None, "expectations"]),
    ("Councils lost R2 billion due to irregular spending.", [None]),
    ("Savings of between 38% and 79% off list prices were agreed.", [None]),
    ("The core measure rose to 2.4%, beating expectations of 2.2%.", ["core measure", None]),
    # `the size of X` counts X; a range of shares after a change verb counts its subject, not a `range`
    # and not two things named `respectively`; a dash aside between a subject and its verb.
    ("The size of the economy grew to $411 billion.", ["economy"]),
    ("Fares have risen 43 percent and 81 percent since then.", ["Fares"]),
    ("The rate stayed within a range of 6.7 percent and 7.7 percent.", [None]),
    ("Milk and eggs rose 9.8 percent and 13.8 percent, respectively.", [None]),
    (
        "Reference prices — the floor that triggers payments to farmers — would rise 10% to 15%.",
        ["Reference prices"],
    ),
    # `set to`, `projected to` before the verb; a name in title case; `, up by N` goes on with the subject.
    ("Council Tax could be set to rise by 4.99 per cent.", ["Council Tax"]),
    ("Class sizes are projected to shrink 13% by 2035.", ["Class sizes"]),
    ("The Transport Index was up 1.5%, the statistics office said.", ["Transport Index"]),
    ("Assaults rose sharply last year, up by 8.8%.", ["Assaults"]),
    # An earlier level that names its own noun keeps it.
    (
        "About 759 people were at six centres, down from 1,319 people the night before.",
        ["people", "centres", "people"],
    ),
    # A unit's abbreviation before `of`; no noun after an article, a verb with n't, a pronoun's
    # contraction, a month, or a gerund after `spent`.
    ("Emissions will reach 37.4 billion tonnes (Gt) of carbon dioxide this year.", ["carbon dioxide"]),
    ("This rose to 64.9% the week after.", [None]),
    ("About 342,000 weren't working enough.", [None]),
    ("We’ll reach 1.7°C in 14 years.", [None]),
    ("Capacity loss was 34% of April 2023.", [None]),
    ("The province has spent about $387-million battling fires.", [None]),
    # `at an historic low at`; a participle inside the phrase; a count of a difference counts nothing.
    ("Unemployment remains at an historic low at 3.5%.", ["Unemployment"]),
    ("The cartel and 10 other oil producing nations agreed to cut output.", ["other oil producing nations"]),
    ("Police recorded 5.1 million offences, 458,021 more than a year earlier.", ["offences", None]),
    # A level-setting verb with its particle, before or after the object.
    ("Demand for care is driving up costs by £94m.", ["costs"]),
    ("The tariff pushed prices up by 4%.", ["prices"]),
    # A bare small number is a level only where a verb changes it; an age stays no statistic.
    ("The board cut the class size to 25.", ["class size"]),
    ("He left the company at 45.", []),
    ("Parliament lowered the voting age to 16.", []),
    # An infinitive's subject after `expect`; a participle aside; a verb that puts a figure at a level.
    ("Analysts expect earnings to rise 7% this year.", ["earnings"]),
    ("The index, compiled by S&P, rose 1.2% to 5,400 points.", ["index", "points"]),
    ("Officials estimated damage at $2 billion.", ["damage"]),
    ("The Economic Project predicted the jobless rate would drop slowly to 5.2 percent.", ["jobless rate"]),
    # A noun phrase opens again at an article; a change noun after its article is no verb; a subject's
    # `of` phrase holds no verb of another clause.
    ("Marcus Hollings told senators the company's net prices had fallen 21% since 2019.", ["net prices"]),
    ("It is projected that 41.6Gt of CO2 will be released, an increase from 40.6Gt in 2023.", ["CO2", "CO2"]),
    ("A glut in the market had led to oil prices falling by more than 30 percent.", [None]),
    # The object of a causative verb changes; a conjunction inside a headline's subject opens its clause.
    ("That caused applications to fall to 385,000.", ["applications"]),
    ("- 'Spectacular rebound' as French economy swells by 7 percent", ["French economy"]),
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
