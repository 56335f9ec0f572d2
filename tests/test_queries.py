"""Every query in queries/ on the labelled fixture database (tests/_fixture_db.py).

Numbers are checked two ways: against hand-labelled facts of the fixture (named event and
incident ids), and against a plain-Python reading of the fixture rows that applies the scope
rules independently of the SQL.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from _fixture_db import build_fixture_db, event_in_scope, load_fixture
from dashboard import queries
from dashboard.config import QUERIES_DIR
from dashboard.db import Database
from dashboard.queries import QueryError, load_queries, parse_query
from dashboard.scope import EARLIEST, LATEST, Scope, event_types

FX = load_fixture()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = build_fixture_db(tmp_path_factory.mktemp("fixture") / "sitrep.duckdb")
    database = Database(path)
    yield database
    database.close()


# ---------------------------------------------------------------- reference reading of the fixture

in_scope = event_in_scope


def ref_events(scope: Scope) -> list[dict]:
    return [e for e in FX.events if in_scope(e, scope)]


def incident_key(e: dict) -> str:
    return e["incident_id"] or e["id"]


def side(e: dict, which: str) -> str | None:
    return e[f"{which}_country"] or e[f"{which}_actor"]


def ids(df, column: str = "event_id") -> set[str]:
    return set(df[column])


# ---------------------------------------------------------------- the loader

def test_every_query_file_loads_and_declares_what_it_uses() -> None:
    loaded = load_queries(QUERIES_DIR)
    assert set(loaded) == set(queries.available())
    for name, query in loaded.items():
        assert set(query.params) == queries.used_params(query.sql), name
        given = {p: ["x"] if p.endswith(("_ids", "_types")) else "x" for p in query.extras if p not in query.defaults}
        assert set(queries.bind(name, Scope(), **given)) == set(query.params)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loader_refuses_a_file_using_an_undeclared_parameter(tmp_path: Path) -> None:
    write(tmp_path, "sneaky.sql", "-- sneaky: test\n-- params: $start\n-- columns: n BIGINT\n"
          "SELECT count(*) AS n FROM events WHERE event_date >= $start AND event_date <= $end\n")
    with pytest.raises(QueryError, match=r"sneaky\.sql.*used but not declared: \$end"):
        load_queries(tmp_path)


def test_loader_refuses_a_file_declaring_an_unused_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, "lazy.sql", "-- lazy: test\n-- params: $start $types\n-- columns: n BIGINT\n"
                 "SELECT count(*) AS n FROM events WHERE event_date >= $start\n")
    with pytest.raises(QueryError, match=r"lazy\.sql.*declared but not used: \$types"):
        parse_query(path)


def test_loader_refuses_a_file_without_params_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bare.sql", "-- bare: test\n-- columns: n BIGINT\nSELECT 1 AS n\n")
    with pytest.raises(QueryError, match=r"bare\.sql.*params"):
        parse_query(path)


def test_loader_refuses_a_file_declaring_the_kept_table_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, "clash.sql", "-- clash: test\n-- params: $shared_table\n-- columns: n BIGINT\n"
                 "SELECT count(*) AS n FROM query_table($shared_table)\n")
    with pytest.raises(QueryError, match=r"clash\.sql: \$shared_table is reserved"):
        parse_query(path)


def test_parameters_in_comments_and_strings_are_not_parameters(tmp_path: Path) -> None:
    path = write(tmp_path, "quoted.sql", "-- quoted: test\n-- params: $start\n-- columns: s VARCHAR\n"
                 "SELECT '$end and it''s $types' AS s /* $statuses */ -- $actors\nWHERE $start IS NOT NULL\n")
    assert parse_query(path).params == ("start",)


def test_run_refuses_unknown_and_missing_extra_parameters(db: Database) -> None:
    with pytest.raises(QueryError, match="no parameter 'actor'"):
        queries.run("events", Scope(), db, actor="RUS")
    with pytest.raises(QueryError, match="needs the parameter 'actor'"):
        queries.run("actor_profile", Scope(), db)
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        queries.run("nope", Scope(), db)


SHARED = QUERIES_DIR / "shared"


def test_shared_blocks_are_written_once_and_included_where_named() -> None:
    # A file defining its own copy of a shared CTE would drift from the others.
    names = sorted(p.stem for p in SHARED.glob("*.sql"))
    assert names == ["actor_incidents", "relationship_evidence", "relationships_involving", "scoped_events",
                     "scoped_incidents", "scoped_relationships", "type_weights"]
    for path in sorted(QUERIES_DIR.glob("*.sql")):
        raw = path.read_text(encoding="utf-8")
        for name in names:
            assert not re.search(rf"\b{name}\s+AS\s*(NOT\s+)?(MATERIALIZED\s*)?\(", raw, re.IGNORECASE), \
                f"{path.name} defines {name} itself"
            if re.search(rf"\b{name}\b", raw.replace("{{ " + name + " }}", "")):
                assert "{{ " + name + " }}" in raw, f"{path.name} names {name} without including it"
        for needed, needing in (("scoped_events", "scoped_incidents"), ("scoped_events", "actor_incidents"),
                                ("relationships_involving", "scoped_relationships")):
            if "{{ " + needing + " }}" in raw:
                assert raw.index("{{ " + needed + " }}") < raw.index("{{ " + needing + " }}"), path.name
    assert "{{" not in "".join(q.sql for q in load_queries(QUERIES_DIR).values())


def test_an_unknown_shared_block_is_a_load_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "known.sql").write_text("known AS (SELECT 1 AS n)\n", encoding="utf-8")
    write(tmp_path, "ok.sql", "-- ok: test\n-- params: none\n-- columns: n INTEGER\nWITH {{ known }}\nSELECT n FROM known\n")
    assert "known AS (SELECT 1 AS n)" in load_queries(tmp_path)["ok"].sql
    write(tmp_path, "typo.sql", "-- typo: test\n-- params: none\n-- columns: n INTEGER\nWITH {{ knwon }}\nSELECT 1 AS n\n")
    with pytest.raises(QueryError, match=r"typo\.sql: no shared block \{\{ knwon \}\} \(shared/ has: known\)"):
        load_queries(tmp_path)


def test_open_range_constants_in_sql_match_the_scope() -> None:
    sql = (SHARED / "scoped_events.sql").read_text(encoding="utf-8")
    assert f"$start <= DATE '{EARLIEST.isoformat()}'" in sql
    assert f"$end >= DATE '{LATEST.isoformat()}'" in sql


def test_every_query_returns_its_declared_columns(db: Database) -> None:
    extras = {"actor": "RUS", "document_id": FX.document_id("d13"), "incident_ids": ["inc-2024-treaty"],
              "symmetric_types": ["ALLY"],
              "relationship_ids": queries.run("relationships", Scope(), db)["relationship_id"].head(2).tolist()}
    for scope in (Scope(), Scope(actors=("RUS", "PRK"), match="between", start=date(2024, 1, 1))):
        for name in queries.available():
            query = queries.get(name)
            df = queries.run(name, scope, db, **{k: v for k, v in extras.items() if k in query.extras})
            assert list(df.columns) == list(query.columns), name


# ---------------------------------------------------------------- the scope filters

def test_default_scope_leaves_out_only_the_negated_event(db: Database) -> None:
    df = queries.run("events", Scope(), db)
    assert len(df) == 40
    assert {e["id"] for e in FX.events} - ids(df) == {"ev14"}


def test_actors_between_keeps_only_events_with_both_sides_selected(db: Database) -> None:
    df = queries.run("events", Scope(actors=("RUS", "PRK"), match="between"), db)
    assert ids(df) == {"ev01", "ev02", "ev03", "ev04", "ev12", "ev13", "ev17", "ev23", "ev24", "ev25", "ev26",
                       "ev29", "ev30", "ev32", "ev34", "ev35", "ev36", "ev41"}


def test_actors_any_matches_either_side_by_id_or_country(db: Database) -> None:
    scope = Scope(actors=("UN",))
    assert ids(queries.run("events", scope, db)) == {"ev09", "ev10", "ev21"}
    # a person id matches that person only; a country code matches everyone acting for it
    assert ids(queries.run("events", Scope(actors=("kim-jong-un",)), db)) == {"ev01", "ev03", "ev17", "ev23", "ev35", "ev37", "ev41"}
    scope = Scope(actors=("RUS", "PRK"))
    assert ids(queries.run("events", scope, db)) == {e["id"] for e in ref_events(scope)}
    assert "ev22" in ids(queries.run("events", scope, db))  # Zhao Leji (CHN) → PRK


def test_date_bounds_are_inclusive(db: Database) -> None:
    treaty_day = date(2024, 6, 19)
    assert ids(queries.run("events", Scope(start=treaty_day, end=treaty_day), db)) == {"ev23", "ev24", "ev25", "ev26"}
    up_to = ids(queries.run("events", Scope(end=treaty_day), db))
    assert {"ev23", "ev24", "ev25", "ev26"} <= up_to and "ev27" not in up_to
    from_next = ids(queries.run("events", Scope(start=date(2024, 6, 20)), db))
    assert not {"ev23", "ev24", "ev25", "ev26"} & from_next and "ev27" in from_next


def test_undated_events_appear_only_when_the_range_is_open(db: Database) -> None:
    assert {"ev39", "ev40"} <= ids(queries.run("events", Scope(), db))
    assert not {"ev39", "ev40"} & ids(queries.run("events", Scope(start=date(2019, 1, 1)), db))
    assert not {"ev39", "ev40"} & ids(queries.run("events", Scope(end=date(2030, 1, 1)), db))


@pytest.mark.parametrize("statuses, expected", [
    (("negated",), {"ev14"}),
    (("planned",), {"ev20", "ev35"}),
    (("hypothetical",), {"ev24"}),
])
def test_statuses(db: Database, statuses: tuple[str, ...], expected: set[str]) -> None:
    assert ids(queries.run("events", Scope(statuses=statuses), db)) == expected


def test_every_status_together_is_every_event(db: Database) -> None:
    all_statuses = ("asserted", "planned", "hypothetical", "negated")
    assert len(queries.run("events", Scope(statuses=all_statuses), db)) == len(FX.events) == 41


def test_types(db: Database) -> None:
    df = queries.run("events", Scope(types=("AID",)), db)
    assert ids(df) == {"ev12", "ev13", "ev24", "ev29", "ev30", "ev32", "ev34", "ev35"}
    assert set(df["incident_id"]) == {"inc-2022-shells", "inc-2024-article-4", "inc-2024-troops",
                                      "inc-2025-troops-fought", "inc-2025-deminers"}


def test_minimum_sources(db: Database) -> None:
    two = queries.run("timeline", Scope(min_sources=2), db)
    assert set(two["incident_id"]) == {"inc-2019-summit", "inc-2022-shells", "inc-2023-vostochny", "inc-2024-treaty",
                                       "inc-2024-troops", "inc-2025-troops-fought"}
    assert len(queries.run("events", Scope(min_sources=2), db)) == 13
    three = queries.run("timeline", Scope(min_sources=3), db)
    assert list(three["incident_id"]) == ["inc-2024-treaty"]


@pytest.mark.parametrize("scope", [
    Scope(),
    Scope(actors=("RUS",)),
    Scope(actors=("CHN", "RUS", "PRK"), match="between"),
    Scope(start=date(2022, 1, 1), end=date(2023, 12, 31)),
    Scope(types=("CONSULT", "ACCUSE"), statuses=("asserted", "planned")),
    Scope(actors=("vladimir-putin", "KOR"), min_sources=2),
])
def test_events_and_headline_figures_match_the_reference(db: Database, scope: Scope) -> None:
    expected = ref_events(scope)
    assert ids(queries.run("events", scope, db)) == {e["id"] for e in expected}
    head = queries.run("headline_figures", scope, db).iloc[0]
    assert head["events"] == len(expected)
    assert head["incidents"] == len({incident_key(e) for e in expected})
    assert head["documents"] == len({e["document_id"] for e in expected})
    assert head["actors"] == len({a for e in expected for a in (e["source_actor"], e["target_actor"]) if a})
    dates = [e["event_date"] for e in expected if e["event_date"]]
    if dates:
        assert head["first_date"].date() == min(dates)


# ---------------------------------------------------------------- hostile values are data

HOSTILE = ["'; DROP TABLE events; --", "RUS' OR '1'='1", 'PRK") OR 1=1 --', "Россия", "北朝鮮 🚀", "$actors", ""]


def table_counts(db: Database) -> dict[str, int]:
    return {t: int(db.query(f"SELECT count(*) AS n FROM {t}")["n"][0])
            for t in ("documents", "events", "incidents", "relationships", "mentions", "actors")}


def test_hostile_filter_values_match_nothing_and_change_nothing(db: Database) -> None:
    before = table_counts(db)
    unfiltered_relationships = queries.run("relationships", Scope(), db)
    for value in HOSTILE:
        for scope in (Scope(actors=(value,)), Scope(actors=(value, "RUS"), match="between")):
            for name in ("events", "timeline", "actor_network_edges", "documents", "relationships"):
                assert queries.run(name, scope, db).empty, (name, scope)
        for scope in (Scope(types=(value,)), Scope(statuses=(value,))):
            for name in ("events", "timeline", "dyad_matrix", "key_developments"):
                assert queries.run(name, scope, db).empty, (name, scope)
            # types and statuses describe events: relationship edges are still all there
            edges = queries.run("actor_network_edges", scope, db)
            assert set(edges["edge_kind"]) == {"relationship"}
            assert edges["weight"].sum() == len(unfiltered_relationships)
        for name, extra in (("actor_profile", "actor"), ("document", "document_id"), ("incident_events", "incident_ids"),
                            ("relationship_statements", "relationship_ids")):
            assert queries.run(name, Scope(), db, **{extra: [value] if extra.endswith("_ids") else value}).empty
    assert table_counts(db) == before


def test_hostile_values_beside_a_real_one_give_the_real_answer(db: Database) -> None:
    scope = Scope(actors=tuple(HOSTILE) + ("UN",))
    assert ids(queries.run("events", scope, db)) == {"ev09", "ev10", "ev21"}


def test_ten_thousand_actor_ids_are_bound_as_a_list(db: Database) -> None:
    many = tuple(f"actor-{i}'; --" for i in range(10_000)) + ("UN",)
    assert ids(queries.run("events", Scope(actors=many), db)) == {"ev09", "ev10", "ev21"}
    assert queries.run("headline_figures", Scope(actors=many[:-1]), db).iloc[0]["events"] == 0


def test_an_unknown_match_is_refused_clearly(db: Database) -> None:
    with pytest.raises(QueryError, match="match must be one of any, between"):
        queries.run("events", Scope(match="'; DROP TABLE events; --"), db)  # type: ignore[arg-type]


# ---------------------------------------------------------------- each query's numbers

def test_events_carry_documents_sentences_and_limit(db: Database) -> None:
    df = queries.run("events", Scope(), db)
    row = df[df["event_id"] == "ev25"].iloc[0]
    doc = FX.document("d14")
    assert row["document_id"] == doc["id"] and row["doc_source"] == "Kremlin press office"
    assert doc["text"][row["sent_start"]:row["sent_end"]] == row["sentence"]
    assert row["n_sources"] == 3 and row["source_name"] == "Russia" and row["target_name"] == "North Korea"
    assert list(df["event_date"].dropna()) == sorted(df["event_date"].dropna(), reverse=True)
    limited = queries.run("events", Scope(), db, limit=5)
    assert list(limited["event_id"]) == list(df["event_id"][:5])


def test_events_by_month_counts_each_incident_once(db: Database) -> None:
    df = queries.run("events_by_month", Scope(), db)
    june = df[df["month"] == "2024-06-01"].set_index("quad_class")
    assert june["incidents"].to_dict() == {"verbal cooperation": 1, "material cooperation": 1, "verbal conflict": 2}
    assert june["events"].to_dict() == {"verbal cooperation": 3, "material cooperation": 1, "verbal conflict": 2}
    dated = [e for e in ref_events(Scope()) if e["event_date"]]
    assert df["incidents"].sum() == len({incident_key(e) for e in dated})
    assert df["events"].sum() == len(dated)
    weekly = queries.run("events_by_week", Scope(), db)
    assert weekly["incidents"].sum() == df["incidents"].sum()
    assert set(weekly["week"].dt.day_of_week) == {0}


def test_timeline_rows_are_incidents_with_dyads_and_first_reports(db: Database) -> None:
    df = queries.run("timeline", Scope(), db).set_index("incident_id")
    assert len(df) == len({incident_key(e) for e in ref_events(Scope())}) == 33
    treaty = df.loc["inc-2024-treaty"]
    assert treaty["dyad"] == "Russia → North Korea" and treaty["n_sources"] == 3 and treaty["n_events"] == 3
    assert treaty["first_document_id"] == FX.document_id("d13") and treaty["first_doc_source"] == "Pacific Wire"
    assert df.loc["inc-2023-satellite", "dyad"] == "North Korea"  # no target
    # the day-dated report fixes the date, not "earlier this year" (2025-01-01..2025-12-31)
    fought = df.loc["inc-2025-troops-fought"]
    assert (fought["event_date"].date(), fought["event_date_end"].date(), fought["date_precision"]) == \
        (date(2025, 4, 28), date(2025, 4, 28), "day")
    # reported both ways round (Kim met Putin / Putin welcomed Kim): one orientation, the most confident report's
    assert df.loc["inc-2023-vostochny", "dyad"] == "North Korea → Russia" and df.loc["inc-2023-vostochny", "n_sources"] == 2
    assert df.loc["inc-undated-accuse", "headline"] == "Kyiv accused Moscow of using foreign troops."


def test_actor_activity_matches_the_reference(db: Database) -> None:
    scope = Scope(start=date(2022, 1, 1))
    df = queries.run("actor_activity", scope, db).set_index("actor")
    expected: dict[str, dict[str, set]] = {}
    for e in ref_events(scope):
        for which in ("source", "target"):
            actor = side(e, which)
            if actor:
                row = expected.setdefault(actor, {"source": set(), "target": set(), "cooperation": set(), "conflict": set()})
                row[which].add(incident_key(e))
                row["cooperation" if e["quad_class"].endswith("cooperation") else "conflict"].add(incident_key(e))
    assert set(df.index) == set(expected)
    for actor, row in expected.items():
        got = df.loc[actor]
        assert (got["as_source"], got["as_target"]) == (len(row["source"]), len(row["target"])), actor
        assert (got["cooperation"], got["conflict"]) == (len(row["cooperation"]), len(row["conflict"])), actor
        total = len(row["cooperation"]) + len(row["conflict"])
        assert got["balance"] == pytest.approx((len(row["cooperation"]) - len(row["conflict"])) / total)
    assert df.loc["UKR", "balance"] == -1.0 and df.loc["UKR", "name"] == "Ukraine"


def test_dyad_matrix_mean_cooperation_uses_the_type_weights(db: Database) -> None:
    df = queries.run("dyad_matrix", Scope(), db).set_index(["source_country", "target_country"])
    rus_prk = df.loc[("RUS", "PRK")]
    # summit CONSULT 1.0, guarantees SUPPORT 3.5, contacts AGREE 4.0, treaty AGREE 4.0,
    # Article 4 AID 7.0, Shoigu visit CONSULT 1.0
    assert rus_prk["incidents"] == 6 and rus_prk["events"] == 9
    assert rus_prk["mean_cooperation"] == pytest.approx(20.5 / 6)
    assert df.loc[("RUS", "UKR"), "mean_cooperation"] == event_types()["ASSAULT"]["cooperation"]
    assert ("PRK", None) not in df.index and rus_prk["dyad"] == "Russia → North Korea"


def test_network_edges_and_nodes(db: Database) -> None:
    edges = queries.run("actor_network_edges", Scope(), db)
    rel = edges[edges["edge_kind"] == "relationship"]
    supplier = rel[(rel["source"] == "PRK") & (rel["target"] == "RUS") & (rel["type"] == "SUPPLIER")]
    assert sorted(supplier["negated"]) == [False, True]
    assert set(rel["type"]) == {"PARTNER", "SUPPLIER", "ALLY", "TRADE", "ADVERSARY"}
    ally = rel[(rel["source"] == "RUS") & (rel["type"] == "ALLY")].iloc[0]
    assert ally["target"] == "PRK" and ally["weight"] == 2  # stated in d13 and d15
    ev = edges[edges["edge_kind"] == "event"].set_index(["source", "target"])
    assert ev.loc[("RUS", "PRK"), "weight"] == 6 and ev.loc[("RUS", "PRK"), "type"] == "cooperation"
    assert ev.loc[("RUS", "UKR"), "type"] == "conflict"
    # PRK → KOR holds only the planned redeployment: no asserted event, so the edge is hypothetical
    assert list(ev.index[ev["hypothetical"]]) == [("PRK", "KOR")]
    hypothetical = queries.run("actor_network_edges", Scope(statuses=("hypothetical", "planned")), db)
    hyp = hypothetical[hypothetical["edge_kind"] == "event"].set_index(["source", "target"])
    assert hyp["hypothetical"].all() and ("RUS", "PRK") in hyp.index
    nodes = queries.run("actor_network_nodes", Scope(), db).set_index("actor")
    assert set(edges["source"]) | set(edges["target"]) == set(nodes.index)
    assert nodes.index[0] == "RUS" and nodes.loc["UN", "kind"] == "organisation"


def test_relationships_filter_by_actor_and_stated_on(db: Database) -> None:
    assert len(queries.run("relationships", Scope(), db)) == 11
    assert ids(queries.run("relationships", Scope(actors=("USA",)), db), "relationship_id") == {"rel04", "rel05"}
    window = Scope(start=date(2024, 6, 20), end=date(2024, 6, 21))
    assert ids(queries.run("relationships", window, db), "relationship_id") == {"rel08", "rel09"}
    negated = queries.run("relationships", Scope(actors=("PRK", "RUS"), match="between"), db)
    assert negated.set_index("relationship_id").loc["rel03", "negated"]
    assert "rel11" not in ids(queries.run("relationships", Scope(start=date(2019, 1, 1)), db), "relationship_id")


def test_key_developments_rank_by_sources_then_recency(db: Database) -> None:
    df = queries.run("key_developments", Scope(), db)
    assert len(df) == 10
    assert list(df["incident_id"][:6]) == ["inc-2024-treaty", "inc-2025-troops-fought", "inc-2024-troops",
                                           "inc-2023-vostochny", "inc-2022-shells", "inc-2019-summit"]
    assert list(df.iloc[0]["document_ids"]) == [FX.document_id(k) for k in ("d13", "d14", "d15")]
    assert len(queries.run("key_developments", Scope(), db, limit=3)) == 3


def test_documents_scope_and_counts(db: Database) -> None:
    df = queries.run("documents", Scope(), db).set_index("document_id")
    assert len(df) == 23
    d19 = df.loc[FX.document_id("d19")]
    assert (d19["n_events"], d19["n_relationships"], d19["n_actors"]) == (3, 0, 4)
    assert list(df.loc[FX.document_id("d22"), "flags"]) == ["no_actors"]
    un = queries.run("documents", Scope(actors=("UN",)), db)
    assert set(un["document_id"]) == {FX.document_id("d05"), FX.document_id("d11")}
    between = queries.run("documents", Scope(actors=("KOR", "JPN"), match="between"), db)
    assert set(between["document_id"]) == {FX.document_id("d08"), FX.document_id("d15")}
    dated = queries.run("documents", Scope(start=date(2025, 1, 1)), db)
    assert set(dated["document_id"]) == {FX.document_id(k) for k in ("d18", "d19", "d20")}


def test_document_and_its_mentions_events_relationships(db: Database) -> None:
    doc = FX.document("d13")
    row = queries.run("document", Scope(), db, document_id=doc["id"]).iloc[0]
    assert row["text"] == doc["text"] and row["n_events"] == 2 and row["n_relationships"] == 1
    mentions = queries.run("document_mentions", Scope(), db, document_id=doc["id"])
    assert list(mentions["surface"]) == ["Vladimir Putin", "Kim Jong Un"]
    assert all(doc["text"][m.start:m.end] == m.surface for m in mentions.itertuples())
    events = queries.run("document_events", Scope(), db, document_id=doc["id"])
    assert list(events["event_id"]) == ["ev23", "ev24"] and list(events["status"]) == ["asserted", "hypothetical"]
    rels = queries.run("document_relationships", Scope(), db, document_id=doc["id"])
    assert list(rels["relationship_id"]) == ["rel07"]
    assert queries.run("document", Scope(), db, document_id="0" * 64).empty


def test_actor_profile_partners_and_trend(db: Database) -> None:
    kim = queries.run("actor_profile", Scope(), db, actor="kim-jong-un").iloc[0]
    assert (kim["events_as_source"], kim["events_as_target"]) == (3, 4)  # ev17 ev35 ev37 / ev01 ev03 ev23 ev41
    assert kim["country"] == "PRK" and kim["kind"] == "person"
    assert kim["first_seen"].date() == date(2019, 4, 25) and kim["last_seen"].date() == date(2025, 9, 3)
    rus = queries.run("actor_profile", Scope(), db, actor="RUS").iloc[0]
    expected = ref_events(Scope(actors=("RUS",)))
    assert rus["incidents"] == len({incident_key(e) for e in expected})
    assert list(rus["top_partners"])[0] == "North Korea"
    assert "Ukraine" in list(rus["top_adversaries"])
    partners = queries.run("actor_partners", Scope(), db, actor="RUS").set_index("counterpart")
    assert partners.loc["PRK", "incidents"] == 11 and partners.loc["PRK", "conflict"] == 0
    assert partners.loc["UKR", "as_source"] == 1 and partners.loc["UKR", "as_target"] == 1
    trend = queries.run("actor_trend", Scope(), db, actor="RUS")
    dated_incidents = {incident_key(e) for e in expected if e["event_date"]}
    assert trend["cooperation"].sum() + trend["conflict"].sum() == len(dated_incidents)
    assert (trend["net"] == trend["cooperation"] - trend["conflict"]).all()
    assert queries.run("actor_profile", Scope(), db, actor="nobody").empty


def test_dyad_trend_totals_agree_with_the_matrix(db: Database) -> None:
    scope = Scope(start=date(2019, 1, 1))  # dated events only, as the trend is
    trend = queries.run("dyad_trend", scope, db)
    matrix = queries.run("dyad_matrix", scope, db).set_index(["source_country", "target_country"])
    per_dyad = trend.groupby(["source_country", "target_country"])["incidents"].sum()
    assert per_dyad.to_dict() == matrix["incidents"].to_dict()
    assert (trend.groupby(["source_country", "target_country"])["dyad_incidents"].first() == per_dyad).all()


def test_event_type_counts_match_the_reference(db: Database) -> None:
    df = queries.run("event_type_counts", Scope(), db).set_index("type")
    expected = ref_events(Scope())
    assert df["events"].to_dict() == dict(Counter(e["type"] for e in expected))
    assert df.loc["AID", "incidents"] == 5 and df.loc["AID", "quad_class"] == "material cooperation"


def test_relationship_statements_are_the_listed_statements_in_the_list_order(db: Database) -> None:
    every = queries.run("relationships", Scope(), db).drop(columns="total")
    wanted = every["relationship_id"].iloc[[3, 0, 5]].tolist() + ["no-such-statement"]
    got = queries.run("relationship_statements", Scope(), db, relationship_ids=wanted)
    assert got["relationship_id"].tolist() == wanted[:3]
    expected = every.set_index("relationship_id").loc[wanted[:3]].reset_index()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected[got.columns], check_dtype=False)
    assert queries.run("relationship_statements", Scope(), db, relationship_ids=[]).empty


def test_actors_list_ingest_log_and_incident_events(db: Database) -> None:
    actors = queries.run("actors_list", Scope(), db).set_index("actor_id")
    assert len(actors) == len(FX.actors)
    rus = sum(1 for e in FX.events if "RUS" in (e["source_actor"], e["target_actor"], e["source_country"], e["target_country"]))
    assert actors.loc["RUS", "n_events"] == rus and actors.index[0] == "RUS"
    assert actors.loc["mark-rutte", "n_events"] == 0
    log = queries.run("ingest_log", Scope(), db)
    assert log.iloc[0]["outcome"] == "flagged" and log["logged_at"].is_monotonic_decreasing
    assert set(log["outcome"]) == {"stored", "duplicate", "failed", "flagged"}
    reports = queries.run("incident_events", Scope(), db, incident_ids=["inc-2024-treaty"])
    assert list(reports["event_id"]) == ["ev23", "ev25", "ev26"]
    # several at once come grouped in the order asked, each in its own order; an unknown id, or
    # the id of an event that has an incident, cites nothing
    many = queries.run("incident_events", Scope(), db,
                       incident_ids=["ev01", "inc-2024-treaty", "no-such-id", "inc-2019-summit"])
    summit = [e["id"] for e in FX.events if e["incident_id"] == "inc-2019-summit"]
    assert list(many["event_id"]) == ["ev23", "ev25", "ev26"] + sorted(summit, key=list(many["event_id"]).index)
    assert list(many["incident_id"]) == ["inc-2024-treaty"] * 3 + ["inc-2019-summit"] * len(summit)
    with pytest.raises(QueryError, match="incident_ids must be a list"):
        queries.run("incident_events", Scope(), db, incident_ids="inc-2024-treaty")


def test_an_event_without_an_incident_counts_as_its_own(db: Database, tmp_path: Path) -> None:
    # ingest gives every event an incident; the schema allows none, and queries must still hold
    from dashboard.db import open_build

    builder = open_build(db.path, tmp_path / "orphan.duckdb")
    builder.execute("UPDATE events SET incident_id = NULL WHERE id = 'ev40'")
    builder.execute("DELETE FROM incidents WHERE id = 'inc-undated-accuse'")
    builder.finish()
    orphan_db = Database(tmp_path / "orphan.duckdb")
    try:
        timeline = queries.run("timeline", Scope(), orphan_db).set_index("incident_id")
        row = timeline.loc["ev40"]
        assert (row["dyad"], row["type"], row["quad_class"], row["n_sources"]) == \
            ("Ukraine → Russia", "ACCUSE", "verbal conflict", 1)
        head = queries.run("headline_figures", Scope(), orphan_db).iloc[0]
        assert head["incidents"] == queries.run("headline_figures", Scope(), db).iloc[0]["incidents"]
        assert "ev40" in set(queries.run("key_developments", Scope(), orphan_db, limit=100)["incident_id"])
        cited = queries.run("incident_events", Scope(), orphan_db, incident_ids=["ev40"])
        assert list(cited["event_id"]) == ["ev40"] and list(cited["incident_id"]) == ["ev40"]
    finally:
        orphan_db.close()


def test_extra_parameters_of_the_wrong_kind_are_refused_clearly(db: Database) -> None:
    with pytest.raises(QueryError, match="limit must be a whole number"):
        queries.run("events", Scope(), db, limit="10; DROP TABLE events")
    with pytest.raises(QueryError, match="limit must be a whole number"):
        queries.run("events", Scope(), db, limit=-1)
    with pytest.raises(QueryError, match="actor must be text"):
        queries.run("actor_profile", Scope(), db, actor=["RUS"])
    assert len(queries.run("events", Scope(), db, limit=None)) == 40


def _reference_reports() -> dict[str, list[dict]]:
    """Every report (event joined to a stored document) of each incident, whatever the scope."""
    documents = {d["id"]: d for d in FX.documents}
    reports: dict[str, list[dict]] = {}
    for e in FX.events:
        if e["document_id"] in documents:
            reports.setdefault(incident_key(e), []).append({**e, "doc": documents[e["document_id"]]})
    return reports


def test_first_reports_and_document_lists_stored_at_publish_match_every_report(db: Database) -> None:
    # incidents.first_* / document_ids are computed once at publish; a narrow scope must still
    # show the facts over *all* reports, as n_sources counts them all.
    reports = _reference_reports()
    for scope in (Scope(), Scope(start=date(2024, 1, 1)), Scope(actors=("RUS",), statuses=("asserted",))):
        timeline = queries.run("timeline", scope, db).set_index("incident_id")
        developments = queries.run("key_developments", scope, db, limit=1000).set_index("incident_id")
        assert len(timeline) > 0 and set(developments.index) == set(timeline.index)
        for key, row in timeline.iterrows():
            by_date = sorted(reports[key], key=lambda r: (r["doc"]["published"] or date.max, r["document_id"]))
            first = by_date[0]["doc"]
            assert (row["first_document_id"], row["first_doc_title"], row["first_doc_source"]) == \
                (first["id"], first["title"], first["source"]), key
            mode = row["mode"] if isinstance(row["mode"], str) else None  # a NULL arrives as NaN
            assert mode in {r["mode"] for r in reports[key]
                                   if r["confidence"] == max(x["confidence"] for x in reports[key])}
            ordered = list(dict.fromkeys(r["document_id"] for r in by_date))
            assert list(developments.loc[key, "document_ids"]) == ordered, key


# ---------------------------------------------------------------- whole and cut incidents

_PRECISION_RANK = {"day": 1, "published": 2, "month": 3, "year": 4}
_STATUS_RANK = {"asserted": 1, "planned": 2, "hypothetical": 3, "negated": 4}


def ref_scoped_incidents(scope: Scope, events: list[dict] | None = None) -> dict[str, tuple]:
    """Each incident in scope aggregated from its reports in scope, in plain Python: the date of
    its most precise reports, the strongest status, the number of reports in scope."""
    members: dict[str, list[dict]] = {}
    for e in (e for e in (FX.events if events is None else events) if in_scope(e, scope)):
        members.setdefault(incident_key(e), []).append(e)
    out = {}
    for key, reports in members.items():
        def rank(e: dict) -> int:
            return 6 if e["event_date"] is None else _PRECISION_RANK.get(e["date_precision"], 5)
        best = min(rank(e) for e in reports)
        precise = [e for e in reports if rank(e) == best and e["event_date"] is not None]
        first = min((e["event_date"] for e in precise), default=None)
        last = max((e["event_date_end"] or e["event_date"] for e in precise), default=None)
        status = min((e["status"] for e in reports), key=_STATUS_RANK.__getitem__)
        out[key] = (first, last, status, len(reports))
    return out


def _cutting_scopes() -> list[Scope]:
    """Scopes that take in some reports of an incident but not others, beside ones that do not."""
    multi_dated = sorted({e["event_date"] for e in FX.events if e["event_date"] is not None
                          and sum(o["incident_id"] == e["incident_id"] for o in FX.events) > 1})
    scopes = [Scope(), Scope(statuses=("asserted",)), Scope(statuses=("planned",)),
              Scope(statuses=("planned", "hypothetical", "negated")),
              Scope(actors=("vladimir-putin",)), Scope(actors=("kim-jong-un", "RUS"), match="between"),
              Scope(actors=("RUS", "PRK"), match="between", min_sources=2), Scope(types=("CONSULT", "AID"))]
    for day in multi_dated:
        scopes += [Scope(start=day), Scope(end=day), Scope(start=day, end=day, statuses=("asserted",))]
    return scopes


@pytest.mark.parametrize("scope", _cutting_scopes(), ids=lambda s: s.describe())
def test_incidents_in_scope_match_the_reference_whether_whole_or_cut(db: Database, scope: Scope) -> None:
    # Whole incidents come from their stored facts, cut ones from their reports in scope: either
    # way the rows must be what aggregating the reports in scope gives.
    assert timeline_incidents(db, scope) == ref_scoped_incidents(scope)


def timeline_incidents(db: Database, scope: Scope) -> dict[str, tuple]:
    def day(value: object) -> date | None:
        return None if value is None or value != value else value.date()  # NaT != NaT
    df = queries.run("timeline", scope, db, limit=None)
    return {row.incident_id: (day(row.event_date), day(row.event_date_end), row.status, row.n_events)
            for row in df.itertuples()}


def test_a_status_filter_splitting_an_incident_aggregates_its_reports(db: Database, tmp_path: Path) -> None:
    # One report of the three-report treaty incident made 'planned': an asserted-only or a
    # planned-only scope now takes in part of it, so it must be aggregated, not read whole.
    from dashboard.db import open_build
    from dashboard.incidents import fill_report_facts

    builder = open_build(db.path, tmp_path / "mixed.duckdb")
    builder.execute("UPDATE events SET status = 'planned' WHERE id = 'ev26'")
    fill_report_facts(builder.execute)
    builder.finish()
    events = [{**e, "status": "planned"} if e["id"] == "ev26" else e for e in FX.events]
    mixed = Database(tmp_path / "mixed.duckdb")
    try:
        for statuses in (("asserted",), ("planned",), ("asserted", "planned")):
            scope = Scope(statuses=statuses)
            expected = ref_scoped_incidents(scope, events)
            assert timeline_incidents(mixed, scope) == expected, statuses
        assert ref_scoped_incidents(Scope(statuses=("planned",)), events)["inc-2024-treaty"][3] == 1
    finally:
        mixed.close()


def test_the_cutting_scopes_do_cut_incidents() -> None:
    # so the test above exercises the aggregation of cut incidents, not only the stored facts
    sizes = Counter(incident_key(e) for e in FX.events)
    cut = {key for scope in _cutting_scopes()
           for key, facts in ref_scoped_incidents(scope).items() if facts[3] < sizes[key]}
    assert len(cut) >= 3, cut


def test_the_scope_bloom_bits_match_the_bits_incidents_store(db: Database) -> None:
    # Scope.params() computes $actor_bits in Python; incidents store theirs in SQL at publish.
    # If the two disagreed, an incident naming a selected actor could be ruled out unseen.
    from dashboard.scope import actor_bits

    rows = db.query("SELECT source_ids, target_ids, source_bloom, target_bloom FROM incidents")
    assert len(rows) == len(FX.incidents)
    checked = 0
    for row in rows.itertuples():
        for ids, bloom in ((row.source_ids, row.source_bloom), (row.target_ids, row.target_bloom)):
            for actor in ids:
                assert int(bloom) & actor_bits([actor]), (actor, bloom)
                checked += 1
    assert checked > 60
    assert actor_bits([]) == 0 and actor_bits(["RUS", "PRK"]) == actor_bits(["RUS"]) | actor_bits(["PRK"])


def test_an_actor_whose_bloom_bit_is_the_top_one_binds_and_matches(db: Database) -> None:
    # 'actor7' hashes to bit 63: the mask no longer fits a signed 64-bit integer and is bound as
    # an unsigned one; an unknown id beside a real one changes nothing.
    from dashboard.scope import actor_bits

    assert actor_bits(["actor7"]) == 1 << 63
    for name in ("timeline", "key_developments", "actor_network_edges"):
        alone = queries.run(name, Scope(actors=("RUS",)), db)
        beside = queries.run(name, Scope(actors=("actor7", "RUS")), db)
        pd_equal = alone.reset_index(drop=True).equals(beside.reset_index(drop=True))
        assert pd_equal and len(alone) > 0, name


@pytest.mark.parametrize("scope", [Scope(actors=("RUS",)), Scope(actors=("RUS", "PRK")),
                                   Scope(actors=("RUS", "PRK"), match="between"), Scope(actors=("PRK",), match="between"),
                                   Scope(actors=("CHN", "USA"), start=date(2024, 1, 1), statuses=("asserted",)),
                                   Scope(actors=("RUS", "PRK"), match="between", min_sources=2)],
                         ids=lambda s: s.describe())
@pytest.mark.parametrize("name", ["timeline", "pair_sides", "key_developments", "actor_network_edges",
                                  "headline_figures", "events", "event_type_counts", "actor_activity"])
def test_states_selected_by_code_find_the_incidents_their_actor_lists_find(db: Database, name: str, scope: Scope) -> None:
    # With codes only, incidents are found by their countries instead of their actor lists, and
    # events by their countries instead of their actors too ($actor_codes_only): the rows must be
    # the same as reading the lists and actors gives.
    params = queries.bind(name, scope)
    assert params["actor_codes_only"] is True
    by_country = db.query(queries.get(name).sql, params)
    by_list = db.query(queries.get(name).sql, {**params, "actor_codes_only": False})
    assert len(by_country) > 0 or scope.match == "between"  # (between PRK alone: PRK against itself)
    pd.testing.assert_frame_equal(by_country.reset_index(drop=True), by_list.reset_index(drop=True))
    assert queries.bind(name, scope.with_(actors=(*scope.actors, "vladimir-putin")))["actor_codes_only"] is False


# ---------------------------------------------------------------- incidents in scope kept per scope

SHARING = sorted(name for name, q in load_queries().items() if q.shared_sql is not None)


def test_the_queries_starting_from_incidents_in_scope_have_a_variant_reading_a_kept_table() -> None:
    assert {"timeline", "key_developments", "actor_network_nodes", "actor_network_edges",
            "events_by_month", "dyad_matrix", "actor_profile", "actor_partners", "actor_trend"} <= set(SHARING)
    for name in SHARING:
        q = queries.get(name)
        # the kept table's name is a bound value, so the variant is one text for every scope
        assert f"query_table(${queries.SHARED_TABLE_PARAM})" in q.shared_sql
        assert queries.SHARED_TABLE_PARAM not in queries.used_params(q.sql)
        assert set(q.shared_params) <= set(q.params)


@pytest.mark.parametrize("name", SHARING)
def test_a_query_on_kept_incidents_gives_what_its_plain_statement_gives(db: Database, name: str) -> None:
    extra = {"actor": "RUS"} if "actor" in queries.get(name).extras else {}
    compared = 0
    for scope in _cutting_scopes()[4:12]:  # actors, pairs, minimum sources, types, date bounds
        kept = queries.run(name, scope, db, **extra)
        plain = db.query(queries.get(name).sql, queries.bind(name, scope, **extra))
        pd.testing.assert_frame_equal(kept.reset_index(drop=True), plain.reset_index(drop=True),
                                      check_dtype=False, obj=f"{name} for {scope.describe()}")
        compared += len(plain)
    assert compared > 0


def test_a_pages_queries_on_one_scope_compute_its_incidents_once(tmp_path: Path) -> None:
    fresh = Database(build_fixture_db(tmp_path / "sitrep.duckdb"))
    try:
        scope = Scope(actors=("RUS",))
        timeline = queries.run("timeline", scope, fresh, limit=None)
        for name in ("key_developments", "actor_network_nodes", "actor_network_edges", "events_by_month"):
            queries.run(name, scope, fresh)
        kept = fresh.shared_tables()
        assert list(kept.values()) == [len(timeline)] and len(timeline) > 0
        queries.run("timeline", scope.with_(start=date(2024, 1, 1)), fresh)
        assert len(fresh.shared_tables()) == 2  # another scope, other incidents
        # the whole store is read from the stored incidents directly: nothing to keep
        fresh.forget_shared()
        queries.run("timeline", Scope(), fresh)
        assert fresh.shared_tables() == {}
    finally:
        fresh.close()


def test_an_actors_queries_compute_its_incidents_once_per_scope_and_actor(tmp_path: Path) -> None:
    fresh = Database(build_fixture_db(tmp_path / "sitrep.duckdb"))
    try:
        for name in ("actor_profile", "actor_trend", "actor_partners"):
            queries.run(name, Scope(), fresh, actor="PRK")
        assert [key[0] for key in fresh.shared_tables()] == ["actor_incidents"]
        queries.run("actor_profile", Scope(), fresh, actor="RUS")
        queries.run("actor_profile", Scope(start=date(2024, 1, 1)), fresh, actor="RUS")
        assert len(fresh.shared_tables()) == 3
    finally:
        fresh.close()


def test_a_query_reading_two_kept_blocks_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    for block in ("scoped_events", "scoped_incidents", "actor_incidents"):
        (tmp_path / "shared" / f"{block}.sql").write_text((SHARED / f"{block}.sql").read_text())
    path = write(tmp_path, "both.sql", "-- both: x\n-- params: $actors $match $start $end $types $statuses "
                 "$min_sources $actor_bits $actor_codes_only $include_learned $actor\n-- columns: n BIGINT\nWITH\n{{ scoped_events }},\n"
                 "{{ scoped_incidents }},\n{{ actor_incidents }}\nSELECT count(*) AS n FROM actor_incidents, scoped_incidents")
    with pytest.raises(QueryError, match="both.sql: includes actor_incidents and scoped_incidents"):
        parse_query(path)


@pytest.mark.parametrize("scope", [Scope(), Scope(statuses=("asserted",)), Scope(actors=("PRK",)),
                                   Scope(end=date(2023, 12, 31)), Scope(types=("NO_SUCH_TYPE",))],
                         ids=lambda s: s.describe())
def test_latest_event_date_is_the_timelines_latest_incident_date(db: Database, scope: Scope) -> None:
    timeline = queries.run("timeline", scope, db, limit=None)
    latest = queries.run("latest_event_date", scope, db)["latest"]
    assert len(latest) == 1
    if timeline["event_date"].notna().any():
        assert latest.iloc[0] == timeline["event_date"].max()
    else:
        assert pd.isna(latest.iloc[0])


def test_relationships_limit_keeps_the_most_recent_and_says_how_many_there_are(db: Database) -> None:
    every = queries.run("relationships", Scope(), db)
    few = queries.run("relationships", Scope(), db, limit=3)
    assert list(few["relationship_id"]) == list(every["relationship_id"][:3])
    assert set(few["total"]) == set(every["total"]) == {len(every)}


@pytest.mark.parametrize("scope", [Scope(), Scope(actors=("PRK",)), Scope(start=date(2024, 1, 1), min_sources=2),
                                   Scope(types=("NO_SUCH_TYPE",))], ids=lambda s: s.describe())
def test_the_count_queries_give_the_headline_figures_counts(db: Database, scope: Scope) -> None:
    head = queries.run("headline_figures", scope, db).iloc[0]
    assert queries.run("incident_count", scope, db)["incidents"].tolist() == [head["incidents"]]
    assert queries.run("event_count", scope, db)["events"].tolist() == [head["events"]]


# ---------------------------------------------------------------- prefetch: a page's calls started at once

PREFETCHED = [("headline_figures", Scope(actors=("RUS",)), {}), ("timeline", Scope(actors=("RUS",)), {"limit": 50}),
              ("pair_sides", Scope(start=date(2024, 1, 1)), {}), ("events", Scope(), {"limit": 20}),
              ("incident_events", Scope(), {"incident_ids": ["inc-x"]})]


def test_a_prefetched_call_is_run_once_and_gives_the_rows_of_running_it(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [queries.run(name, scope, db, **extra) for name, scope, extra in PREFETCHED]
    executed: list[str] = []
    real = queries._execute

    def counting(query, scope, params, database, keep=True):
        executed.append(query.name)
        return real(query, scope, params, database, keep)
    monkeypatch.setattr(queries, "_execute", counting)

    assert queries.prefetch(PREFETCHED, db) == len(PREFETCHED)
    assert queries.prefetch(PREFETCHED[:2], db) == 0  # started already: not again
    got = [queries.run(name, scope, db, **extra) for name, scope, extra in PREFETCHED]
    assert sorted(executed) == sorted(name for name, _, _ in PREFETCHED)
    for rows, want in zip(got, expected):
        pd.testing.assert_frame_equal(rows, want)
    # taken once: asking again runs the query again
    queries.run(*PREFETCHED[0][:2], db)
    assert len(executed) == len(PREFETCHED) + 1


def test_a_failing_prefetched_call_fails_the_run_that_takes_it(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(query, scope, params, database, keep=True):
        raise RuntimeError(f"{query.name}: disk on fire")
    monkeypatch.setattr(queries, "_execute", broken)
    queries.prefetch([("event_count", Scope(), {})], db)
    monkeypatch.undo()
    with pytest.raises(RuntimeError, match="event_count: disk on fire"):
        queries.run("event_count", Scope(), db)
    assert len(queries.run("event_count", Scope(), db)) == 1  # the next run is a fresh one


def test_prefetched_rows_are_kept_only_when_two_calls_read_them(db: Database) -> None:
    db.forget_shared()
    narrow, other = Scope(actors=("RUS",), start=date(2024, 1, 1)), Scope(actors=("PRK",), start=date(2023, 1, 1))
    calls = [("timeline", narrow, {"limit": 50}), ("pair_sides", narrow, {}), ("pair_sides", other, {})]
    expected = [queries.run(n, s, db, **x) for n, s, x in calls]
    db.forget_shared()
    queries.prefetch(calls, db)
    got = [queries.run(n, s, db, **x) for n, s, x in calls]
    for rows, want in zip(got, expected):
        pd.testing.assert_frame_equal(rows, want)
    kept = {dict(key[1])["actors"] for key in db.shared_tables()}
    assert kept == {("RUS",)}  # read twice: kept; PRK's period read once: its plain statement ran
    db.forget_shared()


def test_prefetch_checks_its_calls_as_run_does(db: Database) -> None:
    with pytest.raises(QueryError, match="takes no parameter"):
        queries.prefetch([("events", Scope(), {"nonsense": 1})], db)
    with pytest.raises(QueryError, match="match must be one of"):
        queries.prefetch([("events", Scope(match="'; DROP TABLE events; --"), {})], db)


def test_a_call_started_on_a_replaced_file_does_not_answer_for_the_new_one(tmp_path: Path) -> None:
    path = build_fixture_db(tmp_path / "sitrep.duckdb")
    database = Database(path)
    queries.prefetch([("event_count", Scope(), {})], database)
    before = queries.run("document_count", Scope(), database)["documents"].iloc[0]  # the first file is open
    replacement = build_fixture_db(tmp_path / "other.duckdb")
    # a new file without events, published over the old one by rename as ingest does
    import duckdb
    con = duckdb.connect(str(replacement))
    con.execute("DELETE FROM events")
    con.close()
    replacement.replace(path)
    assert queries.run("event_count", Scope(), database)["events"].iloc[0] == 0
    assert before > 0
    queries.forget_prefetched()
    database.close()
