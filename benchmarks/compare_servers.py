"""Two checkouts of the service on one index, under the same load, in alternating turns.

    python -m benchmarks.compare_servers --index DIR --before SRC [--after SRC] [--before-index DIR]
        [--docs N] [--datasette] [--sequential N]

`--before` and `--after` are source trees (a `git worktree` or `git archive` of another commit): each one's
`python -m app serve` imports its own `app/` from its directory. Every class of the benchmark's workload
(`benchmarks/workload.py`, drawn from the generated corpus of `--docs` documents) runs with wrk against
both servers, in an order that alternates from round to round, so load from elsewhere falls on both alike.
Per class and server it reports requests/s, the CPU time the server process spent per request (user +
system from /proc, the figure to read on a shared machine), wrk's p99, and the p50 of 40 requests sent one
at a time on one connection (as the benchmark's API-overhead rows); with `--datasette`, Datasette on the
same corpus's FTS5 database runs in the same turns for the ours ÷ Datasette ratio. With `--sequential N`
each turn is N requests sent one at a time on one connection instead of wrk's load: the CPU per request of
a server that handles one request per wake-up, steadier on a shared machine than under wrk, where the event
loop batches requests. Medians over rounds; then each of our servers' peak resident set (VmHWM) after all
its turns.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from benchmarks.config import DEFAULT_SEED, ROOT
from benchmarks.generator import ensure_corpus
from benchmarks.http_load import (
    ServerProcess,
    free_port,
    peak_rss_per_process,
    run_wrk,
    running_server,
    sequential_latency,
)
from benchmarks.http_targets import datasette_path, datasette_server, ours_command, ours_path
from benchmarks.systems import Fts5System
from benchmarks.workload import QUERY_CLASSES, pick_workload

__all__ = ["main"]

_TICKS = os.sysconf("SC_CLK_TCK")
SEQUENTIAL_REQUESTS = 40


def _descendants(pid: int) -> Iterator[int]:
    yield pid
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children = [int(child) for child in task.read_text().split()]
        except OSError:
            continue
        for child in children:
            yield from _descendants(child)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its descendants so far (all their threads)."""
    total = 0
    for process in _descendants(pid):
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state is field 3, utime and stime are fields 14 and 15.
        total += int(fields[11]) + int(fields[12])
    return total / _TICKS


@dataclass
class Turn:
    requests_per_second: float
    cpu_ms_per_request: float
    p50_ms: float
    p99_ms: float
    # One connection, one request at a time (no queueing): the figure of the API-overhead target.
    sequential_p50_ms: float


def _turn(server: ServerProcess, paths: list[str], *, seconds: float, connections: int) -> Turn:
    started = cpu_seconds(server.process.pid)
    result = run_wrk(server.url, paths, seconds=seconds, connections=connections)
    spent = cpu_seconds(server.process.pid) - started
    if result.errors or result.non_2xx_or_3xx:
        raise RuntimeError(f"{server.name}: {result.errors} errors, {result.non_2xx_or_3xx} non-2xx answers")
    sequential = sequential_latency(server.url, paths, requests=SEQUENTIAL_REQUESTS)
    return Turn(
        requests_per_second=result.requests_per_second,
        cpu_ms_per_request=spent * 1000 / max(1, result.requests),
        p50_ms=result.p50_ms,
        p99_ms=result.p99_ms,
        sequential_p50_ms=float(sequential["p50_ms"]),
    )


def _sequential_turn(server: ServerProcess, paths: list[str], *, requests: int) -> Turn:
    """`requests` requests one at a time on one connection: CPU per request without wrk's batching."""
    started = cpu_seconds(server.process.pid)
    clock = time.perf_counter()
    sequential = sequential_latency(server.url, paths, requests=requests)
    elapsed = time.perf_counter() - clock
    spent = cpu_seconds(server.process.pid) - started
    if sequential["failed"]:
        raise RuntimeError(f"{server.name}: {sequential['failed']} non-200 answers")
    return Turn(
        requests_per_second=requests / elapsed,
        cpu_ms_per_request=spent * 1000 / requests,
        p50_ms=float(sequential["p50_ms"]),
        p99_ms=float(sequential["p99_ms"]),
        sequential_p50_ms=float(sequential["p50_ms"]),
    )


def _start_ours(
    stack: ExitStack, name: str, source: Path, index: Path, snippets: str, logs: Path
) -> ServerProcess:
    port = free_port()
    env = {"ARCHIVE_RESULT_CACHE_SIZE": "0", "ARCHIVE_SNIPPETS_PER_HIT": snippets}
    return stack.enter_context(
        running_server(
            name,
            ours_command(index.resolve(), port, 1),
            port=port,
            ready_path="/readyz",
            log=logs / f"server-{name.replace(' ', '-').strip('()')}.log",
            env=env,
            cwd=source,
        )
    )


def _median(turns: list[Turn], field: str) -> float:
    return float(statistics.median(getattr(turn, field) for turn in turns))


def _table(rows: dict[str, dict[str, list[Turn]]], sides: list[str]) -> str:
    head = ["class"]
    for side in sides:
        head += [f"{side} req/s", f"{side} CPU ms/req", f"{side} p99", f"{side} p50 sequential"]
    if "after" in sides and "before" in sides:
        head += ["req/s after ÷ before", "CPU after ÷ before"]
    if "datasette" in sides:
        head += [f"req/s {side} ÷ Datasette" for side in sides if side != "datasette"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * (len(head) - 1)]
    for name, turns in rows.items():
        rps = {side: _median(turns[side], "requests_per_second") for side in sides}
        cpu = {side: _median(turns[side], "cpu_ms_per_request") for side in sides}
        cells = [name]
        for side in sides:
            cells += [
                f"{rps[side]:.0f}",
                f"{cpu[side]:.2f}",
                f"{_median(turns[side], 'p99_ms'):.1f}",
                f"{_median(turns[side], 'sequential_p50_ms'):.2f}",
            ]
        if "after" in sides and "before" in sides:
            cells += [f"{rps['after'] / rps['before']:.2f}×", f"{cpu['after'] / cpu['before']:.2f}×"]
        if "datasette" in sides:
            cells += [f"{rps[side] / rps['datasette']:.2f}×" for side in sides if side != "datasette"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Start the servers, run the rounds, print the table (and the raw turns as JSON with --json)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, required=True, help="the index both servers read")
    parser.add_argument(
        "--before-index",
        type=Path,
        help="another build of the same corpus for the first server (one that cannot read --index's format)",
    )
    parser.add_argument("--before", type=Path, required=True, help="source tree of the first server")
    parser.add_argument("--after", type=Path, default=ROOT, help="source tree of the second (default: here)")
    parser.add_argument("--docs", type=int, default=2000, help="size of the generated corpus (workload)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--class", dest="classes", action="append", help="a query class (repeatable)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--datasette", action="store_true", help="Datasette on the FTS5 database too")
    parser.add_argument(
        "--sequential",
        type=int,
        metavar="N",
        help="instead of wrk, N requests per turn one at a time on one connection (CPU per request unbatched)",
    )
    parser.add_argument("--json", type=Path, help="write every turn here")
    arguments = parser.parse_args()

    corpus = ensure_corpus(arguments.data_dir, arguments.docs, arguments.seed)
    workload = pick_workload(corpus.directory, seed=arguments.seed)
    classes = [c for c in QUERY_CLASSES if not arguments.classes or c.name in arguments.classes]
    database = arguments.data_dir / f"compare-{arguments.docs}-seed{arguments.seed}.db"
    with_peer = arguments.datasette and importlib.util.find_spec("datasette") is not None
    if with_peer and not database.exists():
        Fts5System(database).build(corpus.directory)
    logs = arguments.data_dir / "compare-logs"
    logs.mkdir(parents=True, exist_ok=True)
    sides = ["before", "after"] + (["datasette"] if with_peer else [])
    rows: dict[str, dict[str, list[Turn]]] = {c.name: {side: [] for side in sides} for c in classes}
    with ExitStack() as stack:
        servers: dict[tuple[str, bool], ServerProcess] = {}
        before_index = arguments.before_index or arguments.index
        for side, source, index in (
            ("before", arguments.before, before_index),
            ("after", arguments.after, arguments.index),
        ):
            for highlighted, snippets in ((False, "0"), (True, "3")):
                name = f"{side} (snippets {snippets})"
                servers[side, highlighted] = _start_ours(stack, name, source.resolve(), index, snippets, logs)
        if with_peer:
            peer = stack.enter_context(datasette_server(database, logs))
        for round_number in range(arguments.rounds):
            order = sides if round_number % 2 == 0 else sides[::-1]
            for query_class in classes:
                queries = query_class.make(workload)
                highlighted = any(query.snippets for query in queries)
                for side in order:
                    if side == "datasette":
                        paths = [p for q in queries if (p := datasette_path(q, database.stem))]
                        server = peer
                    else:
                        paths = [p for q in queries if (p := ours_path(q))]
                        server = servers[side, highlighted]
                    if arguments.sequential:
                        turn = _sequential_turn(server, paths, requests=arguments.sequential)
                    else:
                        turn = _turn(
                            server, paths, seconds=arguments.seconds, connections=arguments.connections
                        )
                    rows[query_class.name][side].append(turn)
                    print(
                        f"round {round_number + 1} · {query_class.name} · {side}: "
                        f"{turn.requests_per_second:.0f} req/s, {turn.cpu_ms_per_request:.2f} CPU ms/req",
                        file=sys.stderr,
                        flush=True,
                    )
        # Peak resident set of each server after all its turns (the benchmark's w2 figure).
        peaks = {
            server.name: max(peak_rss_per_process(server.process.pid).values(), default=0)
            for server in servers.values()
        }
    print(f"load average at end: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    for name, kib in peaks.items():
        print(f"VmHWM of {name}: {kib / 1024:.0f} MiB")
    print(_table(rows, sides))
    if arguments.json:
        data = {
            name: {side: [vars(t) for t in turns] for side, turns in by_side.items()}
            for name, by_side in rows.items()
        }
        arguments.json.write_text(json.dumps(data, indent=1))


if __name__ == "__main__":
    main()
