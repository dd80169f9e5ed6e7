"""A search's answer as the JSON `SearchResults` dumps to, written straight from the engine's rows.

Validating every hit into a `SearchHit` and the page into `SearchResults`, only for FastAPI to dump them
again, was a tenth of a search's CPU. The bytes come from pydantic-core's own serializer (`to_json` on plain
values formats numbers, dates and strings as a model's dump does), in the models' field order; a test
checks them against `SearchResults.model_dump_json` and that these fields are the models' fields.
"""

from __future__ import annotations

from fastapi import Response
from pydantic_core import to_json

from app.index.rows import DocumentHit, HitSnippet

__all__ = ["FACET_FIELDS", "HIT_FIELDS", "RESULTS_FIELDS", "SNIPPET_FIELDS", "FacetJson", "search_response"]

# The wire models' fields in the order they are written (`SearchResults`, `SearchHit`, `Snippet`, `Facet`).
RESULTS_FIELDS = (
    "items",
    "total",
    "page",
    "per_page",
    "next",
    "query",
    "escaped",
    "total_clusters",
    "timed_out",
    "took_ms",
    "facets",
    "did_you_mean",
)
HIT_FIELDS = ("id", "title", "published", "outlet", "url", "score", "snippets", "copies", "copies_link")
SNIPPET_FIELDS = ("start", "end", "text", "highlighted", "matches")
FACET_FIELDS = ("buckets", "missing")

# A facet as `Facet` dumps it: {"buckets": [{"value", "label", "count"}...], "missing"}.
FacetJson = dict[str, object]


def _snippet(snippet: HitSnippet) -> dict[str, object]:
    return {
        "start": snippet.start,
        "end": snippet.end,
        "text": snippet.text,
        "highlighted": snippet.highlighted,
        "matches": [{"start": match.start, "end": match.end} for match in snippet.matches],
    }


def _hit(hit: DocumentHit, copies: dict[str, int] | None) -> dict[str, object]:
    return {
        "id": hit.id,
        "title": hit.title,
        "published": hit.published,
        "outlet": hit.outlet,
        "url": hit.url,
        "score": None if hit.score is None else float(hit.score),
        "snippets": [_snippet(snippet) for snippet in hit.snippets],
        "copies": None if copies is None else copies.get(hit.id, 0),
        "copies_link": None if copies is None else f"/v1/documents/{hit.id}/copies",
    }


def search_response(
    *,
    hits: list[DocumentHit],
    copies: dict[str, int] | None,
    total: int,
    page: int,
    per_page: int,
    next_cursor: str | None,
    query: str,
    escaped: bool,
    total_clusters: int | None,
    timed_out: bool,
    took_ms: float,
    facets: dict[str, FacetJson],
    did_you_mean: str | None,
    headers: Response,
) -> Response:
    """The page as `application/json`, with the headers the route's dependencies set on `headers` (the next
    page's `Link`), as FastAPI adds them to a response it serializes. Collapsed (`copies` given), each hit
    carries its count of copies."""
    results = {
        "items": [_hit(hit, copies) for hit in hits],
        "total": total,
        "page": page,
        "per_page": per_page,
        "next": next_cursor,
        "query": query,
        "escaped": escaped,
        "total_clusters": total_clusters,
        "timed_out": timed_out,
        "took_ms": float(took_ms),
        "facets": facets,
        "did_you_mean": did_you_mean,
    }
    # A model dumps infinities and NaN as null (`ser_json_inf_nan`), `to_json` by default as constants.
    response = Response(to_json(results, inf_nan_mode="null"), media_type="application/json")
    response.headers.raw.extend(headers.headers.raw)
    return response
