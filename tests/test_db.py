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


def test_a_statement_is_parsed_once_and_answers_every_value_and_file(tmp_path: Path) -> None:
    from dashboard import db as db_module
    path = tmp_path / "b.duckdb"
    build(path, 4)
    db = Database(path)
    sql = "SELECT value FROM meta WHERE key = $key -- parsed once"
    db_module._parsed.pop(sql, None)
    assert db.query(sql, {"key": "k1"})["value"].tolist() == ["1"]
    parsed = db_module._parsed[sql]
    assert db.query(sql, {"key": "k3"})["value"].tolist() == ["3"]  # other values, same parse
    assert db_module._parsed[sql] is parsed
    build(path, 6)  # a new file: the parse is of the text, the rows are the new file's
    assert db.query(sql, {"key": "k5"})["value"].tolist() == ["5"]
    # malformed: DuckDB's own error; several statements: run as text, as before; neither kept
    with pytest.raises(duckdb.ParserException):
        db.query("SELEC value FROM meta")
    assert db.query("SELECT 1 AS n; SELECT 2 AS n")["n"].tolist() == [2]
    assert "SELEC value FROM meta" not in db_module._parsed and "SELECT 1; SELECT 2" not in db_module._parsed
    db.close()


def test_the_parsed_statements_kept_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import db as db_module
    path = tmp_path / "b.duckdb"
    build(path, 1)
    db = Database(path)
    monkeypatch.setattr(db_module, "PARSED_STATEMENTS_MAX", 3)
    for i in range(5):
        assert db.query(f"SELECT {i} AS n")["n"][0] == i
    assert len(db_module._parsed) == 3 and "SELECT 4 AS n" in db_module._parsed and "SELECT 0 AS n" not in db_module._parsed
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


# ---------------------------------------------------------------- shared results kept per reader

def memory_tables(db: Database) -> int:
    return int(db.query("SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = 'memory'")["n"][0])


def test_a_shared_result_is_computed_once_per_key_and_read_by_later_queries(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 4)
    db = Database(path)
    # random(): a second computation would give other values, so equal reads prove one table
    making = "SELECT key, random() AS r FROM meta WHERE key LIKE 'k%' AND value >= $least"
    with db.shared_table(("meta", "1"), making, {"least": "1"}) as table:
        first = db.query(f"SELECT * FROM {table} ORDER BY key")
    with db.shared_table(("meta", "1"), making, {"least": "1"}) as table:
        again = db.query(f"SELECT * FROM {table} ORDER BY key")
    assert len(first) == 3 and first.equals(again)
    with db.shared_table(("meta", "2"), making, {"least": "2"}) as other:
        assert len(db.query(f"SELECT * FROM {other}")) == 2
    assert db.shared_tables() == {("meta", "1"): 3, ("meta", "2"): 2} and memory_tables(db) == 2
    db.forget_shared()
    assert db.shared_tables() == {} and memory_tables(db) == 0
    db.close()


def test_shared_results_are_dropped_oldest_first_beyond_the_row_budget(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 7)  # meta: schema_version, then k1..k6 valued "1".."6"
    db = Database(path, shared_rows_max=5)
    making = "SELECT * FROM meta WHERE key LIKE 'k%' AND value < $below"
    for key, below in (("two", "3"), ("three", "4")):
        with db.shared_table(key, making, {"below": below}):
            pass
    assert db.shared_tables() == {"two": 2, "three": 3}  # 5 rows: within the budget
    with db.shared_table("two", making, {"below": "3"}):  # now the most recently used
        pass
    assert list(db.shared_tables()) == ["three", "two"]
    with db.shared_table("one", making, {"below": "2"}):
        pass
    assert db.shared_tables() == {"two": 2, "one": 1}  # 'three' was the least recently used
    # a result over the budget on its own is used, then dropped, never kept
    with db.shared_table("six", making, {"below": "9"}) as table:
        assert len(db.query(f"SELECT * FROM {table}")) == 6
    assert "six" not in db.shared_tables() and memory_tables(db) == 2
    db.close()


def test_a_failing_shared_result_raises_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 2)
    db = Database(path)
    with pytest.raises(duckdb.Error, match="no_such_table"):
        with db.shared_table("bad", "SELECT * FROM no_such_table"):
            pass
    assert db.shared_tables() == {} and memory_tables(db) == 0
    with db.shared_table("bad", "SELECT * FROM meta") as table:  # the key is free again
        assert len(db.query(f"SELECT * FROM {table}")) == 2
    db.close()


def test_shared_results_belong_to_the_file_they_were_read_from(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 2)
    db = Database(path)
    making = "SELECT count(*) AS n FROM meta"
    with db.shared_table("count", making) as table:
        assert db.query(f"SELECT n FROM {table}")["n"][0] == 2
    build(path, 5)  # ingest publishes a new file: what was kept from the old one is gone
    with db.shared_table("count", making) as table:
        assert db.query(f"SELECT n FROM {table}")["n"][0] == 5
    assert db.shared_tables() == {"count": 1}
    db.close()


def test_threads_asking_for_one_key_together_share_one_computation(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    build(path, 3)
    db = Database(path)
    seen: list[float] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with db.shared_table("r", "SELECT random() AS r") as table:
                seen.append(float(db.query(f"SELECT r FROM {table}")["r"][0]))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(seen) == 6 and len(set(seen)) == 1
    assert memory_tables(db) == 1
    db.close()
