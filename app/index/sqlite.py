"""SQLite connections for the build's record store and catalog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["connect_for_reading", "named_rows"]


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A query-only connection, one per call, so any thread may use it.

    Not `mode=ro`: a read-only connection cannot roll back the hot journal a writer killed
    mid-commit leaves behind, so every read would fail until the next write. query_only keeps
    this connection from writing anything else; a write-protected file still opens read-only.
    """
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    connection.execute("PRAGMA query_only = ON")
    return connection


def named_rows(connection: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor whose rows are read by column name, leaving the connection's own row factory alone."""
    cursor = connection.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor
