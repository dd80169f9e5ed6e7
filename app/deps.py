"""FastAPI dependencies: settings, the archive handle and its current build, read from the app's state.

Those that do no I/O are `async def`: FastAPI runs a plain `def` dependency in a worker thread, and that
hop costs more than the dependency itself.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from app.config import Settings
from app.errors import ReadReplica
from app.index import Archive, OpenBuild
from app.index.ingest import Ingestor
from app.methods import path_methods

__all__ = ["ArchiveDep", "BuildDep", "IngestorDep", "SettingsDep", "WriterOnly"]

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_archive(request: Request) -> Archive:
    archive: Archive = request.app.state.archive
    return archive


async def get_ingestor(request: Request) -> Ingestor:
    ingestor: Ingestor = request.app.state.ingestor
    return ingestor


async def get_build(request: Request) -> OpenBuild:
    """The current build; a 503 problem when no index has been built yet.

    On the event loop while the open build is still current (a readlink); opening a new one reads files,
    so that happens in a worker thread. The archive is read from the app's state here rather than through
    `get_archive`: FastAPI solves every sub-dependency on every request, cached or not.
    """
    archive: Archive = request.app.state.archive
    opened = archive.opened_if_current()
    return opened if opened is not None else await run_in_threadpool(archive.current)


async def refuse_on_replica(request: Request) -> None:
    """On a read replica (ARCHIVE_READ_ONLY) a write is a 405 naming the writer, before keys are checked."""
    settings: Settings = request.app.state.settings
    if settings.read_only:
        raise ReadReplica(
            f"This server is a read replica: it serves reads only, from builds it never writes. Send "
            f"{request.method} {request.url.path} to the archive's writer.",
            allowed=[method for method in path_methods(request.scope) if method in READ_METHODS],
        )


# Listed before WriteAccess in a write route's dependencies, so a replica answers 405 whatever the key.
WriterOnly = Depends(refuse_on_replica)
SettingsDep = Annotated[Settings, Depends(get_settings)]
ArchiveDep = Annotated[Archive, Depends(get_archive)]
BuildDep = Annotated[OpenBuild, Depends(get_build)]
IngestorDep = Annotated[Ingestor, Depends(get_ingestor)]
