"""The engine registry: every search engine a build can be written with, by the name its manifest gives.

Build, archive and settings all go through it, so adding an engine is one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.index.engine import BuildInfo, EngineName, EngineWriter, SearchEngine
from app.index.store import RecordStore
from app.index.tantivy_documents import TantivyWriter
from app.index.tantivy_engine import TantivyEngine
from app.index.whoosh_engine import WhooshEngine, WhooshWriter

__all__ = ["ENGINES", "EngineKind", "open_engine"]


@dataclass(frozen=True)
class EngineKind:
    """How to write an engine's index into a new build, and how to open a finished one."""

    writer: Callable[[Path], EngineWriter]
    opener: Callable[[Path, BuildInfo, RecordStore], SearchEngine]


ENGINES: dict[EngineName, EngineKind] = {
    "whoosh": EngineKind(writer=WhooshWriter, opener=WhooshEngine),
    "tantivy": EngineKind(writer=TantivyWriter, opener=TantivyEngine),
}


def open_engine(build: Path, info: BuildInfo, records: RecordStore) -> SearchEngine:
    """The search engine of a build; the manifest names the engine it was written with."""
    for name, kind in ENGINES.items():
        if name == info.engine:
            return kind.opener(build, info, records)
    raise ValueError(f"{build} was written by an unknown engine {info.engine!r}")
