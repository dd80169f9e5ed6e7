"""Load over HTTP on 127.0.0.1: start a server, drive it with wrk, read its peak RSS, stop it.

wrk runs a bounded time with a fixed number of connections and a Lua script that cycles through
the URLs of one query class; its `done` hook prints the request count and latency percentiles as
one JSON line. Servers are always stopped by the `running_server` context manager.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

__all__ = [
    "ServerProcess",
    "WrkResult",
    "free_port",
    "peak_rss_per_process",
    "run_wrk",
    "running_server",
    "sequential_latency",
    "wrk_path",
]

HOST = "127.0.0.1"
_MARK = "BENCH_JSON "

_LUA = """
local paths = {%(paths)s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%(mark)s{"requests":%%d,"duration_us":%%d,"bytes":%%d,"p50_us":%%d,"p90_us":%%d,"p99_us":%%d,' ..
    '"max_us":%%d,"mean_us":%%.1f,"connect_errors":%%d,"read_errors":%%d,"write_errors":%%d,' ..
    '"status_errors":%%d,"timeouts":%%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def wrk_path() -> str | None:
    return shutil.which("wrk")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    # From just before the process was spawned to the first 200 on the ready path (polled every 20 ms).
    ready_seconds: float = 0.0


@contextmanager
def running_server(
    name: str,
    command: Sequence[str],
    *,
    port: int,
    ready_path: str,
    log: Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    start_timeout: float = 60.0,
) -> Iterator[ServerProcess]:
    """Start `command` (listening on 127.0.0.1:`port`), wait for `ready_path` to answer 200, always stop it."""
    url = f"http://{HOST}:{port}"
    spawned = time.perf_counter()
    with log.open("wb") as handle:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=os.environ.copy() | (env or {}),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited early:\n{log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(url + ready_path, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer {ready_path} within {start_timeout:.0f} s")
            time.sleep(0.02)
        ready = time.perf_counter() - spawned
        yield ServerProcess(name=name, url=url, process=process, log=log, ready_seconds=ready)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return found


def _status_kib(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def peak_rss_per_process(pid: int) -> dict[int, int]:
    """VmHWM (peak resident set, KiB) of the process and every descendant, by pid."""
    peaks: dict[int, int] = {}
    pending = [pid]
    while pending:
        current = pending.pop()
        peak = _status_kib(current, "VmHWM")
        if peak is not None:
            peaks[current] = peak
        pending += _children(current)
    return peaks


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: int
    non_2xx_or_3xx: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            key: round(value, 3) if isinstance(value, float) else value for key, value in asdict(self).items()
        }


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run_wrk(
    base_url: str, paths: Sequence[str], *, seconds: float, connections: int = 4, threads: int = 2
) -> WrkResult:
    """wrk for `seconds` against 127.0.0.1 only, cycling through `paths`."""
    if not base_url.startswith(f"http://{HOST}:"):
        raise ValueError(f"load is only sent to {HOST}, not {base_url}")
    executable = wrk_path()
    if executable is None:
        raise RuntimeError("wrk is not installed")
    script = _LUA % {"paths": ", ".join(_lua_string(p) for p in paths), "mark": _MARK}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
        script_path = handle.name
    try:
        completed = subprocess.run(
            [
                executable,
                f"--threads={min(threads, connections)}",
                f"--connections={connections}",
                f"--duration={max(1, round(seconds))}s",
                "--timeout=10s",
                f"--script={script_path}",
                base_url,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    finally:
        os.unlink(script_path)
    line = next(line for line in completed.stdout.splitlines() if line.startswith(_MARK))
    data = json.loads(line.removeprefix(_MARK))
    elapsed = data["duration_us"] / 1e6
    errors = sum(data[key] for key in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    return WrkResult(
        requests=data["requests"],
        seconds=elapsed,
        requests_per_second=data["requests"] / elapsed if elapsed else 0.0,
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        errors=errors,
        non_2xx_or_3xx=data["status_errors"],
    )


def sequential_latency(base_url: str, paths: Sequence[str], *, requests: int) -> dict[str, float | int]:
    """One client, one keep-alive connection, one request at a time: latency without queueing.

    Cycles through `paths` for `requests` requests (bounded); the client's own time is included.
    """
    if not base_url.startswith(f"http://{HOST}:"):
        raise ValueError(f"load is only sent to {HOST}, not {base_url}")
    durations: list[float] = []
    failed = 0
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for index in range(max(1, requests)):
            started = time.perf_counter()
            response = client.get(paths[index % len(paths)])
            response.read()
            durations.append((time.perf_counter() - started) * 1000)
            failed += response.status_code != 200
    durations.sort()
    return {
        "requests": len(durations),
        "p50_ms": round(statistics.median(durations), 3),
        "p99_ms": round(durations[min(len(durations) - 1, round(0.99 * len(durations) + 0.5) - 1)], 3),
        "failed": failed,
    }
