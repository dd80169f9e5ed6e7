"""What a benchmark run is configured with, and where it keeps its data."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.selection import SYSTEM_NAMES

if TYPE_CHECKING:
    from app.index.engine import EngineName

__all__ = ["CACHED_CLASS", "DEFAULT_SEED", "ENGINES", "ROOT", "BenchConfig", "log"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20261121
ENGINES: tuple[EngineName, ...] = ("whoosh", "tantivy")
# The class run once more against servers with the shipped result cache, to show its effect.
CACHED_CLASS = "common term"


@dataclass(frozen=True, kw_only=True)
class BenchConfig:
    documents: int = 10_000
    seed: int = DEFAULT_SEED
    data_dir: Path = ROOT / "benchmarks" / "data"
    results_dir: Path = ROOT / "benchmarks" / "results"
    queries_per_class: int = 20
    runs_per_class: int = 100
    class_time_budget: float = 30.0
    extraction_documents: int = 2000
    extraction_time_budget: float = 60.0
    http: bool = True
    http_seconds: float = 6.0
    http_connections: int = 4
    # Sequential requests per class and engine (one connection) for the API-overhead target.
    overhead_requests: int = 60
    server_workers: int = 1
    datasette: bool = True
    # The systems measured (a subset of SYSTEM_NAMES); the others are reported as not run.
    systems: tuple[str, ...] = SYSTEM_NAMES


def log(message: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)
