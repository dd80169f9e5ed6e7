"""Story clusters below the API: exact keys, a bridge taken out, independent sources, the measured fixture."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.extract.grouping import independent_sources
from app.index.clusters import ClusterWriter, cluster_ids_in
from app.models import Attribution, CitedStatistic, DocumentRecord, Provenanced, Statistic
from benchmarks.clusters import DEFAULT_THRESHOLD, evaluate

DATA = Path(__file__).resolve().parent / "data" / "generalization"
# Two real stories cut to one length, so a text holding both is as near to each.
FIRST, SECOND = (
    " ".join((DATA / name).read_text(encoding="utf-8").split()[:120])
    for name in ("g05_court.txt", "g09_health_dept.txt")
)


def _record(doc_id: str, text: str, *, title: str | None = None, url: str | None = None) -> DocumentRecord:
    return DocumentRecord(
        id=doc_id,
        text=text,
        raw_text=text,
        title=Provenanced[str](value=title, source="metadata") if title else None,
        url=url,
        extractor_version="test",
        content_hash=doc_id,
    )


@pytest.fixture
def connection() -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(":memory:") as connection:
        yield connection


@pytest.fixture
def writer(connection: sqlite3.Connection) -> ClusterWriter:
    return ClusterWriter(connection, threshold=DEFAULT_THRESHOLD)


def _clusters(connection: sqlite3.Connection, *doc_ids: str) -> list[set[str]]:
    found = cluster_ids_in(connection, doc_ids)
    by_cluster: dict[str, set[str]] = {}
    for doc_id, cluster in found.items():
        by_cluster.setdefault(cluster, set()).add(doc_id)
    return sorted(by_cluster.values(), key=sorted)


def test_a_bridge_taken_out_splits_its_cluster(writer: ClusterWriter, connection: sqlite3.Connection) -> None:
    writer.add(_record("first", FIRST))
    writer.add(_record("second", SECOND))
    assert _clusters(connection, "first", "second") == [{"first"}, {"second"}]
    # A roundup printing both stories whole is a near-duplicate of each: the three are one cluster.
    writer.add(_record("both", FIRST + "\n\n" + SECOND))
    assert _clusters(connection, "first", "second", "both") == [{"both", "first", "second"}]
    # The merge moved one of the two stories into the other's cluster: its statistic groups are recounted.
    assert len(writer.moved()) == 1
    writer.remove("both")
    assert _clusters(connection, "first", "second") == [{"first"}, {"second"}]
    assert writer.moved() == {"first", "second"}


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            {"url": "https://www.example.com/a/story/"},
            {"url": "http://example.com/a/story?utm_source=x"},
            True,
        ),
        ({"url": "https://example.com/a/story"}, {"url": "https://example.com/b/story"}, False),
        (
            {"title": "Court Sides With Tenants In Rent Case"},
            {"title": "Court sides with tenants in rent case!"},
            True,
        ),
        # Short headlines are shared by unrelated stories.
        ({"title": "Letters"}, {"title": "Letters"}, False),
    ],
)
def test_exact_title_and_url_keys(
    writer: ClusterWriter,
    connection: sqlite3.Connection,
    first: dict[str, str],
    second: dict[str, str],
    same: bool,
) -> None:
    writer.add(_record("first", FIRST, **first))
    writer.add(_record("second", SECOND, **second))
    assert (len(_clusters(connection, "first", "second")) == 1) is same


def _cited(document_id: str, source: str | None) -> CitedStatistic:
    statistic = Statistic(
        start=0,
        end=5,
        text="4,130",
        value=4130,
        kind="count",
        sentence={"start": 0, "end": 5, "text": "4,130"},
        attributed_to=Attribution(name=source) if source else None,
    )
    return CitedStatistic(document_id=document_id, statistic=statistic)


@pytest.mark.parametrize(
    ("members", "clusters", "expected"),
    [
        # Three outlets in their own voice, no copies: three sources.
        ([("a", None), ("b", None), ("c", None)], {}, 3),
        # A reprint of a counts once with it.
        ([("a", None), ("a-copy", None), ("c", None)], {"a-copy": "a", "a": "a"}, 2),
        # Two unrelated stories citing one department: one source.
        ([("a", "State Department"), ("b", "state department")], {}, 1),
        # A copy cites the department the third story cites: all three are one.
        ([("a", None), ("a-copy", "Department"), ("c", "Department")], {"a-copy": "a", "a": "a"}, 1),
    ],
)
def test_independent_sources(
    members: list[tuple[str, str | None]], clusters: dict[str, str], expected: int
) -> None:
    assert independent_sources([_cited(doc_id, source) for doc_id, source in members], clusters) == expected


def test_the_fixture_meets_the_goal_at_the_default_threshold() -> None:
    (scores,) = evaluate([DEFAULT_THRESHOLD])
    assert scores.documents > 200 and scores.stories > 60
    assert scores.precision >= 0.95 and scores.recall >= 0.95, scores
