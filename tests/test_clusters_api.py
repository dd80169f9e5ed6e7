"""Story clusters over a real index on disk, on each engine: a Reuters story with two reprints, the
statistic-groups corpus (tests/data/groups/) with one outlet's copy of another's story, and real stories
on other topics that stay alone. Ingest joins a cluster without a rebuild; delete takes a member out."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import EngineName, build_index
from app.main import create_app

DATA = Path(__file__).resolve().parent / "data"
WIRE_STORY = (DATA / "blind3" / "b3_01_reuters_india_election.txt").read_text(encoding="utf-8")
KEY = "cluster-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
BOILERPLATE = "Sign up for our free morning newsletter to get the day's top stories in your inbox."


def _reprint(text: str, headline: str, *, drop_last: int = 0) -> str:
    """An outlet's copy: its own headline, the story's paragraphs (maybe trimmed), its boilerplate."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()][1:]
    kept = paragraphs[: len(paragraphs) - drop_last]
    return "\n\n".join([headline, *kept, BOILERPLATE]) + "\n"


def _write(corpus: Path, doc_id: str, text: str, **metadata: str) -> None:
    (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (corpus / f"{doc_id}.json").write_text(json.dumps(metadata), encoding="utf-8")


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    shutil.copytree(DATA / "groups", corpus)
    _write(corpus, "wire-original", WIRE_STORY, outlet="Reuters", published="2026-11-20")
    # A reprint dated a day earlier (a time zone, a wrong date): the wire's own copy is still the original.
    _write(
        corpus,
        "wire-reprint-early",
        _reprint(WIRE_STORY, "Ruling Party Keeps Haryana in State Vote"),
        outlet="Valley Courier",
        published="2026-11-19",
    )
    _write(
        corpus,
        "wire-reprint-trimmed",
        _reprint(WIRE_STORY, "Mehra Wins Second Term as Allies Take 52 Seats", drop_last=1),
        outlet="Harbor Daily",
        published="2026-11-21",
    )
    gazette = (corpus / "gazette-road-deaths.txt").read_text(encoding="utf-8")
    _write(corpus, "gazette-copy", _reprint("x\n\n" + gazette, "Road Deaths Stay Above 4,000 in Texas"))
    for name in ("g02_city_hall", "g05_court", "g09_health_dept"):
        shutil.copy(DATA / "generalization" / f"{name}.txt", corpus / f"{name}.txt")
    return corpus


@pytest.fixture(scope="module")
def cluster_client(engine: EngineName, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp(f"clusters-{engine}")
    index_dir = root / "index"
    build_index(_corpus(root), index_dir, workers=1, engine=engine)
    settings = Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    with TestClient(create_app(settings)) as client:
        yield client


def _document(client: TestClient, doc_id: str) -> dict[str, Any]:
    response = client.get(f"/v1/documents/{doc_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_reprints_share_the_wire_story_cluster(cluster_client: TestClient) -> None:
    clusters = {
        doc_id: _document(cluster_client, doc_id)["cluster"]
        for doc_id in ("wire-original", "wire-reprint-early", "wire-reprint-trimmed")
    }
    assert {cluster["id"] for cluster in clusters.values()} == {clusters["wire-original"]["id"]}
    assert all(cluster["size"] == 3 for cluster in clusters.values())
    # The wire's own copy is the original, though a reprint is dated earlier.
    assert all(cluster["original"] == "wire-original" for cluster in clusters.values())


def test_the_wire_credit_is_the_documents_syndication(cluster_client: TestClient) -> None:
    syndication = _document(cluster_client, "wire-reprint-early")["syndication"]
    assert syndication["wire"] == "Reuters" and syndication["how"] == "dateline"
    document = _document(cluster_client, "wire-reprint-early")
    evidence = syndication["evidence"]
    assert document["text"][evidence["start"] : evidence["end"]] == "Reuters"
    assert _document(cluster_client, "g05_court")["syndication"] is None


def test_other_stories_stay_alone(cluster_client: TestClient) -> None:
    for doc_id in (
        "g02_city_hall",
        "g05_court",
        "g09_health_dept",
        "ledger-road-deaths",
        "star-road-toll-dispute",
    ):
        cluster = _document(cluster_client, doc_id)["cluster"]
        assert cluster["size"] == 1 and cluster["original"] == doc_id, doc_id


def test_copies_lists_the_other_members_original_first(cluster_client: TestClient) -> None:
    response = cluster_client.get("/v1/documents/wire-reprint-trimmed/copies")
    assert response.status_code == 200, response.text
    assert [item["id"] for item in response.json()["items"]] == ["wire-original", "wire-reprint-early"]
    assert cluster_client.get("/v1/documents/g05_court/copies").json()["items"] == []
    missing = cluster_client.get("/v1/documents/no-such-document/copies")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


def test_collapse_returns_each_story_once_with_its_copies(cluster_client: TestClient) -> None:
    plain = cluster_client.get("/v1/search", params={"per_page": 100}).json()
    collapsed = cluster_client.get("/v1/search", params={"per_page": 100, "collapse": "cluster"}).json()
    assert plain["total_clusters"] is None
    assert collapsed["total"] == plain["total"] == 11
    # Three reprints of the wire story are one, and the gazette's copy is one with the gazette.
    assert collapsed["total_clusters"] == len(collapsed["items"]) == 11 - 2 - 1
    copies = {hit["id"]: hit["copies"] for hit in collapsed["items"]}
    assert len({"wire-original", "wire-reprint-early", "wire-reprint-trimmed"} & set(copies)) == 1
    assert sorted(copies.values(), reverse=True)[:2] == [2, 1]
    wire_hit = next(hit for hit in collapsed["items"] if hit["copies"] == 2)
    assert cluster_client.get(wire_hit["copies_link"]).status_code == 200


def test_collapse_keeps_the_best_ranked_member_and_pages_by_cluster(cluster_client: TestClient) -> None:
    params = {"q": "Haryana", "collapse": "cluster"}
    ranked = [hit["id"] for hit in cluster_client.get("/v1/search", params={"q": "Haryana"}).json()["items"]]
    collapsed = cluster_client.get("/v1/search", params=params).json()
    assert [hit["id"] for hit in collapsed["items"]] == ranked[:1]
    assert collapsed["items"][0]["copies"] == 2 and collapsed["total_clusters"] == 1
    first = cluster_client.get("/v1/search", params={"collapse": "cluster", "per_page": 3}).json()
    second = cluster_client.get(
        "/v1/search", params={"collapse": "cluster", "per_page": 3, "cursor": first["next"]}
    ).json()
    seen = [hit["id"] for hit in first["items"] + second["items"]]
    assert len(seen) == len(set(seen)) == 6


def test_groups_count_a_copy_and_its_original_as_one_source(cluster_client: TestClient) -> None:
    items = cluster_client.get("/v1/statistics/groups", params={"per_page": 100}).json()["items"]
    deaths = next(group for group in items if group["label"] == "traffic deaths · Texas · 2023")
    documents = {member["document_id"] for member in deaths["members"]}
    assert {"gazette-road-deaths", "gazette-copy"} <= documents
    assert deaths["independent_sources"] < len(documents)


def test_ingest_joins_a_cluster_and_delete_leaves_it(engine: EngineName, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(_corpus(tmp_path), index_dir, workers=1, engine=engine)
    settings = Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    with TestClient(create_app(settings)) as client:
        reprint = _reprint(WIRE_STORY, "Haryana Returns Mehra", drop_last=2)
        created = client.post(
            "/v1/documents",
            json={"id": "wire-ingested", "text": reprint, "published": "2026-11-22", "outlet": "Metro Desk"},
            headers=AUTH,
        )
        assert created.status_code == 201, created.text
        cluster = _document(client, "wire-ingested")["cluster"]
        assert cluster["size"] == 4 and cluster["original"] == "wire-original"
        assert _document(client, "wire-reprint-early")["cluster"]["size"] == 4

        assert client.delete("/v1/documents/wire-original", headers=AUTH).status_code == 204
        cluster = _document(client, "wire-ingested")["cluster"]
        # Without the wire's own copy, the earliest published reprint is the original.
        assert cluster["size"] == 3 and cluster["original"] == "wire-reprint-early"
        collapsed = client.get("/v1/search", params={"q": "Haryana", "collapse": "cluster"}).json()
        assert collapsed["total_clusters"] == 1 and collapsed["items"][0]["copies"] == 2


def test_an_ingested_copy_is_no_new_source(engine: EngineName, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(DATA / "groups", index_dir, workers=1, engine=engine)
    settings = Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    gazette = (DATA / "groups" / "gazette-road-deaths.txt").read_text(encoding="utf-8")
    with TestClient(create_app(settings)) as client:

        def deaths() -> dict[str, Any]:
            items = client.get("/v1/statistics/groups", params={"per_page": 100}).json()["items"]
            group: dict[str, Any] = next(g for g in items if g["label"] == "traffic deaths · Texas · 2023")
            return group

        before = deaths()["independent_sources"]
        copy = {"id": "gazette-copy", "text": _reprint("x\n\n" + gazette, "Road Deaths Stay Above 4,000")}
        assert client.post("/v1/documents", json=copy, headers=AUTH).status_code == 201
        after = deaths()
        assert after["documents"] == 5 and after["independent_sources"] == before
