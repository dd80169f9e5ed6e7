"""A SIGKILLed `archive index` leaves no process behind: its extraction workers die with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.generator import ensure_corpus

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
STARTUP_SECONDS = 60.0
EXIT_SECONDS = 10.0

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def _parent_and_state(pid: int) -> tuple[int, str] | None:
    """(parent pid, state letter) of a live process, None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    # The command name in parentheses may hold spaces: the fields after its closing one are fixed.
    state, parent = stat.rsplit(")", 1)[1].split()[:2]
    return int(parent), state


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (found := _parent_and_state(int(entry.name))):
            parents[int(entry.name)] = found[0]
    family: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - family
        family |= frontier
    return family


def _alive(pid: int) -> bool:
    found = _parent_and_state(pid)
    return found is not None and found[1] != "Z"


def _kill_and_expect_gone(indexer: subprocess.Popen[bytes], workers: set[int]) -> None:
    """SIGKILL the indexer, as a crash or the OOM killer does; its workers must exit on their own."""
    os.kill(indexer.pid, signal.SIGKILL)
    indexer.wait()
    deadline = time.monotonic() + EXIT_SECONDS
    while survivors := {pid for pid in workers if _alive(pid)}:
        assert time.monotonic() < deadline, f"workers outlived the killed indexer: {sorted(survivors)}"
        time.sleep(0.05)


def _reap(indexer: subprocess.Popen[bytes], workers: set[int]) -> None:
    """A failing run must not leave the indexer or its orphans on the machine either."""
    if indexer.poll() is None:
        indexer.kill()
        indexer.wait()
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_killed_indexer_leaves_no_worker(tmp_path: Path) -> None:
    corpus = ensure_corpus(tmp_path / "data", documents=600, seed=5)
    indexer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "index",
            str(corpus.directory),
            "--index",
            str(tmp_path / "index"),
            "--workers",
            str(WORKERS),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while len(workers := _descendants(indexer.pid)) < WORKERS:
            assert indexer.poll() is None, "the build ended before its workers could be seen"
            assert time.monotonic() < deadline, "the indexer started no extraction workers"
            time.sleep(0.05)
        assert indexer.poll() is None, "the build ended before it could be killed mid-way"
        _kill_and_expect_gone(indexer, workers)
    finally:
        _reap(indexer, workers)
    assert not (tmp_path / "index" / "current").exists()


def test_indexer_killed_while_writing_the_engine_leaves_no_worker(tmp_path: Path) -> None:
    """The workers that analyze records for the engine, after extraction, die with the indexer too."""
    corpus = ensure_corpus(tmp_path / "data", documents=1200, seed=5)
    indexer = subprocess.Popen(
        [
            *(sys.executable, "-m", "app", "index", str(corpus.directory)),
            *("--index", str(tmp_path / "index"), "--workers", str(WORKERS), "--engine", "tantivy"),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen: set[int] = set()
    engine_workers: set[int] = set()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while len(seen := seen | _descendants(indexer.pid)) < WORKERS:
            assert indexer.poll() is None, "the build ended before its workers could be seen"
            assert time.monotonic() < deadline, "the indexer started no extraction workers"
            time.sleep(0.05)
        extraction_workers = set(seen)
        # The engine's workers are the second pool: processes of the indexer that extraction did not start.
        deadline = time.monotonic() + 10 * STARTUP_SECONDS
        while len(engine_workers := _descendants(indexer.pid) - extraction_workers) < WORKERS:
            assert indexer.poll() is None, "the build ended before its engine workers could be seen"
            assert time.monotonic() < deadline, "the indexer started no engine workers"
            time.sleep(0.02)
        _kill_and_expect_gone(indexer, engine_workers)
    finally:
        _reap(indexer, engine_workers | seen)
    assert not (tmp_path / "index" / "current").exists()
