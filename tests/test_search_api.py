"""GET /v1/search over the real corpus index."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def ids(body: dict[str, Any]) -> list[str]:
    return [hit["id"][:3] for hit in body["items"]]


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_term_finds_every_document_that_says_it(client: TestClient) -> None:
    body = search(client, q="detainer")
    assert sorted(ids(body)) == ["000", "001", "003", "004"]
    assert body["total"] == 4
    assert body["took_ms"] >= 0


def test_phrase_query(client: TestClient) -> None:
    assert sorted(ids(search(client, q='"sanctuary city"'))) == ["000", "001", "002", "004"]
    assert ids(search(client, q='"refusing to honor"')) == ["003"]


def test_boolean_and_field_queries(client: TestClient) -> None:
    assert ids(search(client, q="Homan AND NOT Sessions")) == ["002"]
    assert sorted(ids(search(client, q="title:ICE"))) == ["001", "002"]
    assert sorted(ids(search(client, q="Villanueva OR Lyons"))) == ["001", "003"]


def test_wildcard_and_accent_folding(client: TestClient) -> None:
    assert sorted(ids(search(client, q="detain*"))) == ["000", "001", "003", "004"]
    assert ids(search(client, q="Gimenez")) == ["004"]
    assert ids(search(client, q="Giménez")) == ["004"]


def test_date_filter_and_sort(client: TestClient) -> None:
    assert ids(search(client, published_from="2018-01-01", published_to="2018-12-31")) == ["000"]
    assert search(client, published_from="2019-01-01")["total"] == 0
    newest = search(client, sort="-published")
    assert ids(newest)[0] == "000"
    oldest = search(client, sort="published")
    assert ids(oldest)[0] == "000"
    assert all(hit["score"] is None for hit in newest["items"])


def test_empty_query_lists_all_documents(client: TestClient) -> None:
    assert search(client)["total"] == 5


def test_snippets_carry_match_offsets_into_the_cleaned_text(client: TestClient) -> None:
    body = search(client, q="detainers")
    for hit in body["items"]:
        text = client.get(f"/v1/documents/{hit['id']}").json()["text"]
        assert hit["snippets"]
        for snippet in hit["snippets"]:
            assert text[snippet["start"] : snippet["end"]] == snippet["text"]
            assert "<em>" in snippet["highlighted"]
            for match in snippet["matches"]:
                assert text[match["start"] : match["end"]].lower().startswith("detainer")


def test_snippets_come_from_different_parts_of_a_long_article(client: TestClient) -> None:
    (hit,) = search(client, q="California", per_page=1)["items"]
    starts = [snippet["start"] for snippet in hit["snippets"]]
    assert len(starts) == 3
    ends = [snippet["end"] for snippet in hit["snippets"]]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False))


def test_no_page_furniture_is_searchable(client: TestClient) -> None:
    for furniture in ["poll", "lz_ndn", "lz_related_box", "Latest Articles", "mickou", "Payouts"]:
        assert search(client, q=furniture, lenient=True)["total"] == 0, furniture


def test_repaired_mojibake_is_findable(client: TestClient) -> None:
    assert "003" in ids(search(client, q='"California sanctuary policies"'))
    record = client.get("/v1/documents/003_3042ad3957543e6f").json()
    assert "Californiaโs" in record["raw_text"]
    assert "California’s" in record["text"]


def test_paging_and_cursor_walk_the_whole_result(client: TestClient) -> None:
    seen: list[str] = []
    response = client.get("/v1/search", params={"q": "", "per_page": 2})
    while True:
        body = response.json()
        seen.extend(hit["id"] for hit in body["items"])
        if body["next"] is None:
            assert "link" not in response.headers
            break
        assert 'rel="next"' in response.headers["link"]
        response = client.get("/v1/search", params={"q": "", "per_page": 2, "cursor": body["next"]})
    assert len(seen) == len(set(seen)) == 5
    assert ids(search(client, per_page=2, page=3)) == [seen[4][:3]]


def test_cursor_from_another_query_is_refused(client: TestClient) -> None:
    cursor = search(client, q="detainer", per_page=1)["next"]
    response = client.get("/v1/search", params={"q": "ICE", "per_page": 1, "cursor": cursor})
    assert response.status_code == 400
    assert "different request" in response.json()["detail"]


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"per_page": 0}, 422, "per_page"),
        ({"per_page": 101}, 422, "per_page"),
        ({"page": 0}, 422, "page"),
        ({"page": 2000, "per_page": 10}, 422, "cursor"),
        ({"sort": "sideways"}, 422, "sort"),
        ({"published_from": "yesterday"}, 422, "published_from"),
        ({"q": '"sanctuary city'}, 400, "position 0"),
        ({"q": "(ICE OR DHS"}, 400, "Unclosed '('"),
        ({"q": "ICE)"}, 400, "Unmatched ')'"),
        ({"q": "ICE AND"}, 400, "AND"),
        ({"q": "*"}, 400, "wildcards"),
        ({"q": "x" * 1001}, 413, "limit"),
        ({"cursor": "not-a-cursor"}, 400, "cursor"),
    ],
)
def test_bad_requests_are_problems(
    client: TestClient, params: dict[str, Any], status: int, fragment: str
) -> None:
    response = client.get("/v1/search", params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert fragment in problem["detail"]


def test_lenient_searches_the_text_literally(client: TestClient) -> None:
    body = search(client, q='"sanctuary city', lenient=True)
    assert body["escaped"] is True
    assert sorted(ids(body)) == ["000", "001", "002", "003", "004"]
    assert search(client, q="zzqx AND (", lenient=True)["total"] == 0


def test_outlet_filter_uses_the_record_outlet(client: TestClient) -> None:
    record = client.get("/v1/documents/002_c27e403ad76bbf3b").json()
    if record["outlet"] is None:
        pytest.skip("outlet extraction not available")
    outlet = record["outlet"]["value"]
    assert "002" in ids(search(client, outlet=outlet.upper()))
