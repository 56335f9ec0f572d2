"""All database access. The only module that imports duckdb.

Readers open the published file read-only, one cursor per query (a DuckDB connection is not
thread-safe), and reopen when ingest has atomically replaced the file. Writers (ingest) build a
fresh file beside the published one and swap it in with os.replace, so a reader never sees a
half-written batch.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from .config import SCHEMA_FILE


class DatabaseMissing(FileNotFoundError):
    """The briefing database has not been built yet."""


def file_version(path: Path) -> str:
    """A token that changes whenever ingest publishes a new file at `path`."""
    st = os.stat(path)
    return f"{st.st_ino}-{st.st_mtime_ns}-{st.st_size}"


class Database:
    """A read-only view of a published briefing database, reopened when the file is replaced."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._version: str | None = None

    @property
    def version(self) -> str:
        if not self.path.exists():
            raise DatabaseMissing(f"{self.path}: no briefing database (run `python -m dashboard ingest`)")
        return file_version(self.path)

    def _connection(self) -> duckdb.DuckDBPyConnection:
        version = self.version
        with self._lock:
            if self._con is None or version != self._version:
                if self._con is not None:
                    self._con.close()
                self._con = duckdb.connect(str(self.path), read_only=True)
                self._version = version
            return self._con

    def query(self, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only statement with bound parameters and return its rows."""
        cursor = self._connection().cursor()
        try:
            return cursor.execute(sql, params or {}).df()
        finally:
            cursor.close()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def schema_sql() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")


def create_database(path: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """Create a new, empty briefing database at `path` (which must not exist) and return a
    writable connection with the schema applied. Ingest builds into such a file, then publishes it."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path}: already exists")
    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    return con
