"""Entities found the way people name them: aliases, acronyms, titles, alias ids, and one resolver for filters."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(listing: dict[str, Any]) -> list[str]:
    return [item["entity_id"] for item in listing["items"]]


@pytest.mark.parametrize(
    ("q", "first"), [("ICE", "ice"), ("DHS", "dhs"), ("DOJ", "doj"), ("Tom Homan", "thomas-homan")]
)
def test_an_acronym_or_alias_ranks_its_entity_first(client: TestClient, q: str, first: str) -> None:
    assert ids(get(client, "/v1/entities", q=q))[0] == first


def test_the_agency_keeps_its_fullest_name_and_its_aliases(client: TestClient) -> None:
    ice = get(client, "/v1/entities/ice")
    assert ice["name"] == "U.S. Immigration and Customs Enforcement"
    assert {"ICE", "Immigration and Customs Enforcement"} <= set(ice["aliases"])
    assert "Tom Homan" in get(client, "/v1/entities/thomas-homan")["aliases"]
    assert "Gov. Brown" in get(client, "/v1/entities/gov-brown")["aliases"]


def test_a_title_finds_the_people_who_hold_it(client: TestClient) -> None:
    sheriffs = ids(get(client, "/v1/entities", q="sheriff"))
    assert sheriffs
    for entity_id in sheriffs:
        titles = " ".join(role["title"] for role in get(client, f"/v1/entities/{entity_id}")["roles"])
        assert "sheriff" in titles.lower()


@pytest.mark.parametrize(
    ("alias_path", "canonical_path"),
    [
        ("/v1/entities/jeff-sessions", "/v1/entities/jeffrey-sessions"),
        ("/v1/entities/tom-homan/documents", "/v1/entities/thomas-homan/documents"),
        ("/v1/entities/tom-homan/quotes", "/v1/entities/thomas-homan/quotes"),
        ("/v1/entities/department-of-homeland-security/statistics", "/v1/entities/dhs/statistics"),
    ],
)
def test_an_alias_id_redirects_to_the_canonical_id(
    client: TestClient, alias_path: str, canonical_path: str
) -> None:
    # The entity itself takes no parameter; its lists take per_page.
    params = {"per_page": 2} if alias_path.count("/") == 4 else {}
    query = "?per_page=2" if params else ""
    response = client.get(alias_path, params=params, follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"].endswith(f"{canonical_path}{query}")
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["entity_id"] == canonical_path.split("/")[3]
    followed = client.get(alias_path, params=params)
    assert followed.status_code == 200
    assert followed.json() == get(client, canonical_path, **params)


def test_an_unknown_id_is_still_a_404(client: TestClient) -> None:
    assert client.get("/v1/entities/no-such-person-anywhere", follow_redirects=False).status_code == 404


@pytest.mark.parametrize("value", ["jeffrey-sessions", "jeff-sessions", "Jeff Sessions", "Sessions"])
def test_an_id_an_alias_or_a_name_filter_alike(client: TestClient, value: str) -> None:
    expected = get(client, "/v1/search", entity="jeffrey-sessions")["total"]
    assert expected == 3
    assert get(client, "/v1/search", entity=value)["total"] == expected
    assert get(client, "/v1/search", official=value)["total"] == expected


def test_repeated_entity_filters_are_ored(client: TestClient) -> None:
    homan = {hit["id"] for hit in get(client, "/v1/search", official="thomas-homan", per_page=50)["items"]}
    sessions = {hit["id"] for hit in get(client, "/v1/search", official="Sessions", per_page=50)["items"]}
    both = get(client, "/v1/search", per_page=50, official=["Tom Homan", "jeff-sessions"])
    assert {hit["id"] for hit in both["items"]} == homan | sessions
    assert len(homan | sessions) > max(len(homan), len(sessions))


@pytest.mark.parametrize(
    ("url", "parameter", "value"),
    [
        ("/v1/search", "entity", "Sesions"),
        ("/v1/search", "official", "Villaneuva Alexx"),
        ("/v1/search", "place", "Nowhereville"),
        ("/v1/timeline", "entity", "Sesions"),
        ("/v1/statistics", "attributed_to", "Homeland Securty"),
        ("/v1/statistics", "place", "Nowhereville"),
        ("/v1/statistics", "entity", "Sesions"),
    ],
)
def test_an_unknown_entity_is_a_400_with_the_closest_ids(
    client: TestClient, url: str, parameter: str, value: str
) -> None:
    response = client.get(url, params={parameter: value})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["title"] == "Unknown entity"
    assert problem["parameter"] == parameter
    assert value in problem["detail"]
    assert isinstance(problem["suggestions"], list)
    if value == "Sesions":
        assert problem["suggestions"][0] == "jeffrey-sessions"


def test_statistics_take_entities_like_search(client: TestClient) -> None:
    by_alias = get(client, "/v1/statistics", attributed_to="DHS", per_page=100)
    assert by_alias["total"] >= 1
    assert all(item["attributed_to"]["entity_id"] == "dhs" for item in by_alias["items"])
    assert get(client, "/v1/statistics", attributed_to="dhs", per_page=100) == by_alias
    assert get(client, "/v1/entities/dhs/statistics", per_page=100)["items"] == by_alias["items"]

    mentioning = get(client, "/v1/statistics", entity="jeff-sessions", per_page=100)
    documents = {
        item["id"] for item in get(client, "/v1/search", entity="jeff-sessions", per_page=50)["items"]
    }
    assert mentioning["total"] >= 1 and {item["document_id"] for item in mentioning["items"]} <= documents

    in_california = get(client, "/v1/statistics", place="california", per_page=100)
    assert in_california["total"] >= 1
    assert all(item["place"] == "California" for item in in_california["items"])
    assert get(client, "/v1/statistics", place="California", per_page=100) == in_california
    either = get(client, "/v1/statistics", place=["california", "los-angeles"], per_page=100)
    assert either["total"] > in_california["total"]


def test_an_entitys_statistics_carry_sentence_and_document(client: TestClient) -> None:
    listing = get(client, "/v1/entities/dhs/statistics")
    assert set(listing) == {"total", "page", "per_page", "items", "next"}
    for item in listing["items"]:
        record = get(client, f"/v1/documents/{item['document_id']}")
        assert record["text"][item["start"] : item["end"]] == item["text"]
        sentence = item["sentence"]
        assert record["text"][sentence["start"] : sentence["end"]] == sentence["text"]
        statistic = {key: value for key, value in item.items() if key not in ("document_id", "published")}
        assert statistic in record["statistics"]
