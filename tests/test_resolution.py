"""Cross-document resolution on a real index: untitled people linked to the officials the archive knows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import EngineName, build_index
from app.main import create_app

KEY = "test-writer-key"
AUTH = {"Authorization": f"Bearer {KEY}"}

# Each body sentence is generic news prose; only the names tie the documents together.
DOCUMENTS = {
    "titled": (
        "2018-03-07",
        "Attorney General Jeff Sessions announced a new lawsuit against the state on Wednesday. "
        "The department said the state law obstructs federal officers.",
    ),
    "full-name": (
        "2018-03-09",
        "Jeff Sessions spoke to a crowd of supporters on Friday evening. The speech lasted an hour.",
    ),
    "surname": (
        "2018-03-10",
        "The governor's office said Saturday that it would fight the lawsuit. Sessions has called the state "
        "law unconstitutional, but state lawyers disagree.",
    ),
    "sheriff": (
        "2019-05-01",
        "Sheriff Maria Lopez opened a new station in the county on Wednesday. It will employ forty deputies.",
    ),
    "farm-worker": (
        "2019-05-02",
        "Carlos Lopez, a farm worker, joined the protest on Thursday. Many workers said wages had not risen.",
    ),
    "ambiguous": (
        "2019-05-03",
        "The council debated the budget for hours on Friday. Lopez said the plan would cut services.",
    ),
    "court": (
        "2018-03-11",
        "The Sessions Court heard three cases on Monday. The judges adjourned early in the afternoon.",
    ),
}
SECOND_SESSIONS = {
    "id": "second-sessions",
    "published": "2019-06-01",
    "text": "Mayor Pete Sessions opened the new library on Monday. Hundreds of residents attended the opening.",
}


@pytest.fixture
def archive(tmp_path: Path, engine: EngineName) -> Iterator[TestClient]:
    """The documents above, indexed by each engine in turn, served with a writer key."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id, (published, body) in DOCUMENTS.items():
        (corpus / f"{doc_id}.txt").write_text(f"date {published}\n\n{body}\n")
    build_index(corpus, tmp_path / "index", workers=1, engine=engine)
    settings = Settings(index_dir=tmp_path / "index", api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    with TestClient(create_app(settings)) as client:
        yield client


def people(client: TestClient, doc_id: str) -> dict[str, dict[str, Any]]:
    record = client.get(f"/v1/documents/{doc_id}").json()
    return {person["name"]: person for person in record["people"]}


def titled_text(client: TestClient) -> str:
    text: str = client.get("/v1/documents/titled").json()["text"]
    return text


def test_a_full_name_without_a_title_is_linked_to_the_official(archive: TestClient) -> None:
    sessions = people(archive, "full-name")["Jeff Sessions"]
    assert sessions["kind"] == "official"
    assert sessions["titles"] == []
    link = sessions["linked"]
    assert link["derived"] == "linked_across_documents"
    assert link["matched_by"] == "full_name"
    assert link["extracted_entity_id"] == "jeffrey-sessions"
    evidence = link["evidence"]
    assert evidence["document_id"] == "titled"
    assert titled_text(archive)[evidence["start"] : evidence["end"]] == evidence["text"] == "Attorney General"


def test_a_surname_that_names_one_official_is_found_and_linked(archive: TestClient) -> None:
    record = archive.get("/v1/documents/surname").json()
    (sessions,) = [person for person in record["people"] if person["entity_id"] == "jeffrey-sessions"]
    assert sessions["kind"] == "official"
    assert sessions["linked"]["matched_by"] == "surname"
    assert sessions["linked"]["extracted_entity_id"] is None
    assert [record["text"][m["start"] : m["end"]] for m in sessions["mentions"]] == ["Sessions"]


def test_an_ambiguous_surname_stays_unlinked(archive: TestClient) -> None:
    assert all("Lopez" not in name for name in people(archive, "ambiguous"))
    worker = people(archive, "farm-worker")["Carlos Lopez"]
    assert worker["kind"] == "person" and worker["linked"] is None
    assert people(archive, "sheriff")["Maria Lopez"]["linked"] is None


def test_the_role_timeline_and_filters_show_the_links(archive: TestClient) -> None:
    roles = archive.get("/v1/entities/jeffrey-sessions").json()["roles"]
    by_document = {role["document_id"]: role for role in roles}
    assert set(by_document) == {"titled", "full-name", "surname"}
    assert by_document["titled"]["derived"] is None
    assert by_document["titled"]["evidence_document_id"] == "titled"
    for doc_id in ("full-name", "surname"):
        assert by_document[doc_id]["derived"] == "linked_across_documents"
        assert by_document[doc_id]["evidence_document_id"] == "titled"
        assert by_document[doc_id]["title"] == "Attorney General"
    assert [role["document_id"] for role in roles] == ["titled", "full-name", "surname"], "oldest first"
    found = archive.get("/v1/search", params={"official": "jeffrey-sessions"}).json()
    assert {hit["id"] for hit in found["items"]} == {"titled", "full-name", "surname"}


def test_ingest_relinks_the_archive_when_a_surname_becomes_ambiguous(archive: TestClient) -> None:
    assert archive.post("/v1/documents", json=SECOND_SESSIONS, headers=AUTH).status_code == 201
    assert "jeffrey-sessions" not in {p["entity_id"] for p in people(archive, "surname").values()}
    assert people(archive, "full-name")["Jeff Sessions"]["linked"]["matched_by"] == "full_name"
    found = archive.get("/v1/search", params={"official": "jeffrey-sessions"}).json()
    assert {hit["id"] for hit in found["items"]} == {"titled", "full-name"}

    assert archive.delete("/v1/documents/second-sessions", headers=AUTH).status_code == 204
    assert people(archive, "surname")["Sessions"]["linked"]["matched_by"] == "surname"
    found = archive.get("/v1/search", params={"official": "jeffrey-sessions"}).json()
    assert {hit["id"] for hit in found["items"]} == {"titled", "full-name", "surname"}


def test_ingest_links_a_new_document_to_the_archive(archive: TestClient) -> None:
    text = "Supporters gathered outside the courthouse on Tuesday. Sessions did not attend the hearing."
    created = archive.post(
        "/v1/documents", json={"id": "later", "published": "2018-04-01", "text": text}, headers=AUTH
    )
    assert created.status_code == 201
    sessions = people(archive, "later")["Sessions"]
    assert sessions["entity_id"] == "jeffrey-sessions"
    assert sessions["linked"]["evidence"]["document_id"] == "titled"


def test_a_surname_inside_a_longer_capitalized_name_is_not_linked(archive: TestClient) -> None:
    assert people(archive, "court") == {}


def test_a_filter_value_that_names_two_people_is_a_400_listing_them(archive: TestClient) -> None:
    response = archive.get("/v1/search", params={"entity": "Lopez"})
    assert response.status_code == 400
    assert response.json()["suggestions"] == ["carlos-lopez", "maria-lopez"]
    sheriff = archive.get("/v1/search", params={"official": "Maria Lopez"}).json()
    assert [hit["id"] for hit in sheriff["items"]] == ["sheriff"]
