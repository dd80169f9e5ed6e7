"""Statistic fields read beside the text, one invented sentence per row: approximate, qualifier, unit,
change, and the number forms news writes."""

from __future__ import annotations

import pytest

from app.extract.dates import find_dates
from app.extract.statistics import find_statistics
from app.models import Statistic


def _only(sentence: str) -> Statistic:
    (statistic,) = find_statistics(sentence)
    return statistic


# (sentence, approximate, qualifier)
QUALIFIERS: list[tuple[str, bool, str | None]] = [
    ("About 300 people attended the rally.", True, "about"),
    ("Roughly 40 percent of renters moved.", True, "roughly"),
    ("Nearly 200 flights were cancelled.", True, "nearly"),
    ("Almost 90 schools closed early.", True, "almost"),
    ("Close to 500 homes lost power.", True, "close to"),
    ("Some 4,000 workers walked out.", True, "some"),
    ("An estimated 1.2 million people were displaced.", True, "an estimated"),
    ("Around 70 percent of students passed.", True, "around"),
    ("Approximately 35 buses were replaced.", True, "approximately"),
    ("More than 300 jobs were lost.", False, "more than"),
    ("At least 12 people died.", False, "at least"),
    ("Up to 300 jobs could go.", False, "up to"),
    ("Inspectors found 41 violations.", False, None),
    ("The ministry will hand over 25,000 documents to the inquiry.", False, None),
    ("The agency turned over 1,800 pages of records.", False, None),
    ("The fund has given out over 300 grants.", False, "over"),
]


@pytest.mark.parametrize(
    ("sentence", "approximate", "qualifier"), QUALIFIERS, ids=[row[0][:40] for row in QUALIFIERS]
)
def test_approximate_and_qualifier(sentence: str, approximate: bool, qualifier: str | None) -> None:
    statistic = _only(sentence)
    assert (statistic.approximate, statistic.qualifier) == (approximate, qualifier)


# (sentence, value, unit)
UNITS: list[tuple[str, float, str | None]] = [
    ("The company paid $3 million in fines.", 3e6, "USD"),
    ("The company paid US$3 million in fines.", 3e6, "USD"),
    ("The fund spent C$40 million on housing.", 40e6, "CAD"),
    ("The deal is worth A$2.3 billion.", 2.3e9, "AUD"),
    ("The grant was NZ$500,000.", 500_000, "NZD"),
    ("Fares rose to €2.40 a trip.", 2.4, "EUR"),
    ("The club was fined £50,000.", 50_000, "GBP"),
    ("Tickets cost 50p more.", 0.5, "GBP"),
    ("Stamps cost 85 pence each.", 0.85, "GBP"),
    ("The deficit will top $300 billion-the largest ever.", 3e11, "USD"),
    ("A few hundred dollars would cover it.", 100, "USD"),
    ("The club paid 5 million pounds for him.", 5e6, "GBP"),
    ("Deputies seized 9 pounds of fentanyl.", 9, "lbs"),
    ("The state pays Rs 5 crore to the contractor.", 5e7, "INR"),
    ("The council approved Rs. 12 lakh for repairs.", 1.2e6, "INR"),
    ("The plan costs ₹500 crore.", 5e9, "INR"),
    ("The scheme paid Rs 1,20,000 to each family.", 120_000, "INR"),
    ("The utility lost R5.4-billion.", 5.4e9, "ZAR"),
    ("Around 70 percent of students passed.", 70, "percent"),
    ("Turnout was 61% of registered voters.", 61, "percent"),
    ("The lead grew by 4 percentage points.", 4, "percentage points"),
    ("Winds reached 120 mph near the coast.", 120, "mph"),
    ("The fire burned 40 km of forest.", 40, "km"),
    ("The phone has 128 GB of storage.", 128, "GB"),
    ("The renovation took six years to finish.", 6, "years"),
    ("Deliberations lasted nearly three hours on Friday.", 3, "hours"),
    ("Temperatures hit 45 degrees in the capital.", 45, "degrees"),
    ("The park covers 300 square miles of desert.", 300, "square miles"),
    ("Inspectors found 41 violations.", 41, None),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), UNITS, ids=[row[0][:40] for row in UNITS])
def test_unit(sentence: str, value: float, unit: str | None) -> None:
    statistic = _only(sentence)
    assert (statistic.value, statistic.unit) == (pytest.approx(value), unit)


# A bare "$" is the text's own dollar: another dollar country named twice and more than the US.
DOLLARS: list[tuple[str, str]] = [
    ("Ontario will spend $40 million on transit, the Ontario finance minister said in Toronto.", "CAD"),
    ("Queensland pledged $12 million after floods hit Brisbane.", "AUD"),
    ("Auckland Council set aside $8 million, New Zealand's largest city said.", "NZD"),
    ("The Ohio county will spend $40 million; a firm in Canada won the contract.", "USD"),
    ("The city will spend $40 million on transit.", "USD"),
    ("Ottawa pledged 40 million dollars to Ontario, the Canadian minister said.", "CAD"),
    ("Ottawa pledged US$40 million to Ontario, the Canadian minister said.", "USD"),
]


@pytest.mark.parametrize(("sentence", "currency"), DOLLARS, ids=[row[0][:40] for row in DOLLARS])
def test_bare_dollar_follows_the_texts_country(sentence: str, currency: str) -> None:
    assert _only(sentence).unit == currency


# (sentence, [change of each statistic])
CHANGES: list[tuple[str, list[str | None]]] = [
    ("Sales fell 12% to $4.5 billion.", ["down", "down"]),
    ("Unemployment rose 0.3 percentage points to 5.1 percent.", ["up", "up"]),
    ("The city cut 40 jobs.", ["down"]),
    ("Ridership doubled to 80,000 riders a day.", ["up"]),
    ("Prices increased 7 percent.", ["up"]),
    ("Enrollment decreased by 300 students.", ["down"]),
    ("Inflation stayed flat at 2 percent.", ["none"]),
    ("The bank held its rate at 4.5 percent.", ["none"]),
    ("The union won a 12% increase.", ["up"]),
    ("Tenants face a 9 percent rent increase next year.", ["up"]),
    ("The board approved a 4% cut in fares.", ["down"]),
    ("Shares closed down 11.2 percent.", ["down"]),
    ("Inspectors found 41 violations.", [None]),
    ("The jail declined 500 detainer requests.", [None]),
    ("The county, declining to honor 93 detainer requests, was sued.", [None]),
    ("The state makes up about half of all cases.", [None]),
    ("Sales were up 4% in May.", ["up"]),
    ("Ridership rose to about 300 riders a day.", ["up"]),
    ("Applications declined by 500.", ["down"]),
    ("Arrests rose after the city hired 40 officers.", [None]),
    # The level reached and the earlier one: the sentence says the rate rose.
    ("The rate reached 18.7 per 100,000 residents, up from 14.2.", ["up", "up"]),
]


@pytest.mark.parametrize(("sentence", "changes"), CHANGES, ids=[row[0][:40] for row in CHANGES])
def test_change(sentence: str, changes: list[str | None]) -> None:
    assert [statistic.change for statistic in find_statistics(sentence)] == changes


# (sentence, [(value, qualifier, counts)]) -- the number forms news writes.
FORMS: list[tuple[str, list[tuple[float, str | None, str | None]]]] = [
    ("Nine in 10 residents oppose the plan.", [(0.9, None, "residents")]),
    ("Seven in ten voters backed the levy.", [(0.7, None, "voters")]),
    ("One in every five homes flooded.", [(0.2, None, "homes")]),
    ("Two out of three nurses said they were exhausted.", [(2 / 3, None, "nurses")]),
    ("Nearly a third of voters were undecided.", [(1 / 3, "nearly", "voters")]),
    ("More than half of the nurses signed.", [(0.5, "more than", "nurses")]),
    ("All but three of the 50 states reported cases.", [(3, "all but", "states"), (50, None, "states")]),
    ("All but one of the 12 members voted yes.", [(1, "all but", "members"), (12, None, "members")]),
    ("The project took two and a half years.", [(2.5, None, "years")]),
    ("The city borrowed one and a half million dollars.", [(1.5e6, None, None)]),
    ("Twenty-two Republicans voted against the bill.", [(22, None, "Republicans")]),
    ("Forty people were evacuated overnight.", [(40, None, "people")]),
    ("Officers seized three handguns.", [(3, None, "handguns")]),
    ("The committee advanced the bill 14-8 in June.", [(14, None, "votes"), (8, None, "votes")]),
    ("Fewer than a quarter offer help with benefits.", [(0.25, "fewer than", None)]),
    ("Violent crime has fallen by about a tenth.", [(0.1, "about", "Violent crime")]),
    ("Most families spend more than half their income on rent.", [(0.5, "more than", "income")]),
    (
        "The hall held 150 residents, about three dozen of whom spoke.",
        [(150, None, "residents"), (36, "about", "residents")],
    ),
    (
        "Vacancies stood at 46 of 210 budgeted positions.",
        [(46, None, "budgeted positions"), (210, None, "budgeted positions")],
    ),
    ("Deals worth more than $1 million fell to 342 from 377.", [(342, None, "Deals"), (377, None, "Deals")]),
    ("Exports grew, and foreign reserves fell to $38.6 billion.", [(38.6e9, None, "foreign reserves")]),
    (
        "Complaints about the firm rose to 1,480 from 310.",
        [(1480, None, "Complaints"), (310, None, "Complaints")],
    ),
    ("The budget includes $18.5 million for street repairs.", [(18.5e6, None, "street repairs")]),
    ("It has spent $1.1 billion on acquisitions since 2021.", [(1.1e9, None, "acquisitions")]),
    ("Robberies in the city are up 23 percent this year.", [(23, None, "Robberies")]),
    ("The reserve fund would fall to about $31 million.", [(31e6, "about", "reserve fund")]),
    ("The number of police officers had fallen by almost 20,000.", [(20000, "almost", "police officers")]),
    ("Officials counted 2,300 homes and businesses without power.", [(2300, None, "homes and businesses")]),
    ("The league has 38 publicly financed venues.", [(38, None, "publicly financed venues")]),
    ("The shelter housed 312 people overnight.", [(312, None, "people")]),
    (
        "The region's jobless rate reached 7.5 percent, up from 6.1 last year.",
        [(7.5, None, "jobless rate"), (6.1, None, "jobless rate")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[row[0][:40] for row in FORMS])
def test_number_forms(sentence: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    found = [(s.value, s.qualifier, s.counts) for s in find_statistics(sentence)]
    assert len(found) == len(expected), found
    for (value, qualifier, counts), (want_value, want_qualifier, want_counts) in zip(
        found, expected, strict=True
    ):
        assert (value, qualifier, counts) == (pytest.approx(want_value), want_qualifier, want_counts), found


def test_place_and_period_carry_from_the_sentence_that_introduced_the_list() -> None:
    text = "In the county, police recorded in 2025:\n\n- 14 homicides\n\n- 230 burglaries\n\nSeparately, 40 clinics closed."
    statistics = find_statistics(
        text,
        dates=find_dates(text),
        places=[("the county", text.index("the county"), text.index("the county") + len("the county"))],
    )
    assert [(s.value, s.place, s.period) for s in statistics] == [
        (14, "the county", "in 2025"),
        (230, "the county", "in 2025"),
        (40, None, None),
    ]


NOT_STATISTICS = [
    "Thousands of people marched.",
    "Hundreds of thousands of fans lined the route.",
    "Millions of dollars were wasted.",
    "Dozens of residents complained.",
    "Scores of homes were damaged.",
    "Several officers were hurt.",
    "She turned 40 in March.",
    "The bill, H.R. 2617, passed.",
    "Call 555-0142 for details.",
    "She finished third in the race.",
    "Two Men Sentenced for Fraud",
    "Three Rivers Council Meets Tonight",
    "Rosa Delgado, 83, has lived on the street since 1970.",
    "Of the victims, several were 19 or younger.",
    "Customers who paid $500 or more will get refunds first.",
    "Patients waiting more than 52 weeks get priority.",
    "The state ranks 12 out of 50 in school funding.",
    "The team finished in the top 10 of the league.",
    "The city ranked 5th in the nation.",
    "Few patients can find a bed within 50 miles of home.",
    "Taxpayers must file Form 1040 by April.",
    "A 35-year-old man was arrested.",
    "The victim, aged 45, died at the scene.",
]


@pytest.mark.parametrize("sentence", NOT_STATISTICS)
def test_not_a_statistic(sentence: str) -> None:
    assert find_statistics(sentence) == []
