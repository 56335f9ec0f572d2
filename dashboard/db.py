"""All database access. The only module that imports duckdb.

Readers open the published file read-only, one cursor per query (a DuckDB connection is not
thread-safe), and reopen when ingest has atomically replaced the file. Writers (ingest) build a
fresh file beside the published one and swap it in with os.replace, so a reader never sees a
half-written batch.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from .config import SCHEMA_FILE

#: Bumped when schema.sql changes; `upgrade_schema` adds what an older file lacks.
SCHEMA_VERSION = "10"  # 7: events.method (rules | learned), incidents.learned_only / has_learned; 8: relationships.method;
# 9: incidents.n_rule_documents, events.incident_rule_sources; 10: incidents.rules_* (a mixed incident as the rules read it)

#: The catalog name a read-only view attaches the published file under.
_CATALOG = "briefing"

#: Reader settings (measured with benchmarks/query_speed.py): a cap well under the 1 GB budget,
#: spilling to a private temp folder beyond it; no insertion-order bookkeeping, since every query
#: that shows rows in order says ORDER BY (this alone roughly halves scan-heavy queries).
#: (Direct-indexed hash tables for the dense incident/document numbers, `perfect_ht_threshold`,
#: halved single-thread distinct counts but made the 2-thread Actors page slower and, at 2^22,
#: took peak memory at 10 M events past 1 GB: left at DuckDB's default.) 600MB rather than 700MB
#: since a page's queries run together (queries.prefetch): peak resident at 10 M events 942 MiB
#: against 1,012, page times unchanged.
READER_SETTINGS: dict[str, str] = {
    "memory_limit": "600MB",
    "preserve_insertion_order": "false",
}


#: Rows kept in all by a reader's shared results (`Database.shared_table`): about 120 bytes a row
#: in memory, so ~120 MB at most, well inside READER_SETTINGS' memory_limit.
SHARED_ROWS_MAX = 1_000_000

#: The in-memory catalog of a reader's private instance, where shared results are kept.
_SHARED_CATALOG = "memory.main"


#: Statements parsed once per process, by their text, most recently used last. A page's statements
#: are the same text for every scope (values are bound), and parsing the longer ones took 1-3 ms
#: each: about 19 ms of the Briefing's CPU at every render (benchmarks/query_speed.py).
PARSED_STATEMENTS_MAX = 256
_parsed: OrderedDict[str, Any] = OrderedDict()
_parsed_lock = threading.Lock()


def _parsed_statement(cursor: duckdb.DuckDBPyConnection, sql: str) -> Any:
    """`sql` parsed (DuckDB copies a parsed statement at each execute, so one serves every
    thread); the text itself when it holds other than one statement, for execute to report."""
    with _parsed_lock:
        statement = _parsed.get(sql)
        if statement is not None:
            _parsed.move_to_end(sql)
            return statement
    statements = cursor.extract_statements(sql)
    if len(statements) != 1:
        return sql
    with _parsed_lock:
        _parsed[sql] = statements[0]
        while len(_parsed) > PARSED_STATEMENTS_MAX:
            _parsed.popitem(last=False)
    return statements[0]


class DatabaseMissing(FileNotFoundError):
    """The briefing database has not been built yet."""


class DatabaseError(RuntimeError):
    """A database file could not be opened or written; the message is one line naming the file."""


def file_version(path: Path) -> str:
    """A token that changes whenever ingest publishes a new file at `path`."""
    st = os.stat(path)
    return f"{st.st_ino}-{st.st_mtime_ns}-{st.st_size}"


def _open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    # A private in-memory instance with the file attached, rather than duckdb.connect(path):
    # connect() shares one instance per path inside a process, so while any cursor of the old
    # connection is still alive it would hand back the *replaced* file's contents.
    temp_directory = Path(tempfile.gettempdir()) / f"sitrep-duckdb-{os.getpid()}"  # created only if it spills
    con = duckdb.connect(":memory:", config={**READER_SETTINGS, "temp_directory": str(temp_directory)})
    try:
        con.execute(f"ATTACH $path AS {_CATALOG} (READ_ONLY)", {"path": str(path)})
    except duckdb.Error:
        con.close()
        raise
    return con


@dataclass
class _SharedResult:
    table: str
    rows: int = 0
    users: int = 0
    ready: bool = False


class Database:
    """A read-only view of a published briefing database, reopened when the file is replaced."""

    def __init__(self, path: str | os.PathLike[str], shared_rows_max: int = SHARED_ROWS_MAX):
        self.path = Path(path)
        self.shared_rows_max = shared_rows_max
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._version: str | None = None
        # Shared results of the current connection (they live in its in-memory catalog), oldest first.
        self._shared: OrderedDict[Hashable, _SharedResult] = OrderedDict()
        self._shared_locks: dict[Hashable, threading.Lock] = {}
        self._table_numbers = itertools.count(1)
        # The file's stored results (call -> (sql hash, table)), read once per opened file.
        self._stored: dict[str, tuple[str, str]] | None = None

    @property
    def version(self) -> str:
        if not self.path.exists():
            raise DatabaseMissing(f"{self.path}: no briefing database (run `python -m dashboard ingest`)")
        return file_version(self.path)

    def _connection(self) -> duckdb.DuckDBPyConnection:
        version = self.version
        with self._lock:
            if self._con is None or version != self._version:
                # The old connection is dropped, not closed: a query running on one of its
                # cursors in another thread finishes on the old file, which is then released.
                self._con = _open_read_only(self.path)
                self._version = version
                # the old instance's shared results go with it, and the new file has its own stored ones
                self._shared, self._shared_locks = OrderedDict(), {}
                self._stored = None
            return self._con

    def query(self, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only statement with bound parameters and return its rows."""
        cursor = self._connection().cursor()
        try:
            cursor.execute(f"USE {_CATALOG}")  # a cursor does not inherit its parent's USE
            return cursor.execute(_parsed_statement(cursor, sql), params or {}).df()
        finally:
            cursor.close()

    @contextmanager
    def shared_table(self, key: Hashable, sql: str, params: dict[str, Any] | None = None) -> Iterator[str]:
        """The qualified name of an in-memory table holding the rows of `sql`, made on first use.

        Several queries of a page start from the same intermediate rows (the incidents in scope):
        kept once per `key` (which must name everything the rows depend on, e.g. the bound
        parameters), they are computed once instead of once per query. Results are kept, most
        recently used last, while all of them hold at most `shared_rows_max` rows; one being read
        is never dropped. `shared_rows_max=0` keeps none (each use makes and drops its own).
        The table name comes from a counter, never from a value, so it is safe to splice into SQL.
        """
        con = self._connection()
        with self._lock:
            key_lock = self._shared_locks.setdefault(key, threading.Lock())
        with key_lock:  # one maker per key; the others wait for it, then read its table
            with self._lock:
                entry = self._shared.get(key) if self._con is con else None
                if entry is None:
                    entry = _SharedResult(f"{_SHARED_CATALOG}.shared_{next(self._table_numbers)}")
                entry.users += 1
            if not entry.ready:
                try:
                    cursor = con.cursor()
                    try:
                        cursor.execute(f"USE {_CATALOG}")
                        cursor.execute(f"CREATE TABLE {entry.table} AS {sql}", params or {})
                        entry.rows = cursor.execute(f"SELECT count(*) FROM {entry.table}").fetchone()[0]
                    finally:
                        cursor.close()
                except BaseException:
                    with self._lock:
                        entry.users -= 1
                    self._drop(con, entry.table)
                    raise
                entry.ready = True
                with self._lock:
                    # kept unless the file was replaced meanwhile or it alone is over the budget
                    if self._con is con and entry.rows <= self.shared_rows_max:
                        self._shared[key] = entry
            with self._lock:
                if self._shared.get(key) is entry:
                    self._shared.move_to_end(key)
        try:
            yield entry.table
        finally:
            with self._lock:
                entry.users -= 1
                kept = self._shared.get(key) is entry
                doomed = self._evict()
                if not kept and entry.users == 0:
                    doomed.append(entry.table)
            for table in doomed:
                self._drop(con, table)

    def _evict(self) -> list[str]:
        """Forget unused shared results, oldest first, while over the row budget (holding _lock)."""
        doomed = []
        total = sum(e.rows for e in self._shared.values())
        for key in list(self._shared):
            if total <= self.shared_rows_max:
                break
            entry = self._shared[key]
            if entry.users == 0:
                del self._shared[key]
                self._shared_locks.pop(key, None)
                total -= entry.rows
                doomed.append(entry.table)
        return doomed

    @staticmethod
    def _drop(con: duckdb.DuckDBPyConnection, table: str) -> None:
        cursor = con.cursor()
        try:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
        finally:
            cursor.close()

    def stored_result(self, call: str, sql_hash: str) -> pd.DataFrame | None:
        """The rows stored at publish for `call` (see dashboard/opening.py), or None when the file
        has none for it or they were made by another version of the statement (`sql_hash`)."""
        table = self._stored_table(call, sql_hash)
        if table is None:
            return None
        # The table name was written by the publishing code (opening.py), never by a reader.
        rows = self.query(f"SELECT * FROM {_quote(table)} ORDER BY _row")
        return rows.drop(columns="_row")

    def has_stored_result(self, call: str, sql_hash: str) -> bool:
        """Whether `stored_result` would answer (without reading the rows)."""
        return self._stored_table(call, sql_hash) is not None

    def _stored_table(self, call: str, sql_hash: str) -> str | None:
        con = self._connection()
        with self._lock:
            if self._stored is None or con is not self._con:
                cursor = con.cursor()
                try:
                    cursor.execute(f"USE {_CATALOG}")
                    rows = cursor.execute("SELECT call, sql_hash, table_name FROM stored_results").fetchall()
                except duckdb.CatalogException:  # a file older than schema version 6
                    rows = []
                finally:
                    cursor.close()
                self._stored = {c: (h, t) for c, h, t in rows}
            found = self._stored.get(call)
        return found[1] if found is not None and found[0] == sql_hash else None

    def forget_shared(self) -> None:
        """Drop every kept shared result not being read (benchmarks start each page cold)."""
        con = self._connection()
        with self._lock:
            doomed = [key for key, entry in self._shared.items() if entry.users == 0]
            tables = [self._shared.pop(key).table for key in doomed]
            for key in doomed:
                self._shared_locks.pop(key, None)
        for table in tables:
            self._drop(con, table)

    def shared_tables(self) -> dict[Hashable, int]:
        """The shared results kept now: key -> rows (for tests and diagnostics)."""
        with self._lock:
            return {key: entry.rows for key, entry in self._shared.items()}

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._shared, self._shared_locks = OrderedDict(), {}


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
    # A new file is at the current schema; the app upgrades files that record an older one.
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', $v)", {"v": SCHEMA_VERSION})
    return con


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name, column_index"
    ).fetchall()
    tables: dict[str, dict[str, str]] = {}
    for table, column, data_type in rows:
        tables.setdefault(table, {})[column] = data_type
    return tables


def stored_schema_version(path: str | os.PathLike[str]) -> str | None:
    """The schema version a published database was built with (None when it records none)."""
    con = _open_read_only(Path(path))
    try:
        has_meta = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = $catalog AND table_name = 'meta'",
            {"catalog": _CATALOG},
        ).fetchone()[0]
        if not has_meta:
            return None
        rows = con.execute(f"SELECT value FROM {_CATALOG}.meta WHERE key = 'schema_version'").fetchall()
        return rows[0][0] if rows else None
    finally:
        con.close()


def upgrade_schema(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Bring a database built by an older schema.sql up to date: missing tables are created and
    missing columns added (schema changes are additive only). Returns the columns added."""
    con.execute(schema_sql())
    reference = duckdb.connect(":memory:")
    try:
        reference.execute(schema_sql())
        wanted = _table_columns(reference)
    finally:
        reference.close()
    present = _table_columns(con)
    added = []
    for table, columns in wanted.items():
        for column, data_type in columns.items():
            if column not in present.get(table, {}):
                con.execute(f"ALTER TABLE {_quote(table)} ADD COLUMN {_quote(column)} {data_type}")
                added.append(f"{table}.{column}")
                if f"{table}.{column}" in UPGRADE_FILL:  # rows written before it existed
                    con.execute(f"UPDATE {_quote(table)} SET {_quote(column)} = {UPGRADE_FILL[f'{table}.{column}']}")
    return added


#: What an added column holds in rows an older schema wrote (a NOT NULL column's value for them).
#: Every event stored before schema version 7, and every relationship before 8, was read by the
#: rules: the learned tiers came after.
UPGRADE_FILL: dict[str, str] = {"events.method": "'rules'", "relationships.method": "'rules'"}


class Builder:
    """A writable connection to a database file being built (never the published file itself).

    Only ingest uses it; everything it runs is SQL written in code, with user values bound."""

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection):
        self.path = path
        self._con = con
        self._columns = _table_columns(con)

    def execute(self, sql: str, params: dict[str, Any] | list[Any] | None = None) -> None:
        # Drained at once: DuckDB 2 refuses other work on a connection with a result pending.
        self._con.execute(sql, params or {}).fetchall()

    def query(self, sql: str, params: dict[str, Any] | list[Any] | None = None) -> pd.DataFrame:
        return self._con.execute(sql, params or {}).df()

    def scalar(self, sql: str, params: dict[str, Any] | list[Any] | None = None) -> Any:
        rows = self._con.execute(sql, params or {}).fetchall()
        return rows[0][0] if rows else None

    def column_names(self, table: str) -> list[str]:
        return list(self._columns[table])

    def insert_frame(self, table: str, frame: pd.DataFrame) -> int:
        """Append a DataFrame's rows to `table`, matching columns by name and casting each to the
        table's declared type (so an all-None or all-empty-list column still lands typed)."""
        if frame.empty:
            return 0
        types = self._columns[table]
        unknown = [c for c in frame.columns if c not in types]
        if unknown:
            raise ValueError(f"{table}: no such columns {unknown}")
        names = ", ".join(_quote(c) for c in frame.columns)
        values = ", ".join(f"CAST({_quote(c)} AS {types[c]})" for c in frame.columns)
        view = f"_sitrep_frame_{table}"
        self._con.register(view, frame)
        try:
            self._con.execute(f"INSERT INTO {_quote(table)} ({names}) SELECT {values} FROM {_quote(view)}")
        finally:
            self._con.unregister(view)
        return len(frame)

    def store_frame(self, table: str, frame: pd.DataFrame) -> None:
        """Create `table` holding `frame`'s rows with their order in a `_row` column (readers scan
        without insertion order)."""
        view = f"_sitrep_store_{table}"
        self._con.register(view, frame.assign(_row=range(len(frame))))
        try:
            self._con.execute(f"CREATE OR REPLACE TABLE {_quote(table)} AS SELECT * FROM {_quote(view)}")
        finally:
            self._con.unregister(view)

    def drop_table(self, table: str) -> None:
        self._con.execute(f"DROP TABLE IF EXISTS {_quote(table)}")

    def begin(self) -> None:
        self._con.execute("BEGIN TRANSACTION")

    def commit(self) -> None:
        self._con.execute("COMMIT")

    def rollback(self) -> None:
        self._con.execute("ROLLBACK")

    def finish(self) -> None:
        """Write everything into the main file (no WAL left beside it) and close."""
        self._con.execute("CHECKPOINT")
        self._con.close()

    def close(self) -> None:
        self._con.close()


def open_build(published: Path, building: Path) -> Builder:
    """Start a build: a copy of the published database (or a new empty one) at `building`,
    opened writable with the schema brought up to date. The published file is only read."""
    published, building = Path(published), Path(building)
    for leftover in (building, Path(f"{building}.wal")):
        leftover.unlink(missing_ok=True)
    try:
        if published.exists():
            shutil.copyfile(published, building)
            con = duckdb.connect(str(building))
            upgrade_schema(con)
        else:
            con = create_database(building)
    except duckdb.Error as exc:
        building.unlink(missing_ok=True)
        Path(f"{building}.wal").unlink(missing_ok=True)
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(f"{published}: cannot open the briefing database to extend it ({first_line})") from exc
    return Builder(building, con)


def _fsync_path(path: Path, directory: bool = False) -> None:
    fd = os.open(path, (os.O_RDONLY | os.O_DIRECTORY) if directory else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(building: Path, published: Path) -> None:
    """Atomically make a finished build the published database: fsync, rename over, fsync the folder.
    Readers holding the old file keep reading it until they notice the new version."""
    building, published = Path(building), Path(published)
    _fsync_path(building)
    os.replace(building, published)
    _fsync_path(published.parent if str(published.parent) else Path("."), directory=True)
