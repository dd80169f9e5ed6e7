"""GET /v1/documents, /v1/documents/{id}, health and readiness, and the one error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import EngineName
from app.main import create_app


def test_document_record_has_the_contract_fields(client: TestClient) -> None:
    record = client.get("/v1/documents/000_e84a06c073667f2f").json()
    for field in [
        "id",
        "title",
        "published",
        "outlet",
        "outlets_cited",
        "authors",
        "text",
        "people",
        "organizations",
        "places",
        "quotes",
        "statistics",
        "dates_mentioned",
        "extractor_version",
    ]:
        assert field in record
    assert record["published"]["value"] == "2018-03-09"
    assert record["published"]["source"] == "text"
    evidence = record["published"]["evidence"]
    assert record["raw_text"][evidence["start"] : evidence["end"]] == "2018-03-09"
    assert record["text"].startswith("The state of California")


def test_a_document_is_sent_as_its_validated_record_dumps(client: TestClient) -> None:
    """The route sends the stored JSON without validating it: the bytes must be the model's own dump."""
    build = client.app.state.archive.current()  # type: ignore[attr-defined]
    documents = client.get("/v1/documents", params={"per_page": 100}).json()["items"]
    assert documents
    for document in documents:
        record = build.records.get(document["id"])
        expected = record.model_copy(update={"cluster": build.clusters.of(document["id"])}).model_dump_json()
        response = client.get(f"/v1/documents/{document['id']}")
        assert response.headers["content-type"] == "application/json"
        assert response.content == expected.encode("utf-8")


def test_title_evidence_points_into_the_text(client: TestClient) -> None:
    record = client.get("/v1/documents/001_b4f21b5015c76ffb").json()
    title = record["title"]
    assert title["value"].startswith("Los Angeles Jails Have Refused")
    assert record["text"][title["evidence"]["start"] : title["evidence"]["end"]] == title["value"]


def test_document_list_pages_newest_first(client: TestClient) -> None:
    body = client.get("/v1/documents", params={"per_page": 2}).json()
    assert body["total"] == 5
    assert body["items"][0]["id"] == "000_e84a06c073667f2f"
    assert body["next"]
    assert "snippets" not in body["items"][0]


@pytest.mark.parametrize("doc_id", ["nope", "000_e84a06c073667f2", "..%2F..%2Fetc%2Fpasswd", "a" * 201])
def test_unknown_or_malformed_ids_are_problems(client: TestClient, doc_id: str) -> None:
    response = client.get(f"/v1/documents/{doc_id}")
    assert response.status_code in (404, 422)
    assert response.headers["content-type"] == "application/problem+json"


def test_health_and_readiness(client: TestClient, engine: EngineName) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["ready"] is True
    assert ready["documents"] == 5
    assert ready["engine"] == engine


def test_no_index_yet_is_a_clear_503(tmp_path: pytest.TempPathFactory) -> None:
    with TestClient(create_app(Settings(index_dir=tmp_path, _env_file=None))) as empty:  # type: ignore[call-arg]
        ready = empty.get("/readyz")
        assert ready.status_code == 503
        assert "python -m app index" in ready.json()["detail"]
        search = empty.get("/v1/search", params={"q": "x"})
        assert search.status_code == 503
        assert search.headers["content-type"] == "application/problem+json"
        assert search.headers["retry-after"]


def test_every_route_declares_problem_responses(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "Problem" in spec["components"]["schemas"]
    for path, operations in spec["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for method, operation in operations.items():
            errors = [status for status in operation["responses"] if status.startswith(("4", "5"))]
            assert errors, f"{method.upper()} {path} declares no error responses"
            for status in errors:
                content = operation["responses"][status]["content"]
                assert "application/problem+json" in content, f"{method.upper()} {path} {status}"


def _typed_parameter(operation: dict[str, Any]) -> str | None:
    """A query parameter that is not free text, so a junk value must be refused."""
    for parameter in operation.get("parameters", []):
        schema = parameter["schema"]
        options = schema.get("anyOf", [schema])
        if parameter["in"] == "query" and all(
            option.get("type") != "string" or "enum" in option or "format" in option for option in options
        ):
            name: str = parameter["name"]
            return name
    return None


def test_errors_share_one_shape_on_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        if not path.startswith("/v1/") or "get" not in operations:
            continue
        url = path.replace("{doc_id}", "no-such-doc").replace("{entity_id}", "no-such-entity")
        junk = _typed_parameter(operations["get"])
        params = {junk: "!!"} if junk and "{" not in path else {}
        response = client.get(url, params=params)
        assert response.status_code in (404, 422), f"{url} {params}: {response.status_code}"
        problem = response.json()
        assert response.headers["content-type"] == "application/problem+json"
        assert {"type", "title", "status", "detail"} <= problem.keys(), url
        assert problem["status"] == response.status_code
