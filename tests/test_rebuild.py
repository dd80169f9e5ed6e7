"""Atomic rebuilds: readers keep working during a rebuild, pick up the new build, survive a killed build."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import build_index
from app.index.archive import Archive
from app.index.layout import IndexLayout
from app.main import create_app
from tests.conftest import CORPUS_DIR, ROOT


def make_corpus(target: Path, copies: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in CORPUS_DIR.glob("*.txt"):
        for copy in range(copies):
            shutil.copy(path, target / f"{path.stem}-{copy}.txt")
    return target


def test_readers_keep_working_while_the_index_is_rebuilt(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    bigger = make_corpus(tmp_path / "bigger", copies=3)
    client = TestClient(create_app(Settings(index_dir=index_dir, _env_file=None)))  # type: ignore[call-arg]
    failures: list[str] = []
    totals: set[int] = set()
    done = threading.Event()

    def read_continuously() -> None:
        while not done.is_set():
            response = client.get("/v1/search", params={"q": "detainer"})
            if response.status_code != 200:
                failures.append(response.text)
            else:
                totals.add(response.json()["total"])

    reader = threading.Thread(target=read_continuously)
    reader.start()
    try:
        for corpus in (bigger, CORPUS_DIR, bigger):
            build_index(corpus, index_dir, workers=1)
    finally:
        done.set()
        reader.join()
    assert not failures
    assert totals <= {4, 12}
    assert client.get("/v1/search", params={"q": "detainer"}).json()["total"] == 12
    assert client.get("/readyz").json()["documents"] == 15
    builds = [p for p in (index_dir / "builds").iterdir()]
    assert len(builds) == 2, "old builds are pruned, the previous one kept"


def test_opening_a_build_with_an_empty_journal_takes_no_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that opens a new build must not hold the write lock even briefly, or a build started
    beside it fails as already in progress (the race the test above met); only a journal left by a killed
    writer is worth the lock (tests/test_faults.py replays one)."""
    index_dir = tmp_path / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    taken: list[float] = []
    original = IndexLayout.locked

    def spy(self: IndexLayout, timeout: float = 0.0) -> AbstractContextManager[None]:
        taken.append(timeout)
        return original(self, timeout)

    monkeypatch.setattr(IndexLayout, "locked", spy)
    archive = Archive(index_dir)
    try:
        assert archive.current().records.count() == 5
    finally:
        archive.close()
    assert taken == []


def test_a_killed_build_leaves_the_previous_index_serving(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    layout = IndexLayout(index_dir)
    serving = layout.current_build()
    big = make_corpus(tmp_path / "big", copies=300)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "index", str(big), "--index", str(index_dir), "--workers", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list((index_dir / "builds").glob(".partial-*/whoosh/*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert list((index_dir / "builds").glob(".partial-*")), "the build was killed mid-way"
    assert layout.current_build() == serving
    client = TestClient(create_app(Settings(index_dir=index_dir, _env_file=None)))  # type: ignore[call-arg]
    assert client.get("/v1/search", params={"q": "detainer"}).json()["total"] == 4
    build_index(CORPUS_DIR, index_dir, workers=1)
    assert not list((index_dir / "builds").glob(".partial-*")), "the next build cleans up"


def test_cli_index_reports_documents_and_skipped_files(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", copies=1)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    (corpus / "empty.txt").write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "app", "index", str(corpus), "--index", str(tmp_path / "index")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "indexed 5 documents" in result.stdout
    assert "skipped 2 files" in result.stdout
    assert "empty.txt: empty file" in result.stdout
    assert "broken.txt: binary file" in result.stdout


def test_cli_extract_prints_one_json_record_per_file(tmp_path: Path) -> None:
    files = sorted(CORPUS_DIR.glob("*.txt"))[:2]
    result = subprocess.run(
        [sys.executable, "-m", "app", "extract", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith('{"id":"000_e84a06c073667f2f"')


def test_a_build_of_another_store_format_asks_for_a_rebuild(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    manifest = IndexLayout(index_dir).current_build() / "manifest.json"  # type: ignore[operator]
    data = json.loads(manifest.read_text())
    data["store_format"] = 1
    manifest.write_text(json.dumps(data))
    client = TestClient(create_app(Settings(index_dir=index_dir, _env_file=None)))  # type: ignore[call-arg]
    response = client.get("/v1/search", params={"q": "detainer"})
    assert response.status_code == 503
    assert "rebuild it with `archive index`" in response.json()["detail"]
    assert client.get("/readyz").status_code == 503
