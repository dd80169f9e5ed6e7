"""Shared fixtures: one real index of corpus/ per engine and session, the app in-process, and a real uvicorn.

Every test that uses the index (directly or through `client`, `settings` or `live_server`) runs once
per search engine; pytest groups the tests by engine, so each index and server is built once.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import ENGINE_NAMES, EngineName, build_index
from app.main import create_app

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
# Modules that test the HTTP layers around the engine (docs UI, logs and metrics, keys, limits, the README's
# commands, the OpenAPI contract) use the index but not what differs between engines: they run on the
# default engine only, which keeps the second engine's share of the suite small.
DEFAULT_ENGINE_ONLY = frozenset(
    {
        "test_docs.py",
        "test_docs_browser.py",
        "test_observability.py",
        "test_openapi_contract.py",
        "test_ratelimit.py",
        "test_readme_examples.py",
        "test_security.py",
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the non-default engines' runs of the DEFAULT_ENGINE_ONLY modules."""
    default = Settings.model_fields["engine"].default
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("engine") if callspec else None
        if engine not in (None, default) and item.path.name in DEFAULT_ENGINE_ONLY:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session", params=ENGINE_NAMES)
def engine(request: pytest.FixtureRequest) -> EngineName:
    """The search engine the index fixtures build with; every test using them runs for each."""
    name: EngineName = request.param
    return name


@pytest.fixture(scope="session")
def corpus_index(engine: EngineName, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real index of corpus/ written by `engine`, built once per session through the indexer."""
    index_dir = tmp_path_factory.mktemp(f"index-{engine}")
    report = build_index(CORPUS_DIR, index_dir, workers=1, engine=engine)
    assert report.documents == 5
    return index_dir


@pytest.fixture(scope="session")
def settings(corpus_index: Path) -> Settings:
    return Settings(index_dir=corpus_index, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path


def start_server(
    index_dir: Path, log: Path, *, env: dict[str, str] | None = None, workers: int = 1
) -> LiveServer:
    """`python -m app serve` on 127.0.0.1, waited for until /healthz answers."""
    port = free_port()
    environment = os.environ.copy() | (env or {})
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [
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
            ],
            cwd=ROOT,
            env=environment,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early: {log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return LiveServer(url=url, process=process, log=log)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not start in 30 s: {log.read_text()}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def live_server(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real uvicorn process serving the session index on 127.0.0.1."""
    server = start_server(corpus_index, tmp_path_factory.mktemp("server") / "server.log")
    yield server
    stop_server(server)
