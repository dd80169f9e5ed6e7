"""`collapse=cluster`: one hit per story cluster, the best-ranked member, with how many copies it stands for."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from app.index import OpenBuild, SearchQuery
from app.routes.listing import PagedSearch, Paging

__all__ = ["CollapsedSearch", "run_collapsed_search"]


@dataclass(frozen=True)
class CollapsedSearch:
    paged: PagedSearch
    total_clusters: int
    # Hit id -> the other members of its cluster.
    copies: dict[str, int]


def _representatives(build: OpenBuild, ids: list[str]) -> tuple[list[int], dict[str, int]]:
    """Positions in `ids` of each cluster's first member, and the number of copies each stands for."""
    clusters, sizes = build.clusters.clusters_of(ids)
    seen: set[str] = set()
    positions: list[int] = []
    copies: dict[str, int] = {}
    for position, doc_id in enumerate(ids):
        cluster = clusters.get(doc_id, doc_id)
        if cluster not in seen:
            seen.add(cluster)
            positions.append(position)
            copies[doc_id] = sizes.get(cluster, 1) - 1
    return positions, copies


def run_collapsed_search(*, build: OpenBuild, query: SearchQuery, paging: Paging) -> CollapsedSearch:
    """Page through the clusters of the hits; the hits themselves come from the window of the ranking
    that spans the page's representatives, so only that window is scored for snippets."""
    window = paging.window
    started = time.perf_counter()
    ids = list(build.engine.matching_ids(query))
    positions, copies = _representatives(build, ids)
    on_page = positions[window.offset : window.offset + window.limit]
    if on_page:
        first, last = on_page[0], on_page[-1]
        result = build.engine.search(replace(query, offset=first, limit=last - first + 1))
    else:
        result = build.engine.search(replace(query, offset=window.offset, limit=window.limit))
    wanted = {ids[position] for position in on_page}
    result = replace(result, hits=[hit for hit in result.hits if hit.id in wanted])
    took_ms = round((time.perf_counter() - started) * 1000, 3)
    following = None if result.timed_out else paging.next_cursor(len(positions))
    return CollapsedSearch(
        paged=PagedSearch(result=result, next=following, took_ms=took_ms),
        total_clusters=len(positions),
        copies=copies,
    )
