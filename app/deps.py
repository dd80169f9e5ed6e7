"""FastAPI dependencies: settings and the archive handle, read from the app's state."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.config import Settings
from app.index import Archive, SearchEngine

__all__ = ["ArchiveDep", "EngineDep", "SettingsDep"]


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_archive(request: Request) -> Archive:
    archive: Archive = request.app.state.archive
    return archive


def get_engine(archive: Annotated[Archive, Depends(get_archive)]) -> SearchEngine:
    """The current build's engine; 503 problem when no index has been built yet."""
    return archive.engine()


SettingsDep = Annotated[Settings, Depends(get_settings)]
ArchiveDep = Annotated[Archive, Depends(get_archive)]
EngineDep = Annotated[SearchEngine, Depends(get_engine)]
