"""A search's JSON written from the engine's rows is exactly what the `SearchResults` model dumps."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi import Response
from fastapi.testclient import TestClient

from app.index.rows import DocumentHit, HitSnippet, Span
from app.routes.search_json import (
    FACET_FIELDS,
    HIT_FIELDS,
    RESULTS_FIELDS,
    SNIPPET_FIELDS,
    FacetJson,
    search_response,
)
from app.schemas import Facet, SearchHit, SearchResults, Snippet


def test_the_written_fields_are_the_models_fields_in_order() -> None:
    assert tuple(SearchResults.model_fields) == RESULTS_FIELDS
    assert tuple(SearchHit.model_fields) == HIT_FIELDS
    assert tuple(Snippet.model_fields) == SNIPPET_FIELDS
    assert tuple(Facet.model_fields) == FACET_FIELDS


def _model_dump(page: dict[str, Any], copies: dict[str, int] | None) -> bytes:
    """The bytes the route sent before: each hit validated into `SearchHit`, the page into `SearchResults`."""
    items = []
    for hit in page["hits"]:
        item = SearchHit.model_validate(hit, from_attributes=True)
        if copies is not None:
            item = item.model_copy(
                update={"copies": copies.get(hit.id, 0), "copies_link": f"/v1/documents/{hit.id}/copies"}
            )
        items.append(item)
    fields = {key: value for key, value in page.items() if key not in ("hits", "next_cursor")}
    return SearchResults(items=items, next=page["next_cursor"], **fields).model_dump_json().encode()


SNIPPET = HitSnippet(
    start=3,
    end=40,
    text='a "quoted" <b> & \\ \n\t\x00\x1f\u2028 café 😀',
    highlighted="a <em>&quot;quoted&quot;</em>",
    matches=[Span(start=4, end=12), Span(start=20, end=21)],
)
HITS = [
    DocumentHit(
        id="a", title="Tïtle “x”", published=date(2020, 2, 29), outlet="O", url="https://x/y?z=1", score=12.5
    ),
    DocumentHit(id="b", score=7.185044100630328e-09, snippets=[SNIPPET, SNIPPET]),
    DocumentHit(id="c", score=1.2e17, snippets=[]),
    DocumentHit(id="d", score=0.30000001192092896),
    DocumentHit(id="e", score=None),
    DocumentHit(id="f", score=float("inf")),
]
FACETS: dict[str, FacetJson] = {
    "outlet": {"buckets": [{"value": "wire", "label": "The Wire", "count": 3}], "missing": 1},
    "year": {"buckets": [], "missing": 0},
}


@pytest.mark.parametrize("copies", [None, {"a": 2}])
@pytest.mark.parametrize("hits", [HITS, HITS[:1], []])
@pytest.mark.parametrize("took_ms", [0.0, 1.234, 0.00001, 12345.678])
def test_rows_are_written_as_the_models_dump_them(
    hits: list[DocumentHit], copies: dict[str, int] | None, took_ms: float
) -> None:
    page: dict[str, Any] = {
        "hits": hits,
        "total": 1234,
        "page": 2,
        "per_page": 10,
        "next_cursor": None if copies else "eyJ4IjoxfQ",
        "query": 'said "x" \\ ü',
        "escaped": copies is None,
        "total_clusters": None if copies is None else 7,
        "timed_out": False,
        "took_ms": took_ms,
        "facets": FACETS if copies else {},
        "did_you_mean": "police" if copies else None,
    }
    headers = Response()
    headers.headers["Link"] = '</v1/search?q=x&cursor=y>; rel="next"'
    response = search_response(copies=copies, headers=headers, **page)
    assert response.body == _model_dump(page, copies)
    assert response.headers.raw[-1] == (b"link", b'</v1/search?q=x&cursor=y>; rel="next"')
    assert response.media_type == "application/json"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "detainer"},
        {"q": "sanctuary city", "facets": "outlet,year,official", "per_page": 2},
        {"q": "said", "collapse": "cluster", "per_page": 3},
        {"q": "detainr"},
        {"sort": "-published"},
    ],
)
def test_a_search_validates_as_search_results(client: TestClient, params: dict[str, Any]) -> None:
    """What the route sends parses into the model and dumps back to the same bytes."""
    response = client.get("/v1/search", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    results = SearchResults.model_validate_json(response.content)
    assert results.model_dump_json().encode() == response.content
    assert results.items or results.did_you_mean
