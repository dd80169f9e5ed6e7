"""Read replicas (ARCHIVE_READ_ONLY) over one build directory while a writer rebuilds it.

Two real uvicorn replicas on 127.0.0.1 serve the directory a writer process publishes builds into:
they write nothing there, refuse writes with a 405 naming the writer, serve the new build on their next
request without a restart, finish a request already in flight on the old build, and never error meanwhile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.index import build_index
from tests.conftest import CORPUS_DIR, ROOT, LiveServer, start_server, stop_server

pytestmark = pytest.mark.slow

READ_PATHS = (
    "/v1/search?q=council&per_page=50",
    "/v1/documents?per_page=50",
    "/v1/entities?per_page=5",
    "/v1/statistics?per_page=5",
)


def _article(doc_id: str, marker: str) -> str:
    return (
        f"The city council met on Monday. Council member Ana Ruiz said the {marker} plan would cost "
        f'$4 million. "We will vote in May," Ruiz said. Article {doc_id}.'
    )


def _corpus(directory: Path, doc_id: str, marker: str) -> Path:
    shutil.copytree(CORPUS_DIR, directory)
    (directory / f"{doc_id}.txt").write_text(_article(doc_id, marker))
    return directory


def _snapshot(index_dir: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(index_dir)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in index_dir.rglob("*")
    }


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[LiveServer]]]:
    """One index and two replicas for the module: the test that rebuilds comes last."""
    tmp_path = tmp_path_factory.mktemp("replicas")
    index_dir = tmp_path / "index"
    build_index(_corpus(tmp_path / "old", "replica-old", "harbour"), index_dir, workers=1)
    servers = [
        start_server(index_dir, tmp_path / f"replica-{number}.log", env={"ARCHIVE_READ_ONLY": "true"})
        for number in range(2)
    ]
    yield index_dir, servers
    for server in servers:
        stop_server(server)


def test_replicas_write_nothing_and_send_writes_to_the_writer(
    replicas: tuple[Path, list[LiveServer]],
) -> None:
    index_dir, servers = replicas
    before = _snapshot(index_dir)
    for server in servers:
        for path in (*READ_PATHS, "/v1/documents/replica-old", "/v1/statistics/groups", "/readyz"):
            assert httpx.get(server.url + path).status_code == 200, path
        document = {"id": "new", "text": "The mayor said 12 roads would close."}
        for method, path in (
            ("POST", "/v1/documents"),
            ("PUT", "/v1/documents/new"),
            ("DELETE", "/v1/documents/replica-old"),
            ("POST", "/v1/documents/bulk"),
        ):
            body = None if method == "DELETE" else document
            response = httpx.request(
                method, server.url + path, json=body, headers={"Authorization": "Bearer x"}
            )
            assert response.status_code == 405, (method, path)
            assert response.headers["content-type"] == "application/problem+json"
            problem = response.json()
            assert problem["type"].endswith("/read-replica") and problem["status"] == 405
            assert "writer" in problem["detail"] and "read replica" in problem["detail"]
            assert "POST" not in response.headers["allow"] and "DELETE" not in response.headers["allow"]
        assert httpx.get(server.url + "/v1/documents/replica-old").status_code == 200
    assert _snapshot(index_dir) == before


def test_replicas_serve_the_writers_new_build_without_error_or_restart(
    replicas: tuple[Path, list[LiveServer]], tmp_path: Path
) -> None:
    index_dir, servers = replicas
    new_corpus = _corpus(tmp_path / "new", "replica-new", "lighthouse")
    failures: list[str] = []
    answered = [0]
    writing = threading.Event()
    writing.set()

    def read_until_published(server: LiveServer) -> None:
        # Bounded: at most 2,000 requests, or 90 s, even if the writer never finishes.
        with httpx.Client(base_url=server.url, timeout=30) as client:
            deadline = time.monotonic() + 90
            for number in range(2000):
                if not writing.is_set() or time.monotonic() > deadline:
                    return
                response = client.get(READ_PATHS[number % len(READ_PATHS)])
                answered[0] += 1
                if response.status_code != 200:
                    failures.append(f"{server.url}: {response.status_code} {response.text[:200]}")

    readers = [threading.Thread(target=read_until_published, args=(server,)) for server in servers]
    with (
        httpx.Client(timeout=30) as client,
        client.stream("GET", servers[0].url + "/v1/export?q=council") as in_flight,
    ):
        lines = in_flight.iter_lines()
        first_line = next(lines)
        for reader in readers:
            reader.start()
        writer = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "index",
                str(new_corpus),
                "--index",
                str(index_dir),
                "--workers",
                "1",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        writing.clear()
        exported = [first_line, *lines]
    for reader in readers:
        reader.join()
    assert writer.returncode == 0, writer.stderr
    assert not failures, failures[:5]
    assert answered[0] >= len(servers)
    # The request in flight during the swap finished, on the build it started on.
    assert any("replica-old" in line for line in exported)
    assert not any("replica-new" in line for line in exported)
    for server in servers:
        # The very next request after the writer published: no restart, no wait.
        assert httpx.get(server.url + "/v1/documents/replica-new").status_code == 200
        assert httpx.get(server.url + "/v1/documents/replica-old").status_code == 404
        search = httpx.get(server.url + "/v1/search", params={"q": "lighthouse"}).json()
        assert [hit["id"] for hit in search["items"]] == ["replica-new"]
