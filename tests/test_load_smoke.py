"""A few seconds of scripts/load_test.py, so the load test cannot rot: real server, reads and writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_a_short_load_run_has_no_5xx_and_loses_no_acknowledged_write(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "scripts/load_test.py",
            "--duration",
            "3",
            "--connections",
            "2",
            "--copies",
            "1",
            "--generator",
            "python",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    report = json.loads((tmp_path / "load_test.json").read_text())
    assert report["passed"] and report["server_errors"] == 0
    assert report["reads"]["requests"] > 0 and set(report["reads"]["statuses"]) == {"200"}
    writes = report["writes"]
    assert (
        writes["acknowledged"] > 0 and writes["present"] == writes["acknowledged"] and not writes["missing"]
    )
    assert len(report["rss_mib"]["before"]) == 2 and all(report["rss_mib"]["after"].values())
    assert (tmp_path / "load_test.md").read_text().startswith("# Load test: PASS")
