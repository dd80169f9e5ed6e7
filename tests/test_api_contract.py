"""The API's contract, route by route, on every engine: one list shape with cursors, one meaning per
parameter (unknown ones refused, repeated filters OR-ed), and one error body."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from app.main import create_app

# One concrete request per list route, chosen to have more than one item in the corpus (which states no
# figure twice: tests/test_statistic_groups_api.py pages through groups of its own corpus).
LIST_URLS = {
    "/v1/search": "/v1/search?q=sanctuary",
    "/v1/documents": "/v1/documents",
    "/v1/documents/{doc_id}/similar": "/v1/documents/002_c27e403ad76bbf3b/similar",
    "/v1/entities": "/v1/entities?kind=official",
    "/v1/entities/{entity_id}/documents": "/v1/entities/thomas-homan/documents",
    "/v1/entities/{entity_id}/quotes": "/v1/entities/thomas-homan/quotes",
    "/v1/entities/{entity_id}/statistics": "/v1/entities/dhs/statistics",
    "/v1/statistics": "/v1/statistics",
    "/v1/statistics/groups": "/v1/statistics/groups?min_members=2",
    "/v1/documents/{doc_id}/copies": "/v1/documents/000_e84a06c073667f2f/copies",
}
OTHER_GET_URLS = {
    "/v1/timeline": "/v1/timeline",
    "/v1/export": "/v1/export?q=Homan",
    "/v1/documents/{doc_id}": "/v1/documents/000_e84a06c073667f2f",
    "/v1/entities/{entity_id}": "/v1/entities/thomas-homan",
    "/healthz": "/healthz",
    "/readyz": "/readyz",
}
PAGE_FIELDS = {"items", "total", "page", "per_page", "next"}
# The corpus states no quantity twice and holds no copies of a story: those two lists are empty on it.
SEVERAL_ITEMS = [
    url
    for path, url in LIST_URLS.items()
    if path not in ("/v1/statistics/groups", "/v1/documents/{doc_id}/copies")
]


def spec() -> dict[str, Any]:
    spec: dict[str, Any] = create_app().openapi()
    return spec


def query_parameters(path: str) -> set[str]:
    operation = spec()["paths"][path]["get"]
    return {parameter["name"] for parameter in operation.get("parameters", ()) if parameter["in"] == "query"}


def with_params(url: str, **params: Any) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query)
    for key, value in params.items():
        pairs.extend((key, str(item)) for item in (value if isinstance(value, list) else [value]))
    return parts.path, pairs


def fetch(client: TestClient, url: str, **params: Any) -> Any:
    path, pairs = with_params(url, **params)
    response = client.get(path, params=pairs)
    assert response.status_code == 200, response.text
    return response


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status and problem["title"] and problem["detail"] and problem["type"]
    return problem


def test_every_get_route_is_in_the_tables() -> None:
    routes = {path for path, operations in spec()["paths"].items() if "get" in operations}
    assert routes == set(LIST_URLS) | set(OTHER_GET_URLS)
    for path in LIST_URLS:
        assert {"page", "per_page", "cursor"} <= query_parameters(path), path
        schema = spec()["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert set(spec()["components"]["schemas"][name]["properties"]) >= PAGE_FIELDS, path


@pytest.mark.parametrize("url", SEVERAL_ITEMS)
def test_every_list_is_a_page_with_a_next_cursor_and_link(client: TestClient, url: str) -> None:
    first = fetch(client, url, per_page=1)
    body = first.json()
    assert set(body) >= PAGE_FIELDS and body["page"] == 1 and body["per_page"] == 1
    assert body["total"] >= 2 and len(body["items"]) == 1, "pick a request with several items"
    assert body["next"] and f"cursor={body['next']}" in first.headers["link"]
    second = fetch(client, url, per_page=1, cursor=body["next"]).json()
    assert second["page"] == 2 and second["items"] != body["items"]
    assert second["items"] == fetch(client, url, per_page=1, page=2).json()["items"]
    link = first.headers["link"].split(";")[0].strip("<>")
    assert client.get(link).json()["items"] == second["items"]
    last = fetch(client, url, per_page=1, page=body["total"])
    assert last.json()["next"] is None and "link" not in last.headers


@pytest.mark.parametrize("url", SEVERAL_ITEMS)
def test_a_cursor_is_refused_with_other_parameters(client: TestClient, url: str) -> None:
    cursor = fetch(client, url, per_page=1).json()["next"]
    path, pairs = with_params(url, per_page=2, cursor=cursor)
    assert_problem(client.get(path, params=pairs), 400)


@pytest.mark.parametrize(("path", "url"), [*LIST_URLS.items(), *OTHER_GET_URLS.items()])
def test_an_unknown_parameter_is_a_400_naming_it(client: TestClient, path: str, url: str) -> None:
    request_path, pairs = with_params(url, limit=2)
    problem = assert_problem(client.get(request_path, params=pairs), 400)
    assert problem["parameter"] == "limit" and "limit" in problem["detail"]
    assert set(problem["accepted"]) == query_parameters(path)


@pytest.mark.parametrize("url", LIST_URLS.values())
def test_a_single_valued_parameter_given_twice_is_a_400(client: TestClient, url: str) -> None:
    path, pairs = with_params(url, per_page=[1, 2])
    assert assert_problem(client.get(path, params=pairs), 400)["parameter"] == "per_page"


def identities(body: Any) -> set[tuple[Any, ...]]:
    return {(item.get("id"), item.get("document_id"), item.get("start")) for item in body["items"]}


# A filter, two values, and a route taking it: with both values, the route finds what either finds.
REPEATED_FILTERS = [
    ("/v1/search", "outlet", ["LifeZette", "breitbart news"]),
    ("/v1/documents", "outlet", ["LifeZette", "Liberty Headlines"]),
    ("/v1/search", "official", ["thomas-homan", "Sessions"]),
    ("/v1/documents", "place", ["california", "los-angeles"]),
    ("/v1/statistics", "attributed_to", ["dhs", "ice"]),
    ("/v1/statistics", "place", ["california", "los-angeles"]),
    ("/v1/statistics", "entity", ["thomas-homan", "alexander-villanueva"]),
]


@pytest.mark.parametrize(("url", "name", "values"), REPEATED_FILTERS)
def test_repeated_filter_values_match_any_of_them(
    client: TestClient, url: str, name: str, values: list[str]
) -> None:
    each = [identities(fetch(client, url, per_page=100, **{name: value}).json()) for value in values]
    both = fetch(client, url, per_page=100, **{name: values}).json()
    assert all(each) and identities(both) == each[0] | each[1]
    assert len(identities(both)) > max(len(found) for found in each)


def test_repeated_outlets_filter_the_timeline_and_export(client: TestClient) -> None:
    outlets = ["LifeZette", "Breitbart News"]
    totals = [fetch(client, "/v1/timeline", outlet=outlet).json()["total"] for outlet in outlets]
    assert fetch(client, "/v1/timeline", outlet=outlets).json()["total"] == sum(totals)
    lines = fetch(client, "/v1/export", outlet=outlets).text.splitlines()
    assert len(lines) == sum(totals)


def test_facets_are_a_comma_list_or_repeated_and_add_up(client: TestClient) -> None:
    commas = fetch(client, "/v1/search", q="sanctuary", facets="outlet,year").json()
    repeated = fetch(client, "/v1/search", q="sanctuary", facets=["outlet", "year"]).json()
    assert commas["facets"] == repeated["facets"] and set(commas["facets"]) == {"outlet", "year"}
    for facet in commas["facets"].values():
        assert sum(bucket["count"] for bucket in facet["buckets"]) + facet["missing"] == commas["total"]
        assert all(bucket["label"] for bucket in facet["buckets"])


# One failing request per route and kind of error: every one answers the one problem body.
ERRORS = [
    ("/v1/search?q=%22open", 400),
    ("/v1/search?cursor=not-a-cursor", 400),
    ("/v1/search?entity=Nobody+Atall", 400),
    ("/v1/search?per_page=0", 422),
    ("/v1/search?facets=colour", 422),
    ("/v1/timeline?interval=week", 422),
    ("/v1/export?sort=size", 422),
    ("/v1/documents?cursor=eyJvIjoxfQ", 400),
    ("/v1/documents/nope", 404),
    ("/v1/documents/nope/similar", 404),
    ("/v1/documents/000_e84a06c073667f2f/similar?page=0", 422),
    ("/v1/entities?kind=planet", 422),
    ("/v1/entities/no-such-person", 404),
    ("/v1/entities/no-such-person/documents", 404),
    ("/v1/entities/no-such-person/quotes", 404),
    ("/v1/entities/no-such-person/statistics", 404),
    ("/v1/statistics?min=10&max=1", 422),
    ("/v1/statistics?attributed_to=Nobody+Atall", 400),
    ("/v1/statistics/groups?min_members=1", 422),
    ("/healthz?verbose=1", 400),
]


@pytest.mark.parametrize(("url", "status"), ERRORS)
def test_every_error_is_a_problem(client: TestClient, url: str, status: int) -> None:
    assert_problem(client.get(url), status)
