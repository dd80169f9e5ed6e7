"""Profile the request path: in process under cProfile, or a live server under load with py-spy.

    python -m benchmarks.profile_requests INDEX_DIR [--requests N] [--top N]
    python -m benchmarks.profile_requests --base-url http://127.0.0.1:8000 [--requests N]
    python -m benchmarks.profile_requests INDEX_DIR --py-spy [--seconds S] [--snippets N] [--url URL ...] [--source TREE]

Prints the median ms per request of each URL (sequential requests, result cache off), then cProfile's
top lines by cumulative and own time. cProfile sees the event loop's thread only: the time a sync
route spends in its worker thread shows as the loop's wait. With `--base-url` it times a live server
(start it with ARCHIVE_RESULT_CACHE_SIZE=0) and profiles nothing.

With `--py-spy` (the `bench` extra installs it; it attaches with ptrace, so it needs root or
`ptrace_scope` 0) it starts `python -m app serve` on the index (result cache off), drives it with wrk
(4 connections, cycling the URLs) and samples every thread with py-spy while they hold the GIL, so the
shares are of the Python work the server does, worker threads included; it prints the functions with the
largest own and inclusive shares of those samples (FastAPI's dependency solving inclusive too), leaving out
samples taken in the socket write or a thread wake-up (see `_DESCHEDULED`); `--source` serves another
tree's `app`, so two commits are profiled by the same script.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from app.config import Settings
from app.main import create_app
from benchmarks.http_load import free_port, run_wrk, running_server
from benchmarks.http_targets import ours_command

URLS = (
    "/healthz",
    "/v1/search?q=said",
    "/v1/search?q=said&facets=outlet",
    "/v1/search?q=government+report",
)


async def _time_urls(client: httpx.AsyncClient, urls: list[str], requests: int) -> dict[str, float]:
    """Median ms per URL over `requests` rounds."""
    timings: dict[str, list[float]] = {url: [] for url in urls}
    for _ in range(requests):
        for url in urls:
            started = time.perf_counter()
            response = await client.get(url)
            timings[url].append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return {url: statistics.median(values) for url, values in timings.items()}


async def _run(index_dir: Path, urls: list[str], requests: int, profile: cProfile.Profile) -> None:
    app = create_app(Settings(index_dir=index_dir, result_cache_size=0, access_log=False))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await _time_urls(client, urls, 5)
            for url, median in (await _time_urls(client, urls, requests)).items():
                print(f"{median:8.2f} ms  {url}")
            profile.enable()
            await _time_urls(client, urls, requests)
            profile.disable()


async def _run_http(base_url: str, urls: list[str], requests: int) -> None:
    async with httpx.AsyncClient(base_url=base_url) as client:
        await _time_urls(client, urls, 5)
        for url, median in (await _time_urls(client, urls, requests)).items():
            print(f"{median:8.2f} ms  {url}")


def _frame_name(frame: str) -> str:
    """`function (path/to/module.py:12)` as `function (module path after site-packages or the repository)`."""
    function, _, location = frame.partition(" (")
    path = location.rsplit(":", 1)[0]
    for marker in ("site-packages/", str(Path(__file__).resolve().parent.parent) + "/"):
        path = path.split(marker, 1)[-1]
    return f"{function} ({path})" if location else function


# Frames every sample of the request path sits under: the CLI that started uvicorn, the middleware, the route.
_PASSED_THROUGH = (
    "(app/cli.py)",
    "(app/__main__.py)",
    "Middleware.__call__",
    "PlannedRoute.get_route_handler.<locals>.handle",
    "ParameterPlan.dependant.<locals>.run",
)


# Syscalls made while holding the GIL: on a loaded machine they collect samples whenever the process is
# descheduled inside them (the socket write and the worker thread's wake-up), so the shares leave them out.
_DESCHEDULED = ("RequestResponseCycle.send (", "Condition.notify (")


def _py_spy_shares(raw: Path, top: int) -> None:
    """Shares of py-spy's collapsed stacks (one `frame;frame;... count` per line): every function by its own
    samples, the project's functions and FastAPI's dependency solving by the samples they appear in."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    solving: Counter[str] = Counter()
    total = left_out = 0
    for line in raw.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        samples = int(count_text)
        frames = [_frame_name(frame) for frame in stack.split(";")]
        if frames[-1].startswith(_DESCHEDULED):
            left_out += samples
            continue
        total += samples
        own[frames[-1]] += samples
        for frame in set(frames):
            # The middleware and routing frames every request passes through would fill the inclusive list.
            if " (app/" in frame and not any(part in frame for part in _PASSED_THROUGH):
                inclusive[frame] += samples
            if " (fastapi/dependencies/" in frame:
                solving[frame] += samples
    print(f"{total} samples while holding the GIL ({left_out} more in the socket write or a thread wake-up)")
    for title, counts in (
        ("own time", own),
        ("inclusive time, the project's functions", inclusive),
        ("inclusive time, FastAPI's dependency solving", solving),
    ):
        print(f"--- by {title}")
        for frame, samples in counts.most_common(top):
            print(f"{100 * samples / max(1, total):5.1f} %  {frame}")


def _run_py_spy(
    index_dir: Path, urls: list[str], *, seconds: float, snippets: int, top: int, source: Path
) -> None:
    """Load a live server with wrk and sample it with py-spy (see the module docstring)."""
    executable = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(executable).exists():
        raise SystemExit("py-spy is not installed: pip install -e '.[bench]'")
    env = {"ARCHIVE_RESULT_CACHE_SIZE": "0", "ARCHIVE_SNIPPETS_PER_HIT": str(snippets)}
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "stacks.txt"
        command = ours_command(index_dir.resolve(), port, 1)
        log = Path(scratch) / "server.log"
        with running_server(
            "profiled", command, port=port, ready_path="/readyz", log=log, env=env, cwd=source
        ) as server:
            with httpx.Client(base_url=server.url) as client:
                for url in urls:
                    client.get(url).raise_for_status()
            load = threading.Thread(
                target=run_wrk, args=(server.url, urls), kwargs={"seconds": seconds + 2}, daemon=True
            )
            load.start()
            time.sleep(1)
            sampling = ["--gil", "--nonblocking", "--rate", "200", "--duration", str(round(seconds))]
            target = ["--pid", str(server.process.pid), "--format", "raw", "--output", str(raw)]
            subprocess.run(
                [executable, "record", *sampling, *target],
                check=True,
                capture_output=True,
                env=os.environ.copy(),
            )
            load.join()
        _py_spy_shares(raw, top)


def main() -> None:
    """Time and profile the URLs against the index."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index_dir", type=Path, nargs="?")
    parser.add_argument("--base-url", help="time a live server instead (no profile)")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--url", action="append", help="a URL to request (repeatable; default: a mix)")
    parser.add_argument("--py-spy", action="store_true", help="sample a live server under wrk instead")
    parser.add_argument("--seconds", type=float, default=10.0, help="py-spy: seconds sampled")
    parser.add_argument(
        "--snippets", type=int, default=3, help="py-spy: the server's ARCHIVE_SNIPPETS_PER_HIT"
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="py-spy: the source tree whose `app` serves (a `git archive` of another commit; default: this one)",
    )
    arguments = parser.parse_args()
    urls = arguments.url or list(URLS)
    if arguments.py_spy:
        if arguments.index_dir is None:
            parser.error("--py-spy needs an index directory")
        _run_py_spy(
            arguments.index_dir,
            urls,
            seconds=arguments.seconds,
            snippets=arguments.snippets,
            top=arguments.top,
            source=arguments.source.resolve(),
        )
        return
    if arguments.base_url:
        asyncio.run(_run_http(arguments.base_url, urls, arguments.requests))
        return
    if arguments.index_dir is None:
        parser.error("give an index directory or --base-url")
    profile = cProfile.Profile()
    asyncio.run(_run(arguments.index_dir, urls, arguments.requests, profile))
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(arguments.top)
    stats.sort_stats("tottime").print_stats(arguments.top)


if __name__ == "__main__":
    main()
