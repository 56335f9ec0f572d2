"""Filters ⇄ URL ⇄ Scope, without Streamlit (the widgets themselves are covered in test_app.py)."""
from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from dashboard import filters
from dashboard.filters import FilterState, parse_query, to_query, to_scope
from dashboard.scope import DEFAULT_STATUSES, event_types

ACTORS = ["RUS", "PRK", "CHN", "vladimir-putin"]
LATEST = date(2025, 9, 3)


def test_a_full_state_survives_the_round_trip_through_the_url() -> None:
    state = FilterState(
        actors=("RUS", "PRK"),
        match="between",
        period="custom",
        start=date(2023, 1, 1),
        end=date(2024, 6, 30),
        quads=("material conflict",),
        types=("AGREE",),
        statuses=("asserted", "planned"),
        min_sources=2,
    )
    back, notices = parse_query(to_query(state), ACTORS)
    assert notices == []
    assert back == state


def test_the_default_state_writes_no_parameters_and_reads_back_from_nothing() -> None:
    assert to_query(FilterState()) == {}
    state, notices = parse_query({}, ACTORS)
    assert state == FilterState() and notices == []


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"actor": ["RUS", "XXX"]}, "'XXX'"),
        ({"match": ["sometimes"]}, "'sometimes'"),
        ({"period": ["fortnight"]}, "'fortnight'"),
        ({"start": ["2024-13-01"]}, "'2024-13-01'"),
        ({"quad": ["friendly"]}, "'friendly'"),
        ({"type": ["HUG"]}, "'HUG'"),
        ({"status": ["rumoured"]}, "'rumoured'"),
        ({"min_sources": ["many"]}, "'many'"),
        ({"min_sources": ["0"]}, "'0'"),
    ],
)
def test_invalid_link_values_are_dropped_with_a_notice_naming_them(params: dict, named: str) -> None:
    state, notices = parse_query(params, ACTORS)
    assert len(notices) == 1 and named in notices[0], notices
    # What was wrong falls back to the default; what was right is kept.
    default = FilterState()
    assert state.match == default.match and state.period in ("all",) and state.min_sources == 1
    assert "XXX" not in state.actors and "HUG" not in state.types
    if "actor" in params:
        assert state.actors == ("RUS",)


def test_start_after_end_is_refused_and_the_range_left_open() -> None:
    state, notices = parse_query({"start": ["2025-01-01"], "end": ["2024-01-01"]}, ACTORS)
    assert state.period == "all" and state.start is None and state.end is None
    assert "start is after end" in notices[0]


def test_a_single_start_date_makes_an_open_ended_custom_range() -> None:
    state, notices = parse_query({"start": ["2024-06-19"]}, ACTORS)
    assert notices == []
    scope = to_scope(state, LATEST)
    assert (scope.start, scope.end) == (date(2024, 6, 19), None)


def test_presets_count_back_from_the_latest_event_inclusive() -> None:
    state, _ = parse_query({"period": ["30d"]}, ACTORS)
    scope = to_scope(state, LATEST)
    assert scope.end == LATEST
    assert (scope.end - scope.start).days == 29
    assert to_scope(state, None).start is None  # an empty database has no latest event


def test_quad_classes_and_types_combine_into_the_scope_types() -> None:
    state = FilterState(quads=("verbal conflict",), types=("AID",))
    types = set(to_scope(state, LATEST).types)
    verbal_conflict = {t for t, info in event_types().items() if info["quad_class"] == "verbal conflict"}
    assert types == verbal_conflict | {"AID"}


def test_clearing_the_statuses_is_kept_in_the_link_as_all() -> None:
    state = FilterState(statuses=())
    assert to_query(state)["status"] == ["all"]
    back, notices = parse_query(to_query(state), ACTORS)
    assert back.statuses == () and notices == []
    assert parse_query({}, ACTORS)[0].statuses == DEFAULT_STATUSES


def test_describe_names_actors_period_and_quads() -> None:
    state = FilterState(actors=("RUS", "PRK"), match="between", period="90d", quads=("material cooperation",), min_sources=2)
    line = filters.describe(state, to_scope(state, LATEST), {"RUS": "Russia", "PRK": "North Korea"})
    assert line.startswith("between Russia, North Korea")
    assert "last 90 days (2025-06-06 to 2025-09-03)" in line
    assert "material cooperation" in line and "AID" not in line
    assert "≥2 sources" in line


def test_links_carry_the_filters_and_page_keys() -> None:
    state = FilterState(actors=("RUS",), period="365d")
    link = filters.query_string(state, {"doc": "abc", "event": None})
    params = parse_qs(urlsplit(link).query)
    assert params == {"actor": ["RUS"], "period": ["365d"], "doc": ["abc"]}


def test_the_actor_picker_groups_by_kind_then_name() -> None:
    frame = pd.DataFrame(
        [
            {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person"},
            {"id": "RUS", "name": "Russia", "kind": "country"},
            {"id": "NATO", "name": "NATO", "kind": "organisation"},
            {"id": "CHN", "name": "China", "kind": "country"},
        ]
    )
    ids, labels = filters.actor_options(frame)
    assert ids == ["CHN", "RUS", "NATO", "vladimir-putin"]
    assert labels["RUS"] == "country · Russia"
    assert filters.actor_options(frame.iloc[0:0]) == ([], {})
