"""Each q operator on the real corpus index, for every engine, and the same q errors on every route."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def found(client: TestClient, q: str, **params: Any) -> set[str]:
    response = client.get("/v1/search", params={"q": q, "per_page": 50, **params})
    assert response.status_code == 200, response.text
    return {hit["id"] for hit in response.json()["items"]}


def every_document(client: TestClient) -> set[str]:
    return found(client, "")


@pytest.mark.parametrize("query", ["Homan -Sessions", "Homan NOT Sessions", "homan not sessions"])
def test_exclusion_removes_what_the_term_finds(client: TestClient, query: str) -> None:
    homan, sessions = found(client, "Homan"), found(client, "Sessions")
    assert homan & sessions and homan - sessions  # the corpus can tell exclusion from inclusion
    assert found(client, query) == homan - sessions


@pytest.mark.parametrize("query", ["-Sessions", "NOT Sessions"])
def test_exclusion_alone_is_everything_else(client: TestClient, query: str) -> None:
    assert found(client, query) == every_document(client) - found(client, "Sessions")


@pytest.mark.parametrize(
    "query", ["-Sessions -Schumer", "NOT Sessions AND NOT Schumer", "-(Sessions OR Schumer)"]
)
def test_exclusions_alone_are_everything_else(client: TestClient, query: str) -> None:
    expected = every_document(client) - found(client, "Sessions") - found(client, "Schumer")
    assert expected and found(client, query) == expected


def test_either_a_word_or_not_another(client: TestClient) -> None:
    expected = found(client, "Schumer") | (every_document(client) - found(client, "Sessions"))
    assert found(client, "Schumer OR -Sessions") == expected


@pytest.mark.parametrize("query", ["Homan || Schumer", "Homan OR Schumer", "homan or schumer"])
def test_either(client: TestClient, query: str) -> None:
    assert found(client, query) == found(client, "Homan") | found(client, "Schumer")


@pytest.mark.parametrize(
    "query", ["Homan && Sessions", "Homan AND Sessions", "+Homan Sessions", "+Homan +Sessions"]
)
def test_both(client: TestClient, query: str) -> None:
    assert found(client, query) == found(client, "Homan") & found(client, "Sessions")


def test_bare_prefix_is_a_word_and_star_makes_it_a_prefix(client: TestClient) -> None:
    assert found(client, "sanct") == set()
    assert found(client, "sanct*") >= found(client, "sanctuary") != set()


@pytest.mark.parametrize("query", ["detainr~", "detainr~1", "DETAINR~1"])
def test_fuzzy_finds_the_word_within_its_edits(client: TestClient, query: str) -> None:
    assert found(client, "detainr") == set()
    assert found(client, query) == found(client, "detainer") != set()


def test_fuzzy_counts_a_transposition_as_one_edit_and_keeps_the_first_letter(client: TestClient) -> None:
    assert found(client, "detianer~1") == found(client, "detainer")
    assert found(client, "xetainer~1") == set()


def test_fuzzy_distance_zero_is_exact(client: TestClient) -> None:
    assert found(client, "sesions~1") == found(client, "sessions~1") == found(client, "sessions")
    assert found(client, "sesions~0") == set()


def test_fuzzy_terms_are_highlighted(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": "detainr~1", "per_page": 1})
    snippet = response.json()["items"][0]["snippets"][0]
    assert "<em>detainer" in snippet["highlighted"].lower()


def test_typo_tolerance_is_opt_in(client: TestClient) -> None:
    assert found(client, "detainr sanctuery") == set()
    assert found(client, "detainr sanctuery", typo_tolerance=True) == found(client, "detainer sanctuary")
    # Four letters are too few for a typo: "cty" stays "cty".
    assert found(client, "cty", typo_tolerance=True) == set()


def test_typo_tolerance_leaves_exclusions_exact(client: TestClient) -> None:
    assert found(client, "detainer -sesions", typo_tolerance=True) == found(client, "detainer")


ROUTES = ["/v1/search", "/v1/timeline", "/v1/export", "/v1/statistics", "/v1/statistics/groups"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(
    "query", ["(", '"open', "ICE AND", "OR ICE", "ICE)", "- ICE", "*", "a~3", "outlet:x"]
)
def test_the_same_400_on_every_route_that_takes_q(client: TestClient, route: str, query: str) -> None:
    response = client.get(route, params={"q": query})
    expected = client.get("/v1/search", params={"q": query}).json()
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert (body["title"], body["detail"], body.get("position")) == (
        expected["title"],
        expected["detail"],
        expected.get("position"),
    )


@pytest.mark.parametrize("route", ["/v1/statistics", "/v1/statistics/groups"])
def test_statistics_q_is_the_same_grammar(client: TestClient, route: str) -> None:
    def total(q: str) -> int:
        response = client.get(route, params={"q": q, "per_page": 1})
        assert response.status_code == 200, response.text
        value: int = response.json()["total"]
        return value

    everything = client.get(route, params={"per_page": 1}).json()["total"]
    for word in ("homicides", "deputies"):
        assert total(f"-{word}") == total(f"NOT {word}") == everything - total(word)
    assert total("homicides || deputies") == total("homicides OR deputies")
    assert total("homicid*") >= total("homicides")


@pytest.mark.parametrize("query", ["homicides~", "ho?icides", '"new deputies"~2', "title:homicides"])
def test_statistics_says_what_it_cannot_search(client: TestClient, query: str) -> None:
    response = client.get("/v1/statistics", params={"q": query})
    assert response.status_code == 400
    assert "not supported for statistics" in response.json()["detail"]
