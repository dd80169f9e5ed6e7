"""Kill -9 during writes, for real: no acknowledged write is lost and nothing half-written is visible.

A write commits SQLite (ids journaled in `pending`), then the search engine, then clears the journal
(app/index/ingest.py). These tests kill real processes at random points and at the one point that
matters most, between the two commits, and then check both stores against what was acknowledged.
"""

from __future__ import annotations

import errno
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.index import SearchQuery, build_index
from app.index.archive import open_build
from app.index.layout import IndexLayout
from app.index.store import RECORDS_FILE
from app.main import create_app
from tests.conftest import CORPUS_DIR, ROOT, start_server, stop_server
from tests.fault_writer import document_text, marker

KEY = "fault-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
CORPUS_DOCUMENT = "000_e84a06c073667f2f"


@pytest.fixture(scope="module")
def pristine_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("pristine") / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    return index_dir


@pytest.fixture
def index_dir(pristine_index: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(pristine_index, tmp_path / "index", symlinks=True))


@dataclass(frozen=True)
class Stores:
    """What each store of the current build holds, read without writing (no journal replay)."""

    records: set[str]
    searchable: set[str]
    pending: set[str]


def stores(index_dir: Path) -> Stores:
    build_dir = IndexLayout(index_dir).current_build()
    assert build_dir is not None
    build = open_build(build_dir)
    try:
        searchable = set(build.engine.matching_ids(SearchQuery()))
    finally:
        build.engine.close()
    # query_only, not mode=ro: a read-only connection cannot roll back a killed writer's hot journal.
    with closing(sqlite3.connect(f"file:{build_dir / RECORDS_FILE}?mode=rw", uri=True)) as connection:
        connection.execute("PRAGMA query_only = ON")
        records = {row[0] for row in connection.execute("SELECT id FROM documents")}
        pending = {row[0] for row in connection.execute("SELECT doc_id FROM pending")}
    return Stores(records=records, searchable=searchable, pending=pending)


def app_client(index_dir: Path) -> TestClient:
    settings = Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    return TestClient(create_app(settings))


def assert_whole(client: TestClient, doc_id: str) -> None:
    """The document is readable by id and found by searching for the words only it contains."""
    number = int(doc_id.removeprefix("fault-"))
    assert client.get(f"/v1/documents/{doc_id}").status_code == 200, doc_id
    hits = client.get("/v1/search", params={"q": marker(number)}).json()
    assert [hit["id"] for hit in hits["items"]] == [doc_id]


def start_writer(index_dir: Path, *arguments: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fault_writer", str(index_dir), *arguments],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )


def wait_for_output(process: subprocess.Popen[bytes], timeout: float) -> None:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "the writer acknowledged nothing in time"


def acknowledged_ids(process: subprocess.Popen[bytes]) -> list[str]:
    """Every id the writer printed: each was printed only after its write returned."""
    stdout, _ = process.communicate(timeout=30)
    return [line for line in stdout.decode().splitlines() if line.startswith("fault-")]


ROUNDS = 5


def test_random_kills_lose_no_acknowledged_write_and_show_nothing_half_written(index_dir: Path) -> None:
    rng = random.Random(20261121)
    acknowledged: list[str] = []
    killed_between_stores = 0
    for round_number in range(ROUNDS):
        writer = start_writer(index_dir, "--start", str(round_number * 1000), "--count", "1000")
        try:
            wait_for_output(writer, timeout=30)
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            writer.send_signal(signal.SIGKILL)
        acknowledged += acknowledged_ids(writer)
        assert writer.returncode == -signal.SIGKILL

        state = stores(index_dir)
        # Acknowledged means in both stores; an engine hit always has its record; a record
        # the engine lacks is journaled (a half-finished write the next open or write replays).
        assert set(acknowledged) <= state.records & state.searchable
        assert state.searchable <= state.records
        assert state.records - state.searchable <= state.pending
        killed_between_stores += bool(state.pending)

        with app_client(index_dir) as client:
            for doc_id in acknowledged:
                assert_whole(client, doc_id)
        after_open = stores(index_dir)
        assert after_open.records == after_open.searchable and not after_open.pending
    assert len(acknowledged) >= ROUNDS
    print(
        f"{len(acknowledged)} acknowledged writes, {killed_between_stores}/{ROUNDS} kills between the stores"
    )


def test_a_write_killed_between_the_stores_is_replayed_when_the_archive_is_opened(index_dir: Path) -> None:
    writer = start_writer(index_dir, "--start", "500", "--count", "1", "--kill-in-apply", "1")
    assert acknowledged_ids(writer) == [], "killed before acknowledging"
    assert writer.returncode == -signal.SIGKILL

    state = stores(index_dir)
    assert "fault-500" in state.records and state.pending == {"fault-500"}
    assert "fault-500" not in state.searchable, "the engine commit never happened"

    with app_client(index_dir) as client:
        assert_whole(client, "fault-500")
        assert client.get("/v1/entities", params={"q": "Whitfield"}).json()["items"][0]["documents"] == 1
    after = stores(index_dir)
    assert after.records == after.searchable and not after.pending


def test_a_write_killed_between_the_stores_is_replayed_by_the_next_write(index_dir: Path) -> None:
    killed = start_writer(index_dir, "--start", "600", "--count", "1", "--kill-in-apply", "1")
    assert acknowledged_ids(killed) == []
    next_write = start_writer(index_dir, "--start", "601", "--count", "1")
    assert acknowledged_ids(next_write) == ["fault-601"]
    assert next_write.returncode == 0, next_write.stderr

    after = stores(index_dir)
    assert {"fault-600", "fault-601"} <= after.records & after.searchable
    assert after.records == after.searchable and not after.pending


def test_a_delete_killed_between_the_stores_never_leaves_a_hit_without_its_record(index_dir: Path) -> None:
    writer = start_writer(index_dir, "--count", "0", "--delete", CORPUS_DOCUMENT, "--kill-in-apply", "1")
    stdout, _ = writer.communicate(timeout=30)
    assert b"deleted" not in stdout and writer.returncode == -signal.SIGKILL
    state = stores(index_dir)
    assert CORPUS_DOCUMENT not in state.records and CORPUS_DOCUMENT in state.searchable
    assert state.pending == {CORPUS_DOCUMENT}

    with app_client(index_dir) as client:
        listing = client.get("/v1/search").json()
        assert listing["total"] == 4 and CORPUS_DOCUMENT not in {hit["id"] for hit in listing["items"]}
        assert client.get(f"/v1/documents/{CORPUS_DOCUMENT}").status_code == 404
    after = stores(index_dir)
    assert after.records == after.searchable and not after.pending


# Spill the transaction's pages to the database file (a tiny page cache), then die mid-transaction:
# what a writer killed during a large commit leaves, deterministically: a hot rollback journal.
HOT_JOURNAL_WRITER = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN")
for number in range(200):
    connection.execute("UPDATE documents SET record = record")
    connection.execute("INSERT INTO pending VALUES (?, 'upsert')", ("x" * 3000 + str(number),))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_reads_keep_working_after_a_writer_dies_mid_sqlite_transaction(index_dir: Path) -> None:
    with app_client(index_dir) as client:
        assert client.get(f"/v1/documents/{CORPUS_DOCUMENT}").status_code == 200, "the build is open"
        build_dir = IndexLayout(index_dir).current_build()
        assert build_dir is not None
        database = build_dir / RECORDS_FILE
        died = subprocess.run([sys.executable, "-c", HOT_JOURNAL_WRITER, str(database)], check=False)
        assert died.returncode == -signal.SIGKILL
        assert database.with_name(RECORDS_FILE + "-journal").exists(), "a hot journal was left"

        # Before the fix every read-only read failed ("attempt to write a readonly database": 500).
        assert client.get(f"/v1/documents/{CORPUS_DOCUMENT}").status_code == 200
        assert client.get("/v1/search", params={"q": "detainer"}).json()["total"] == 4
        assert client.get("/v1/entities").status_code == 200
        assert client.get("/v1/statistics").status_code == 200
    state = stores(index_dir)
    assert state.records == state.searchable and not state.pending, "the dead transaction rolled back"


def worker_pids(server: subprocess.Popen[bytes]) -> list[int]:
    """uvicorn's worker processes (children started by multiprocessing.spawn, not its resource tracker)."""
    children: set[int] = set()
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        children |= {int(pid) for pid in (task / "children").read_text().split()}
    workers = []
    for pid in sorted(children):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"multiprocessing.spawn" in command:
            workers.append(pid)
    return workers


@dataclass
class PostStream:
    """A client thread POSTing new documents one after another until stopped (or bounded out)."""

    url: str
    acknowledged: list[str]
    attempted: list[str]
    failures: list[str]
    stop: threading.Event

    def run(self, limit: int, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with httpx.Client(base_url=self.url, timeout=15, headers=AUTH) as http:
            for number in range(limit):
                if self.stop.is_set() or time.monotonic() > deadline:
                    return
                doc_id = f"fault-{number}"
                self.attempted.append(doc_id)
                body = {"id": doc_id, "title": f"Fault test {number}", "text": document_text(number)}
                try:
                    response = http.post("/v1/documents", json=body)
                except httpx.TransportError as error:
                    # The worker died with the request in flight: not acknowledged, retried never.
                    self.failures.append(f"{doc_id}: {type(error).__name__}")
                    time.sleep(0.05)
                    continue
                if 200 <= response.status_code < 300:
                    self.acknowledged.append(doc_id)
                else:
                    self.failures.append(f"{doc_id}: {response.status_code}")


def kill_server(server: subprocess.Popen[bytes]) -> None:
    """SIGKILL the supervisor and every worker: nothing gets to shut down cleanly."""
    workers = worker_pids(server)
    server.send_signal(signal.SIGKILL)
    server.wait(timeout=10)
    for pid in workers:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def test_killed_uvicorn_workers_lose_no_acknowledged_post(index_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(6)
    server = start_server(index_dir, tmp_path / "server.log", env={"ARCHIVE_API_KEYS": KEY}, workers=2)
    stream = PostStream(server.url, [], [], [], threading.Event())
    poster = threading.Thread(target=stream.run, kwargs={"limit": 400, "seconds": 40})
    try:
        poster.start()
        for _ in range(2):
            # Wait for some acknowledged writes, then kill every worker mid-stream; the supervisor
            # starts new ones and the stream goes on.
            seen = len(stream.acknowledged)
            deadline = time.monotonic() + 20
            while len(stream.acknowledged) < seen + 5 and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.2))
            for pid in worker_pids(server.process):
                os.kill(pid, signal.SIGKILL)
        seen = len(stream.acknowledged)
        deadline = time.monotonic() + 30
        while len(stream.acknowledged) < seen + 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.2))
        kill_server(server.process)
    finally:
        stream.stop.set()
        poster.join(timeout=60)
        if server.process.poll() is None:
            kill_server(server.process)

    assert len(stream.acknowledged) >= 15, stream.failures
    restarted = start_server(index_dir, tmp_path / "restarted.log", env={"ARCHIVE_API_KEYS": KEY})
    try:
        with httpx.Client(base_url=restarted.url, timeout=15) as http:
            for doc_id in stream.attempted:
                number = int(doc_id.removeprefix("fault-"))
                found = http.get(f"/v1/documents/{doc_id}").status_code == 200
                hits = http.get("/v1/search", params={"q": marker(number)}).json()["items"]
                if doc_id in stream.acknowledged:
                    assert found and [hit["id"] for hit in hits] == [doc_id], doc_id
                else:
                    # Not acknowledged: whole or absent, never in one store only.
                    assert found == bool(hits), doc_id
    finally:
        stop_server(restarted)
    state = stores(index_dir)
    assert state.records == state.searchable and not state.pending
    print(
        f"{len(stream.acknowledged)} of {len(stream.attempted)} POSTs acknowledged and present; "
        f"failed in flight: {stream.failures}"
    )


def test_a_failed_engine_commit_is_a_507_and_does_not_wedge_later_writes(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.writing import SegmentWriter

    original = SegmentWriter._commit_toc
    failures = iter([OSError(errno.ENOSPC, "No space left on device")])

    def full_disk_once(self: SegmentWriter, segments: object) -> None:
        if (error := next(failures, None)) is not None:
            raise error
        original(self, segments)

    monkeypatch.setattr(SegmentWriter, "_commit_toc", full_disk_once)
    settings = Settings(index_dir=index_dir, api_keys=[KEY], _env_file=None)  # type: ignore[call-arg]
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        first = {"id": "fault-700", "text": document_text(700)}
        failed = client.post("/v1/documents", json=first, headers=AUTH)
        assert failed.status_code == 507, failed.text
        assert failed.headers["content-type"] == "application/problem+json"
        # Before the fix Whoosh kept its write lock: this and every later write was a 500 LockError.
        second = client.post(
            "/v1/documents", json={"id": "fault-701", "text": document_text(701)}, headers=AUTH
        )
        assert second.status_code == 201, second.text
        assert_whole(client, "fault-701")
        # The unacknowledged write was journaled after its SQLite commit: replayed whole, not half.
        assert_whole(client, "fault-700")
    after = stores(index_dir)
    assert after.records == after.searchable and not after.pending


def test_a_toc_file_deleted_under_a_reader_by_another_commit_is_not_a_500(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load, a commit in another worker deleted `_MAIN_<n>.toc` between a reader listing and
    opening it: a 500 FileNotFoundError from `Index.schema`. Whoosh's searcher retries that race;
    the engine must not read the TOC anywhere else per request."""
    from whoosh.index import FileIndex

    original = FileIndex._read_toc
    vanished = {"times": 0}

    def racing_read_toc(self: FileIndex) -> object:
        if vanished["times"] < 1:
            vanished["times"] += 1
            raise FileNotFoundError(2, "No such file or directory", "_MAIN_9.toc")
        return original(self)

    with app_client(index_dir) as client:
        assert client.get("/v1/search", params={"q": "detainer"}).status_code == 200  # the build is open
        monkeypatch.setattr(FileIndex, "_read_toc", racing_read_toc)
        for query in ["detainer", "detainder"]:  # a search, and one that asks for a spelling suggestion
            vanished["times"] = 0
            response = client.get("/v1/search", params={"q": query})
            assert response.status_code == 200, response.text
