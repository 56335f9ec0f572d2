"""The queries behind the briefing's key points (pair_sides, pending_incidents) on the fixture database.

Expected counts come from a plain-Python reading of the fixture rows (tests/_fixture_db.py) that
applies the scope rules on its own, not from the SQL; the key points built on these queries are
checked in tests/test_briefing.py.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd
import pytest

from _fixture_db import build_fixture_db, event_in_scope, load_fixture
from dashboard import briefing, queries
from dashboard.db import Database
from dashboard.scope import Scope

FX = load_fixture()
STATUS_RANK = {"asserted": 1, "planned": 2, "hypothetical": 3, "negated": 4}
SCOPES = [
    Scope(),
    Scope(start=date(2024, 1, 1), end=date(2024, 12, 31)),
    Scope(actors=("RUS",)),
    Scope(actors=("PRK", "KOR"), match="between"),
    Scope(statuses=("planned", "hypothetical")),
    Scope(min_sources=2),
    Scope(statuses=tuple(STATUS_RANK)),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = Database(build_fixture_db(tmp_path_factory.mktemp("briefing_queries") / "sitrep.duckdb"))
    yield database
    database.close()


# ---------------------------------------------------------------- reference reading of the fixture


in_scope = event_in_scope


def ref_incidents(scope: Scope) -> dict[str, dict]:
    """Incidents with a report in scope: the incident's sides, and the strongest status in scope."""
    found: dict[str, dict] = {}
    for e in FX.events:
        if not in_scope(e, scope):
            continue
        key = e["incident_id"] or e["id"]
        incident = FX.incidents.get(e["incident_id"]) if e["incident_id"] else None
        entry = found.setdefault(key, {
            "source": incident["source_country"] if incident else (e["source_country"] or e["source_actor"]),
            "target": incident["target_country"] if incident else (e["target_country"] or e["target_actor"]),
            "quad_class": e["quad_class"],
            "status": e["status"],
        })
        if STATUS_RANK[e["status"]] < STATUS_RANK[entry["status"]]:
            entry["status"] = e["status"]
    return found


def ref_pair_sides(incidents: dict[str, dict]) -> tuple[Counter, Counter, Counter]:
    """Incidents per (pair, side), per pair and per side."""
    by_pair_side: Counter = Counter()
    by_pair: Counter = Counter()
    by_side: Counter = Counter()
    for inc in incidents.values():
        side = "conflict" if (inc["quad_class"] or "").endswith("conflict") else "cooperation"
        by_side[side] += 1
        if inc["source"] and inc["target"] and inc["source"] != inc["target"]:
            pair = tuple(sorted((inc["source"], inc["target"])))
            by_pair_side[(pair, side)] += 1
            by_pair[pair] += 1
    return by_pair_side, by_pair, by_side


def level(frame, name: str) -> list[dict]:
    return frame[frame["level"] == name].to_dict("records")


# ---------------------------------------------------------------- pair_sides


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: repr(s)[:60])
def test_pair_sides_counts_match_the_reference(db: Database, scope: Scope) -> None:
    frame = queries.run("pair_sides", scope, db)
    by_pair_side, by_pair, by_side = ref_pair_sides(ref_incidents(scope))
    assert {((r["a"], r["b"]), r["side"]): r["incidents"] for r in level(frame, "pair_side")} == dict(by_pair_side)
    assert {(r["a"], r["b"]): r["incidents"] for r in level(frame, "pair")} == dict(by_pair)
    assert {r["side"]: r["incidents"] for r in level(frame, "side")} == dict(by_side)
    assert set(frame["level"]) <= {"pair_side", "pair", "side"}


def test_pair_sides_names_each_pair_once_in_id_order_with_display_names(db: Database) -> None:
    frame = queries.run("pair_sides", Scope(), db)
    pairs = level(frame, "pair")
    assert pairs and all(r["a"] < r["b"] for r in pairs)
    for r in pairs:
        assert r["pair"] == f"{FX.actors[r['a']]['name']} – {FX.actors[r['b']]['name']}"
    sides = level(frame, "side")
    assert sides and all(briefing.is_missing(r["a"]) and briefing.is_missing(r["pair"]) and len(r["incident_ids"]) == 0
                         for r in sides)


def test_pair_sides_cites_the_best_corroborated_then_newest_incidents_of_each_pair(db: Database) -> None:
    frame = queries.run("pair_sides", Scope(), db, limit=3)
    incidents = ref_incidents(Scope())

    def order(key: str) -> tuple:
        inc = FX.incidents[key]
        # most documents, then newest (undated last), then id
        return (-inc["n_documents"], -(inc["event_date"] or date.min).toordinal(), key)

    checked = 0
    for r in level(frame, "pair_side") + level(frame, "pair"):
        members = [k for k, inc in incidents.items()
                   if inc["source"] and inc["target"] and tuple(sorted((inc["source"], inc["target"]))) == (r["a"], r["b"])
                   and (briefing.is_missing(r["side"]) or briefing.side_of(inc["quad_class"]) == r["side"])]
        assert list(r["incident_ids"]) == sorted(members, key=order)[:3]
        checked += len(members) > 3
    assert checked, "the fixture should have a pair with more incidents than the limit"


# ---------------------------------------------------------------- pending_incidents


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: repr(s)[:60])
def test_pending_incidents_are_the_planned_and_hypothetical_ones_with_exact_counts(db: Database, scope: Scope) -> None:
    frame = queries.run("pending_incidents", scope, db, limit=1000)
    pending = {k: v["status"] for k, v in ref_incidents(scope).items() if v["status"] in ("planned", "hypothetical")}
    assert dict(zip(frame["incident_id"], frame["status"])) == pending
    if pending:
        assert set(frame["planned"]) == {sum(s == "planned" for s in pending.values())}
        assert set(frame["possible"]) == {sum(s == "hypothetical" for s in pending.values())}


def test_pending_incidents_limit_keeps_the_newest_and_the_full_counts(db: Database) -> None:
    everything = queries.run("pending_incidents", Scope(), db, limit=1000)
    assert len(everything) >= 3
    dates = [d for d in everything["event_date"] if d is not None and d == d]
    assert dates == sorted(dates, reverse=True)
    first_two = queries.run("pending_incidents", Scope(), db, limit=2)
    assert list(first_two["incident_id"]) == list(everything["incident_id"][:2])
    assert (first_two["planned"].iloc[0], first_two["possible"].iloc[0]) == \
        (everything["planned"].iloc[0], everything["possible"].iloc[0])
    assert all(h for h in everything["headline"])  # every fixture incident has a headline
    assert queries.run("pending_incidents", Scope(statuses=("asserted",)), db).empty


# ---------------------------------------------------------------- capped charts


def test_capped_caption_speaks_only_when_the_scope_has_more_than_the_limit() -> None:
    assert briefing.capped_caption(315, 2000) is None
    assert briefing.capped_caption(2000, 2000) is None
    assert briefing.capped_caption(5, None) is None
    assert briefing.capped_caption(268_113, 2000) == (
        "Showing the 2,000 most-corroborated of 268,113 incidents; narrow the filters to see the rest.")
    assert briefing.capped_caption(3, 2) == "Showing the 2 most-corroborated of 3 incidents; narrow the filters to see the rest."


# ---------------------------------------------------------------- relationship_milestones

WINDOWS = [(None, None), (date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), None),
           (None, date(2022, 12, 31)), (date(2019, 4, 25), date(2019, 4, 25))]


def reference_milestones(every: pd.DataFrame, start: date | None, end: date | None) -> dict[str, dict]:
    """Each tie's first statement (when in the window) and latest denial in the window, read from
    every statement in plain Python: what relationship_milestones must give."""
    def in_window(day: date | None) -> bool:
        if day is None:
            return start is None and end is None
        return (start is None or day >= start) and (end is None or day <= end)

    by_key: dict[tuple, list[dict]] = {}
    for r in every.to_dict("records"):
        a = r["source_country"] if r["source_country"] is not None else r["source_actor"]
        b = r["target_country"] if r["target_country"] is not None else r["target_actor"]
        if a is None or b is None or a == b:
            continue
        key = (min(a, b), max(a, b), r["type"]) if r["type"] in briefing.SYMMETRIC_TYPES else (a, b, r["type"])
        day = None if pd.isna(r["stated_on"]) else pd.Timestamp(r["stated_on"]).date()
        by_key.setdefault(key, []).append({"id": r["relationship_id"], "day": day, "negated": bool(r["negated"])})
    found: dict[tuple, dict] = {}
    for key, statements in by_key.items():
        positive = sorted((s for s in statements if not s["negated"]),
                          key=lambda s: (s["day"] is None, s["day"] or date.min, s["id"]))
        denials = [s for s in statements if s["negated"] and in_window(s["day"])]
        first = positive[0] if positive and in_window(positive[0]["day"]) else None
        denial = max(denials, key=lambda s: (s["day"] or date.min, s["id"])) if denials else None
        if first or denial:
            found[key] = {"first": first and (first["id"], first["day"]), "denial": denial and (denial["id"], denial["day"])}
    return found


@pytest.mark.parametrize("start, end", WINDOWS)
@pytest.mark.parametrize("scope", [Scope(), Scope(actors=("RUS",)), Scope(actors=("PRK", "RUS"), match="between"),
                                   Scope(actors=("KOR",))], ids=lambda s: s.describe())
def test_relationship_milestones_are_those_read_from_every_statement(db: Database, scope: Scope,
                                                                      start: date | None, end: date | None) -> None:
    windowed = scope.with_(start=start, end=end)
    every = queries.run("relationships", scope.with_(start=None, end=None), db)
    milestones = queries.run("relationship_milestones", windowed, db, symmetric_types=sorted(briefing.SYMMETRIC_TYPES))

    def day(value) -> date | None:
        return None if pd.isna(value) else pd.Timestamp(value).date()
    got = {(r["key_a"], r["key_b"], r["type"]): {
               "first": None if pd.isna(r["first_id"]) else (r["first_id"], day(r["first_on"])),
               "denial": None if pd.isna(r["denial_id"]) else (r["denial_id"], day(r["denied_on"]))}
           for r in milestones.to_dict("records")}
    assert got == reference_milestones(every, start, end)
    # and the points read them: the newest three of each kind, the rest counted
    points = {p.kind: p for p in briefing.relationship_points(milestones, {"RUS": "Russia"})}
    firsts = sorted(((v["first"][1] or date.min, k, v["first"][0]) for k, v in got.items() if v["first"]),
                    key=lambda x: (-x[0].toordinal(), x[1]))
    if firsts:
        assert points["relationships_new"].relationship_ids == tuple(x[2] for x in firsts[:3])
        assert points["relationships_new"].data["keys"] == sorted(k for k, v in got.items() if v["first"])
        assert ("more" in points["relationships_new"].text) == (len(firsts) > 3)
    else:
        assert "relationships_new" not in points
    assert ("relationships_broken" in points) == any(v["denial"] for v in got.values())


def test_the_windows_above_find_new_and_broken_ties(db: Database) -> None:
    # so the comparison above is not only between empty lists
    kinds = set()
    for start, end in WINDOWS:
        rows = queries.run("relationship_milestones", Scope(start=start, end=end), db,
                           symmetric_types=sorted(briefing.SYMMETRIC_TYPES))
        kinds |= {p.kind for p in briefing.relationship_points(rows, {})}
    assert kinds == {"relationships_new", "relationships_broken"}
