"""Model-read events (the learned tier): stored with their method, shown marked, hidden on request.

The database is written by ingest's own path (dashboard.ingest.ingest_extracted, given extraction
results whose events carry "method": "learned"; tests/_ingest_helpers.py build_learned_db): three
reports, a troop deployment read by the rules (d1) and by the model (d2: a mixed incident), a
China–Russia meeting only the model read (d2), and a US accusation the rules read (d3). Model-read
relationships likewise (the learned relationship tier): a China–Russia partnership only the model
read (d2), beside two the rules read (d1, d3).
Real DuckDB file, real queries, real Streamlit AppTest; nothing mocked.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from _apptest import open_app, problems, texts, unescape_md
from _ingest_helpers import (
    LEARNED_ONLY_SENTENCE,
    MIXED_SENTENCE,
    build_learned_db,
    extracted_document,
    extracted_event,
    extracted_relationship,
)
from dashboard import briefing, exports, filters, queries, ui
from dashboard.db import Database
from dashboard.ingest import ingest_extracted
from dashboard.scope import Scope

ON, OFF = Scope(include_learned=True), Scope()  # hidden by default (scope.DEFAULT_INCLUDE_LEARNED)


@pytest.fixture(scope="module")
def learned_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_learned_db(tmp_path_factory.mktemp("learned") / "sitrep.duckdb")


@pytest.fixture(scope="module")
def db(learned_db: Path):
    database = Database(learned_db)
    yield database
    database.close()


def run(db: Database, name: str, scope: Scope, **extra):
    return queries.run(name, scope, db, **extra)


def incident_of(db: Database, sentence: str) -> str:
    return str(db.query("SELECT incident_id FROM events WHERE sentence = $s", {"s": sentence})["incident_id"].iloc[0])


# ---------------------------------------------------------------- storing


def test_ingest_stores_each_events_method_and_rules_when_absent(db: Database) -> None:
    rows = db.query("SELECT sentence, method, confidence FROM events ORDER BY sentence")
    by_sentence = {r["sentence"]: (r["method"], r["confidence"]) for r in rows.to_dict("records")}
    assert by_sentence[MIXED_SENTENCE] == ("learned", 0.43)
    assert by_sentence[LEARNED_ONLY_SENTENCE] == ("learned", 0.61)
    # d1's event carries no "method" (an output from before the learned tier): stored as the rules'
    assert by_sentence["North Korea sent troops to Russia on 18 October 2024, officials said."][0] == "rules"
    assert by_sentence["The United States accused China of arming Russia on 1 March 2024."][0] == "rules"


def test_incidents_know_whether_only_the_model_read_them(db: Database) -> None:
    facts = db.query("SELECT id, learned_only, has_learned, n_documents, n_events FROM incidents")
    by_id = {r["id"]: r for r in facts.to_dict("records")}
    mixed, learned = by_id[incident_of(db, MIXED_SENTENCE)], by_id[incident_of(db, LEARNED_ONLY_SENTENCE)]
    assert (mixed["learned_only"], mixed["has_learned"], mixed["n_documents"]) == (False, True, 2)
    assert (learned["learned_only"], learned["has_learned"]) == (True, True)
    assert sum(bool(r["has_learned"]) for r in by_id.values()) == 2


def test_an_unknown_method_fails_that_document_with_the_reason(tmp_path: Path) -> None:
    text = "date 2024-01-05\nRussia and China held talks in Beijing on 5 January 2024.\n"
    item = extracted_document("odd-method", "2024-01-05", text, [
        extracted_event(text, "Russia and China held talks in Beijing on 5 January 2024.", "RUS", "CHN", "CONSULT",
                        "2024-01-05", method="guessed", confidence=0.5)])
    report = ingest_extracted([item], tmp_path / "odd.duckdb")
    (outcome,) = report.outcomes
    assert outcome.outcome == "failed" and "method 'guessed'" in outcome.reason


# ---------------------------------------------------------------- the filter in every query family


def test_every_scoped_query_binds_the_filter_and_runs_both_ways(db: Database) -> None:
    for name in queries.available():
        query = queries.get(name)
        reads_events = "scoped_events" in query.sql or "FROM events" in query.sql
        if name == "actors_list":  # the actor picker's list: every actor, not scoped
            continue
        if reads_events:
            assert "include_learned" in query.params, name
        if "include_learned" not in query.params:
            continue
        extra = {"actor": "RUS"} if "actor" in query.extras else {}
        extra.update({"incident_ids": [incident_of(db, MIXED_SENTENCE)]} if "incident_ids" in query.extras else {})
        if "document_id" in query.extras:
            extra["document_id"] = str(db.query("SELECT id FROM documents LIMIT 1")["id"].iloc[0])
        if "symmetric_types" in query.extras:
            extra["symmetric_types"] = ["AGREE"]
        run(db, name, ON, **extra)
        run(db, name, OFF, **extra)


def test_event_lists_carry_the_method_and_drop_model_read_rows_when_off(db: Database) -> None:
    on, off = run(db, "events", ON), run(db, "events", OFF)
    assert sorted(on["method"]) == ["learned", "learned", "rules", "rules"]
    assert set(off["method"]) == {"rules"} and len(off) == 2
    assert int(run(db, "event_count", ON)["events"].iloc[0]) == 4
    assert int(run(db, "event_count", OFF)["events"].iloc[0]) == 2
    head_on, head_off = run(db, "headline_figures", ON).iloc[0], run(db, "headline_figures", OFF).iloc[0]
    assert (head_on["incidents"], head_on["events"]) == (3, 4)
    assert (head_off["incidents"], head_off["events"]) == (2, 2)  # the mixed incident still counts
    types_off = dict(zip(run(db, "event_type_counts", OFF)["type"], run(db, "event_type_counts", OFF)["events"]))
    assert "CONSULT" not in types_off and types_off["AID"] == 1


def test_incident_queries_hide_a_learned_only_incident_and_keep_a_mixed_one(db: Database) -> None:
    mixed, learned = incident_of(db, MIXED_SENTENCE), incident_of(db, LEARNED_ONLY_SENTENCE)
    on, off = run(db, "timeline", ON), run(db, "timeline", OFF)
    assert {mixed, learned} <= set(on["incident_id"])
    assert mixed in set(off["incident_id"]) and learned not in set(off["incident_id"])
    # an incident the rules read too is kept, shown as its rule-read reports alone give it (the
    # rules_* facts stored at publish; tests/test_mixed_incidents.py checks every page against a store
    # of the rules' events alone): its reports and its corroboration count only what the rules read
    # (incidents.n_rule_documents): the second document's report of it, which only the model read,
    # does not corroborate it while model-read events are hidden
    row_on = on[on["incident_id"] == mixed].iloc[0]
    row_off = off[off["incident_id"] == mixed].iloc[0]
    assert (row_on["n_events"], row_off["n_events"]) == (2, 1)
    assert (row_on["n_sources"], row_off["n_sources"]) == (2, 1)
    corroborated = {scope: set(run(db, "timeline", scope.with_(min_sources=2))["incident_id"]) for scope in (ON, OFF)}
    assert mixed in corroborated[ON] and mixed not in corroborated[OFF]
    rule_read = "North Korea sent troops to Russia on 18 October 2024, officials said."  # the mixed incident's other report
    listed = {scope: run(db, "events", scope.with_(min_sources=2)) for scope in (ON, OFF)}
    assert rule_read in set(listed[ON]["sentence"]) and rule_read not in set(listed[OFF]["sentence"])
    n_sources = {scope: run(db, "events", scope).set_index("sentence").loc[rule_read, "n_sources"] for scope in (ON, OFF)}
    assert (n_sources[ON], n_sources[OFF]) == (2, 1)
    for name in ("key_developments", "pair_sides", "incident_count", "dyad_matrix", "events_by_month",
                 "actor_network_edges", "pending_incidents"):
        run(db, name, OFF)  # runs; the counts below are the telling ones
    assert int(run(db, "incident_count", ON)["incidents"].iloc[0]) == 3
    assert int(run(db, "incident_count", OFF)["incidents"].iloc[0]) == 2
    assert learned not in set(run(db, "key_developments", OFF)["incident_id"])
    assert learned in set(run(db, "key_developments", ON)["incident_id"])
    dyads_off = run(db, "dyad_matrix", OFF)
    assert ("CHN", "RUS") not in set(zip(dyads_off["source_country"], dyads_off["target_country"]))
    # a scope cutting by dates takes the kept-rows path (Database.shared_table): the same answer
    dated_off = Scope(start=date(2024, 1, 1), include_learned=False)
    assert set(run(db, "timeline", dated_off)["incident_id"]) == set(off["incident_id"])


def test_actor_queries_count_only_rule_read_events_when_off(db: Database) -> None:
    # Russia's counterparts: North Korea (the mixed deployment) either way; China only through the
    # meeting the model alone read
    partners_on = run(db, "actor_partners", ON, actor="RUS")
    partners_off = run(db, "actor_partners", OFF, actor="RUS")
    assert {"PRK", "CHN"} <= set(partners_on["counterpart"])
    assert "PRK" in set(partners_off["counterpart"]) and "CHN" not in set(partners_off["counterpart"])
    profile_on, profile_off = run(db, "actor_profile", ON, actor="RUS").iloc[0], run(db, "actor_profile", OFF, actor="RUS").iloc[0]
    assert (profile_on["incidents"], profile_off["incidents"]) == (2, 1)


def test_evidence_queries_mark_reports_and_leave_model_read_ones_out_when_off(db: Database) -> None:
    mixed = incident_of(db, MIXED_SENTENCE)
    on = run(db, "incident_events", ON, incident_ids=[mixed])
    off = run(db, "incident_events", OFF, incident_ids=[mixed])
    assert sorted(on["method"]) == ["learned", "rules"] and list(off["method"]) == ["rules"]
    doc = str(db.query("SELECT document_id FROM events WHERE sentence = $s", {"s": MIXED_SENTENCE})["document_id"].iloc[0])
    assert set(run(db, "document_events", ON, document_id=doc)["method"]) == {"learned"}
    assert run(db, "document_events", OFF, document_id=doc).empty
    assert int(run(db, "document", OFF, document_id=doc)["n_events"].iloc[0]) == 0
    listed = run(db, "documents", OFF)
    assert doc in set(listed["document_id"])  # the document stays listed, its count without the model's


# ---------------------------------------------------------------- marks, key points, downloads


def test_the_mark_says_who_read_an_event() -> None:
    assert ui.read_by("rules", 0.9) == "rules"
    assert ui.read_by(None) == "rules"
    assert ui.read_by("learned", 0.4321) == "model"  # (no probability: it does not rank right above wrong)


def test_a_key_point_resting_on_model_read_events_only_is_labelled(db: Database) -> None:
    def runner(name, scope, **extra):
        return run(db, name, scope, **extra)

    learned = incident_of(db, LEARNED_ONLY_SENTENCE)
    mixed = incident_of(db, MIXED_SENTENCE)
    only_model, with_rules = briefing.cite_points(
        [briefing.KeyPoint("corroborated", "a", incident_ids=(learned,)),
         briefing.KeyPoint("corroborated", "b", incident_ids=(mixed,))], runner, scope=ON)
    assert only_model.model_read_only and only_model.citations[0].confidence == pytest.approx(0.61)
    assert not with_rules.model_read_only
    assert {c.method for c in with_rules.citations} == {"rules", "learned"}
    # hidden: the mixed point cites its rule-read report only
    (hidden,) = briefing.cite_points([briefing.KeyPoint("corroborated", "b", incident_ids=(mixed,))], runner, scope=OFF)
    assert [c.method for c in hidden.citations] == ["rules"]
    # kept as the opening briefing stores them
    assert briefing.points_from_json(briefing.points_to_json([only_model])) == [only_model]


def test_the_events_csv_carries_the_method(db: Database) -> None:
    rows = run(db, "events", ON)
    text = exports.to_csv(rows, "all actors").decode("utf-8")
    table = list(csv.DictReader(io.StringIO("\n".join(l for l in text.splitlines() if not l.startswith("#")))))
    assert "method" in table[0] and "confidence" in table[0]
    assert sorted(r["method"] for r in table) == ["learned", "learned", "rules", "rules"]


# ---------------------------------------------------------------- filter state and URL


def test_the_filter_is_off_by_default_round_trips_through_the_url_and_names_itself_when_on() -> None:
    assert filters.DEFAULT_STATE.include_learned is False and Scope().include_learned is False
    state = filters.FilterState(include_learned=True)
    query = filters.to_query(state)
    assert query == {"learned": ["1"]}
    parsed, notices = filters.parse_query(query, [])
    assert parsed == state and notices == []
    assert filters.to_query(filters.DEFAULT_STATE) == {}  # off by default: not in the link
    assert filters.parse_query({"learned": ["0"]}, [])[0] == filters.DEFAULT_STATE
    assert filters.to_scope(state, None).include_learned is True
    assert "model-read events and relationships included" in filters.describe(state, filters.to_scope(state, None))
    assert "model-read" not in filters.describe(filters.DEFAULT_STATE, Scope())
    assert "model-read events and relationships included" in ON.describe() and "model-read" not in OFF.describe()
    _, notices = filters.parse_query({"learned": ["maybe"]}, [])
    assert notices and "learned='maybe'" in notices[0]


# ---------------------------------------------------------------- the app


@pytest.fixture
def app_db(learned_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITREP_DB", str(learned_db))
    return learned_db


def test_the_events_page_hides_model_read_rows_until_the_sidebar_asks_then_marks_them(app_db: Path) -> None:
    at = open_app("events")
    assert problems(at) == []
    (table,) = at.dataframe
    assert list(table.value["read_by"]) == ["rules", "rules"]
    assert at.checkbox(key=filters.K_LEARNED).value is False
    at.checkbox(key=filters.K_LEARNED).check().run()
    assert problems(at) == []
    (table,) = at.dataframe
    assert sorted(table.value["read_by"]) == ["model", "model", "rules", "rules"]
    assert at.query_params["learned"] == ["1"] or at.query_params["learned"] == "1"
    assert "model-read events and relationships included" in unescape_md(texts(at))


def test_a_plain_link_hides_the_model_only_incident_and_learned_1_shows_it(app_db: Path) -> None:
    at = open_app("timeline")
    assert problems(at) == []
    assert at.checkbox(key=filters.K_LEARNED).value is False
    assert LEARNED_ONLY_SENTENCE[:40] not in " ".join(str(o) for o in at.selectbox(key="timeline_incident").options)
    at = open_app("timeline", {"learned": "1"})
    assert problems(at) == []
    assert at.checkbox(key=filters.K_LEARNED).value is True
    assert LEARNED_ONLY_SENTENCE[:40] in " ".join(str(o) for o in at.selectbox(key="timeline_incident").options)


def test_queries_on_kept_incidents_give_their_plain_statements_rows_when_off(db: Database) -> None:
    import pandas as pd

    sharing = sorted(name for name in queries.available() if queries.get(name).shared_sql is not None)
    for scope in (OFF, Scope(actors=("RUS",), include_learned=False), Scope(start=date(2024, 6, 1), include_learned=False)):
        for name in sharing:
            extra = {"actor": "RUS"} if "actor" in queries.get(name).extras else {}
            kept = queries.run(name, scope, db, **extra)
            plain = db.query(queries.get(name).sql, queries.bind(name, scope, **extra))
            pd.testing.assert_frame_equal(kept.reset_index(drop=True), plain.reset_index(drop=True),
                                          check_dtype=False, obj=f"{name} for {scope.describe()}")
    assert any(key[0] == "scoped_incidents" for key in db.shared_tables())  # the kept path was taken


def test_a_file_from_before_the_learned_tier_upgrades_with_every_event_read_by_the_rules(tmp_path: Path) -> None:
    import duckdb  # only to fake an old file; the product reaches duckdb through dashboard.db

    from _fixture_db import build_fixture_db
    from dashboard import ingest

    path = build_fixture_db(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    for table, column in [("events", "method"), ("incidents", "learned_only"), ("incidents", "has_learned")]:
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    con.close()
    assert ingest.needs_upgrade(path)
    assert ingest.ensure_database(path, tmp_path / "no-articles-needed") is True
    old = Database(path)
    try:
        assert set(old.query("SELECT DISTINCT method FROM events")["method"]) == {"rules"}
        assert old.query("SELECT count(*) AS n FROM incidents WHERE learned_only OR has_learned "
                         "OR learned_only IS NULL")["n"][0] == 0
        # nothing model-read: hiding it changes nothing
        assert len(queries.run("timeline", OFF, old)) == len(queries.run("timeline", ON, old)) > 0
    finally:
        old.close()


def test_an_incidents_evidence_marks_its_model_read_report(app_db: Path) -> None:
    database = Database(app_db)
    try:
        mixed = incident_of(database, MIXED_SENTENCE)
    finally:
        database.close()
    at = open_app("timeline", {"incident": mixed, "learned": "1"})
    assert problems(at) == []
    shown = unescape_md(texts(at))
    assert "read by: model" in shown.replace("*", "") and "about half of its readings are right" in shown
    at = open_app("timeline", {"incident": mixed})
    assert problems(at) == []
    assert "read by: model" not in unescape_md(texts(at))  # its rule-read report only


# ---------------------------------------------------------------- model-read relationships


def doc_of(db: Database, sentence: str) -> str:
    return str(db.query("SELECT document_id FROM relationships WHERE sentence = $s", {"s": sentence})["document_id"].iloc[0])


def test_ingest_stores_each_relationships_method_and_rules_when_absent(db: Database) -> None:
    rows = db.query("SELECT type, method, confidence FROM relationships ORDER BY type").to_dict("records")
    assert [(r["type"], r["method"]) for r in rows] == [("ADVERSARY", "rules"), ("ALLY", "rules"), ("PARTNER", "learned")]
    assert rows[2]["confidence"] == pytest.approx(0.37)  # (d1's ALLY carries no method: an old output, the rules')


def test_an_unknown_relationship_method_fails_that_document_naming_it(tmp_path: Path) -> None:
    text = "date 2024-01-05\nRussia and China are allies, Moscow said on 5 January 2024.\n"
    sentence = "Russia and China are allies, Moscow said on 5 January 2024."
    item = extracted_document("odd-rel-method", "2024-01-05", text, [],
                              [extracted_relationship(text, sentence, "RUS", "CHN", "ALLY", method="guessed", confidence=0.5)])
    (outcome,) = ingest_extracted([item], tmp_path / "odd.duckdb").outcomes
    assert outcome.outcome == "failed" and "relationship method 'guessed'" in outcome.reason
    assert "odd-rel-method" in outcome.path


def test_relationship_queries_drop_model_read_ties_when_off_and_carry_the_method(db: Database) -> None:
    on, off = run(db, "relationships", ON), run(db, "relationships", OFF)
    assert sorted(zip(on["type"], on["method"])) == [("ADVERSARY", "rules"), ("ALLY", "rules"), ("PARTNER", "learned")]
    assert set(off["method"]) == {"rules"} and len(off) == 2 and int(off["total"].iloc[0]) == 2
    milestones_on = run(db, "relationship_milestones", ON, symmetric_types=["ALLY", "PARTNER", "TRADE", "ADVERSARY"])
    milestones_off = run(db, "relationship_milestones", OFF, symmetric_types=["ALLY", "PARTNER", "TRADE", "ADVERSARY"])
    assert "PARTNER" in set(milestones_on["type"]) and "PARTNER" not in set(milestones_off["type"])
    # a tie only the model stated says so in the briefing's point; one the rules stated does not
    model_only = dict(zip(milestones_on["type"], milestones_on["first_model_only"]))
    assert model_only["PARTNER"] and not model_only["ALLY"] and not milestones_off["first_model_only"].any()
    (new_on,) = [p for p in briefing.relationship_points(milestones_on, {}) if p.kind == "relationships_new"]
    (new_off,) = [p for p in briefing.relationship_points(milestones_off, {}) if p.kind == "relationships_new"]
    assert new_on.text.count("read by the model only") == 1 and "partners (" in new_on.text
    assert re.search(r"partners \([^)]*; read by the model only\)", new_on.text), new_on.text
    assert "read by the model only" not in new_off.text
    edges = {scope: run(db, "actor_network_edges", scope) for scope in (ON, OFF)}
    ties = {scope: set(e[e["edge_kind"] == "relationship"]["type"]) for scope, e in edges.items()}
    assert "PARTNER" in ties[ON] and "PARTNER" not in ties[OFF] and {"ALLY", "ADVERSARY"} <= ties[OFF]
    nodes_on, nodes_off = run(db, "actor_network_nodes", ON), run(db, "actor_network_nodes", OFF)
    rels = {scope: dict(zip(n["actor"], n["relationships"])) for scope, n in ((ON, nodes_on), (OFF, nodes_off))}
    assert rels[ON]["CHN"] == rels[OFF]["CHN"] + 1
    d2 = doc_of(db, LEARNED_ONLY_SENTENCE)
    assert list(run(db, "document_relationships", ON, document_id=d2)["method"]) == ["learned"]
    assert run(db, "document_relationships", OFF, document_id=d2).empty
    assert int(run(db, "document", ON, document_id=d2)["n_relationships"].iloc[0]) == 1
    assert int(run(db, "document", OFF, document_id=d2)["n_relationships"].iloc[0]) == 0
    listed = {scope: dict(zip(run(db, "documents", scope)["document_id"], run(db, "documents", scope)["n_relationships"]))
              for scope in (ON, OFF)}
    assert (listed[ON][d2], listed[OFF][d2]) == (1, 0)
    # the split says how many of each count the models read: what hiding them loses, 0 when hidden
    on_docs, off_docs = run(db, "documents", ON).set_index("document_id"), run(db, "documents", OFF).set_index("document_id")
    for n, split in (("n_events", "model_events"), ("n_relationships", "model_relationships")):
        assert (on_docs[split] == on_docs[n] - off_docs[n].reindex(on_docs.index)).all() and (off_docs[split] == 0).all()
    assert on_docs.loc[d2, "model_relationships"] == 1
    cited = run(db, "relationship_statements", OFF, relationship_ids=list(on["relationship_id"]))
    assert sorted(cited["method"]) == ["learned", "rules", "rules"]  # (ids chosen upstream: looked up as given)


def test_a_relationship_point_citing_a_model_read_tie_only_is_labelled(db: Database) -> None:
    def runner(name, scope, **extra):
        return run(db, name, scope, **extra)

    ties = run(db, "relationships", ON)
    learned_id = str(ties[ties["method"] == "learned"]["relationship_id"].iloc[0])
    rules_id = str(ties[ties["method"] == "rules"]["relationship_id"].iloc[0])
    only_model, with_rules = briefing.cite_points(
        [briefing.KeyPoint("relationships_new", "a", relationship_ids=(learned_id,)),
         briefing.KeyPoint("relationships_new", "b", relationship_ids=(learned_id, rules_id))], runner, scope=ON)
    assert only_model.model_read_only and [c.method for c in only_model.citations] == ["learned"]
    assert not with_rules.model_read_only and [c.method for c in with_rules.citations] == ["learned", "rules"]


def test_a_file_from_before_the_relationship_tier_upgrades_with_every_tie_read_by_the_rules(tmp_path: Path) -> None:
    import duckdb  # only to fake an old file; the product reaches duckdb through dashboard.db

    from _fixture_db import build_fixture_db
    from dashboard import ingest

    path = build_fixture_db(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    assert con.execute("SELECT count(*) FROM relationships").fetchone()[0] > 0
    con.execute("ALTER TABLE relationships DROP COLUMN method")
    con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    con.close()
    assert ingest.needs_upgrade(path)
    assert ingest.ensure_database(path, tmp_path / "no-articles-needed") is True
    old = Database(path)
    try:
        assert set(old.query("SELECT DISTINCT method FROM relationships")["method"]) == {"rules"}
        assert len(queries.run("relationships", OFF, old)) == len(queries.run("relationships", ON, old)) > 0
    finally:
        old.close()


def test_the_network_and_document_views_mark_model_read_ties_and_hide_them_by_default(app_db: Path) -> None:
    at = open_app("network")
    assert problems(at) == []
    (table,) = [t for t in at.dataframe if "relationship" in t.value.columns]
    assert list(table.value["read_by"]) == ["rules", "rules"]
    at = open_app("network", {"learned": "1"})
    assert problems(at) == []
    (table,) = [t for t in at.dataframe if "relationship" in t.value.columns]
    assert sorted(table.value["read_by"]) == ["model", "rules", "rules"]
    database = Database(app_db)
    try:
        d2 = doc_of(database, LEARNED_ONLY_SENTENCE)
    finally:
        database.close()
    at = open_app("sources", {"doc": d2, "learned": "1"})
    assert problems(at) == []
    (table,) = [t for t in at.dataframe if "negated" in t.value.columns]
    assert list(table.value["read_by"]) == ["model"]
    (listing,) = [t for t in at.dataframe if "n_events" in t.value.columns]
    assert {"model_events", "model_relationships"} <= set(listing.value.columns)
    at = open_app("sources", {"doc": d2})
    assert problems(at) == []
    (listing,) = [t for t in at.dataframe if "n_events" in t.value.columns]
    assert not {"model_events", "model_relationships"} & set(listing.value.columns)
    assert not [t for t in at.dataframe if "negated" in t.value.columns]
    assert "relationships (model-read events and relationships hidden by the filters)" in unescape_md(texts(at))


# ---------------------------------------------------------------- counts say what the model read
# With model-read events included, every count says how many of its items rest only on the model's
# reading (incidents none of whose reports in scope the rules read; events the model read): exactly
# what the count loses when they are hidden. Hidden (the default), nothing is said and nothing changes.

MODEL_ONLY = "read by the model only"
#: Scopes taking each path: the whole store (stored facts), dates cutting incidents (kept rows), actors.
COUNT_SCOPES = [Scope(), Scope(start=date(2024, 5, 1)), Scope(actors=("RUS",)), Scope(end=date(2024, 6, 30))]


@pytest.mark.parametrize("scope", COUNT_SCOPES, ids=["all", "from-2024-05", "RUS", "to-2024-06"])
def test_each_count_splits_off_what_hiding_model_read_events_would_lose(db: Database, scope: Scope) -> None:
    on, off = scope.with_(include_learned=True), scope.with_(include_learned=False)

    def one(name: str, s: Scope, **extra):
        return run(db, name, s, **extra).iloc[0]

    h_on, h_off = one("headline_figures", on), one("headline_figures", off)
    assert h_on["model_incidents"] == h_on["incidents"] - h_off["incidents"]
    assert h_on["model_events"] == h_on["events"] - h_off["events"]
    assert (h_off["model_incidents"], h_off["model_events"]) == (0, 0)
    c_on, c_off = one("incident_count", on), one("incident_count", off)
    assert c_on["model_only"] == c_on["incidents"] - c_off["incidents"] == h_on["model_incidents"] and c_off["model_only"] == 0
    e_on = one("event_count", on)
    assert e_on["model_events"] == h_on["model_events"] and one("event_count", off)["model_events"] == 0
    # per pair and side, per month, per actor: the same identity row by row
    for name, keys, count, split, extra in [
        ("pair_sides", ["level", "a", "b", "side"], "incidents", "model_only", {}),
        ("events_by_month", ["month", "quad_class"], "incidents", "model_incidents", {}),
        ("actor_network_nodes", ["actor"], "incidents", "model_incidents", {}),
        ("actor_partners", ["counterpart"], "incidents", "model_only", {"actor": "RUS"}),
    ]:
        rows_on = run(db, name, on, **extra).fillna({k: "" for k in keys}).set_index(keys)
        rows_off = run(db, name, off, **extra).fillna({k: "" for k in keys}).set_index(keys)
        lost = rows_on[count].sub(rows_off[count], fill_value=0).reindex(rows_on.index)
        assert (rows_on[split] == lost).all(), (name, scope, rows_on[split].to_dict(), lost.to_dict())
        assert (rows_off[split] == 0).all(), name
    p_on, p_off = one("actor_profile", on, actor="RUS"), one("actor_profile", off, actor="RUS")
    assert p_on["model_incidents"] == p_on["incidents"] - p_off["incidents"] and p_off["model_incidents"] == 0
    for side in ("source", "target"):
        assert p_on[f"model_events_as_{side}"] == p_on[f"events_as_{side}"] - p_off[f"events_as_{side}"]
        assert p_off[f"model_events_as_{side}"] == 0
    timeline = run(db, "timeline", on)
    assert int(timeline["model_only"].sum()) == h_on["model_incidents"]
    assert not run(db, "timeline", off)["model_only"].any()


def test_the_key_points_counts_say_what_only_the_model_read_when_included(db: Database) -> None:
    def runner(name, scope, **extra):
        return run(db, name, scope, **extra)

    latest = date(2024, 10, 18)
    included = {p.kind: p for p in briefing.key_points(runner, ON, latest=latest)}
    hidden = {p.kind: p for p in briefing.key_points(runner, OFF, latest=latest)}
    # the most active pair (a tie of one incident each, first by name): China – Russia, only the model read it
    assert included["dyads"].text.startswith("Most active pair: China – Russia — 1 incident "
                                             "(1 cooperation, 0 conflict; 1 read by the model only)")
    assert "(1; none read by the model only)" in included["dyads"].text  # the pairs after it too
    assert included["dyads"].data["model_only"] == 1
    assert all(MODEL_ONLY not in p.text for p in hidden.values())
    assert hidden["dyads"].text == ("Most active pair: China – United States — 1 incident (0 cooperation, 1 conflict), "
                                    "then North Korea – Russia (1).")


def test_the_count_wording_is_plain_and_only_with_model_read_events_included() -> None:
    import pandas as pd

    pairs = briefing.pair_side_levels(pd.DataFrame([
        {"level": "pair", "a": "PRK", "b": "RUS", "pair": "North Korea – Russia", "side": None, "incidents": 114,
         "incident_ids": ["i1"], "model_only": 42},
        {"level": "pair_side", "a": "PRK", "b": "RUS", "pair": "North Korea – Russia", "side": "cooperation",
         "incidents": 85, "incident_ids": ["i1"], "model_only": 21},
        {"level": "pair_side", "a": "PRK", "b": "RUS", "pair": "North Korea – Russia", "side": "conflict",
         "incidents": 29, "incident_ids": ["i2"], "model_only": 21},
    ]))
    included, hidden = briefing.dyad_point(pairs, model_read=True), briefing.dyad_point(pairs)
    assert included.text == ("Most active pair: North Korea – Russia — 114 incidents "
                             "(85 cooperation, 29 conflict; 42 read by the model only).")
    assert hidden.text == "Most active pair: North Korea – Russia — 114 incidents (85 cooperation, 29 conflict)."
    assert briefing.model_only_words(0) == "none read by the model only"
    assert briefing.capped_caption(3000, 2000, 700) == ("Showing the 2,000 most-corroborated of 3,000 incidents "
                                                         "(700 read by the model only); narrow the filters to see the rest.")
    assert MODEL_ONLY not in briefing.capped_caption(3000, 2000)
    figures = briefing.Headline(114, 300, 9, 40, None, None, model_incidents=42, model_events=57)
    assert briefing.model_read_note(figures).startswith(
        "Model-read events included: 42 of the 114 incidents and 57 of the 300 events rest only on the model's reading")
    pending = pd.DataFrame([{"incident_id": "i3", "status": "planned", "headline": "Kim to visit Moscow", "dyad": "PRK → RUS",
                             "event_date": None, "planned": 3, "possible": 2, "model_only": 1}])
    assert "(3 planned, 2 possible; 1 read by the model only)" in briefing.outlook_point(pending, model_read=True).text
    assert "(3 planned, 2 possible)" in briefing.outlook_point(pending).text


def test_charts_source_lines_and_downloads_carry_the_split_only_when_included() -> None:
    import pandas as pd

    from dashboard import figures

    assert figures.FigureContext(n_events=300, n_documents=40, n_model_events=57).source_line().startswith(
        "Sitrep · 300 events (57 read by the model only) from 40 documents")
    assert figures.FigureContext(n_events=300, n_documents=40).source_line().startswith("Sitrep · 300 events from 40 documents")
    frame = pd.DataFrame({"month": ["2024-01"], "incidents": [5], "model_incidents": [2]})
    assert list(ui.model_split(frame, include_learned=True).columns) == ["month", "incidents", "model_incidents"]
    assert list(ui.model_split(frame, include_learned=False).columns) == ["month", "incidents"]


@pytest.mark.parametrize("page", ["briefing", "timeline", "events", "actors", "network"])
def test_each_page_says_what_the_model_read_when_included_and_nothing_when_hidden(app_db: Path, page: str) -> None:
    params = {"profile": "RUS"} if page == "actors" else {"node": "RUS"} if page == "network" else {}
    hidden = open_app(page, params)
    assert problems(hidden) == []
    assert MODEL_ONLY not in unescape_md(texts(hidden)) and "Model-read events included" not in unescape_md(texts(hidden))
    at = open_app(page, {**params, "learned": "1"})
    assert problems(at) == []
    shown = unescape_md(texts(at)).replace("**", "")
    expected = {
        # the headline figures' note, and the key point on the pair only the model read
        "briefing": ["Model-read events included: 1 of the 3 incidents and 2 of the 4 events rest only on the model's reading",
                     "(1 cooperation, 0 conflict; 1 read by the model only)"],
        "timeline": ["Model-read events included: 1 of the 3 incidents and 2 of the 4 events"],
        "events": ["4 of 4 events (2 read by the model only)"],
        "actors": ["Model-read events included: 1 of the 2 incidents of Russia rest only on the model's reading",
                   "Of the events as source / target, the model read 0 / 2.",
                   "incidents involving Russia (1 read by the model only)"],
        # (Russia's two stated ties: the rules' ADVERSARY and the model's PARTNER; hidden, only the first)
        "network": ["2 incidents (1 read by the model only), 2 stated relationships (1 read by the model only) in scope"],
    }[page]
    for words in expected:
        assert words in shown, (page, words)
    if page == "network":  # hidden, the same line counts what the rules read, in the singular where one
        assert "Russia — 1 incident, 1 stated relationship in scope." in unescape_md(texts(hidden)).replace("**", "")


def test_the_timeline_and_network_pages_say_how_they_mark_model_read_items_when_included(app_db: Path) -> None:
    for page, words in (("timeline", "faint inside a dark ring"), ("network", "a link only the model read is dotted")):
        at = open_app(page)
        assert problems(at) == [] and words not in texts(at)
        at = open_app(page, {"learned": "1"})
        assert problems(at) == [] and words in texts(at), page
