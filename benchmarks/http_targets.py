"""The servers measured over HTTP and the URL each one gets for a `BenchQuery`.

- ours: `python -m app serve` (uvicorn). Our search always renders `ARCHIVE_SNIPPETS_PER_HIT`
  snippets, so the plain classes run against a server started with 0 and the highlight class
  against one with the shipped default.
- Datasette on the FTS5 database: the table JSON API (`/<db>/docs.json?_search=...&_size=10`,
  raw FTS syntax, with its count of all matches; it orders by rowid, not relevance), the SQL JSON
  API with `snippet()` ranked by bm25 for highlights, and the row JSON API for a document.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from benchmarks.http_load import ServerProcess, free_port, running_server
from benchmarks.workload import BenchQuery

__all__ = [
    "HttpTarget",
    "datasette_command",
    "datasette_path",
    "datasette_server",
    "ours_command",
    "ours_path",
]

DATASETTE_SNIPPET_SQL = (
    "select d.id, d.title, d.published, d.outlet, d.url, "
    "snippet(docs_fts, 1, '<em>', '</em>', '…', 24) as snippet "
    "from docs_fts join docs d on d.rowid = docs_fts.rowid "
    "where docs_fts match :q order by rank limit 10"
)


@dataclass(frozen=True)
class HttpTarget:
    name: str
    description: str


def _expression(query: BenchQuery) -> str:
    if query.phrase:
        return '"' + " ".join(query.terms) + '"'
    return " AND ".join(query.terms)


def ours_path(query: BenchQuery) -> str | None:
    if query.doc_id:
        return f"/v1/documents/{quote(query.doc_id)}"
    params: dict[str, str] = {"q": _expression(query), "per_page": "10"}
    if query.facet_outlets:
        params["facets"] = "outlet"
    if query.published_from and query.published_to:
        params["published_from"] = query.published_from.isoformat()
        params["published_to"] = query.published_to.isoformat()
    return "/v1/search?" + urlencode(params)


def datasette_path(query: BenchQuery, database: str) -> str | None:
    if query.doc_id:
        return f"/{database}/docs/{quote(query.doc_id)}.json"
    if query.snippets:
        return f"/{database}.json?" + urlencode(
            {"sql": DATASETTE_SNIPPET_SQL, "q": _expression(query), "_shape": "array"}
        )
    params: list[tuple[str, str]] = [
        ("_search", _expression(query)),
        ("_searchmode", "raw"),
        ("_size", "10"),
    ]
    params += [("_col", column) for column in ("title", "published", "outlet", "url")]
    if query.facet_outlets:
        params.append(("_facet", "outlet"))
    if query.published_from and query.published_to:
        params += [
            ("published__gte", query.published_from.isoformat()),
            ("published__lte", query.published_to.isoformat()),
        ]
    return f"/{database}/docs.json?" + urlencode(params)


def ours_command(index_dir: Path, port: int, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "app",
        "serve",
        "--index",
        str(index_dir),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def datasette_command(database: Path, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(database),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--setting",
        "suggest_facets",
        "off",
        "--setting",
        "sql_time_limit_ms",
        "10000",
        "--setting",
        "num_sql_threads",
        "3",
    ]


@contextmanager
def datasette_server(database: Path, logs: Path, cwd: Path | None = None) -> Iterator[ServerProcess]:
    """Datasette serving the FTS5 database on a free port of 127.0.0.1, stopped on leaving."""
    port = free_port()
    with running_server(
        "datasette",
        datasette_command(database, port),
        port=port,
        ready_path="/-/versions.json",
        log=logs / "server-datasette.log",
        cwd=cwd,
    ) as server:
        yield server
