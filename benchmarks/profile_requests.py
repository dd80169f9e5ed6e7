"""Profile the request path in process: requests through the ASGI app (httpx's ASGITransport), cProfile.

    python -m benchmarks.profile_requests INDEX_DIR [--requests N] [--top N]
    python -m benchmarks.profile_requests --base-url http://127.0.0.1:8000 [--requests N]

Prints the median ms per request of each URL (sequential requests, result cache off), then cProfile's
top lines by cumulative and own time. cProfile sees the event loop's thread only: the time a sync
route spends in its worker thread shows as the loop's wait. With `--base-url` it times a live server
(start it with ARCHIVE_RESULT_CACHE_SIZE=0) and profiles nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import time
from pathlib import Path

import httpx

from app.config import Settings
from app.main import create_app

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


def main() -> None:
    """Time and profile the URLs against the index."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("index_dir", type=Path, nargs="?")
    parser.add_argument("--base-url", help="time a live server instead (no profile)")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--url", action="append", help="a URL to request (repeatable; default: a mix)")
    arguments = parser.parse_args()
    urls = arguments.url or list(URLS)
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
