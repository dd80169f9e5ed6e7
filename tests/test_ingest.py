"""Ingest API: authenticated writes that are durable, idempotent, serialized and visible to the next search."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import EngineName, build_index
from app.main import create_app
from tests.conftest import CORPUS_DIR, ROOT

KEY = "test-writer-key"
AUTH = {"Authorization": f"Bearer {KEY}"}

ARTICLE = {
    "id": "gazette-jail-budget",
    "title": "Council Approves Jail Budget",
    "text": (
        "The county council voted on Tuesday to approve a $12 million jail budget. "
        "Sheriff Dana Whitfield said the money would pay for 40 new deputies. "
        "\u201cWe cannot keep people safe without staff,\u201d Whitfield said."
    ),
    "published": "2019-05-02",
    "outlet": "Example Gazette",
}


def settings_for(index_dir: Path, **overrides: Any) -> Settings:
    return Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None, **overrides)  # type: ignore[call-arg]


@pytest.fixture
def index_dir(tmp_path: Path, engine: EngineName) -> Path:
    """A fresh index of corpus/ per test, written by each engine in turn (the `engine` fixture)."""
    build_index(CORPUS_DIR, tmp_path / "index", workers=1, engine=engine)
    return tmp_path / "index"


@pytest.fixture
def writer(index_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(index_dir))) as client:
        yield client


def test_writes_need_a_valid_key(writer: TestClient) -> None:
    missing = writer.post("/v1/documents", json=ARTICLE)
    assert missing.status_code == 401
    assert missing.headers["content-type"] == "application/problem+json"
    wrong = writer.post("/v1/documents", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert writer.get("/v1/documents/gazette-jail-budget").status_code == 404


def test_created_document_is_searchable_and_extracted(writer: TestClient) -> None:
    created = writer.post("/v1/documents", json=ARTICLE, headers=AUTH)
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "created"
    assert created.headers["location"] == "/v1/documents/gazette-jail-budget"

    record = writer.get("/v1/documents/gazette-jail-budget").json()
    assert record["outlet"] == {
        "value": "Example Gazette",
        "source": "metadata",
        "evidence": None,
        "evidence_in": "text",
    }
    assert record["title"]["source"] == "metadata"
    assert any(person["name"] == "Dana Whitfield" for person in record["people"])
    hits = writer.get("/v1/search", params={"q": "deputies"}).json()
    assert [hit["id"] for hit in hits["items"]] == ["gazette-jail-budget"]
    assert writer.get("/v1/search", params={"outlet": "example gazette"}).json()["total"] == 1
    assert writer.get("/v1/entities", params={"q": "Whitfield"}).json()["items"][0]["documents"] == 1
    figures = writer.get("/v1/statistics", params={"document": "gazette-jail-budget"}).json()
    assert {row["value"] for row in figures["items"]} >= {12_000_000.0, 40.0}
    assert writer.get("/readyz").json()["documents"] == 6


def test_resending_is_idempotent_and_new_content_replaces(writer: TestClient) -> None:
    assert writer.post("/v1/documents", json=ARTICLE, headers=AUTH).status_code == 201
    again = writer.post("/v1/documents", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"

    changed = dict(ARTICLE, text=ARTICLE["text"].replace("40 new deputies", "55 new deputies"))
    replaced = writer.put("/v1/documents/gazette-jail-budget", json=changed, headers=AUTH)
    assert replaced.status_code == 200 and replaced.json()["status"] == "updated"
    assert writer.get("/v1/search", params={"q": '"55 new deputies"'}).json()["total"] == 1
    assert writer.get("/v1/search", params={"q": '"40 new deputies"'}).json()["total"] == 0
    values = {
        row["value"]
        for row in writer.get("/v1/statistics", params={"document": "gazette-jail-budget"}).json()["items"]
    }
    assert 55.0 in values and 40.0 not in values


def test_a_document_without_id_is_named_by_its_content(writer: TestClient) -> None:
    anonymous = {key: value for key, value in ARTICLE.items() if key != "id"}
    first = writer.post("/v1/documents", json=anonymous, headers=AUTH).json()
    second = writer.post("/v1/documents", json=anonymous, headers=AUTH).json()
    assert first["id"] == second["id"] and first["id"].startswith("doc-")
    assert second["status"] == "unchanged"


def test_delete_removes_the_document_everywhere(writer: TestClient) -> None:
    writer.post("/v1/documents", json=ARTICLE, headers=AUTH)
    assert writer.delete("/v1/documents/gazette-jail-budget", headers=AUTH).status_code == 204
    assert writer.get("/v1/documents/gazette-jail-budget").status_code == 404
    assert writer.get("/v1/search", params={"q": "deputies"}).json()["total"] == 0
    assert writer.get("/v1/entities", params={"q": "Whitfield"}).json()["total"] == 0
    assert writer.delete("/v1/documents/gazette-jail-budget", headers=AUTH).status_code == 404
    corpus_doc = writer.delete("/v1/documents/003_3042ad3957543e6f", headers=AUTH)
    assert corpus_doc.status_code == 204
    assert "003_3042ad3957543e6f" not in {
        row["document_id"] for row in writer.get("/v1/statistics", params={"q": "homicides"}).json()["items"]
    }


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (dict(ARTICLE, colour="red"), "colour"),
        (dict(ARTICLE, text="   "), "blank"),
        (dict(ARTICLE, text="bin\x00ary"), "NUL"),
        (dict(ARTICLE, id="../etc/passwd"), "id"),
        (dict(ARTICLE, published="someday"), "published"),
        ({"title": "no text"}, "text"),
    ],
)
def test_bad_documents_are_422_problems(writer: TestClient, body: dict[str, Any], fragment: str) -> None:
    response = writer.post("/v1/documents", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert fragment in response.json()["detail"]


def test_non_utf8_and_non_json_bodies_are_refused(writer: TestClient) -> None:
    for content in [b"\xff\xfe\x00garbage", b"{not json"]:
        response = writer.post(
            "/v1/documents", content=content, headers=AUTH | {"content-type": "application/json"}
        )
        assert 400 <= response.status_code < 500
        assert response.headers["content-type"] == "application/problem+json"


def test_mismatched_put_id_is_refused(writer: TestClient) -> None:
    response = writer.put("/v1/documents/other-id", json=ARTICLE, headers=AUTH)
    assert response.status_code == 422
    assert "differs" in response.json()["detail"]


def test_bulk_ndjson_reports_every_line(writer: TestClient) -> None:
    lines = [
        json.dumps(dict(ARTICLE, id=f"bulk-{number}", text=f"{ARTICLE['text']} Item {number}."))
        for number in range(3)
    ]
    lines.insert(1, "{broken json")
    lines.append(json.dumps({"id": "bulk-bad", "text": ""}))
    lines.append(lines[0])
    body = "\n".join(lines).encode()
    response = writer.post(
        "/v1/documents/bulk", content=body, headers=AUTH | {"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["created"], result["rejected"], result["unchanged"]) == (3, 2, 1)
    statuses = {item["line"]: item["status"] for item in result["results"]}
    assert statuses == {
        1: "created",
        2: "rejected",
        3: "created",
        4: "created",
        5: "rejected",
        6: "unchanged",
    }
    assert all(item["detail"] for item in result["results"] if item["status"] == "rejected")
    assert writer.get("/v1/search", params={"q": "Item"}).json()["total"] == 3


def test_concurrent_writers_are_serialized_without_errors(index_dir: Path) -> None:
    app = create_app(settings_for(index_dir, write_lock_timeout=30))
    statuses: list[int] = []

    def write(worker: int) -> None:
        with TestClient(app) as client:
            for number in range(5):
                document = dict(ARTICLE, id=f"w{worker}-{number}", text=f"{ARTICLE['text']} Worker {worker}.")
                statuses.append(client.post("/v1/documents", json=document, headers=AUTH).status_code)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * 20
    with TestClient(app) as client:
        assert client.get("/v1/search", params={"q": "Worker"}).json()["total"] == 20


def test_a_write_that_cannot_get_the_lock_is_a_503_with_retry_after(index_dir: Path) -> None:
    from app.index.layout import IndexLayout

    with TestClient(create_app(settings_for(index_dir, write_lock_timeout=0.2))) as client:
        with IndexLayout(index_dir).locked():
            response = client.post("/v1/documents", json=ARTICLE, headers=AUTH)
        assert response.status_code == 503
        assert response.headers["retry-after"]
        assert response.headers["content-type"] == "application/problem+json"
        assert client.post("/v1/documents", json=ARTICLE, headers=AUTH).status_code == 201


def test_first_write_to_an_empty_archive_creates_the_index(tmp_path: Path, engine: EngineName) -> None:
    with TestClient(create_app(settings_for(tmp_path / "fresh", engine=engine))) as client:
        assert client.get("/readyz").status_code == 503
        assert client.post("/v1/documents", json=ARTICLE, headers=AUTH).status_code == 201
        ready = client.get("/readyz").json()
        assert ready["documents"] == 1 and ready["engine"] == engine
        assert client.get("/v1/search", params={"q": "deputies"}).json()["total"] == 1


def run_index(corpus: Path, index_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "index", str(corpus), "--index", str(index_dir), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_rebuild_refuses_to_drop_ingested_documents_unless_told(writer: TestClient, index_dir: Path) -> None:
    writer.post("/v1/documents", json=ARTICLE, headers=AUTH)
    replacement = dict(ARTICLE, id="001_b4f21b5015c76ffb", text="An ingested replacement of a corpus file.")
    writer.post("/v1/documents", json=replacement, headers=AUTH)

    refused = run_index(CORPUS_DIR, index_dir)
    assert refused.returncode == 1
    assert "2 documents added through the API" in refused.stderr

    carried = run_index(CORPUS_DIR, index_dir, "--ingested", "carry")
    assert carried.returncode == 0, carried.stderr
    assert "indexed 6 documents" in carried.stdout
    assert "superseded by the ingested document" in carried.stdout
    assert writer.get("/v1/search", params={"q": "deputies"}).json()["total"] == 1
    assert (
        writer.get("/v1/documents/001_b4f21b5015c76ffb").json()["text"].startswith("An ingested replacement")
    )

    discarded = run_index(CORPUS_DIR, index_dir, "--ingested", "discard")
    assert discarded.returncode == 0, discarded.stderr
    assert writer.get("/v1/search", params={"q": "deputies"}).json()["total"] == 0


def mount_tmpfs(target: Path, size: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.decode().strip()}")


def test_full_disk_and_read_only_archive_refuse_writes_but_keep_reading(
    tmp_path: Path, engine: EngineName
) -> None:
    volume = tmp_path / "volume"
    mount_tmpfs(volume, "16m")
    try:
        build_index(CORPUS_DIR, volume / "index", workers=1, engine=engine)
        with TestClient(create_app(settings_for(volume / "index"))) as client:
            filler = volume / "filler"
            with filler.open("wb") as handle, pytest.raises(OSError):
                while True:
                    handle.write(b"\0" * (1 << 20))
                    handle.flush()
            full = client.post("/v1/documents", json=ARTICLE, headers=AUTH)
            assert full.status_code == 507, full.text
            assert full.headers["content-type"] == "application/problem+json"
            assert client.get("/v1/search", params={"q": "detainer"}).json()["total"] == 4
            filler.unlink()

            subprocess.run(["mount", "-o", "remount,ro", str(volume)], check=True)
            read_only = client.post("/v1/documents", json=ARTICLE, headers=AUTH)
            assert read_only.status_code == 503, read_only.text
            assert "read-only" in read_only.json()["detail"]
            assert client.get("/v1/search", params={"q": "detainer"}).json()["total"] == 4
            assert client.get("/v1/documents/000_e84a06c073667f2f").status_code == 200
    finally:
        subprocess.run(["umount", "-l", str(volume)], check=False)
        shutil.rmtree(volume, ignore_errors=True)


def test_facets_count_documents_that_name_no_one(writer: TestClient) -> None:
    plain = {
        "id": "weather-brief",
        "text": "Rain is expected across the county on Tuesday, forecasters said.",
    }
    assert writer.post("/v1/documents", json=plain, headers=AUTH).status_code == 201
    body = writer.get(
        "/v1/search", params={"facets": "official,person,place,organization,outlet,year"}
    ).json()
    assert body["total"] == 6
    assert {value["value"] for value in body["facets"]["official"]["buckets"]} >= {"thomas-homan"}
    for name in ("official", "person", "place", "organization"):
        assert body["facets"][name]["missing"] >= 1, name


def test_documents_written_between_searches_are_found_exactly_once(writer: TestClient) -> None:
    for number in range(12):
        document = {"id": f"note-{number}", "text": f"Marker note{number}x was filed on Tuesday."}
        assert writer.post("/v1/documents", json=document, headers=AUTH).status_code == 201
        assert writer.get("/v1/search", params={"q": "detainer"}).json()["total"] == 4
    for number in range(12):
        hits = writer.get("/v1/search", params={"q": f"note{number}x"}).json()["items"]
        assert [hit["id"] for hit in hits] == [f"note-{number}"]
