"""`/v1/statistics/groups` over a real index of four outlets reporting one release (tests/data/groups/).

The invented articles state the same state figures rounded and qualified differently ("4,130", "More than
4,100", "Nearly 4,200"; "About 52 percent", "Roughly half"), one outlet disputes the count (3,500), and
distractors must never join a group: the same noun for another period (2022), the same noun as a percent
change, the two sides of a poll in one sentence, a part and its whole ("Seven of the 10"), units of time
("six weeks"), a headline figure that counts no thing ("Top 4,000 Again"), and one campaign's cost in two
currencies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import EngineName, build_index
from app.main import create_app

GROUPS_CORPUS = Path(__file__).resolve().parent / "data" / "groups"
GAZETTE, LEDGER, COURIER, STAR = (
    "gazette-road-deaths",
    "ledger-road-deaths",
    "courier-road-deaths",
    "star-road-toll-dispute",
)


@pytest.fixture(scope="module")
def groups_client(engine: EngineName, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    index_dir = tmp_path_factory.mktemp(f"groups-{engine}")
    assert build_index(GROUPS_CORPUS, index_dir, workers=1, engine=engine).documents == 4
    settings = Settings(index_dir=index_dir, _env_file=None)  # type: ignore[call-arg]
    with TestClient(create_app(settings)) as client:
        yield client


def groups(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/statistics/groups", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    items: list[dict[str, Any]] = body["items"]
    return items


def members(group: dict[str, Any]) -> list[tuple[str, str]]:
    return [(member["document_id"], member["text"]) for member in group["members"]]


def test_exactly_the_repeated_quantities_are_grouped(groups_client: TestClient) -> None:
    found = {group["label"]: group for group in groups(groups_client, per_page=100)}
    assert set(found) == {"traffic deaths · Texas · 2023", "drivers · Texas · 2023", "likely voters"}

    deaths = found["traffic deaths · Texas · 2023"]
    assert members(deaths) == [
        (GAZETTE, "4,130"),
        (LEDGER, "More than 4,100"),
        (COURIER, "Nearly 4,200"),
        (STAR, "3,500"),
    ]
    assert deaths["how"] == {
        "counts": "traffic death",
        "measure": "count",
        "place": "texas",
        "period": "2023",
    }
    assert (deaths["agree"], deaths["disagree"]) == (False, True)
    assert deaths["first_seen"] == {"document_id": GAZETTE, "published": "2024-02-05"}
    assert deaths["documents"] == 4

    drivers = found["drivers · Texas · 2023"]
    assert members(drivers) == [(GAZETTE, "About 52 percent"), (LEDGER, "Roughly half")]
    assert drivers["how"]["measure"] == "share"
    assert (drivers["agree"], drivers["disagree"]) == (True, False)

    voters = found["likely voters"]
    assert members(voters) == [(COURIER, "61 percent"), (STAR, "61 percent")], (
        "35 percent is the poll's other side"
    )
    assert (voters["agree"], voters["disagree"]) == (True, False)


def test_every_member_points_at_its_figure(groups_client: TestClient) -> None:
    for group in groups(groups_client, per_page=100):
        for member in group["members"]:
            document = groups_client.get(f"/v1/documents/{member['document_id']}").json()
            assert document["text"][member["start"] : member["end"]] == member["text"]


@pytest.mark.parametrize(
    ("params", "labels"),
    [
        ({"disagree": "true"}, {"traffic deaths · Texas · 2023"}),
        ({"disagree": "false"}, {"drivers · Texas · 2023", "likely voters"}),
        ({"q": "drivers"}, {"drivers · Texas · 2023"}),
        ({"q": "texas"}, {"traffic deaths · Texas · 2023", "drivers · Texas · 2023"}),
        ({"q": "driver"}, {"drivers · Texas · 2023"}),
        ({"min_members": 3}, {"traffic deaths · Texas · 2023"}),
        ({"q": "weeks"}, set()),
    ],
)
def test_filters(groups_client: TestClient, params: dict[str, Any], labels: set[str]) -> None:
    assert {group["label"] for group in groups(groups_client, **params)} == labels


def test_min_sources_counts_distinct_attributed_sources(groups_client: TestClient) -> None:
    every = groups(groups_client, per_page=100)
    for group in every:
        named = {member["attributed_to"]["name"] for member in group["members"] if member["attributed_to"]}
        assert len(group["sources"]) == len(named)
    for minimum in (1, 2):
        expected = {group["label"] for group in every if len(group["sources"]) >= minimum}
        assert {group["label"] for group in groups(groups_client, min_sources=minimum)} == expected


def test_bad_filters_are_422(groups_client: TestClient) -> None:
    for params in [{"min_members": 1}, {"min_sources": -1}, {"disagree": "maybe"}]:
        assert groups_client.get("/v1/statistics/groups", params=params).status_code == 422, params


def test_ingest_and_delete_regroup_only_what_they_touch(engine: EngineName, tmp_path: Path) -> None:
    build_index(GROUPS_CORPUS, tmp_path / "index", workers=1, engine=engine)
    key = "groups-writer-key"
    settings = Settings(index_dir=tmp_path / "index", api_keys=[key], _env_file=None)  # type: ignore[call-arg]
    wire = {
        "id": "wire-road-deaths",
        "text": "Some 4,100 traffic deaths were recorded in Texas in 2023, the state said.",
        "published": "2024-02-09",
        "outlet": "Example Wire",
    }
    auth = {"Authorization": f"Bearer {key}"}
    with TestClient(create_app(settings)) as client:
        assert client.post("/v1/documents", json=wire, headers=auth).status_code == 201
        (deaths,) = groups(client, q="traffic")
        assert members(deaths)[-1] == ("wire-road-deaths", "Some 4,100")
        assert client.delete(f"/v1/documents/{GAZETTE}", headers=auth).status_code == 204
        (deaths,) = groups(client, q="traffic")
        assert [document for document, _ in members(deaths)] == [LEDGER, COURIER, STAR, "wire-road-deaths"]
        assert deaths["first_seen"]["document_id"] == LEDGER
        assert {group["label"] for group in groups(client)} == {
            "traffic deaths · Texas · 2023",
            "likely voters",
        }


def test_groups_page_with_a_cursor_like_every_list(groups_client: TestClient) -> None:
    every = [group["label"] for group in groups(groups_client, per_page=100)]
    first = groups_client.get("/v1/statistics/groups", params={"per_page": 2})
    body = first.json()
    assert body["total"] == len(every) and body["next"] and 'rel="next"' in first.headers["link"]
    rest = groups_client.get("/v1/statistics/groups", params={"per_page": 2, "cursor": body["next"]}).json()
    assert [group["label"] for group in body["items"] + rest["items"]] == every and rest["next"] is None
