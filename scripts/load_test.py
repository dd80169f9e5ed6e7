"""Bounded load test: a real `python -m app serve --workers N` on 127.0.0.1 under mixed reads and writes.

    python scripts/load_test.py [--duration 60] [--connections 16] [--workers 2] [--copies 40]
                                [--generator wrk|python] [--out scripts/results]

1. builds an index of corpus/ copied `--copies` times into a temporary directory;
2. starts the server with an API key, waits for /healthz, warms up, samples each worker's RSS;
3. for `--duration` seconds runs a mixed read workload (search, documents, similar, entities,
   statistics, timeline) with wrk (or a Python load generator), while one thread POSTs new
   documents and counts the acknowledged (2xx) ones;
4. samples RSS again, checks that every acknowledged write is readable by id and found by search,
   stops the server, and writes JSON and Markdown results.

Exits 1 when any response was a 5xx or an acknowledged write is missing. Everything runs on
127.0.0.1, every loop is bounded in time, and the server is always stopped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.index import build_index  # noqa: E402

CORPUS_DIR = ROOT / "corpus"
KEY = "load-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
SEARCHES = [
    "detainer",
    '"sanctuary city"',
    "ICE AND detainer",
    "immigration OR deportation",
    "Homan AND NOT Sessions",
    "detain*",
    "title:sanctuary",
    "police",
]

WRK_SCRIPT = """
local paths = {%s}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[tostring(status)] = (counts[tostring(status)] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    table.insert(parts, string.format('"%%s": %%d', status, count))
  end
  io.write(string.format(
    'WRK_RESULT {"requests": %%d, "seconds": %%f, "p50_ms": %%f, "p99_ms": %%f, "max_ms": %%f, '
    .. '"socket_errors": %%d, "statuses": {%%s}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ", ")))
end
"""


@dataclass
class ReadResult:
    generator: str
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    socket_errors: int
    statuses: dict[str, int]

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status.startswith("5"))


@dataclass
class WriteResult:
    attempted: int = 0
    acknowledged: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    transport_errors: int = 0
    present: int = 0
    missing: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def make_corpus(target: Path, copies: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        for copy in range(copies):
            shutil.copy(path, target / f"{path.stem}-{copy}.txt")
            sidecar = path.with_suffix(".json")
            if sidecar.exists():
                shutil.copy(sidecar, target / f"{path.stem}-{copy}.json")
    return target


def worker_pids(server: subprocess.Popen[bytes]) -> list[int]:
    """uvicorn's workers: the supervisor's children started by multiprocessing.spawn."""
    children: set[int] = set()
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        children |= {int(pid) for pid in (task / "children").read_text().split()}
    workers = []
    for pid in sorted(children):
        try:
            if b"multiprocessing.spawn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                workers.append(pid)
        except FileNotFoundError:
            continue
    return workers or [server.pid]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def sample_rss(
    workers: list[int], samples: list[dict[str, float]], stop: threading.Event, every: float
) -> None:
    """Each worker's RSS every `every` seconds while the load runs, to tell growth from warm-up."""
    while not stop.wait(every):
        try:
            samples.append({str(pid): rss_mib(pid) for pid in workers})
        except FileNotFoundError:
            return


def start_server(index_dir: Path, port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    environment = os.environ.copy() | {
        "ARCHIVE_API_KEYS": KEY,
        "ARCHIVE_ACCESS_LOG": "false",
        "ARCHIVE_RATE_LIMIT_READS": "0",
        "ARCHIVE_RATE_LIMIT_WRITES": "0",
    }
    command = [sys.executable, "-m", "app", "serve", "--index", str(index_dir), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(workers)]
    with log.open("wb") as handle:
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    stop_server(server)
    raise RuntimeError(f"the server did not start in 60 s:\n{log.read_text()}")


def start_time(pid: int) -> str | None:
    """The process's start time in clock ticks (field 22 of /proc/PID/stat): tells a reused pid apart."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (FileNotFoundError, IndexError):
        return None


def stop_server(server: subprocess.Popen[bytes]) -> None:
    workers = {pid: start_time(pid) for pid in worker_pids(server)} if server.poll() is None else {}
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=15)
    for pid, started in workers.items():  # a supervisor killed hard would leave its workers serving
        if started is not None and start_time(pid) == started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def read_paths(http: httpx.Client) -> list[str]:
    """A mix of every read resource, from ids the running index actually has."""
    documents = [item["id"] for item in http.get("/v1/documents", params={"per_page": 50}).json()["items"]]
    entities = [
        item["entity_id"] for item in http.get("/v1/entities", params={"per_page": 20}).json()["items"]
    ]
    paths = [str(httpx.URL("/v1/search", params={"q": query})) for query in SEARCHES]
    paths += [f"/v1/documents/{doc_id}" for doc_id in documents[:10]]
    paths += ["/v1/documents?per_page=20", f"/v1/documents/{documents[0]}/similar"]
    paths += [f"/v1/entities/{entity_id}" for entity_id in entities[:6]]
    paths += ["/v1/entities?per_page=20", f"/v1/entities/{entities[0]}/documents"]
    paths += ["/v1/statistics", "/v1/statistics?q=detainer", "/v1/timeline?q=detainer&interval=year"]
    return paths


def run_wrk(url: str, paths: list[str], *, duration: int, connections: int, work_dir: Path) -> ReadResult:
    script = work_dir / "mixed.lua"
    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(path) for path in paths))
    threads = max(1, min(2, connections))
    completed = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=True,
    )
    line = next(line for line in completed.stdout.splitlines() if line.startswith("WRK_RESULT "))
    data = json.loads(line.removeprefix("WRK_RESULT "))
    return ReadResult(
        generator="wrk",
        requests=data["requests"],
        seconds=round(data["seconds"], 2),
        requests_per_second=round(data["requests"] / data["seconds"], 1),
        p50_ms=round(data["p50_ms"], 2),
        p99_ms=round(data["p99_ms"], 2),
        max_ms=round(data["max_ms"], 2),
        socket_errors=data["socket_errors"],
        statuses=dict(sorted(data["statuses"].items())),
    )


def run_python(url: str, paths: list[str], *, duration: int, connections: int) -> ReadResult:
    """One thread per connection, each cycling through the paths until the deadline."""
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + duration

    def drive(offset: int) -> None:
        nonlocal errors
        mine: list[float] = []
        counted: Counter[str] = Counter()
        failed = 0
        with httpx.Client(base_url=url, timeout=10) as http:
            number = offset
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    status = http.get(paths[number % len(paths)]).status_code
                    counted[str(status)] += 1
                    mine.append((time.perf_counter() - started) * 1000)
                except httpx.TransportError:
                    failed += 1
                number += 1
        with lock:
            latencies.extend(mine)
            statuses.update(counted)
            errors += failed

    started = time.monotonic()
    threads = [threading.Thread(target=drive, args=(offset,)) for offset in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + 60)
    seconds = time.monotonic() - started
    ordered = sorted(latencies) or [0.0]
    return ReadResult(
        generator="python",
        requests=len(latencies),
        seconds=round(seconds, 2),
        requests_per_second=round(len(latencies) / seconds, 1),
        p50_ms=round(statistics.median(ordered), 2),
        p99_ms=round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 2),
        max_ms=round(ordered[-1], 2),
        socket_errors=errors,
        statuses=dict(sorted(statuses.items())),
    )


def ingest(url: str, result: WriteResult, stop: threading.Event, *, limit: int, pause: float) -> None:
    """POST new documents one after another until stopped; each 2xx is an acknowledged write."""
    with httpx.Client(base_url=url, timeout=30, headers=AUTH) as http:
        for number in range(limit):
            if stop.is_set():
                return
            doc_id = f"load-{number}"
            body = {
                "id": doc_id,
                "title": f"Load test article {number}",
                "text": f"The county council met on Tuesday. Sheriff Dana Whitfield asked for {number} deputies. "
                f"Marker loadmark{number}x.",
                "outlet": "Load Gazette",
            }
            result.attempted += 1
            try:
                response = http.post("/v1/documents", json=body)
            except httpx.TransportError:
                result.transport_errors += 1
                continue
            result.statuses[str(response.status_code)] = result.statuses.get(str(response.status_code), 0) + 1
            if response.is_success:
                result.acknowledged.append(doc_id)
            stop.wait(pause)


def verify_writes(url: str, result: WriteResult) -> None:
    with httpx.Client(base_url=url, timeout=30) as http:
        for doc_id in result.acknowledged:
            marker = f"loadmark{doc_id.removeprefix('load-')}x"
            try:
                found = http.get(f"/v1/documents/{doc_id}").status_code == 200
                hits = http.get("/v1/search", params={"q": marker}).json().get("items", [])
            except httpx.TransportError as error:
                result.missing.append(f"{doc_id} ({type(error).__name__})")
                continue
            if found and [hit["id"] for hit in hits] == [doc_id]:
                result.present += 1
            else:
                result.missing.append(doc_id)


def markdown(report: dict[str, Any]) -> str:
    reads, writes, memory = report["reads"], report["writes"], report["rss_mib"]
    rows = [
        "| | |",
        "|---|---|",
        f"| date | {report['date']} |",
        f"| setup | {report['workers']} uvicorn workers, {report['documents']} documents, "
        f"{report['connections']} connections, {report['duration_s']} s, {reads['generator']} |",
        f"| reads | {reads['requests']} requests, **{reads['requests_per_second']} req/s** |",
        f"| latency | p50 {reads['p50_ms']} ms, p99 {reads['p99_ms']} ms, max {reads['max_ms']} ms |",
        f"| read statuses | {reads['statuses']} |",
        f"| 5xx | {report['server_errors']} |",
        f"| socket errors | {reads['socket_errors']} |",
        f"| writes | {writes['attempted']} attempted, {writes['acknowledged']} acknowledged, "
        f"{writes['present']} present afterwards, {len(writes['missing'])} missing |",
        f"| write statuses | {writes['statuses']} |",
    ]
    for pid, before in memory["before"].items():
        during = ", ".join(str(sample.get(pid)) for sample in memory["during"])
        rows.append(
            f"| RSS worker {pid} | {before} MiB before, {memory['after'].get(pid)} MiB after "
            f"(during: {during}) |"
        )
    verdict = "PASS" if report["passed"] else "FAIL"
    return f"# Load test: {verdict}\n\n" + "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (at most 600)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=40, help="copies of corpus/ in the index")
    parser.add_argument(
        "--generator", choices=["wrk", "python"], default=None, help="default: wrk if installed"
    )
    parser.add_argument("--write-pause", type=float, default=0.05, help="seconds between two POSTs")
    parser.add_argument("--out", type=Path, default=ROOT / "scripts" / "results")
    arguments = parser.parse_args(argv)
    duration = max(1, min(arguments.duration, 600))
    generator = arguments.generator or ("wrk" if shutil.which("wrk") else "python")

    with tempfile.TemporaryDirectory(prefix="load-test-") as scratch:
        work_dir = Path(scratch)
        index_dir = work_dir / "index"
        documents = build_index(
            make_corpus(work_dir / "corpus", arguments.copies), index_dir, workers=2
        ).documents
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(index_dir, port, arguments.workers, work_dir / "server.log")
        writes = WriteResult()
        try:
            with httpx.Client(base_url=url, timeout=30) as http:
                paths = read_paths(http)
                for path in paths * 2:  # warm-up: every worker opens the build and its caches
                    http.get(path)
            workers = worker_pids(server)
            rss_before = {str(pid): rss_mib(pid) for pid in workers}

            stop = threading.Event()
            samples: list[dict[str, float]] = []
            sampler = threading.Thread(
                target=sample_rss, args=(workers, samples, stop, max(1.0, duration / 6))
            )
            sampler.start()
            writer = threading.Thread(
                target=ingest,
                args=(url, writes, stop),
                kwargs={"limit": 100_000, "pause": arguments.write_pause},
            )
            writer.start()
            try:
                if generator == "wrk":
                    reads = run_wrk(
                        url, paths, duration=duration, connections=arguments.connections, work_dir=work_dir
                    )
                else:
                    reads = run_python(url, paths, duration=duration, connections=arguments.connections)
            finally:
                stop.set()
                writer.join(timeout=60)
                sampler.join(timeout=60)
            rss_after = {str(pid): rss_mib(pid) for pid in worker_pids(server)}
            verify_writes(url, writes)
        finally:
            stop_server(server)
            # The server's own log (errors and tracebacks) outlives the scratch directory.
            server_log = (work_dir / "server.log").read_text(errors="replace")

    server_errors = reads.server_errors + sum(
        count for status, count in writes.statuses.items() if status.startswith("5")
    )
    passed = server_errors == 0 and not writes.missing and reads.socket_errors == 0
    report: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "workers": arguments.workers,
        "documents": documents,
        "connections": arguments.connections,
        "duration_s": duration,
        "reads": asdict(reads),
        "writes": {**asdict(writes), "acknowledged": len(writes.acknowledged)},
        "rss_mib": {"before": rss_before, "after": rss_after, "during": samples},
        "server_errors": server_errors,
        "passed": passed,
    }
    arguments.out.mkdir(parents=True, exist_ok=True)
    (arguments.out / "load_test.json").write_text(json.dumps(report, indent=2) + "\n")
    (arguments.out / "load_test.md").write_text(markdown(report))
    if not passed:
        (arguments.out / "load_test.server.log").write_text(server_log)
    print(markdown(report))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
