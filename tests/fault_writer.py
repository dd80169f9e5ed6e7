"""A writer process for tests/test_faults.py: ingest documents in a loop, printing each id once acknowledged.

    python -m tests.fault_writer INDEX_DIR --start N --count M [--kill-in-apply K] [--delete ID]

Each id is printed and flushed right after `Ingestor.upsert` returns, that is once the write is
acknowledged: whatever the parent reads was acknowledged, whatever it does not read was not.
With `--kill-in-apply K` the K-th call of the engine's `apply` (after the SQLite commit, before the
engine commit) SIGKILLs this process, so the kill lands exactly between the two stores.
`--delete ID` deletes that document first (and prints `deleted ID` once acknowledged).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from typing import Any

from app.corpus import RawDocument, SuppliedMetadata
from app.index import Archive
from app.index.ingest import Ingestor
from app.index.whoosh_engine import WhooshEngine

__all__ = ["document_text", "marker"]


def marker(number: int) -> str:
    """A token that only document `number` contains: not a dictionary word, so never stemmed."""
    return f"faultmark{number}x"


def document_text(number: int) -> str:
    return (
        f"Fault test article {number}. The county council met on Tuesday to discuss the jail budget. "
        f"Sheriff Dana Whitfield said 40 new deputies were needed. Marker {marker(number)}."
    )


def _kill_on_apply(call: int) -> None:
    """Patch the engine (in this process only) so its `call`-th `apply` kills the process first."""
    original = WhooshEngine.apply
    calls = 0

    def apply(self: WhooshEngine, upserts: Any, deletions: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == call:
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, upserts, deletions)

    WhooshEngine.apply = apply  # type: ignore[method-assign]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--kill-in-apply", type=int, default=0)
    parser.add_argument("--delete", default=None)
    arguments = parser.parse_args(argv)
    if arguments.kill_in_apply:
        _kill_on_apply(arguments.kill_in_apply)
    archive = Archive(arguments.index_dir)
    ingestor = Ingestor(archive, lock_timeout=30)
    if arguments.delete:
        ingestor.delete(arguments.delete)
        print(f"deleted {arguments.delete}", flush=True)
    for number in range(arguments.start, arguments.start + arguments.count):
        doc_id = f"fault-{number}"
        document = RawDocument(
            id=doc_id,
            raw_text=document_text(number),
            metadata=SuppliedMetadata(title=f"Fault test {number}", outlet="Fault Gazette"),
            origin="api",
        )
        ingestor.upsert([document])
        print(doc_id, flush=True)
    archive.close()


if __name__ == "__main__":
    main(sys.argv[1:])
