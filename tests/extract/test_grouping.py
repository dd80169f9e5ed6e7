"""Statistic groups: keys, value agreement and the split into quantities, as tables."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.extract.group_keys import group_key, period_key, place_key, thing_key
from app.extract.grouping import compatible, group_statistics
from app.models import Attribution, CitedStatistic, Evidence, Statistic


def figure(text: str, value: float, *, sentence: int = 0, **fields: Any) -> Statistic:
    """A statistic as the extractor would give it; `sentence` tells sentences apart."""
    fields.setdefault("kind", "count")
    fields.setdefault("counts", "arrests")
    return Statistic(
        start=sentence * 100,
        end=sentence * 100 + len(text),
        text=text,
        value=value,
        sentence=Evidence(start=sentence * 100, end=sentence * 100 + 99, text=f"sentence {sentence}"),
        **fields,
    )


def cited(document: str, published: str | None, statistic: Statistic) -> CitedStatistic:
    return CitedStatistic(
        document_id=document,
        published=date.fromisoformat(published) if published else None,
        statistic=statistic,
    )


@pytest.mark.parametrize(
    ("counts", "key"),
    [
        ("criminal aliens", "criminal alien"),
        ("Criminal Illegal Aliens", "criminal illegal alien"),
        ("burglaries", "burglary"),
        ("the drug offenses", "drug offense"),
        ("ICE's requests", "ice request"),
        ("women", "woman"),
        ("people", "people"),
        ("buses", "bus"),
        ("crises", "crisis"),
        ("statistics", "statistics"),
        ("hours", None),
        ("weeks", None),
        ("consecutive months", None),
        ("decades", None),
        ("times", None),
        ("Again", None),
        ("U.S.C.", None),
        ("", None),
        (None, None),
    ],
)
def test_thing_key_is_a_lemma_phrase_never_a_stem_or_time_or_vague_word(
    counts: str | None, key: str | None
) -> None:
    assert thing_key(counts) == key


@pytest.mark.parametrize(
    ("place", "key"),
    [
        ("L.A.", "los angeles"),
        ("Los Angeles, California", "los angeles"),
        ("U.S.", "united states"),
        ("US", "united states"),
        ("the United States", "united states"),
        ("Calif.", "calif"),
        ("CA", "california"),
        ("Clark, Nevada", "clark, nevada"),
        ("Miami-Dade County", "miami-dade county"),
        (None, None),
    ],
)
def test_place_key(place: str | None, key: str | None) -> None:
    assert place_key(place) == key


@pytest.mark.parametrize(
    ("period", "key"),
    [
        ("in 2023", "2023"),
        ("In 2023", "2023"),
        ("during the first three months of fiscal year 2017", "first three month fy2017"),
        ("in FY 2017", "fy2017"),
        ("every single day", "per day"),
        ("EVERY DAY", "per day"),
        ("daily", "per day"),
        ("each year", "per year"),
        ("In mid-2017", "mid-2017"),
        ("the", None),
        (None, None),
    ],
)
def test_period_key(period: str | None, key: str | None) -> None:
    assert period_key(period) == key


HALF = figure("about half", 0.5, kind="fraction", qualifier="about")
FIFTY_PERCENT = figure("50 percent", 50, kind="percent")
PERCENT = {"kind": "percent"}


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        (HALF, FIFTY_PERCENT, True),
        (figure("more than 25,000", 25_000, qualifier="more than"), figure("25,600", 25_600), True),
        (figure("25,000", 25_000), figure("25,600", 25_600), False),
        (figure("about 25,000", 25_000, approximate=True), figure("25,600", 25_600), True),
        (figure("70 to 100", 70, value_high=100, kind="range"), figure("85", 85), True),
        (figure("70 to 100", 70, value_high=100, kind="range"), figure("120", 120), False),
        (figure("400", 400), figure("399", 399), True),
        (figure("nearly 4,200", 4_200, qualifier="nearly"), figure("4,130", 4_130), True),
        (figure("nearly 4,200", 4_200, qualifier="nearly"), figure("4,250", 4_250), False),
        (figure("up to 100", 100, qualifier="up to"), figure("70", 70), True),
        (figure("1.7 million", 1_700_000), figure("1.72 million", 1_720_000), True),
        (figure("47 percent", 47, **PERCENT), figure("48 percent", 48, **PERCENT), False),
        (figure("47 percent", 47, **PERCENT), figure("36 percent", 36, **PERCENT), False),
        (figure("one in five", 0.2, kind="ratio"), figure("20 percent", 20, **PERCENT), True),
        (figure("seven", 7), figure("ten", 10), False),
    ],
)
def test_agreement_reads_qualifiers_and_rounding(first: Statistic, second: Statistic, agree: bool) -> None:
    assert compatible(first, second) is agree
    assert compatible(second, first) is agree


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (figure("47 percent", 47, **PERCENT), figure("47", 47)),
        (
            figure("$5 million", 5e6, kind="money", unit="USD"),
            figure("£5 million", 5e6, kind="money", unit="GBP"),
        ),
        (figure("12 mph", 12, unit="mph"), figure("12", 12)),
        (
            figure("31.2 per 100,000", 31.2, kind="ratio", unit="per 100,000"),
            figure("31.2 percent", 31.2, **PERCENT),
        ),
        (figure("500", 500, period="in 2016"), figure("500", 500, period="in 2017")),
        (figure("500", 500, place="Texas"), figure("500", 500, place="Ohio")),
    ],
)
def test_different_measures_places_and_periods_never_share_a_key(first: Statistic, second: Statistic) -> None:
    assert group_key(first) != group_key(second)


def test_vague_figures_have_no_key() -> None:
    assert group_key(figure("tens of thousands", 10_000)) is None
    assert group_key(figure("hundreds", 100)) is None
    assert group_key(figure("a dozen", 12)) is not None


def labelled(groups: list[Any]) -> list[list[tuple[str, str]]]:
    return [[(member.document_id, member.statistic.text) for member in group.members] for group in groups]


TEXAS = {"place": "Texas", "period": "in 2023"}


@pytest.mark.parametrize(
    ("statistics", "expected", "disagree"),
    [
        pytest.param(
            [
                cited("b", "2024-02-06", figure("more than 4,100", 4_100, qualifier="more than", **TEXAS)),
                cited("a", "2024-02-05", figure("4,130", 4_130, **TEXAS)),
                cited("c", None, figure("nearly 4,200", 4_200, qualifier="nearly", **TEXAS)),
            ],
            [[("a", "4,130"), ("b", "more than 4,100"), ("c", "nearly 4,200")]],
            [False],
            id="one release, three roundings, earliest first, undated last",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("4,130", 4_130, **TEXAS)),
                cited("d", "2024-02-08", figure("3,500", 3_500, **TEXAS)),
            ],
            [[("a", "4,130"), ("d", "3,500")]],
            [True],
            id="a disputed count of a pinned-down quantity disagrees",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("5,000", 5_000)),
                cited("b", "2024-02-06", figure("3 million", 3e6)),
            ],
            [],
            [],
            id="without place or period, incompatible figures are two quantities",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("47 percent", 47, counts="likely voters", **PERCENT)),
                cited("a", "2024-02-05", figure("36 percent", 36, counts="likely voters", **PERCENT)),
            ],
            [],
            [],
            id="the two sides of a poll are two quantities",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("seven", 7, counts="safest cities")),
                cited("a", "2024-02-05", figure("ten", 10, counts="safest cities")),
                cited("b", "2024-02-06", figure("seven", 7, counts="safest cities")),
            ],
            [[("a", "seven"), ("b", "seven")]],
            [False],
            id="a part and its whole: the part repeated elsewhere is grouped, the whole is not",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("399", 399, counts="homicides")),
                cited("a", "2024-02-05", figure("31", 31, counts="homicides", sentence=3)),
            ],
            [],
            [],
            id="incompatible figures of one document are different quantities",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("Over 25,000", 25_000, qualifier="over", **TEXAS)),
                cited("a", "2024-02-05", figure("25,600", 25_600, sentence=4, **TEXAS)),
            ],
            [[("a", "Over 25,000"), ("a", "25,600")]],
            [False],
            id="twice in one document",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("two", 2, counts="children")),
                cited("b", "2024-02-06", figure("two", 2, counts="children")),
            ],
            [],
            [],
            id="one plain noun with no place or period says too little to be one quantity",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("29", 29, counts="votes", **TEXAS)),
                cited(
                    "b",
                    "2024-02-06",
                    figure("fewer than 900", 900, qualifier="fewer than", counts="votes", **TEXAS),
                ),
                cited("c", "2024-02-07", figure("6", 6, counts="votes", **TEXAS)),
                cited("c", "2024-02-07", figure("3", 3, counts="votes", **TEXAS)),
            ],
            [],
            [],
            id="compatible bounds far apart are different quantities",
        ),
        pytest.param(
            [
                cited(
                    "a",
                    "2024-02-05",
                    figure("about 1.7 million", 1.7e6, qualifier="about", counts="barrels", period="per day"),
                ),
                cited(
                    "a", "2024-02-05", figure("2 million", 2e6, counts="barrels", period="a day", sentence=3)
                ),
            ],
            [],
            [],
            id="a rate says neither where nor when: one plain noun per day is still too little",
        ),
        pytest.param(
            [
                cited(
                    "a",
                    "2024-02-05",
                    figure("1.7 million", 1.7e6, counts="barrels", period="per day in 2024"),
                ),
                cited(
                    "b", "2024-02-06", figure("1.7 million", 1.7e6, counts="barrels", period="a day in 2024")
                ),
            ],
            [[("a", "1.7 million"), ("b", "1.7 million")]],
            [False],
            id="a rate with a year is pinned to that year",
        ),
        pytest.param(
            [
                cited("a", "2024-02-05", figure("five", 5, counts="seats")),
                cited("a", "2024-02-05", figure("five", 5, counts="seats")),
            ],
            [],
            [],
            id="one sentence never repeats itself",
        ),
    ],
)
def test_group_statistics(
    statistics: list[CitedStatistic], expected: list[list[tuple[str, str]]], disagree: list[bool]
) -> None:
    groups = group_statistics(statistics)
    assert labelled(groups) == expected
    assert [group.disagree for group in groups] == disagree


def test_a_sentence_printed_twice_states_its_figure_once() -> None:
    first = figure("nearly five million", 5e6, qualifier="nearly", counts="offences", **TEXAS)
    repeated = first.model_copy(
        update={"start": 900, "end": 919, "sentence": Evidence(start=900, end=999, text=first.sentence.text)}
    )
    assert group_statistics([cited("a", "2024-02-05", first), cited("a", "2024-02-05", repeated)]) == []
    elsewhere = cited("b", "2024-02-06", first)
    (group,) = group_statistics(
        [cited("a", "2024-02-05", first), cited("a", "2024-02-05", repeated), elsewhere]
    )
    assert [member.document_id for member in group.members] == ["a", "b"]


def test_a_period_alone_never_makes_two_documents_figures_one_disputed_quantity() -> None:
    growth = {"counts": "GDP", "kind": "percent", "unit": "percent", "period": "in 2025"}
    one_country = cited("a", "2025-03-01", figure("2.7%", 2.7, **growth))
    another = cited("b", "2025-03-02", figure("4.3 percent", 4.3, **growth))
    assert group_statistics([one_country, another]) == []
    same_place = {**growth, "place": "Kenya"}
    kenya = [cited("a", "2025-03-01", figure("4.1%", 4.1, **same_place))]
    kenya.append(cited("b", "2025-03-02", figure("4.3 percent", 4.3, **same_place)))
    (dispute,) = group_statistics(kenya)
    assert dispute.disagree


def test_a_group_names_its_key_label_and_distinct_sources() -> None:
    homan = Attribution(name="Thomas Homan", entity_id="thomas-homan")
    tom = Attribution(name="Tom Homan", entity_id="thomas-homan")
    dhs = Attribution(name="DHS")
    fields = {"counts": "criminal aliens", "place": "California", "period": "in 2017"}
    (group,) = group_statistics(
        [
            cited("a", "2018-03-09", figure("10,000", 10_000, attributed_to=homan, **fields)),
            cited(
                "b",
                "2018-03-10",
                figure("about 10,000", 10_000, qualifier="about", attributed_to=tom, **fields),
            ),
            cited("c", "2018-03-11", figure("10,000", 10_000, attributed_to=dhs, **fields)),
        ]
    )
    assert group.label == "criminal aliens · California · 2017"
    assert group.how.model_dump() == {
        "counts": "criminal alien",
        "measure": "count",
        "place": "california",
        "period": "2017",
    }
    assert [source.name for source in group.sources] == ["Thomas Homan", "DHS"]
