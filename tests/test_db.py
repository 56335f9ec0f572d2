"""dashboard/db.py: read-only views that follow atomic replacement, builds, schema upgrades."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb
import pytest

from dashboard.db import (
    Database,
    DatabaseError,
    DatabaseMissing,
    create_database,
    file_version,
    open_build,
    publish,
    upgrade_schema,
)


def build(published: Path, rows: int) -> None:
    """Publish a database whose meta table holds `rows` rows, via the ingest path (copy, write, publish)."""
    building = published.with_name(published.name + ".building-test")
    builder = open_build(published, building)
    builder.begin()
    have = builder.scalar("SELECT count(*) FROM meta")
    for i in range(have, rows):
        builder.execute("INSERT INTO meta VALUES ($k, $v)", {"k": f"k{i}", "v": str(i)})
    builder.commit()
    builder.finish()
    publish(building, published)


def test_a_view_follows_each_published_file(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    db = Database(path)
    with pytest.raises(DatabaseMissing, match="no briefing database"):
        db.query("SELECT 1")
    build(path, 1)
    assert db.query("SELECT count(*) AS n FROM meta")["n"][0] == 1
    before = db.version
    build(path, 3)
    assert db.version != before
    assert db.query("SELECT count(*) AS n FROM meta")["n"][0] == 3
    # Bound parameters, never formatted SQL.
    assert db.query("SELECT value FROM meta WHERE key = $key", {"key": "k2"})["value"].tolist() == ["2"]
    db.close()


def test_two_views_in_one_process_both_see_the_new_file(tmp_path: Path) -> None:
    # duckdb.connect(path) would share one instance per path: while the first view's connection
    # lives, the second would be handed the replaced file. Each view owns its instance instead.
    path = tmp_path / "b.duckdb"
    build(path, 1)
    first, second = Database(path), Database(path)
    assert first.query("SELECT count(*) AS n FROM meta")["n"][0] == 1
    build(path, 2)
    assert second.query("SELECT count(*) AS n FROM meta")["n"][0] == 2
    assert first.query("SELECT count(*) AS n FROM meta")["n"][0] == 2
    first.close()
    second.close()


def test_a_query_running_on_the_old_file_finishes_while_another_thread_reopens(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 1)
    db = Database(path)
    errors: list[BaseException] = []
    results: list[int] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            try:
                results.append(int(db.query("SELECT count(*) AS n FROM meta, range(20000)")["n"][0]))
            except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
                errors.append(exc)
                return

    threads = [threading.Thread(target=poll) for _ in range(3)]
    for t in threads:
        t.start()
    for rows in range(2, 8):
        build(path, rows)
    stop.set()
    for t in threads:
        t.join()
    db.close()
    assert not errors
    assert results and set(results) <= {20000 * n for n in range(1, 8)}


def test_a_build_leaves_the_published_file_untouched_until_published(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 2)
    version = file_version(path)
    building = tmp_path / "b.duckdb.building-1"
    builder = open_build(path, building)
    builder.begin()
    builder.execute("DELETE FROM meta")
    builder.commit()
    builder.finish()
    assert file_version(path) == version
    assert Database(path).query("SELECT count(*) AS n FROM meta")["n"][0] == 2
    publish(building, path)
    assert not building.exists() and not Path(f"{building}.wal").exists()
    assert not Path(f"{path}.wal").exists()
    assert Database(path).query("SELECT count(*) AS n FROM meta")["n"][0] == 0


def test_an_older_schema_is_upgraded_additively(tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE incidents (id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL)")
    con.execute("INSERT INTO incidents VALUES ('i1', 'CONSULT')")
    con.close()
    builder = open_build(old, tmp_path / "old.duckdb.building-1")
    columns = builder.column_names("incidents")
    assert {"date_precision", "n_documents", "headline"} <= set(columns)
    assert builder.scalar("SELECT type FROM incidents WHERE id = 'i1'") == "CONSULT"
    assert builder.scalar("SELECT count(*) FROM documents") == 0  # missing tables created
    builder.close()
    # Running the upgrade again changes nothing.
    con = duckdb.connect(str(tmp_path / "old.duckdb.building-1"))
    assert upgrade_schema(con) == []
    con.close()


def test_a_damaged_published_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    path.write_bytes(b"this is not a duckdb file" * 100)
    building = tmp_path / "b.duckdb.building-1"
    with pytest.raises(DatabaseError, match=r"b\.duckdb: cannot open the briefing database"):
        open_build(path, building)
    assert not building.exists()


def test_create_database_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    create_database(path).close()
    with pytest.raises(FileExistsError):
        create_database(path)
    assert os.path.getsize(path) > 0
