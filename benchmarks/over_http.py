"""The over-HTTP part of a benchmark run: our servers (per engine, uncached and cached) and Datasette,
loaded class by class with wrk, plus sequential requests for the API-overhead target."""

from __future__ import annotations

import importlib.util
import subprocess
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

from benchmarks.config import CACHED_CLASS, ROOT, BenchConfig, log
from benchmarks.http_load import (
    ServerProcess,
    free_port,
    peak_rss_per_process,
    run_wrk,
    running_server,
    sequential_latency,
    wrk_path,
)
from benchmarks.http_targets import datasette_path, datasette_server, ours_command, ours_path
from benchmarks.report import ratio
from benchmarks.selection import OURS
from benchmarks.workload import QUERY_CLASSES, BenchQuery

__all__ = ["over_http", "wrk_version"]


def wrk_version() -> str | None:
    executable = wrk_path()
    if executable is None:
        return None
    completed = subprocess.run([executable, "-v"], capture_output=True, text=True, check=False)
    return (completed.stdout + completed.stderr).split("\n")[0].split(" [")[0] or None


def _check_paths(base_url: str, paths: list[str]) -> None:
    """Every URL once, as warm-up and to fail loudly instead of timing error pages."""
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for path in paths:
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"GET {path} -> {response.status_code}: {response.text[:300]}")


def _load(config: BenchConfig, base_url: str, paths: list[str], name: str, system: str) -> dict[str, Any]:
    _check_paths(base_url, paths)
    result = run_wrk(base_url, paths, seconds=config.http_seconds, connections=config.http_connections)
    log(f"http · {name} · {system}: {result.requests_per_second:.0f} req/s, p50 {result.p50_ms} ms")
    return result.as_dict()


def _ours_servers(
    stack: ExitStack, config: BenchConfig, indexes: dict[str, Path], logs: Path
) -> tuple[dict[str, ServerProcess], dict[str, dict[str, Any]]]:
    """Per engine: two uncached servers (snippets 0 for the plain classes, the shipped default for
    the highlight class) and one with the shipped result cache for the cached row."""
    from app.config import Settings

    default_cache = str(Settings.model_fields["result_cache_size"].default)
    started: dict[str, ServerProcess] = {}
    described: dict[str, dict[str, Any]] = {}
    for engine, index_dir in indexes.items():
        variants = (
            ("snippets 0", {"ARCHIVE_SNIPPETS_PER_HIT": "0", "ARCHIVE_RESULT_CACHE_SIZE": "0"}),
            ("default snippets", {"ARCHIVE_RESULT_CACHE_SIZE": "0"}),
            ("cached", {"ARCHIVE_SNIPPETS_PER_HIT": "0", "ARCHIVE_RESULT_CACHE_SIZE": default_cache}),
        )
        for variant, env in variants:
            label = f"ours_{engine} ({variant})"
            port = free_port()
            started[label] = stack.enter_context(
                running_server(
                    label,
                    ours_command(index_dir, port, config.server_workers),
                    port=port,
                    ready_path="/readyz",
                    log=logs / f"server-ours-{engine}-{variant.replace(' ', '-')}.log",
                    env=env,
                    cwd=ROOT,
                )
            )
            described[label] = {"engine": engine, "env": env}
    return started, described


def over_http(
    config: BenchConfig,
    indexes: dict[str, Path],
    database: Path | None,
    queries: dict[str, list[BenchQuery]],
    logs: Path,
) -> dict[str, Any]:
    """Every server runs at once and the systems take turns class by class, so drift hits all alike.

    `indexes` holds the engines of this run; `database` is None when FTS5 was not run.
    """
    if not config.http:
        return {"skipped": "disabled (--no-http)"}
    if not indexes and (database is None or not config.datasette):
        return {"skipped": "no system of this run is served over HTTP (--systems)"}
    if wrk_path() is None:
        return {"skipped": "wrk is not installed (`make install-wrk`, or `apt-get install wrk`)"}
    if not config.datasette:
        datasette_skipped: str | None = "disabled (--no-datasette)"
    elif database is None:
        datasette_skipped = "fts5 was not run (--systems)"
    elif importlib.util.find_spec("datasette") is None:
        datasette_skipped = "datasette is not installed (`pip install -e '.[bench]'`)"
    else:
        datasette_skipped = None
    measured: dict[str, dict[str, Any]] = {c.name: {} for c in QUERY_CLASSES}
    sequential: dict[str, dict[str, Any]] = {c.name: {} for c in QUERY_CLASSES}
    cached: dict[str, Any] = {}
    servers: dict[str, Any] = {}
    with ExitStack() as stack:
        started, described = _ours_servers(stack, config, indexes, logs)
        if datasette_skipped is None and database is not None:
            started["datasette"] = stack.enter_context(datasette_server(database, logs, cwd=ROOT))
        for query_class in QUERY_CLASSES:
            name = query_class.name
            highlighted = any(q.snippets for q in queries[name])
            paths = [p for q in queries[name] if (p := ours_path(q))]
            for engine in indexes:
                server = started[f"ours_{engine} ({'default snippets' if highlighted else 'snippets 0'})"]
                if paths:
                    measured[name][f"ours_{engine}"] = _load(
                        config, server.url, paths, name, f"ours_{engine}"
                    )
                    sequential[name][f"ours_{engine}"] = sequential_latency(
                        server.url, paths, requests=config.overhead_requests
                    )
            if database is not None and "datasette" in started:
                peer_paths = [p for q in queries[name] if (p := datasette_path(q, database.stem))]
                if peer_paths:
                    measured[name]["datasette"] = _load(
                        config, started["datasette"].url, peer_paths, name, "datasette"
                    )
        cached_paths = [p for q in queries[CACHED_CLASS] if (p := ours_path(q))]
        for engine in indexes:
            # _load fetches every URL once first, so the timed requests are all cache hits.
            cached[f"ours_{engine}"] = _load(
                config,
                started[f"ours_{engine} (cached)"].url,
                cached_paths,
                CACHED_CLASS + " (cached)",
                engine,
            )
        for label, server in started.items():
            servers[label] = {
                **described.get(label, {}),
                "ready_seconds": round(server.ready_seconds, 3),
                "peak_rss_kib": _peaks(server.process.pid),
            }
    rows = []
    for query_class in QUERY_CLASSES:
        results = measured[query_class.name]
        peer = results.get("datasette")
        ratios: dict[str, float | None] = {}
        for ours in OURS:
            mine = results.get(ours)
            ratios[f"p50_{ours}_vs_datasette"] = ratio(_get(mine, "p50_ms"), _get(peer, "p50_ms"))
            ratios[f"rps_{ours}_vs_datasette"] = ratio(
                _get(mine, "requests_per_second"), _get(peer, "requests_per_second")
            )
        rows.append(
            {
                "name": query_class.name,
                "results": results,
                "sequential": sequential[query_class.name],
                "ratios": ratios,
            }
        )
    return {
        "settings": {
            "seconds": config.http_seconds,
            "connections": config.http_connections,
            "workers": config.server_workers,
            "overhead_requests": config.overhead_requests,
            "result_cache_size": 0,
            "wrk": wrk_version(),
        },
        "servers": servers,
        "classes": rows,
        "cached": {"class": CACHED_CLASS, "results": cached},
        "datasette_skipped": datasette_skipped,
    }


def _get(data: dict[str, Any] | None, key: str) -> float | None:
    return None if data is None else float(data[key])


def _peaks(pid: int) -> dict[str, int]:
    """Peak RSS of the serving processes: the uvicorn workers when there are several, else the server."""
    peaks = peak_rss_per_process(pid)
    workers = {p: kib for p, kib in peaks.items() if p != pid}
    return {str(p): kib for p, kib in (workers or peaks).items()}
