"""PlannedRoute answers exactly as FastAPI's own dependency solver: the same status, headers and body.

A planned route steps aside for FastAPI's handler while the app has dependency overrides, so one app on one
index gives both answers: as served (the plan) and with an override that changes nothing (FastAPI's solver).
The URLs cover every parameter of the search-family routes, alone and wrong together, because which check
wins (a 400 before a 422, the order of a 422's errors) is part of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from fastapi import Depends
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.config import Settings
from app.main import create_app
from app.negotiation import Acceptable
from app.routes import documents, entities, search, statistics
from app.routes.parameters import check_parameters
from app.routes.planned import ParameterPlan, PlannedRoute
from app.security import ReadAccess

MASKED = (re.compile(rb'"took_ms":\s*[0-9.eE+-]+'), re.compile(rb'"request_id":\s*"[^"]*"'))
VARYING_HEADERS = {"date", "x-request-id", "content-length", "etag"}


def _search(*pairs: tuple[str, str]) -> str:
    return "/v1/search?" + urlencode(pairs)


SEARCH_URLS = [
    _search(),
    _search(("q", "detainer")),
    _search(("q", "detainer"), ("per_page", "1"), ("page", "2")),
    _search(
        ("q", "sanctuary city"), ("sort", "-published"), ("facets", "outlet,year"), ("facets", "official")
    ),
    _search(("q", "ICE"), ("lenient", "true"), ("typo_tolerance", "1"), ("collapse", "cluster")),
    _search(("q", "detainr~1"), ("has_statistics", "false"), ("published_from", "2017-01-01")),
    _search(("outlet", "x"), ("outlet", "y"), ("published_to", "2030-01-01"), ("sort", "published")),
    # alone and together: a 400 raised by a dependency before the 422 of a later one, a 422's error order
    _search(("q", '"unbalanced')),
    _search(("q", "x" * 2000)),
    _search(("per_page", "0"), ("page", "x"), ("sort", "bad"), ("facets", "bogus"), ("collapse", "no")),
    _search(("published_from", "2020-13-01"), ("published_to", "soon"), ("has_statistics", "maybe")),
    _search(("cursor", "garbage")),
    _search(("cursor", "garbage"), ("published_from", "bad")),
    _search(("cursor", "garbage"), ("per_page", "bad")),
    _search(("entity", "no-such-entity"), ("per_page", "0")),
    _search(("entity", "no-such-entity"), ("published_from", "bad"), ("lenient", "x")),
    _search(("official", "nobody-at-all"), ("sort", "bad")),
    _search(("q", "a"), ("unknown", "1"), ("per_page", "0")),
    "/v1/search?q=a&q=b&per_page=0",
    "/v1/search?per_page=1000",
    "/v1/timeline?q=detainer&interval=year",
    "/v1/timeline?interval=day&published_from=bad&lenient=x",
    "/v1/export?q=detainer&sort=published",
    "/v1/export?sort=bad&typo_tolerance=x",
    "/v1/documents?per_page=2&sort=-published&has_statistics=true",
    "/v1/documents?sort=bad&per_page=0&page=0",
    "/v1/documents/no-such-document",
    "/v1/documents/no-such-document/similar?per_page=0",
    "/v1/entities?kind=official&sort=name&per_page=2",
    "/v1/entities?kind=animal&sort=x&page=0",
    "/v1/entities/no-such-entity/documents?sort=bad",
    "/v1/statistics?kind=percent&min=1&max=90&per_page=3",
    "/v1/statistics?min=abc&max=def&kind=weight&per_page=0",
    "/v1/statistics/groups?per_page=2&page=2",
]


def _noop() -> None:
    """An override of nothing the API uses: its presence alone makes planned routes use FastAPI's solver."""


@pytest.fixture(scope="module")
def api(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def _answer(api: TestClient, url: str, *, fastapi_solver: bool) -> tuple[int, dict[str, str], bytes]:
    if fastapi_solver:
        api.app.dependency_overrides[_noop] = _noop  # type: ignore[attr-defined]
    try:
        response = api.get(url)
    finally:
        api.app.dependency_overrides.clear()  # type: ignore[attr-defined]
    body = response.content
    for pattern in MASKED:
        body = pattern.sub(b"-", body)
    headers = {name: value for name, value in response.headers.items() if name not in VARYING_HEADERS}
    return response.status_code, headers, body


def _urls_with_ids(api: TestClient) -> list[str]:
    """Cursor chains and routes with path parameters, their ids read from the index."""
    urls = []
    first = api.get("/v1/search?q=detainer&per_page=1").json()
    doc_id = first["items"][0]["id"]
    urls += [f"/v1/documents/{doc_id}", f"/v1/documents/{doc_id}/similar?per_page=1&page=2"]
    urls += [f"/v1/documents/{doc_id}/copies", f"/v1/statistics?document={doc_id}"]
    if first["next"]:
        urls.append(f"/v1/search?q=detainer&per_page=1&cursor={first['next']}")
    entity_id = api.get("/v1/entities?per_page=1").json()["items"][0]["entity_id"]
    urls += [f"/v1/entities/{entity_id}", f"/v1/entities/{entity_id}/documents?sort=mentions"]
    urls += [
        f"/v1/entities/{entity_id}/quotes?per_page=0",
        _search(("entity", entity_id), ("facets", "person")),
    ]
    return urls


def test_the_search_family_routes_are_planned() -> None:
    for router in (search.router, documents.router, entities.router, statistics.router):
        for route in router.routes:
            assert isinstance(route, PlannedRoute)
            if "GET" in (route.methods or set()):
                assert ParameterPlan.of(route.dependant) is not None, route.path


@pytest.mark.parametrize("url", SEARCH_URLS)
def test_the_plan_answers_as_fastapis_solver(api: TestClient, url: str) -> None:
    planned = _answer(api, url, fastapi_solver=False)
    assert planned == _answer(api, url, fastapi_solver=True)


def test_the_plan_answers_as_fastapis_solver_on_ids_and_cursors(api: TestClient) -> None:
    for url in _urls_with_ids(api):
        planned = _answer(api, url, fastapi_solver=False)
        assert planned[0] == 200 or url.endswith("per_page=0"), url
        assert planned == _answer(api, url, fastapi_solver=True), url


def test_dependency_overrides_still_apply(api: TestClient) -> None:
    url = "/v1/search?q=detainer&no_such_parameter=1"
    assert api.get(url).status_code == 400
    api.app.dependency_overrides[check_parameters] = _noop  # type: ignore[attr-defined]
    try:
        assert api.get(url).status_code == 200
    finally:
        api.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def test_a_route_the_plan_cannot_serve_exactly_keeps_fastapis_handler() -> None:
    write = next(
        route for route in documents.router.routes if isinstance(route, APIRoute) and route.methods == {"PUT"}
    )
    assert write.dependant.body_params and ParameterPlan.of(write.dependant) is None


READ_KEY = "read-key-5c0e2a9d71f4b388"
KEYED_URLS = [
    "/v1/search?q=detainer",
    "/v1/search?q=detainer&per_page=0&sort=bad",
    "/v1/search?q=detainer&unknown=1",
    "/v1/documents",
    "/v1/documents/no-such-document",
    "/v1/documents/no-such-document/copies?page=0",
    "/v1/entities?kind=animal",
]


def test_the_key_check_is_planned_with_the_rest() -> None:
    route = PlannedRoute(
        "/v1/things/{doc_id}",
        documents.get_document,
        dependencies=[ReadAccess, Acceptable, Depends(check_parameters)],
    )
    plan = ParameterPlan.of(route.dependant)
    assert plan is not None and plan.kept == []
    assert plan.dependant().dependencies == []


@pytest.mark.parametrize("key", [None, "wrong-key-0000000000000000", READ_KEY])
def test_the_plan_checks_keys_as_fastapis_solver(settings: Settings, key: str | None) -> None:
    keyed = settings.model_copy(update={"api_keys": [SecretStr(READ_KEY)], "require_key_for_reads": True})
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    with TestClient(create_app(keyed), raise_server_exceptions=False, headers=headers) as client:
        for url in [*KEYED_URLS, *(_urls_with_ids(client) if key == READ_KEY else [])]:
            planned = _answer(client, url, fastapi_solver=False)
            assert planned[0] not in (401, 403) if key == READ_KEY else planned[0] in (401, 403), url
            assert planned == _answer(client, url, fastapi_solver=True), url
