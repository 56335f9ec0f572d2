"""The app shell with Streamlit's AppTest on a real fixture database: navigation, the shared
filters and their URL, page switching, and the states that must show a plain message.

SITREP_DB is set per test with monkeypatch; the app re-reads it on every run (dashboard/ui.py).
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from _apptest import PAGES, TITLES, charts, link_params, open_app, page_links, problems, texts, unescape_md
from _fixture_db import build_fixture_db, load_fixture
from dashboard import filters
from dashboard.db import create_database

FX = load_fixture()


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("app") / "sitrep.duckdb")


@pytest.fixture
def db(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITREP_DB", str(fixture_db))
    return fixture_db


def empty_database(path: Path) -> Path:
    create_database(path).close()
    return path


def timeline_incidents(at) -> set[str]:
    """The incident ids the Timeline page's chart draws (from the figure JSON)."""
    (figure, *_) = charts(at)
    found: set[str] = set()
    for trace in figure["data"]:
        for item in trace.get("customdata") or []:
            values = item if isinstance(item, list) else [item]
            found.update(str(v) for v in values if str(v).startswith(("inc-", "ev")))
    return found


def fixture_incidents(actor: str | None = None) -> set[str]:
    """Incidents the timeline draws by default: not negated, and dated (undated ones are only counted)."""
    keep = set()
    for e in FX.events:
        if e["status"] == "negated" or e["event_date"] is None:
            continue
        sides = {e["source_actor"], e["source_country"], e["target_actor"], e["target_country"]}
        if actor is None or actor in sides:
            keep.add(e["incident_id"] or e["id"])
    return keep


# ---------------------------------------------------------------- shell and navigation


def test_the_briefing_opens_with_its_scope_filters_and_navigation(db: Path) -> None:
    at = open_app()
    assert problems(at) == []
    assert at.title[0].value == "Briefing"
    assert "Scope:" in at.caption[0].value and "all actors" in at.caption[0].value
    for key in filters.WIDGET_KEYS:
        if key != filters.K_RANGE:  # drawn only for a custom period
            assert key in at.session_state, key
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == []
    # The actor picker offers every actor in the database, grouped by kind.
    options = at.sidebar.multiselect(key=filters.K_ACTORS).options
    assert len(options) == len(FX.actors)
    assert options[0].startswith("country · ")
    assert at.query_params == {}  # defaults keep the link clean


def test_a_filter_change_changes_the_charts_data(db: Path) -> None:
    at = open_app("timeline")
    assert problems(at) == []
    everything = timeline_incidents(at)
    assert everything == fixture_incidents()
    at.sidebar.multiselect(key=filters.K_ACTORS).set_value(["CHN"]).run()
    assert problems(at) == []
    china = timeline_incidents(at)
    assert china == fixture_incidents("CHN") and china < everything
    # ... and the URL says so.
    assert at.query_params["actor"] == "CHN"


def test_link_parameters_apply_on_open(db: Path) -> None:
    at = open_app("timeline", {"actor": ["PRK", "RUS"], "match": "between", "start": "2024-01-01",
                               "end": "2024-12-31", "status": "asserted"})
    assert problems(at) == [] and at.warning.len == 0
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == ["PRK", "RUS"]
    assert at.sidebar.radio(key=filters.K_MATCH).value == "between"
    assert at.sidebar.selectbox(key=filters.K_PERIOD).value == "custom"
    assert tuple(at.sidebar.date_input(key=filters.K_RANGE).value) == (date(2024, 1, 1), date(2024, 12, 31))
    assert at.sidebar.multiselect(key=filters.K_STATUSES).value == ["asserted"]
    expected = {
        e["incident_id"] or e["id"] for e in FX.events
        if e["status"] == "asserted" and e["event_date"] and date(2024, 1, 1) <= e["event_date"] <= date(2024, 12, 31)
        and {e["source_country"], e["target_country"]} == {"PRK", "RUS"}
    }
    assert timeline_incidents(at) == expected
    assert "between North Korea, Russia" in unescape_md(at.caption[0].value)


def test_a_preset_period_counts_back_from_the_latest_event(db: Path) -> None:
    at = open_app("briefing", {"period": "365d"})
    latest = max(e["event_date"] for e in FX.events if e["event_date"] and e["status"] == "asserted")
    start = date.fromordinal(latest.toordinal() - 364)
    assert f"{start.isoformat()} to {latest.isoformat()}" in unescape_md(at.caption[0].value)
    assert at.query_params["period"] == "365d"


def test_invalid_link_values_are_dropped_with_a_warning_naming_them(db: Path) -> None:
    at = open_app("briefing", {"actor": ["RUS", "XYZ"], "period": "fortnight", "min_sources": "lots"})
    assert problems(at) == []
    warnings = " ".join(w.value for w in at.warning)
    for value in ("XYZ", "fortnight", "lots"):
        assert value in warnings
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == ["RUS"]
    assert at.query_params == {"actor": "RUS"}  # the link is rewritten without the bad values


def test_a_custom_period_starts_from_the_preset_and_goes_to_the_link(db: Path) -> None:
    at = open_app("briefing", {"period": "365d"})
    preset = unescape_md(at.caption[0].value)
    at.sidebar.selectbox(key=filters.K_PERIOD).set_value("custom").run()
    assert problems(at) == []
    start, end = at.sidebar.date_input(key=filters.K_RANGE).value
    assert f"{start.isoformat()} to {end.isoformat()}" in preset  # the same dates, now editable
    at.sidebar.date_input(key=filters.K_RANGE).set_value((date(2022, 1, 1), date(2022, 12, 31))).run()
    assert at.query_params["start"] == "2022-01-01" and at.query_params["end"] == "2022-12-31"
    assert "period" not in at.query_params
    assert "2022-01-01 to 2022-12-31" in unescape_md(at.caption[0].value)


def test_reset_returns_every_filter_to_its_default_and_cleans_the_link(db: Path) -> None:
    at = open_app("briefing", {"actor": "RUS", "period": "90d", "quad": "verbal conflict", "status": "planned",
                               "min_sources": "2"})
    assert set(at.query_params) == {"actor", "period", "quad", "status", "min_sources"}
    at.sidebar.button(key="f_reset").click().run()
    assert problems(at) == []
    assert at.query_params == {}
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == []
    assert at.sidebar.multiselect(key=filters.K_STATUSES).value == list(filters.DEFAULT_STATE.statuses)
    assert at.sidebar.number_input(key=filters.K_MIN_SOURCES).value == 1


def test_switching_pages_keeps_the_filters(db: Path) -> None:
    at = open_app("briefing")
    at.sidebar.multiselect(key=filters.K_ACTORS).set_value(["CHN"]).run()
    at.sidebar.number_input(key=filters.K_MIN_SOURCES).set_value(1).run()
    at.sidebar.selectbox(key=filters.K_PERIOD).set_value("365d").run()
    for page in ("events", "timeline", "sources", "briefing"):
        at.switch_page(PAGES[page]).run()
        assert problems(at) == [], page
        assert at.title[0].value == TITLES[page]
        assert at.sidebar.multiselect(key=filters.K_ACTORS).value == ["CHN"], page
        assert at.sidebar.selectbox(key=filters.K_PERIOD).value == "365d", page
        assert at.query_params.get("actor") == "CHN" and at.query_params.get("period") == "365d", page


def test_following_a_link_that_carries_only_page_keys_keeps_the_filters(db: Path) -> None:
    at = open_app("briefing", {"actor": "RUS"})
    link = next(l for l in page_links(at) if l.proto.page == "sources" and "doc" in link_params(l))
    at.query_params.clear()
    at.query_params.update(link_params(link))
    at.switch_page(PAGES["sources"]).run()
    assert problems(at) == []
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == ["RUS"]
    assert at.query_params["actor"] == "RUS" and at.query_params["doc"] == link_params(link)["doc"]
    assert at.selectbox(key="sources_doc").value == link_params(link)["doc"]


def test_a_page_drops_the_url_keys_of_other_pages(db: Path) -> None:
    doc = FX.documents[0]["id"]
    at = open_app("briefing", {"doc": doc, "incident": "inc-2024-treaty"})
    assert "doc" not in at.query_params and "incident" not in at.query_params


# ---------------------------------------------------------------- bad states


def test_filters_matching_nothing_say_so_on_every_page(db: Path) -> None:
    at = open_app("briefing", {"start": "1990-01-01", "end": "1990-12-31"})
    for page in ("briefing", "timeline", "network", "events", "sources"):
        at.switch_page(PAGES[page]).run()
        assert problems(at) == [], page
        assert "match these filters" in texts(at), page
        assert charts(at) == [], page


def test_an_empty_database_says_so_and_points_to_uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(empty_database(tmp_path / "empty.duckdb")))
    at = open_app("briefing")
    assert problems(at) == []
    assert "database is empty" in texts(at)
    assert any(l.proto.page == "add-documents" for l in page_links(at))
    at.switch_page(PAGES["add"]).run()
    assert problems(at) == [] and at.title[0].value == "Add documents"


def test_the_first_start_builds_the_database_from_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "2024-06-19_treaty.txt").write_text(
        "date 2024-06-19\nPutin and Kim sign a treaty\nwire report · Test Wire\n\n"
        "Russia and North Korea signed a strategic partnership treaty in Pyongyang on 19 June 2024.\n", encoding="utf-8")
    (corpus / "2024-06-21_reaction.txt").write_text(
        "date 2024-06-21\nSeoul condemns the treaty\nwire report · Test Wire\n\n"
        "South Korea condemned the treaty between Russia and North Korea on 21 June 2024.\n", encoding="utf-8")
    database = tmp_path / "first.duckdb"
    monkeypatch.setenv("SITREP_DB", str(database))
    monkeypatch.setenv("SITREP_ARTICLES", str(corpus))
    at = open_app("briefing")
    assert problems(at) == []
    assert database.exists()
    assert [s.proto.label for s in at.status] == ["Briefing database ready."]
    assert at.metric[2].value == "2"  # both documents are in the briefing
    assert "Bottom line" in texts(at)


def test_no_database_and_no_corpus_is_a_plain_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(tmp_path / "missing.duckdb"))
    monkeypatch.setenv("SITREP_ARTICLES", str(tmp_path / "no-such-folder"))
    at = open_app("briefing")
    assert at.exception.len == 0
    message = texts(at)
    assert "database" in message
    assert not (tmp_path / "missing.duckdb").exists() or "empty" in message


def test_the_database_replaced_mid_session_is_picked_up(fixture_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "live.duckdb"
    shutil.copy(fixture_db, live)
    monkeypatch.setenv("SITREP_DB", str(live))
    at = open_app("briefing", {"actor": "CHN"})
    assert problems(at) == [] and "Bottom line" in texts(at)

    # Ingest publishes by os.replace: the same path, a new file.
    replacement = empty_database(tmp_path / "next.duckdb")
    os.replace(replacement, live)
    at.run()
    assert problems(at) == []
    assert "database is empty" in texts(at)
    # The chosen actor is no longer in the database: dropped with a notice, not an error.
    assert any("CHN" in w.value for w in at.warning)
    assert at.sidebar.multiselect(key=filters.K_ACTORS).value == []

    shutil.copy(fixture_db, tmp_path / "back.duckdb")
    os.replace(tmp_path / "back.duckdb", live)
    at.run()
    assert problems(at) == [] and "Bottom line" in texts(at)
