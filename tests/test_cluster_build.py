"""The build on a real Dask cluster: a scheduler and two worker processes on 127.0.0.1.

The cluster's records must equal a local build's, whether the workers read the corpus themselves
(`shared_corpus`) or get its text; a worker SIGKILLed mid-build loses no document; a document whose
extraction fails is skipped with its reason; an unreachable scheduler writes nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from distributed import Client
from typer.testing import CliRunner

from app.cli import cli
from app.index import build_index
from app.index.build import BuildReport
from app.index.cluster_extraction import ClusterUnavailable, DaskExtraction
from benchmarks.cluster_build import stored_records
from tests.conftest import CORPUS_DIR, ROOT, free_port
from tests.fault_extraction import FAILING_MARK

pytestmark = pytest.mark.slow


@dataclass
class DaskCluster:
    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]]


def _spawn(arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
    # The workers import this checkout's `app` (and the test preload), whatever is installed.
    environment = os.environ | {"PYTHONPATH": str(ROOT)}
    with log.open("wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *arguments],
            cwd=ROOT,
            env=environment,
            stdout=handle,
            stderr=handle,
        )


def _start_cluster(log_dir: Path) -> DaskCluster:
    """`dask scheduler` and two `dask worker` processes (no nanny: a killed worker stays dead)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = _spawn(
        ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", "127.0.0.1:0"],
        log_dir / "scheduler.log",
    )
    worker_options = ["--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard"]
    worker_options += ["--local-directory", str(log_dir)]
    workers = [
        _spawn(
            [
                "worker",
                address,
                *worker_options,
                "--name",
                f"w{number}",
                "--preload",
                "tests.fault_extraction",
            ],
            log_dir / f"worker-{number}.log",
        )
        for number in range(2)
    ]
    with Client(address, timeout=30, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)
    return DaskCluster(address, scheduler, workers)


def _stop(cluster: DaskCluster) -> None:
    # Killed, not terminated: nothing of theirs is kept, and a graceful close takes seconds.
    for process in [*cluster.workers, cluster.scheduler]:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    cluster = _start_cluster(tmp_path_factory.mktemp("dask"))
    yield cluster
    _stop(cluster)


OUTLETS = ("Harbour Gazette", "Valley Courier", "Northern Ledger")


def _article_id(number: int) -> str:
    return f"short-{number:04d}"


def _short_records(path: Path, count: int, *, first: int = 0) -> None:
    """Short articles (an official, a quote, figures, a date), quick to extract, as JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(first, first + count):
            text = (
                f"The county council approved a budget of ${number + 3}.5 million on Tuesday, up {number % 40} "
                f'percent from last year. "We cannot wait another year," said Mayor Dana Whit{number % 7}field, '
                f"who added that {number * 11} residents had signed the petition by March {number % 27 + 1}, 2019."
            )
            record = {"id": _article_id(number), "text": text, "outlet": OUTLETS[number % len(OUTLETS)]}
            out.write(json.dumps(record) + "\n")


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Article files with sidecars, two JSON Lines files (one with a bad line), a duplicate id, a binary file."""
    corpus = tmp_path_factory.mktemp("mixed-corpus")
    shutil.copytree(CORPUS_DIR, corpus, dirs_exist_ok=True)
    _short_records(corpus / "generated-a.jsonl", 45)
    with (corpus / "generated-a.jsonl").open("a", encoding="utf-8") as out:
        out.write("{not json\n\n")
    _short_records(corpus / "generated-b.jsonl", 30, first=45)
    first_article = sorted(CORPUS_DIR.glob("*.txt"))[0]
    (corpus / f"zz-{first_article.name}").write_text(first_article.read_text())  # same text, another id
    nested = corpus / "nested"
    nested.mkdir()
    shutil.copy(first_article, nested / first_article.name)  # the same id again: a duplicate
    (corpus / "scan.txt").write_bytes(b"\x00\x01binary")
    return corpus


@pytest.fixture(scope="module")
def local_build(mixed_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    return build_index(mixed_corpus, tmp_path_factory.mktemp("local-index"), workers=1)


@pytest.mark.parametrize("shared_corpus", [False, True], ids=["sent-text", "shared-corpus"])
def test_a_cluster_build_equals_the_local_build(
    dask_cluster: DaskCluster,
    mixed_corpus: Path,
    local_build: BuildReport,
    tmp_path: Path,
    shared_corpus: bool,
) -> None:
    with DaskExtraction(dask_cluster.address, shared_corpus=shared_corpus) as dask:
        report = build_index(mixed_corpus, tmp_path / "index", dask=dask)
    assert report.documents == local_build.documents == 5 + 45 + 30 + 1
    assert stored_records(report.build_dir) == stored_records(local_build.build_dir)
    assert report.skipped == local_build.skipped
    reasons = " ".join(skipped.reason for skipped in report.skipped)
    assert "duplicate document id" in reasons and "binary file" in reasons and "Expecting" in reasons
    assert dask.progress.workers == 2
    assert dask.progress.tasks >= 3


def test_a_document_whose_extraction_fails_is_skipped_with_its_reason(
    dask_cluster: DaskCluster, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    (corpus / "poisoned.txt").write_text(f"The council met on Tuesday. Marker {FAILING_MARK}.")
    with DaskExtraction(dask_cluster.address) as dask:
        report = build_index(corpus, tmp_path / "index", dask=dask)
    assert report.documents == 5
    (failed,) = report.skipped
    assert failed.path == str(corpus / "poisoned.txt")
    assert failed.reason == "extraction failed twice: RuntimeError: injected extraction fault in poisoned"


def test_a_worker_killed_mid_build_loses_no_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _short_records(corpus / "articles.jsonl", 320)
    cluster = _start_cluster(tmp_path)
    victim = cluster.workers[1]
    arrived: list[str] = []

    def kill_after_the_first_batches(doc_id: str) -> None:
        arrived.append(doc_id)
        if len(arrived) == 64:
            os.kill(victim.pid, signal.SIGKILL)

    try:
        with DaskExtraction(cluster.address) as dask:
            report = build_index(
                corpus, tmp_path / "index", dask=dask, on_document=kill_after_the_first_batches
            )
        assert victim.wait(timeout=10) == -signal.SIGKILL
    finally:
        _stop(cluster)
    assert report.documents == 320 and not report.skipped
    assert set(stored_records(report.build_dir)) == {_article_id(number) for number in range(320)}
    assert dask.progress.workers == 1


def test_an_unreachable_scheduler_is_a_clear_error_before_anything_is_written(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(ClusterUnavailable, match="cannot use the Dask scheduler"):
        DaskExtraction(address, connect_timeout=1).__enter__()
    index_dir = tmp_path / "index"
    result = CliRunner().invoke(
        cli,
        ["index", str(CORPUS_DIR), "--index", str(index_dir), "--scheduler", address],
        env={"ARCHIVE_DASK_CONNECT_TIMEOUT": "1"},
    )
    assert result.exit_code == 1
    assert f"cannot use the Dask scheduler at {address}" in " ".join(result.output.split())
    assert not index_dir.exists()


def test_cli_builds_on_a_local_cluster_and_reports_tasks_workers_and_rate(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["index", str(CORPUS_DIR), "--index", str(tmp_path / "index"), "--scheduler", "local:2"]
    )
    assert result.exit_code == 0, result.output
    assert "indexed 5 documents" in result.output
    assert "on the Dask cluster local:2: 1 tasks of up to 32 documents on 2 workers" in result.output
    assert "docs/s" in result.output


def test_a_build_without_scheduler_never_imports_dask(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        f"sys.argv = ['archive', 'index', {str(CORPUS_DIR)!r}, '--index', {str(tmp_path / 'index')!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "loaded = sorted(name for name in sys.modules if name.split('.')[0] in ('dask', 'distributed'))\n"
        "print('dask modules:', loaded)\n"
    )
    environment = {name: value for name, value in os.environ.items() if name != "ARCHIVE_DASK_SCHEDULER"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "indexed 5 documents" in result.stdout
    assert "dask modules: []" in result.stdout
