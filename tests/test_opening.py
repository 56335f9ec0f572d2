"""dashboard/opening.py: the opening briefing computed at publish and served from the file.

The stored rows must be the live rows for every call the opening pages make, for the opening scope
and for the same with model-read events included (opening.STORED_SCOPES; on a file with model-read
events too); anything else (a changed statement, another scope, a file without stored results) must
run live. The page calls
listed in opening.PAGES must be the calls the real pages make (checked with AppTest).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from _apptest import APP, PAGES as PAGE_FILES, TIMEOUT
from _fixture_db import build_fixture_db
from dashboard import briefing, opening, queries, ui
from dashboard.db import Database, open_build
from dashboard.scope import Scope


@pytest.fixture(scope="module")
def live_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("opening") / "sitrep.duckdb")


@pytest.fixture(scope="module")
def stored_path(live_path: Path) -> Path:
    """The fixture database with the opening briefing stored, as ingest publishes it."""
    path = live_path.with_name("stored.duckdb")
    builder = open_build(live_path, path)
    opening.store(builder)
    builder.finish()
    return path


class Recorder:
    """Runs queries on a database and remembers each call, and whether it was served stored."""

    def __init__(self, db: Database):
        self.db = db
        self.calls: list[tuple[str, Scope, dict[str, Any]]] = []
        self.served = 0
        real = db.stored_result

        def counting(call: str, sql_hash: str) -> pd.DataFrame | None:
            rows = real(call, sql_hash)
            self.served += rows is not None
            return rows
        db.stored_result = counting  # type: ignore[method-assign]

    def __call__(self, name: str, scope: Scope, **extra: Any) -> pd.DataFrame:
        self.calls.append((name, scope, extra))
        return queries.run(name, scope, self.db, **extra)


def opening_calls(run: Recorder) -> None:
    facts = opening.store_facts(run)
    for scope in opening.STORED_SCOPES:
        for page in opening.PAGES.values():
            page(run, scope, facts)


def stored_equals_live(live_path: Path, stored_path: Path) -> Recorder:
    """Checks every call of the stored scopes' pages is served stored, with the live rows, and their
    key points are the live ones; returns the stored side's recorder."""
    stored, live = Recorder(Database(stored_path)), Recorder(Database(live_path))
    opening_calls(stored)
    assert stored.served == len(stored.calls) > 20  # every call of the opening pages was stored
    stored_rows = Database(stored_path).query("SELECT count(*) AS n FROM stored_results")["n"][0]
    # every call, and the Briefing's key points themselves (one set per stored scope)
    assert stored_rows == (len({opening.call_key(n, queries.bind(n, s, **e)) for n, s, e in stored.calls})
                           + len(opening.STORED_SCOPES))
    for name, scope, extra in stored.calls:
        pd.testing.assert_frame_equal(queries.run(name, scope, stored.db, **extra),
                                      live(name, scope, **extra), obj=f"{name} {extra} {scope.describe()}")
    assert live.served == 0
    facts = opening.store_facts(live)
    for scope in opening.STORED_SCOPES:
        computed = briefing.key_points(live, scope, latest=facts.latest, names=facts.names)
        assert opening.stored_key_points(stored.db, scope, facts.latest) == computed and computed, scope.describe()
    return stored


def test_every_stored_call_gives_the_rows_the_live_query_gives(live_path: Path, stored_path: Path) -> None:
    stored_equals_live(live_path, stored_path)
    # the fixture has no model-read events: including them changes no rows, and the included calls
    # are stored as second names of the hidden ones' tables (nothing computed twice)
    db = Database(stored_path)
    assert db.query("SELECT count(*) AS n FROM events WHERE method = 'learned'")["n"][0] == 0
    names = db.query("SELECT count(*) AS calls, count(DISTINCT table_name) AS tables FROM stored_results").iloc[0]
    assert names["tables"] < names["calls"]


def test_the_included_scope_stored_on_a_file_with_model_read_events_is_the_live_one(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    from _ingest_helpers import build_learned_db

    folder = tmp_path_factory.mktemp("opening_learned")
    ingested = build_learned_db(folder / "ingested.duckdb")  # ingest stored its pages: a copy without them
    live_path, stored_path = folder / "sitrep.duckdb", folder / "stored.duckdb"
    builder = open_build(ingested, live_path)
    opening.forget(builder)
    builder.finish()
    builder = open_build(live_path, stored_path)
    opening.store(builder)
    builder.finish()
    stored = stored_equals_live(live_path, stored_path)
    facts = opening.store_facts(Recorder(stored.db))
    hidden, included = (opening.stored_key_points(stored.db, scope, facts.latest) for scope in opening.STORED_SCOPES)
    # the included points carry the split of their counts; the hidden ones do not
    assert any("read by the model only" in p.text for p in included)
    assert not any("read by the model only" in p.text for p in hidden)


def test_another_scope_or_a_changed_statement_runs_live(stored_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = Recorder(Database(stored_path))
    run("timeline", Scope(actors=("KOR",)), limit=2000)  # (RUS, the busiest, opens the Actors page: stored)
    run("timeline", Scope(statuses=("asserted",)), limit=2000)
    assert run.served == 0
    run("timeline", Scope(), limit=2000)
    assert run.served == 1
    # a statement edited since publish: its stored rows are not used
    monkeypatch.setattr(queries, "_statement_hash", lambda name: "edited")
    run("timeline", Scope(), limit=2000)
    assert run.served == 1


@pytest.mark.parametrize("scope", opening.STORED_SCOPES, ids=["opening", "model-read included"])
def test_the_stored_key_points_are_the_live_ones_and_read_without_a_query(live_path: Path, stored_path: Path,
                                                                         scope: Scope) -> None:
    live = Recorder(Database(live_path))
    facts = opening.store_facts(live)
    computed = briefing.key_points(live, scope, latest=facts.latest, names=facts.names)
    stored = Recorder(Database(stored_path))
    kept = opening.stored_key_points(stored.db, scope, facts.latest)
    assert kept == computed and len(kept) >= 3 and all(p.citations for p in kept)
    # the page asks with the stored answer: no query runs for them
    assert briefing.key_points(stored, scope, latest=facts.latest, names=facts.names,
                               stored=lambda scope, latest: opening.stored_key_points(stored.db, scope, latest)) == computed
    assert stored.calls == []


def test_key_points_for_another_scope_or_by_other_code_are_not_stored(stored_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(stored_path)
    facts = opening.store_facts(Recorder(db))
    assert opening.stored_key_points(db, opening.OPENING_SCOPE, facts.latest) is not None
    assert opening.stored_key_points(db, Scope(actors=("RUS",)), facts.latest) is None
    assert opening.stored_key_points(db, Scope(actors=("RUS",), include_learned=True), facts.latest) is None
    assert opening.stored_key_points(db, opening.OPENING_SCOPE, date(1999, 1, 1)) is None  # another latest date
    # briefing.py or one of its statements edited since publish: the stored points are not used
    monkeypatch.setattr(opening, "key_points_hash", lambda: "edited")
    assert opening.stored_key_points(db, opening.OPENING_SCOPE, facts.latest) is None


def test_the_briefing_page_shows_the_stored_key_points(stored_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(stored_path))
    made: list[str] = []
    real_run = queries.run

    def spy(name: str, scope: Scope, db: Database, **extra: Any) -> pd.DataFrame:
        made.append(name)
        return real_run(name, scope, db, **extra)
    monkeypatch.setattr(queries, "run", spy)
    ui.clear_caches()
    at = open_page("briefing", made)
    db = Database(stored_path)
    kept = opening.stored_key_points(db, opening.OPENING_SCOPE, opening.store_facts(Recorder(db)).latest)
    shown = " ".join(m.value for m in at.markdown)
    for number, point in enumerate(kept, start=1):
        assert f"**{number}.** **{ui.md_escape(point.text.partition(': ')[0])}:**" in shown
    assert not set(made) & {"key_developments", "pair_sides", "relationship_milestones", "pending_incidents",
                            "incident_events", "relationship_statements"}


def test_calls_stored_at_publish_are_not_started_ahead(stored_path: Path) -> None:
    run = Recorder(Database(stored_path))
    facts = opening.store_facts(run)
    calls = opening.page_calls("Briefing", opening.OPENING_SCOPE, latest=facts.latest)
    assert queries.prefetch(calls, run.db) == 0  # each is read from the file when asked
    other = Scope(actors=("RUS",))
    assert queries.prefetch(opening.page_calls("Briefing", other, latest=facts.latest), run.db) > 0
    served = run.served
    for name, scope, extra in calls:
        run(name, scope, **extra)
    assert run.served - served == len(calls)
    queries.forget_prefetched()


def test_a_file_without_stored_results_runs_live(live_path: Path, tmp_path: Path) -> None:
    older = tmp_path / "v5.duckdb"
    builder = open_build(live_path, older)
    builder.execute("DROP TABLE stored_results")  # as a file from before schema version 6
    builder.finish()
    run = Recorder(Database(older))
    assert len(run("timeline", Scope(), limit=2000)) > 0 and run.served == 0


def test_a_new_publish_replaces_the_stored_results(stored_path: Path, tmp_path: Path) -> None:
    before = Recorder(Database(stored_path))
    assert len(before("relationships", Scope(), limit=500)) > 0 and before.served == 1
    again = tmp_path / "again.duckdb"
    builder = open_build(stored_path, again)
    builder.execute("DELETE FROM relationships")
    count = opening.store(builder)
    builder.finish()
    after = Recorder(Database(again))
    assert len(after("relationships", Scope(), limit=500)) == 0 and after.served == 1
    tables = after.db.query("SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, 'stored_result_')")
    assert count == after.db.query("SELECT count(*) AS n FROM stored_results")["n"][0]
    # (the fixture has no model-read events: the included scope's calls name the hidden ones' tables)
    assert len(tables) == after.db.query("SELECT count(DISTINCT table_name) AS n FROM stored_results")["n"][0]


def open_page(page: str, recorded: list) -> AppTest:
    """The app opened on `page` (it opens on the Briefing: what that recorded is cleared first)."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    if page != "briefing":
        recorded.clear()
        ui.clear_caches()
        at.switch_page(PAGE_FILES[page]).run()
    assert not at.exception
    return at


@pytest.mark.parametrize("page", ["briefing", "timeline", "events", "network", "actors"])
def test_the_listed_page_calls_are_the_calls_the_page_makes(live_path: Path, page: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(live_path))
    made: list[str] = []
    real_run = queries.run

    def spy(name: str, scope: Scope, db: Database, **extra: Any) -> pd.DataFrame:
        made.append(opening.call_key(name, queries.bind(name, scope, **extra)))
        return real_run(name, scope, db, **extra)
    monkeypatch.setattr(queries, "run", spy)

    open_page(page, made)

    listed: list[str] = []

    def listing(name: str, scope: Scope, **extra: Any) -> pd.DataFrame:
        listed.append(opening.call_key(name, queries.bind(name, scope, **extra)))
        return real_run(name, scope, Database(live_path), **extra)
    facts = opening.store_facts(listing)
    per_file = set(listed)  # latest event date and actor names: read once per file by the app
    listed.clear()
    opening.PAGES[page.capitalize()](listing, opening.OPENING_SCOPE, facts)
    assert set(made) - per_file == set(listed) - per_file


SCOPES = [opening.OPENING_SCOPE, Scope(actors=("RUS", "PRK")), Scope(start=date(2024, 1, 1)),
          Scope(actors=("RUS", "PRK"), match="between", start=date(2022, 1, 1), min_sources=2)]


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.describe())
@pytest.mark.parametrize("page", list(opening.PAGES))
def test_the_calls_a_page_starts_ahead_are_calls_it_makes_in_its_order(live_path: Path, page: str, scope: Scope) -> None:
    run = Recorder(Database(live_path))
    facts = opening.store_facts(run)
    run.calls.clear()
    opening.PAGES[page](run, scope, facts)
    made = [opening.call_key(n, queries.bind(n, s, **x)) for n, s, x in run.calls]
    ahead = [opening.call_key(n, queries.bind(n, s, **x))
             for n, s, x in opening.page_calls(page, scope, latest=facts.latest, actor=facts.busiest)]
    assert ahead and len(set(ahead)) == len(ahead)
    # nothing is started that the page does not ask for, and they come in the page's order
    assert [call for call in dict.fromkeys(made) if call in ahead] == ahead
    # what is left waits for answers: which incidents and statements the key points cite (a capped
    # list's count is asked with the list, or is the headline figures')
    assert {c.split('"')[1] for c in set(made) - set(ahead)} <= {"incident_events", "relationship_statements"}


@pytest.mark.parametrize("page", list(opening.PAGES))
def test_the_listed_pages_start_their_calls_ahead_as_the_views_do(live_path: Path, page: str) -> None:
    run = Recorder(Database(live_path))
    facts = opening.store_facts(run)
    batches: list[list] = []
    opening.PAGES[page](run, SCOPES[1], facts, prefetch=batches.append)
    assert batches[0] == opening.page_calls(page, SCOPES[1], latest=facts.latest, actor=facts.busiest)
    assert all({name for name, _, _ in batch} == {"incident_events", "relationship_statements"} for batch in batches[1:])


@pytest.mark.parametrize("page", ["briefing", "timeline", "events", "network", "actors"])
def test_each_page_starts_its_calls_ahead(live_path: Path, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(live_path))
    started: list[list[str]] = []
    real_prefetch = queries.prefetch

    def spy(calls, db: Database) -> int:
        calls = list(calls)
        started.append([opening.call_key(n, queries.bind(n, s, **x)) for n, s, x in calls])
        return real_prefetch(calls, db)
    monkeypatch.setattr(queries, "prefetch", spy)
    ui.clear_caches()
    at = open_page(page, started)

    def plain(name: str, scope: Scope, **extra: Any) -> pd.DataFrame:
        return queries.run(name, scope, Database(live_path), **extra)
    facts = opening.store_facts(plain)
    expected = [opening.call_key(n, queries.bind(n, s, **x)) for n, s, x in
                opening.page_calls(page.capitalize(), opening.OPENING_SCOPE, latest=facts.latest, actor=facts.busiest)]
    assert started[0] == expected
    # the Briefing then starts its two citation fetches together; no page starts anything else
    assert [{c.split('"')[1] for c in batch} for batch in started[1:]] == (
        [{"incident_events", "relationship_statements"}] if page == "briefing" else [])
    # a rerun, with every answer cached, starts nothing again
    before = list(started)
    at.run()
    assert started == before
    queries.forget_prefetched()


def test_ingest_publishes_the_batch_even_when_storing_the_opening_briefing_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from dashboard.__main__ import main

    (tmp_path / "a.txt").write_text("date 2024-06-19\nRussia and North Korea signed a defence treaty on Wednesday.\n")
    db_path = tmp_path / "sitrep.duckdb"
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(db_path)]) == 0
    assert Database(db_path).query("SELECT count(*) AS n FROM stored_results")["n"][0] > 0

    def broken(builder: Any) -> int:
        builder.execute("SELECT * FROM no_such_table")
        return 0
    monkeypatch.setattr(opening, "store", broken)
    (tmp_path / "b.txt").write_text("date 2024-06-20\nChina urged restraint on Thursday.\n")
    assert main(["ingest", str(tmp_path / "b.txt"), "--db", str(db_path)]) == 0
    assert "the opening briefing was not stored" in capsys.readouterr().err
    db = Database(db_path)
    assert db.query("SELECT count(*) AS n FROM documents")["n"][0] == 2  # the batch was published
    assert db.query("SELECT count(*) AS n FROM stored_results")["n"][0] == 0  # the old results went
    assert len(queries.run("timeline", Scope(), db, limit=2000)) > 0
