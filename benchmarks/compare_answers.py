"""Two checkouts of the service on one index, asked the same URLs: are the answers the same?

    python -m benchmarks.compare_answers --index DIR --before SRC [--after SRC] [--docs N] [--snippets 0,3]

A speed change must not change an answer. Both source trees (`git worktree` or `git archive` of another
commit) serve the same index; every URL is sent to both as GET, HEAD and GET with `Accept-Encoding: gzip`,
and the status, the headers and the body are compared. The URLs: every query class of the benchmark's
workload (`--docs` generated documents), words of it with every search parameter, paging and cursor chains
(each `next` followed on both), facets, filters by outlet, date and entity, collapse, timeline, export,
documents, entities, statistics, 400/404/413/422 errors of every kind (unknown, repeated and invalid
parameters, several at once, bad cursors) and `openapi.json`. What differs from request to request is
masked: `took_ms`, request ids, `Date`, and the `Content-Length` and `ETag` computed from a body whose
`took_ms` differs (and its `Content-Encoding` when that puts the two bodies either side of GZip's threshold). Prints the number of requests compared and each difference; exits 1 on any.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

import httpx

from app.middleware import GZIP_MINIMUM_BYTES
from benchmarks.config import DEFAULT_SEED, ROOT
from benchmarks.generator import ensure_corpus
from benchmarks.http_load import free_port, running_server
from benchmarks.http_targets import ours_command, ours_path
from benchmarks.workload import QUERY_CLASSES, pick_workload

__all__ = ["main"]

VARYING_HEADERS = frozenset({"date", "x-request-id", "server-timing"})
BODY_DERIVED_HEADERS = frozenset({"content-length", "etag"})
_TOOK = re.compile(rb'"took_ms":\s*[0-9.eE+-]+')
_REQUEST_ID = re.compile(rb'"request_id":\s*"[^"]*"')


def _masked(body: bytes) -> bytes:
    return _REQUEST_ID.sub(b'"request_id":"-"', _TOOK.sub(b'"took_ms":0', body))


def _search(**params: object) -> str:
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key.rstrip("_"), str(item)))
    return "/v1/search?" + urlencode(pairs)


def _ids(client: httpx.Client, path: str, field: str = "id") -> list[str]:
    response = client.get(path)
    if response.status_code != 200:
        return []
    body = response.json()
    items = body.get("items") or []
    return [str(item[field]) for item in items if item.get(field)]


def _urls(client: httpx.Client, words: list[str], workload_paths: list[str]) -> list[str]:
    """Every URL to compare; ids of documents, entities and outlets are read from one of the servers."""
    urls = list(workload_paths)
    doc_ids = _ids(client, _search(q=words[0], per_page=20))
    entity_ids = _ids(client, "/v1/entities?per_page=6", "entity_id")
    officials = _ids(client, "/v1/entities?kind=official&per_page=2", "entity_id")
    places = _ids(client, "/v1/entities?kind=place&per_page=2", "entity_id")
    hits = client.get(_search(q=words[0], per_page=5)).json().get("items", [])
    outlets = sorted({hit["outlet"] for hit in hits if hit.get("outlet")})[:2]
    if not (doc_ids and entity_ids and outlets):
        raise SystemExit(
            f"the index gave no documents, entities or outlets for {words[0]!r}: nothing to compare"
        )
    for word in words:
        urls += [
            _search(q=word),
            _search(q=word, per_page=1),
            _search(q=word, per_page=100),
            _search(q=word, page=2, per_page=5),
            _search(q=word, sort="published"),
            _search(q=word, sort="-published"),
            _search(q=word, collapse="cluster"),
            _search(q=word, collapse="cluster", facets="outlet,year"),
            _search(q=word, facets="outlet,year,official,person,place,organization"),
            _search(q=word, facets=["outlet", "year"]),
            _search(q=word, lenient="true"),
            _search(q=word + "~", typo_tolerance="true"),
            _search(q=word, has_statistics="true"),
            _search(q=word, has_statistics="false"),
            _search(q=word, published_from="2015-01-01", published_to="2019-12-31"),
            _search(q=word, published_from="2018-06-01"),
            _search(q=word[:-1] + "x"),
            f"/v1/timeline?q={word}",
            f"/v1/timeline?q={word}&interval=year&has_statistics=true",
            "/v1/documents?per_page=3&sort=-published&published_from=2016-01-01",
        ]
        for outlet in outlets:
            urls.append(_search(q=word, outlet=outlet))
        for entity in entity_ids[:3]:
            urls.append(_search(q=word, entity=entity))
    urls += [_search(), _search(q=""), _search(q="café naïve"), _search(q=f'"{words[0]} {words[1]}"')]
    urls += [_search(q=words[0], outlet=outlets), _search(entity=entity_ids[:2], official=officials[:1])]
    urls += [_search(place=places[:1], facets="place"), _search(official=officials, q=words[1])]
    urls += [f"/v1/export?q={words[-1]}", f"/v1/export?q={words[-1]}&sort=published&has_statistics=true"]
    urls += [
        "/v1/timeline",
        "/v1/documents",
        "/v1/documents?per_page=2&page=3",
        "/v1/documents?sort=published",
    ]
    for doc_id in doc_ids[:5]:
        urls += [
            f"/v1/documents/{doc_id}",
            f"/v1/documents/{doc_id}/copies",
            f"/v1/documents/{doc_id}/similar",
        ]
        urls += [f"/v1/documents/{doc_id}/similar?per_page=2&page=2", f"/v1/statistics?document={doc_id}"]
    for entity in entity_ids:
        urls += [f"/v1/entities/{entity}", f"/v1/entities/{entity}/documents?sort=mentions&per_page=3"]
        urls += [f"/v1/entities/{entity}/quotes", f"/v1/entities/{entity}/statistics?per_page=2"]
    urls += ["/v1/entities", "/v1/entities?kind=person&sort=name&q=a", "/v1/entities?sort=mentions&page=2"]
    urls += ["/v1/statistics", "/v1/statistics?kind=percent&min=1&max=50", "/v1/statistics/groups?per_page=3"]
    urls += [f"/v1/statistics?q={words[0]}&entity={entity_ids[0]}" if entity_ids else "/v1/statistics?q=x"]
    urls += ["/openapi.json", "/healthz"]
    urls += [
        # 400s, 404s, 413s and 422s, alone and together (which one wins is part of the answer)
        _search(q='"unbalanced'),
        _search(q="a AND"),
        _search(q="x" * 3000),
        _search(q=words[0], per_page=1000),
        _search(q=words[0], per_page=0),
        _search(q=words[0], page=0),
        _search(per_page="abc", page="x"),
        _search(published_from="bad"),
        _search(published_from="2020-13-01", published_to="yesterday"),
        _search(has_statistics="maybe"),
        _search(sort="bad"),
        _search(collapse="story"),
        _search(facets="bogus,outlet"),
        _search(q=words[0], foo="1"),
        _search(q=words[0], foo="1", bar="2"),
        "/v1/search?q=a&q=b",
        "/v1/search?per_page=2&per_page=3",
        _search(cursor="garbage"),
        _search(cursor="garbage", published_from="bad"),
        _search(entity="no-such-entity-here", per_page=0),
        _search(entity="no-such-entity-here", published_from="bad"),
        _search(official="no-such-official", sort="bad"),
        _search(per_page=0, sort="bad", facets="bogus"),
        _search(per_page=0, collapse="x", lenient="perhaps", typo_tolerance="nope"),
        "/v1/timeline?interval=day&published_from=bad",
        "/v1/export?sort=bad&per_page=3",
        "/v1/documents?sort=bad&per_page=0",
        "/v1/documents/no-such-document",
        "/v1/documents/no-such-document/similar?per_page=0",
        "/v1/entities/no-such-entity",
        "/v1/entities?kind=animal&sort=x",
        "/v1/statistics?min=abc&max=def&kind=weight",
        "/v1/statistics?entity=no-such-entity",
    ]
    return list(dict.fromkeys(urls))


def _cursor_chains(client: httpx.Client, words: list[str]) -> list[str]:
    """The pages of a few searches, following `next` (read from one server; both must give the same)."""
    urls = []
    starts: list[dict[str, object]] = [
        {"q": words[0], "per_page": 3},
        {"q": words[1], "per_page": 4, "sort": "-published"},
        {"q": words[2], "per_page": 2, "collapse": "cluster"},
        {"per_page": 5, "published_from": "2016-01-01"},
    ]
    for params in starts:
        url: str | None = _search(**params)
        for _ in range(4):
            if url is None:
                break
            urls.append(url)
            cursor = client.get(url).json().get("next")
            url = _search(**params, cursor=cursor) if cursor else None
    return urls


def _answer(client: httpx.Client, method: str, url: str, gzipped: bool) -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept-Encoding": "gzip" if gzipped else "identity"}
    response = client.request(method, url, headers=headers)
    body = response.content
    if response.headers.get("content-encoding") == "gzip" and body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return response.status_code, dict(response.headers), body


def _differences(
    method: str, before: tuple[int, dict[str, str], bytes], after: tuple[int, dict[str, str], bytes]
) -> list[str]:
    found = []
    if before[0] != after[0]:
        found.append(f"status {before[0]} != {after[0]}")
    same_body = before[2] == after[2]
    if _masked(before[2]) != _masked(after[2]):
        found.append(f"body:\n    before {before[2][:300]!r}\n    after  {after[2][:300]!r}")
    # A HEAD's length and tag are those of the body it leaves out, whose `took_ms` may differ.
    derived_may_differ = method == "HEAD" or not same_body
    ignored = VARYING_HEADERS | (BODY_DERIVED_HEADERS if derived_may_differ else frozenset())
    if min(len(before[2]), len(after[2])) < GZIP_MINIMUM_BYTES <= max(len(before[2]), len(after[2])):
        # Bodies either side of GZip's threshold (by `took_ms`'s digits): one is compressed, one is not.
        ignored |= {"content-encoding", "vary"}
    for name in sorted(set(before[1]) | set(after[1])):
        if name not in ignored and before[1].get(name) != after[1].get(name):
            found.append(f"header {name}: {before[1].get(name)!r} != {after[1].get(name)!r}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, required=True, help="the index both servers read")
    parser.add_argument("--before", type=Path, required=True, help="source tree of the first server")
    parser.add_argument("--after", type=Path, default=ROOT, help="source tree of the second (default: here)")
    parser.add_argument("--docs", type=int, default=2000, help="size of the generated corpus (workload)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--snippets", default="3,0", help="snippets per hit of each pair of servers")
    parser.add_argument("--words", help="comma-separated words to search (default: seven of the workload's)")
    arguments = parser.parse_args()

    corpus = ensure_corpus(arguments.data_dir, arguments.docs, arguments.seed)
    workload = pick_workload(corpus.directory, seed=arguments.seed)
    workload_paths = [p for c in QUERY_CLASSES for q in c.make(workload) if (p := ours_path(q))]
    words = list(dict.fromkeys(q.terms[0] for c in QUERY_CLASSES for q in c.make(workload) if q.terms))[:7]
    if arguments.words:
        words = arguments.words.split(",")
    logs = arguments.data_dir / "compare-logs"
    logs.mkdir(parents=True, exist_ok=True)
    compared = different = 0
    statuses: dict[int, int] = {}
    for snippets in arguments.snippets.split(","):
        with ExitStack() as stack:
            servers = []
            for side, source in (("before", arguments.before), ("after", arguments.after)):
                port = free_port()
                servers.append(
                    stack.enter_context(
                        running_server(
                            f"{side} (snippets {snippets})",
                            ours_command(arguments.index.resolve(), port, 1),
                            port=port,
                            ready_path="/readyz",
                            log=logs / f"answers-{side}-{snippets}.log",
                            env={"ARCHIVE_RESULT_CACHE_SIZE": "0", "ARCHIVE_SNIPPETS_PER_HIT": snippets},
                            cwd=source.resolve(),
                        )
                    )
                )
            clients = [stack.enter_context(httpx.Client(base_url=s.url, timeout=60)) for s in servers]
            urls = _urls(clients[0], words, workload_paths) + _cursor_chains(clients[0], words)
            for url in urls:
                for method, gzipped in (("GET", False), ("HEAD", False), ("GET", True)):
                    before, after = (_answer(client, method, url, gzipped) for client in clients)
                    compared += 1
                    statuses[before[0]] = statuses.get(before[0], 0) + 1
                    if found := _differences(method, before, after):
                        different += 1
                        print(f"{method}{' gzip' if gzipped else ''} {url} (snippets {snippets}):")
                        print("  " + "\n  ".join(found))
            print(f"snippets {snippets}: {len(urls)} URLs", file=sys.stderr)
    counts = ", ".join(f"{count} × {status}" for status, count in sorted(statuses.items()))
    print(f"{compared} requests compared ({counts}), {different} with a difference")
    sys.exit(1 if different else 0)


if __name__ == "__main__":
    main()
