"""HTTP semantics over every route, on a real server: HEAD like GET without the body, `Allow` on 405 and
OPTIONS, 406 for an `Accept` a route cannot produce, CORS preflights; every error a problem."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.methods import METHOD_ORDER
from app.negotiation import accepts
from tests.conftest import ROOT, LiveServer

SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
OPERATION_METHODS = {"get", "put", "post", "delete", "patch"}
PATH_VALUES = {"doc_id": "000_e84a06c073667f2f", "entity_id": "thomas-homan"}
GET_PATHS = [path for path, item in SPEC["paths"].items() if "get" in item]
# Headers about the moment or the request, not the representation.
PER_REQUEST_HEADERS = {"date", "x-request-id", "transfer-encoding"}
# Bodies that carry a timing (`took_ms`), so two GETs may differ in length.
TIMED_PATHS = {"/v1/search"}
ORIGIN = "https://factcheck.example"


def concrete(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: PATH_VALUES[match.group(1)], path)


def allow_of(path: str) -> str:
    """The Allow header a path should give: the operations of every template it matches (`/v1/documents/bulk`
    is also a `{doc_id}`), HEAD with GET, and OPTIONS."""
    declared = {
        method.upper()
        for template, item in SPEC["paths"].items()
        if re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", template), path)
        for method in item
        if method in OPERATION_METHODS
    }
    declared |= {"OPTIONS"} | ({"HEAD"} if "GET" in declared else set())
    return ", ".join(method for method in METHOD_ORDER if method in declared)


def assert_problem(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    assert body["request_id"] == response.headers["x-request-id"]


@pytest.mark.parametrize("path", GET_PATHS)
def test_head_answers_like_get_without_the_body(live_server: LiveServer, path: str) -> None:
    url = live_server.url + concrete(path)
    got = httpx.get(url)
    head = httpx.head(url)
    assert got.status_code == head.status_code == 200
    assert head.content == b""
    headers_of = {
        response: {name: value for name, value in response.headers.items() if name not in PER_REQUEST_HEADERS}
        for response in (got, head)
    }
    if path in TIMED_PATHS:
        assert ("content-length" in got.headers) == ("content-length" in head.headers)
        for headers in headers_of.values():
            headers.pop("content-length", None)
    assert headers_of[head] == headers_of[got]


def test_head_revalidates_with_the_etag(live_server: LiveServer) -> None:
    url = live_server.url + concrete("/v1/documents/{doc_id}")
    etag = httpx.head(url).headers["etag"]
    assert etag == httpx.get(url).headers["etag"]
    revalidated = httpx.head(url, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304 and revalidated.headers["etag"] == etag


@pytest.mark.parametrize("path", list(SPEC["paths"]))
def test_a_method_the_path_lacks_is_a_405_whose_allow_lists_every_method(
    live_server: LiveServer, path: str
) -> None:
    response = httpx.request("PATCH", live_server.url + concrete(path))
    assert_problem(response, 405)
    assert response.headers["allow"] == allow_of(concrete(path))


@pytest.mark.parametrize("path", list(SPEC["paths"]))
def test_options_lists_the_methods(live_server: LiveServer, path: str) -> None:
    response = httpx.options(live_server.url + concrete(path))
    assert response.status_code == 204 and response.content == b""
    assert response.headers["allow"] == allow_of(concrete(path))
    assert "access-control-allow-origin" not in response.headers


def test_head_and_options_on_an_unknown_path_are_404(live_server: LiveServer) -> None:
    assert httpx.head(live_server.url + "/v1/nothing-here").status_code == 404
    assert_problem(httpx.options(live_server.url + "/v1/nothing-here"), 404)


def test_a_failed_head_has_the_problem_s_headers_and_no_body(live_server: LiveServer) -> None:
    url = live_server.url + "/v1/documents/no-such-document"
    got, head = httpx.get(url), httpx.head(url)
    assert_problem(got, 404)
    assert head.status_code == 404 and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == got.headers["content-length"]


@pytest.mark.parametrize("path", GET_PATHS)
def test_an_accept_the_route_cannot_produce_is_a_406(live_server: LiveServer, path: str) -> None:
    response = httpx.get(live_server.url + concrete(path), headers={"Accept": "text/csv"})
    assert_problem(response, 406)


@pytest.mark.parametrize("path", GET_PATHS)
@pytest.mark.parametrize(
    "accept", [None, "*/*", "application/json", "application/problem+json", "text/html, application/*;q=0.8"]
)
def test_an_accept_admitting_the_route_s_type_is_served(
    live_server: LiveServer, path: str, accept: str | None
) -> None:
    produced = "application/x-ndjson" if path == "/v1/export" else "application/json"
    accept = accept.replace("application/json", produced) if accept else None
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(live_server.url + concrete(path), headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(produced)


def test_export_refuses_json_it_does_not_produce(live_server: LiveServer) -> None:
    assert_problem(httpx.get(live_server.url + "/v1/export", headers={"Accept": "application/json"}), 406)


@pytest.mark.parametrize(
    ("accept", "offered", "accepted"),
    [
        ("", ["application/json"], True),
        ("*/*", ["application/json"], True),
        ("application/*", ["application/json"], True),
        ("application/json; charset=utf-8", ["application/json"], True),
        ("APPLICATION/JSON", ["application/json"], True),
        ("text/csv", ["application/json"], False),
        ("text/*", ["application/json"], False),
        ("application/json;q=0", ["application/json"], False),
        # The most specific range decides: json is refused even though */* is welcome.
        ("*/*, application/json;q=0", ["application/json"], False),
        ("*/*, application/json;q=0", ["application/json", "application/problem+json"], True),
        ("text/csv, application/problem+json;q=0.1", ["application/json", "application/problem+json"], True),
        ("application/json;q=bad", ["application/json"], False),
    ],
)
def test_accept_header_negotiation(accept: str, offered: list[str], accepted: bool) -> None:
    assert accepts(accept, offered) is accepted


@pytest.fixture(scope="module")
def cors_client(corpus_index: Path) -> Iterator[TestClient]:
    settings = Settings(index_dir=corpus_index, cors_origins=[ORIGIN], _env_file=None)
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_a_cors_preflight_is_answered_when_cors_is_configured(cors_client: TestClient, method: str) -> None:
    response = cors_client.options(
        concrete("/v1/documents/{doc_id}"),
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": method},
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert method in response.headers["access-control-allow-methods"]


def test_a_refused_cors_preflight_is_a_problem(cors_client: TestClient) -> None:
    response = cors_client.options(
        "/v1/search", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"}
    )
    assert_problem(response, 400)
    assert response.json()["type"].endswith("/cors-preflight-rejected")


def test_a_head_from_an_allowed_origin_carries_cors_headers(cors_client: TestClient) -> None:
    response = cors_client.head("/healthz", headers={"Origin": ORIGIN})
    assert response.status_code == 200 and response.content == b""
    assert response.headers["access-control-allow-origin"] == ORIGIN
