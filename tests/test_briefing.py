"""The bottom-line key points on the labelled fixture database.

Expected answers come from a plain-Python reading of the fixture's labelled rows
(tests/fixtures via tests/_fixture_db.py), not from the SQL the points are built on.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from _fixture_db import build_fixture_db, load_fixture
from dashboard import briefing, queries
from dashboard.briefing import comparison_window, key_points
from dashboard.db import Database
from dashboard.scope import DEFAULT_STATUSES, Scope

FX = load_fixture()
YEAR_2024 = Scope(start=date(2024, 1, 1), end=date(2024, 12, 31))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    database = Database(build_fixture_db(tmp_path_factory.mktemp("briefing") / "sitrep.duckdb"))
    yield lambda name, scope, **extra: queries.run(name, scope, database, **extra)
    database.close()


@pytest.fixture(scope="module")
def latest() -> date:
    return max(e["event_date"] for e in FX.events if e["event_date"] and e["status"] == "asserted")


# ---------------------------------------------------------------- reference reading of the fixture


def side(e: dict, which: str) -> str | None:
    return e[f"{which}_country"] or e[f"{which}_actor"]


def ref_incidents(start: date | None, end: date | None, statuses=DEFAULT_STATUSES) -> dict[str, dict]:
    """Incidents with at least one event in [start, end] (open: every event), by incident key."""
    found: dict[str, dict] = {}
    for e in FX.events:
        if e["status"] not in statuses:
            continue
        if start or end:
            if e["event_date"] is None or not (start <= e["event_date"] <= end):
                continue
        key = e["incident_id"] or e["id"]
        incident = FX.incidents.get(e["incident_id"]) if e["incident_id"] else None
        found[key] = {
            "source": incident["source_country"] if incident else side(e, "source"),
            "target": incident["target_country"] if incident else side(e, "target"),
            "quad_class": e["quad_class"],
            "status": incident["status"] if incident else e["status"],
            "n_documents": incident["n_documents"] if incident else 1,
        }
    return found


def pair_counts(incidents: dict[str, dict]) -> Counter:
    counts: Counter = Counter()
    for inc in incidents.values():
        if inc["source"] and inc["target"] and inc["source"] != inc["target"]:
            pair = tuple(sorted((inc["source"], inc["target"])))
            counts[(pair, "conflict" if inc["quad_class"].endswith("conflict") else "cooperation")] += 1
    return counts


def by_kind(points: list) -> dict[str, briefing.KeyPoint]:
    """The first point of each kind."""
    found: dict[str, briefing.KeyPoint] = {}
    for p in points:
        found.setdefault(p.kind, p)
    return found


# ---------------------------------------------------------------- the points


def test_the_default_briefing_has_three_to_six_points_each_citing_real_sentences(run, latest) -> None:
    points = key_points(run, Scope(), latest=latest)
    assert 3 <= len(points) <= 6
    texts = {d["id"]: d["text"] for d in FX.documents}
    for point in points:
        assert point.citations, point.kind
        for c in point.citations:
            # Provenance: every cited sentence is in the document it names.
            assert c.sentence and c.sentence in texts[c.document_id], (point.kind, c)
    # One of each kind comes before any second point of the same kind.
    families = [p.kind.split("_")[0] for p in points]
    assert {"corroborated", "change", "relationships", "dyads"} <= set(families)


def test_most_corroborated_is_the_incident_reported_by_most_documents(run, latest) -> None:
    point = by_kind(key_points(run, Scope(), latest=latest))["corroborated"]
    incidents = ref_incidents(None, None)
    best = max(inc["n_documents"] for inc in incidents.values())
    (incident_id,) = point.incident_ids
    assert incidents[incident_id]["n_documents"] == best == point.data["n_sources"] > 1
    assert f"reported by {best} independent documents" in point.text
    reporting = {e["document_id"] for e in FX.events if e["incident_id"] == incident_id}
    assert {c.document_id for c in point.citations} == reporting
    assert {c.event_id for c in point.citations} == {e["id"] for e in FX.events if e["incident_id"] == incident_id}


def test_largest_change_is_measured_against_the_previous_period_of_equal_length(run, latest) -> None:
    point = by_kind(key_points(run, YEAR_2024, latest=latest))["change"]
    window = point.data["window"]
    assert (window.start, window.end) == (YEAR_2024.start, YEAR_2024.end)
    assert window.previous_end == date(2023, 12, 31) and window.days == 366
    assert (window.previous_end - window.previous_start).days + 1 == 366

    now = pair_counts(ref_incidents(window.start, window.end))
    before = pair_counts(ref_incidents(window.previous_start, window.previous_end))
    biggest = max(abs(now[k] - before[k]) for k in set(now) | set(before))
    key = (tuple(point.data["pair"]), point.data["side"])
    assert (point.data["now"], point.data["before"]) == (now[key], before[key])
    assert abs(now[key] - before[key]) == biggest > 0
    verb = "rose" if now[key] > before[key] else "fell"
    assert f"{verb} to {now[key]} incident" in point.text
    # It cites what happened in the period that has the incidents.
    cited_period = (window.start, window.end) if verb == "rose" else (window.previous_start, window.previous_end)
    events = {e["id"]: e for e in FX.events}
    for c in point.citations:
        assert cited_period[0] <= events[c.event_id]["event_date"] <= cited_period[1]


def test_relationships_first_stated_in_the_window_exclude_restatements(run, latest) -> None:
    point = by_kind(key_points(run, YEAR_2024, latest=latest))["relationships_new"]
    first_stated: dict[tuple, date] = {}
    for r in FX.relationships:
        if r["negated"] or r["stated_on"] is None:
            continue
        a, b = side(r, "source"), side(r, "target")
        key = (*sorted((a, b)), r["type"]) if r["type"] in briefing.SYMMETRIC_TYPES else (a, b, r["type"])
        first_stated[key] = min(first_stated.get(key, r["stated_on"]), r["stated_on"])
    expected = sorted(k for k, d in first_stated.items() if YEAR_2024.start <= d <= YEAR_2024.end)
    assert [tuple(k) for k in point.data["keys"]] == expected
    # A type already stated before 2024 is not news in 2024.
    assert all(first_stated[tuple(k)] >= YEAR_2024.start for k in point.data["keys"])
    for c in point.citations:
        assert YEAR_2024.start <= c.published <= YEAR_2024.end and c.relationship_id


def test_a_denied_relationship_is_reported_as_denied_with_its_sentence(run, latest) -> None:
    year = Scope(start=date(2022, 1, 1), end=date(2022, 12, 31))
    point = by_kind(key_points(run, year, latest=latest, max_points=10))["relationships_broken"]
    denied = [r for r in FX.relationships if r["negated"] and r["stated_on"] and r["stated_on"].year == 2022]
    assert denied
    assert {c.relationship_id for c in point.citations} == {r["id"] for r in denied}
    assert all(c.status == "negated" for c in point.citations)
    assert "denied" in point.text


def test_most_active_pair_counts_both_directions(run, latest) -> None:
    point = by_kind(key_points(run, Scope(), latest=latest))["dyads"]
    counts = pair_counts(ref_incidents(None, None))
    totals: Counter = Counter()
    for (pair, _), n in counts.items():
        totals[pair] += n
    top_total = max(totals.values())
    pair = tuple(point.data["pair"])
    assert totals[pair] == top_total == point.data["total"]
    assert point.data["cooperation"] == counts[(pair, "cooperation")]
    assert point.data["conflict"] == counts[(pair, "conflict")]
    names = {a: FX.actors[a]["name"] for a in pair}
    assert all(name in point.text for name in names.values())


def test_plans_and_possibilities_are_labelled_in_words(run, latest) -> None:
    point = by_kind(key_points(run, Scope(), latest=latest))["outlook"]
    pending = {k: v for k, v in ref_incidents(None, None).items() if v["status"] in ("planned", "hypothetical")}
    assert set(point.data["all_incident_ids"]) == set(pending)
    assert point.data["planned"] == sum(v["status"] == "planned" for v in pending.values())
    assert point.data["possible"] == sum(v["status"] == "hypothetical" for v in pending.values())
    assert "planned: " in point.text and "possible: " in point.text
    assert {c.status for c in point.citations} <= {"planned", "hypothetical"}
    # Without planned and hypothetical statuses in scope there is nothing to label.
    asserted_only = key_points(run, Scope(statuses=("asserted",)), latest=latest)
    assert "outlook" not in by_kind(asserted_only)
    assert not any("planned: " in p.text or "possible: " in p.text for p in asserted_only)


def test_corroborated_planned_items_carry_their_label(run, latest) -> None:
    planned_only = Scope(statuses=("planned",))
    points = key_points(run, planned_only, latest=latest)
    corroborated = by_kind(points)["corroborated"]
    assert corroborated.data["status"] == "planned" and "planned: " in corroborated.text


def test_nothing_in_scope_gives_no_points(run, latest) -> None:
    assert key_points(run, Scope(actors=("no-such-actor",)), latest=latest) == []
    assert key_points(run, Scope(start=date(1990, 1, 1), end=date(1990, 12, 31)), latest=latest) == []


def test_comparison_windows() -> None:
    explicit = comparison_window(Scope(start=date(2024, 6, 1), end=date(2024, 6, 30)), date(2025, 9, 3))
    assert (explicit.previous_start, explicit.previous_end) == (date(2024, 5, 2), date(2024, 5, 31))
    assert explicit.days == 30
    open_range = comparison_window(Scope(), date(2025, 9, 3))
    assert open_range.end == date(2025, 9, 3) and open_range.days == briefing.OPEN_WINDOW_DAYS
    assert open_range.previous_end == open_range.start - timedelta(days=1)
    assert "latest 12 months" in open_range.label
    assert comparison_window(Scope(), None) is None
    only_start = comparison_window(Scope(start=date(2025, 1, 1)), date(2025, 9, 3))
    assert (only_start.start, only_start.end) == (date(2025, 1, 1), date(2025, 9, 3))


def test_headline_figures_value(run) -> None:
    figures = briefing.headline(run("headline_figures", Scope()))
    assert figures.incidents == len(ref_incidents(None, None))
    assert figures.span.startswith(min(e["event_date"] for e in FX.events if e["event_date"]).isoformat())
    empty = briefing.headline(run("headline_figures", Scope(actors=("no-such-actor",))))
    assert empty.incidents == 0 and empty.span == "no dated events"


# ---------------------------------------------------------------- the calls behind the points

SCOPES = [Scope(), YEAR_2024, Scope(start=date(2024, 1, 1)), Scope(actors=("RUS", "PRK"), match="between"),
          Scope(actors=("RUS",), start=date(2023, 6, 1), end=date(2024, 6, 30), min_sources=2)]


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.describe())
def test_key_point_calls_are_the_queries_key_points_runs_before_citing(run, latest, scope: Scope) -> None:
    made: list[tuple] = []

    def spy(name: str, sc: Scope, **extra):
        made.append((name, sc, extra))
        return run(name, sc, **extra)

    points = key_points(spy, scope, latest=latest, names={})
    assert points  # every scope above has events in the fixture
    citing = {"incident_events", "relationship_statements"}
    cited = [call for call in made if call[0] in citing]
    # the app starts these at once; the citations are one fetch of each kind at the end, after them all
    assert made[: len(made) - len(cited)] == briefing.key_point_calls(scope, latest)
    assert [c[0] for c in cited] == [n for n in ("incident_events", "relationship_statements")
                                     if any(c[0] == n for c in cited)]
    assert made[len(made) - len(cited):] == cited
    incident_points = [p for p in points if not p.relationship_ids]
    relationship_points = [p for p in points if p.relationship_ids]
    assert {i for c in cited if c[0] == "incident_events" for i in c[2]["incident_ids"]} == {
        i for p in incident_points for i in p.incident_ids}
    assert [i for c in cited if c[0] == "relationship_statements" for i in c[2]["relationship_ids"]] == [
        i for p in relationship_points for i in p.relationship_ids]


def test_an_open_end_compares_the_scope_itself_with_the_period_before(run, latest) -> None:
    start = date(2024, 1, 1)
    open_end = by_kind(key_points(run, Scope(start=start), latest=latest))["change"]
    explicit = by_kind(key_points(run, Scope(start=start, end=latest), latest=latest))["change"]
    assert open_end.text == explicit.text and open_end.citations == explicit.citations
    assert [c for c in briefing.key_point_calls(Scope(start=start), latest) if c[0] == "pair_sides"] == [
        ("pair_sides", Scope(start=start), {}),
        ("pair_sides", Scope(start=date(2024, 1, 1) - (latest - start) - timedelta(days=1), end=start - timedelta(days=1)), {}),
    ]


def test_each_point_cites_only_its_own_incidents_round_robin(run, latest) -> None:
    events = {e["id"]: e for e in FX.events}
    for point in key_points(run, Scope(), latest=latest):
        if point.kind.startswith("relationships"):
            continue
        assert 0 < len(point.citations) <= briefing.MAX_CITATIONS
        cited_incidents = [events[c.event_id]["incident_id"] or c.event_id for c in point.citations]
        assert set(cited_incidents) <= set(point.incident_ids)
        # every incident is cited once before any is cited twice
        first = cited_incidents[: len(set(point.incident_ids))]
        assert len(first) == len(set(first))


# ---------------------------------------------------------------- kept as text (the opening briefing)


@pytest.mark.parametrize("scope", [Scope(), YEAR_2024, Scope(actors=("RUS", "PRK"))], ids=lambda s: s.describe())
def test_points_read_back_from_text_are_the_points(run, latest, scope: Scope) -> None:
    points = key_points(run, scope, latest=latest)
    assert points and any(p.citations for p in points)
    back = briefing.points_from_json(briefing.points_to_json(points))
    assert back == points  # kinds, texts, citations (dates typed), incident and statement ids
    assert all(p.data == {} for p in back)  # the numbers behind the text are left out by default
    with_data = briefing.points_from_json(briefing.points_to_json(points, with_data=True))
    assert [p.data for p in with_data] == [p.data for p in points]  # windows, dates and tuples typed again


def test_points_given_by_the_stored_answer_are_used_without_a_query(run, latest) -> None:
    kept = [briefing.KeyPoint("dyads", "Most active pair: A – B — 2 incidents.", incident_ids=("i1",))]
    asked: list[str] = []

    def counting(name: str, scope: Scope, **extra):
        asked.append(name)
        return run(name, scope, **extra)
    assert key_points(counting, Scope(), latest=latest, stored=lambda scope, when: kept) == kept and asked == []
    # no stored answer for this scope: computed as usual
    computed = key_points(counting, YEAR_2024, latest=latest, stored=lambda scope, when: None)
    assert computed == key_points(run, YEAR_2024, latest=latest) and "pair_sides" in asked


def test_a_point_value_json_cannot_keep_is_refused_by_name() -> None:
    point = briefing.KeyPoint("dyads", "text", data={"when": object()})
    with pytest.raises(TypeError, match="cannot keep a value of type object"):
        briefing.points_to_json([point], with_data=True)
