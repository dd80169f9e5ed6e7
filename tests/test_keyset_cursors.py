"""Keyset cursors: a page starts after the last item of the one before, so ingests between requests do not
shift it, on a real index on disk written by each engine."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.index.keyset import KeysetOrder
from app.paging import encode_cursor, resolve_window
from tests.test_ingest import ARTICLE, AUTH, index_dir, settings_for, writer

__all__ = ["index_dir", "writer"]  # fixtures shared with the ingest tests


def article(number: int, published: str) -> dict[str, Any]:
    """A distinct document about the same subject as ARTICLE, published on that day."""
    text = ARTICLE["text"].replace("40 new deputies", f"{number} new deputies")
    return dict(ARTICLE, id=f"gazette-jail-budget-{number}", text=text, published=published)


def identity(item: dict[str, Any]) -> str:
    """What tells items of a list apart: a document's or group's id, an entity's, a figure's place."""
    return str(item.get("id") or item.get("entity_id") or f"{item['document_id']}:{item['start']}")


def walk(client: TestClient, path: str, params: dict[str, Any], between: list[dict[str, Any]]) -> list[str]:
    """Every id of a list, following `next`; one document of `between` is ingested before each next page."""
    pending = list(between)
    response = client.get(path, params=params)
    ids: list[str] = []
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        ids += [identity(item) for item in body["items"]]
        if body["next"] is None:
            return ids
        if pending:
            assert client.post("/v1/documents", json=pending.pop(0), headers=AUTH).status_code == 201
        response = client.get(path, params=params | {"cursor": body["next"]})


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/search", {"per_page": 2}),
        ("/v1/search", {"per_page": 2, "sort": "published"}),
        ("/v1/documents", {"per_page": 2, "sort": "-published"}),
    ],
)
def test_pages_do_not_shift_while_documents_are_ingested(
    writer: TestClient, path: str, params: dict[str, Any]
) -> None:
    before = walk(writer, path, params, [])
    # Documents that sort first in one order and last in the other land before or after every cursor.
    ingested = [
        article(number, published) for number, published in enumerate(["2031-01-01", "1901-01-01"] * 3)
    ]
    during = walk(writer, path, params, ingested)
    assert len(during) == len(set(during)), "an item was shown twice"
    assert [doc_id for doc_id in during if doc_id in before] == before, "an item was skipped or moved"


def test_a_relevance_walk_returns_each_hit_once_in_order(writer: TestClient) -> None:
    for number in range(6):
        writer.post("/v1/documents", json=article(number, "2019-05-02"), headers=AUTH)
    everything = writer.get("/v1/search", params={"q": "deputies", "per_page": 50}).json()["items"]
    walked = walk(writer, "/v1/search", {"q": "deputies", "per_page": 2}, [])
    assert walked == [hit["id"] for hit in everything]
    assert len(walked) == 6


def test_a_deep_page_by_number_continues_by_cursor(writer: TestClient) -> None:
    """`page` still works for shallow browsing, and its `next` is a keyset cursor like any other."""
    everything = [item["id"] for item in writer.get("/v1/search", params={"per_page": 50}).json()["items"]]
    second = writer.get("/v1/search", params={"per_page": 2, "page": 2}).json()
    assert second["page"] == 2 and [item["id"] for item in second["items"]] == everything[2:4]
    third = writer.get("/v1/search", params={"per_page": 2, "cursor": second["next"]}).json()
    assert third["page"] == 3 and [item["id"] for item in third["items"]] == everything[4:6]


def test_a_cursor_reused_with_other_parameters_is_refused(writer: TestClient) -> None:
    cursor = writer.get("/v1/search", params={"per_page": 2}).json()["next"]
    other = writer.get("/v1/search", params={"per_page": 2, "sort": "published", "cursor": cursor})
    assert other.status_code == 400
    assert other.headers["content-type"] == "application/problem+json"
    assert "cursor" in other.json()["detail"]


@pytest.mark.parametrize("after", [(-3, "doc-1"), (0.25, "doc-2"), ("Homan", "thomas-homan")])
def test_the_cursor_round_trips_its_position(after: tuple[float | int | str, str], tmp_path: Any) -> None:
    params = {"q": ["ice"], "per_page": 2}
    settings = settings_for(tmp_path)
    cursor = encode_cursor(4, params, after)
    window = resolve_window(page=1, per_page=2, cursor=cursor, params=params, settings=settings)
    assert (window.offset, window.page, window.after) == (4, 3, after)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/statistics", {"per_page": 3}),
        ("/v1/entities", {"per_page": 5}),
        ("/v1/entities", {"per_page": 5, "sort": "name"}),
    ],
)
def test_sqlite_lists_do_not_shift_while_documents_are_ingested(
    writer: TestClient, path: str, params: dict[str, Any]
) -> None:
    before = walk(writer, path, params, [])
    assert len(before) > 1
    during = walk(writer, path, params, [article(number, "2031-01-01") for number in range(3)])
    assert len(during) == len(set(during)), "an item was shown twice"
    assert [item for item in during if item in before] == before, "an item was skipped or moved"


@pytest.mark.parametrize(
    "order_by",
    [
        "published IS NULL, published DESC, doc_id, start",
        "published IS NULL, published, doc_id, start",
        "documents DESC, name, doc_id, start",
        "doc_id, start",
        "documents DESC, start DESC",
    ],
)
def test_a_keyset_walk_of_a_table_follows_its_order(order_by: str) -> None:
    """Rows with NULLs, ties and mixed directions, read 3 at a time after the last one shown."""
    order = KeysetOrder.parse(order_by)
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.row_factory = sqlite3.Row
        connection.execute(
            "CREATE TABLE t (doc_id TEXT, start INTEGER, published TEXT, documents INTEGER, name TEXT)"
        )
        connection.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [
                (
                    f"d{number % 4}",
                    number,
                    [None, "2019-01-02", "2018-05-06"][number % 3],
                    number % 2,
                    "ab"[number % 2],
                )
                for number in range(20)
            ],
        )
        expected = [
            row["start"] for row in connection.execute(f"SELECT start FROM t ORDER BY {order.order_by()}")
        ]
        walked: list[int] = []
        last = None
        while True:
            following, params = order.after(last)
            rows = connection.execute(
                f"SELECT start, {order.key_columns()} FROM t WHERE {following} ORDER BY {order.order_by()} LIMIT 3",
                params,
            ).fetchall()
            walked += [row["start"] for row in rows]
            last = order.last_of(rows, 3)
            if last is None:
                break
    assert walked == expected


def test_a_forged_position_is_a_400_not_a_500(writer: TestClient) -> None:
    """A cursor bound to the request but holding a position of another shape (as if edited by hand)."""
    params = {"per_page": 2}
    fingerprinted: dict[str, object] = {"per_page": 2}
    for path, position in [("/v1/statistics", (1, "x")), ("/v1/search", ("text", "x"))]:
        cursor = encode_cursor(2, fingerprinted, position)
        response = writer.get(path, params=params | {"cursor": cursor})
        assert response.status_code == 400, response.text
        assert "not one this API returned" in response.json()["detail"]
