"""SQLite connections for the build's record store and catalog."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

__all__ = ["ThreadConnections", "connect_for_reading", "named_rows"]


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A query-only connection, one per call, so any thread may use it.

    Not `mode=ro`: a read-only connection cannot roll back the hot journal a writer killed
    mid-commit leaves behind, so every read would fail until the next write. query_only keeps
    this connection from writing anything else; a write-protected file still opens read-only.
    """
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    connection.execute("PRAGMA query_only = ON")
    return connection


class ThreadConnections:
    """Reads of one file through a `mode=ro` connection per thread, opened on first use and kept.

    Opening a connection costs more than a small query, sqlite3 connections may not cross threads, and a
    connection outside a transaction sees every commit. Read-only, so the file can still be remounted
    read-only under a running server; a read it cannot do (a killed writer's hot journal) is done once more
    through `connect_for_reading`, which rolls the journal back.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            connection.row_factory = sqlite3.Row
            self._local.connection = connection
        return connection

    def fetch(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Every row of a query, read by column name."""
        try:
            return self._connection().execute(sql, parameters).fetchall()
        except sqlite3.OperationalError:
            with closing(connect_for_reading(self.path)) as connection:
                return named_rows(connection).execute(sql, parameters).fetchall()

    def data_version(self) -> int | None:
        """This thread's connection's `PRAGMA data_version`: it changes when any other connection commits.

        Comparable only with earlier values from the same thread; None when the file cannot be read.
        """
        try:
            (version,) = self._connection().execute("PRAGMA data_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return int(version)


def named_rows(connection: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor whose rows are read by column name, leaving the connection's own row factory alone."""
    cursor = connection.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor
