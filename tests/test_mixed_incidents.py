"""A mixed incident (reported by the rules and by the model) while model-read events are hidden.

Hidden (the app's default), every page must show such an incident exactly as a store built from
its rule-read reports alone shows it: its status, date, counts, headline, sides, mode and first
document, not the facts its model-read reports also fed. Two real stores are built by ingest's own
path (dashboard.ingest.ingest_extracted): one with every report, one with the same documents and
only the rules' events. Every query of every page (and the others taking the filter), the
Briefing's key points and the CSV downloads of the hidden view of the first must equal the second's,
for the default scope and for scopes that cut the mixed incidents (a date bound, a status, an actor).
Included, the model's reports count as before.
"""
from __future__ import annotations

import copy
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from _ingest_helpers import extracted_document, extracted_event, extracted_relationship
from dashboard import briefing, config, exports, opening, queries
from dashboard.db import Database
from dashboard.ingest import ingest_extracted
from dashboard.scope import Scope

# Three documents. The rules read, in R1, North Korea's troops as *planned* for 18 October 2024 and,
# in R2, North Korea consulting Russia on 19 June 2024; the model read, in M1 (published first, so
# the first document of both incidents when its reports count), the troops as *arrived* on
# 17 October (asserted, a day earlier: the same incident) and the consultation the other way round
# (Russia consulting North Korea: a symmetric type, so the same incident), both more confidently
# than the rules (so its sentences are the incidents' headlines when they count). A US accusation
# only the rules read and a China-Russia meeting only the model read complete the store.
R1 = "date 2024-10-19\nNorth Korea will send troops to Russia on 18 October 2024, officials said.\n"
R2 = ("date 2024-06-20\nNorth Korea held consultations with Russia on 19 June 2024.\n"
      "The United States accused China of arming Russia on 1 March 2024.\n")
M1 = ("date 2024-10-17\nNorth Korean soldiers arrived in Russia on 17 October 2024.\n"
      "Russian diplomats consulted North Korea on 19 June 2024.\n"
      "Chinese and Russian envoys sat down together in Beijing on 16 May 2024.\n")

R1_TROOPS = "North Korea will send troops to Russia on 18 October 2024, officials said."
R2_CONSULT = "North Korea held consultations with Russia on 19 June 2024."
R2_ACCUSE = "The United States accused China of arming Russia on 1 March 2024."
M1_TROOPS = "North Korean soldiers arrived in Russia on 17 October 2024."
M1_CONSULT = "Russian diplomats consulted North Korea on 19 June 2024."
M1_MEETING = "Chinese and Russian envoys sat down together in Beijing on 16 May 2024."


def _event(text: str, sentence: str, source: str, target: str, kind: str, day: str, *, method: str,
           confidence: float, status: str = "asserted", mode: str | None = None) -> dict:
    event = extracted_event(text, sentence, source, target, kind, day, method=method, confidence=confidence,
                            status=status)
    if mode:
        event["mode"] = mode
    return event


def corpus(*, rules_only: bool) -> list[tuple]:
    """The three documents with their extraction results; `rules_only` drops the model's events."""
    items = [
        extracted_document("troops-rules", "2024-10-19", R1, [
            _event(R1, R1_TROOPS, "PRK", "RUS", "AID", "2024-10-18", method="rules", confidence=0.55,
                   status="planned", mode="troops")],
            [extracted_relationship(R1, R1_TROOPS, "PRK", "RUS", "ALLY", method="rules", confidence=0.7)]),
        extracted_document("consultations-rules", "2024-06-20", R2, [
            _event(R2, R2_CONSULT, "PRK", "RUS", "CONSULT", "2024-06-19", method="rules", confidence=0.6),
            _event(R2, R2_ACCUSE, "USA", "CHN", "ACCUSE", "2024-03-01", method="rules", confidence=0.77)]),
        extracted_document("arrivals-model", "2024-10-17", M1, [
            _event(M1, M1_TROOPS, "PRK", "RUS", "AID", "2024-10-17", method="learned", confidence=0.9,
                   mode="soldiers"),
            _event(M1, M1_CONSULT, "RUS", "PRK", "CONSULT", "2024-06-19", method="learned", confidence=0.95),
            _event(M1, M1_MEETING, "CHN", "RUS", "CONSULT", "2024-05-16", method="learned", confidence=0.61)]),
    ]
    if rules_only:
        items = copy.deepcopy(items)
        for _, result in items:
            result["events"] = [e for e in result["events"] if e.get("method") != "learned"]
    return items


def _build(path: Path, *, rules_only: bool) -> Path:
    report = ingest_extracted(corpus(rules_only=rules_only), path)
    assert report.failed == 0, [o.reason for o in report.outcomes if o.outcome == "failed"]
    return path


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("mixed")
    full = Database(_build(folder / "full.duckdb", rules_only=False))
    rules = Database(_build(folder / "rules.duckdb", rules_only=True))
    yield full, rules
    full.close()
    rules.close()


def _incident_map(full: Database, rules: Database) -> dict[str, str]:
    """The full store's incident ids -> the rules-only store's, through the rule-read events both hold
    (an incident's id is a hash of its smallest event id, which a model-read report may be)."""
    a = full.query("SELECT id, incident_id FROM events WHERE method = 'rules'")
    b = rules.query("SELECT id, incident_id FROM events")
    merged = a.merge(b, on="id", suffixes=("_full", "_rules"))
    assert len(merged) == len(b)
    return dict(zip(merged["incident_id_full"], merged["incident_id_rules"]))


def _translate(value: Any, ids: dict[str, str]) -> Any:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None  # NaN, NaT and None alike (NaN never equals itself)
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, (list, tuple)):
        return type(value)(_translate(v, ids) for v in value)
    if hasattr(value, "tolist") and not isinstance(value, (pd.Timestamp,)) and getattr(value, "ndim", 0) == 1:
        return [_translate(v, ids) for v in value.tolist()]
    return value


def _canonical(frame: pd.DataFrame, ids: dict[str, str]) -> list[dict[str, Any]]:
    """Rows as plain values, the full store's incident ids translated; the build's clock left out."""
    return [{k: _translate(v, ids) for k, v in row.items() if k != "ingested_at"}
            for row in frame.astype(object).to_dict("records")]


#: Scopes of the hidden view: the opening one, and ones cutting the mixed incidents (a date bound
#: between their reports, a status only the rules' report has, an actor, a source minimum).
HIDDEN_SCOPES = (
    Scope(),
    Scope(start=date(2024, 10, 18)),
    Scope(statuses=("planned",)),
    Scope(actors=("PRK",), match="any"),
    Scope(actors=("RUS", "PRK"), match="between", start=date(2024, 1, 1)),
    Scope(min_sources=2),
)


def _extras(name: str, incident_ids: list[str], document_id: str) -> dict[str, Any]:
    query = queries.get(name)
    extra: dict[str, Any] = {}
    if "actor" in query.extras:
        extra["actor"] = "PRK"
    if "incident_ids" in query.extras:
        extra["incident_ids"] = incident_ids
    if "document_id" in query.extras:
        extra["document_id"] = document_id
    if "symmetric_types" in query.extras:
        extra["symmetric_types"] = ["AGREE", "CONSULT", "COOPERATE"]
    return extra


def _every_call(db: Database, scope: Scope, ids: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Each page's calls as the page makes them (opening.PAGES), keyed by the call (its incident ids
    translated by `ids`)."""
    found: dict[str, pd.DataFrame] = {}

    def run(name: str, scope_: Scope, **extra: Any) -> pd.DataFrame:
        rows = queries.run(name, scope_, db, **extra)
        found[f"{name} {scope_} {_translate(sorted(extra.items()), ids)}"] = rows
        return rows
    facts = opening.store_facts(run)
    for page in opening.PAGES:
        if page == "Actors":
            opening.actors_page(run, scope, facts, actor="PRK")
        else:
            opening.PAGES[page](run, scope, facts)
    return found


def test_the_stores_hold_mixed_incidents_with_different_facts(stores) -> None:
    full, rules = stores
    mixed = full.query("SELECT status, event_date, headline, source_country, first_doc_title FROM incidents "
                       "WHERE has_learned AND NOT learned_only ORDER BY type")
    assert len(mixed) == 2
    aid, consult = mixed.to_dict("records")
    # as stored over every report: the model's
    assert (aid["status"], str(aid["event_date"])[:10], aid["headline"]) == ("asserted", "2024-10-17", M1_TROOPS)
    assert (consult["source_country"], consult["headline"]) == ("RUS", M1_CONSULT)
    only = rules.query("SELECT status, event_date, headline, source_country FROM incidents ORDER BY type")
    assert ("planned", "2024-10-18", R1_TROOPS) in {(r["status"], str(r["event_date"])[:10], r["headline"])
                                                    for r in only.to_dict("records")}


@pytest.mark.parametrize("scope", HIDDEN_SCOPES, ids=str)
def test_every_page_shows_a_mixed_incident_as_the_rules_alone_read_it(stores, scope: Scope) -> None:
    full, rules = stores
    assert not scope.include_learned
    ids = _incident_map(full, rules)
    # the pages, as they make their calls
    got, want = _every_call(full, scope, ids), _every_call(rules, scope, {})
    assert set(got) == set(want)
    for call in want:
        if call.startswith("actors_list "):  # the actor picker: every actor with every event, not scoped
            continue
        assert _canonical(got[call], ids) == _canonical(want[call], {}), call
    # every other query taking the filter, with its extras (an incident's and a document's reports too)
    rule_incidents = sorted(set(ids.values()))
    full_incidents = sorted(ids)
    for name in queries.available():
        if "include_learned" not in queries.get(name).params:
            continue
        for document in ("troops-rules", "arrivals-model", "consultations-rules"):
            document_id = str(rules.query("SELECT id FROM documents WHERE title = $t",
                                          {"t": document.replace("-", " ").capitalize()})["id"].iloc[0])
            a = queries.run(name, scope, full, **_extras(name, full_incidents, document_id))
            b = queries.run(name, scope, rules, **_extras(name, rule_incidents, document_id))
            if "incident_ids" in queries.get(name).extras:  # rows in the order asked: compare as sets
                a, b = (f.sort_values(list(f.columns[:2])).reset_index(drop=True) for f in (a, b))
            assert _canonical(a, ids) == _canonical(b, {}), (name, document)
            if not ({"document_id", "incident_ids"} & set(queries.get(name).extras)):
                break


@pytest.mark.parametrize("scope", HIDDEN_SCOPES[:3], ids=str)
def test_key_points_and_downloads_are_the_rules_alone(stores, scope: Scope) -> None:
    full, rules = stores
    ids = _incident_map(full, rules)

    def points(db: Database) -> list[dict[str, Any]]:
        facts = opening.store_facts(lambda name, s, **extra: queries.run(name, s, db, **extra))
        found = briefing.key_points(lambda name, s, **extra: queries.run(name, s, db, **extra), scope,
                                    latest=facts.latest, names=facts.names)
        return [{k: _translate(v, ids) if k == "incident_ids" else v for k, v in asdict(p).items() if k != "data"}
                for p in found]
    assert points(full) == points(rules)
    for name, extra in (("timeline", {"limit": config.TIMELINE_LIMIT}), ("events", {"limit": config.EVENT_ROWS}),
                        ("key_developments", {})):
        a = queries.run(name, scope, full, **extra)
        b = queries.run(name, scope, rules, **extra)
        a = a.assign(**{c: a[c].map(lambda v: _translate(v, ids)) for c in a.columns if c == "incident_id"})
        assert exports.to_csv(a) == exports.to_csv(b), name


def test_included_the_models_reports_still_count(stores) -> None:
    full, _ = stores
    on = queries.run("timeline", Scope(include_learned=True), full)
    by_headline = {r["headline"]: r for r in on.to_dict("records")}
    troops = by_headline[M1_TROOPS]
    assert (troops["status"], str(troops["event_date"])[:10], troops["n_events"], troops["n_sources"]) == \
        ("asserted", "2024-10-17", 2, 2)
    assert troops["first_doc_title"] == "Arrivals model" and troops["mode"] == "soldiers"
    consult = by_headline[M1_CONSULT]
    assert (consult["source_country"], consult["target_country"]) == ("RUS", "PRK")
    off = queries.run("timeline", Scope(), full)
    by_headline = {r["headline"]: r for r in off.to_dict("records")}
    assert set(by_headline) == {R1_TROOPS, R2_CONSULT, R2_ACCUSE}
    troops = by_headline[R1_TROOPS]
    assert (troops["status"], str(troops["event_date"])[:10], troops["n_events"], troops["n_sources"]) == \
        ("planned", "2024-10-18", 1, 1)
    assert troops["first_doc_title"] == "Troops rules" and troops["mode"] == "troops"
    assert (by_headline[R2_CONSULT]["source_country"], by_headline[R2_CONSULT]["target_country"]) == ("PRK", "RUS")


def test_a_file_from_schema_9_upgrades_to_the_rules_view_of_its_mixed_incidents(tmp_path: Path) -> None:
    import duckdb  # only to fake an old file; the product reaches duckdb through dashboard.db

    from dashboard import ingest

    path = _build(tmp_path / "old.duckdb", rules_only=False)
    con = duckdb.connect(str(path))
    for column in [c[0] for c in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'incidents' AND column_name LIKE 'rules_%'").fetchall()]:
        con.execute(f"ALTER TABLE incidents DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.close()
    assert ingest.needs_upgrade(path)
    assert ingest.ensure_database(path, tmp_path / "no-articles-needed") is True  # the usual recompute
    old = Database(path)
    try:
        off = {r["headline"]: r for r in queries.run("timeline", Scope(), old).to_dict("records")}
        assert (off[R1_TROOPS]["status"], str(off[R1_TROOPS]["event_date"])[:10]) == ("planned", "2024-10-18")
        assert M1_TROOPS not in off
    finally:
        old.close()
