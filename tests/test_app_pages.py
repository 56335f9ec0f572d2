"""Each page of the briefing app with Streamlit's AppTest on the labelled fixture database:
what it shows, where its provenance links lead, its downloads, and uploading a document."""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from _apptest import (
    PAGES,
    TITLES,
    charts,
    html_blocks,
    link_params,
    open_app,
    page_links,
    problems,
    texts,
    unescape_md,
)
from _fixture_db import build_fixture_db, load_fixture
from dashboard import queries, ui
from dashboard.db import Database
from dashboard.scope import Scope

FX = load_fixture()
EVENTS = {e["id"]: e for e in FX.events}
DOCS = {d["id"]: d for d in FX.documents}


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("pages") / "sitrep.duckdb")


@pytest.fixture
def db(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITREP_DB", str(fixture_db))
    return fixture_db


def download_labels(at) -> list[str]:
    return [d.proto.label for d in at.get("download_button")]


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_without_error(db: Path, page: str) -> None:
    at = open_app(page)
    assert problems(at) == []
    assert at.title[0].value == TITLES[page]
    # Every download is generated on click and does not rerun the page.
    for button in at.get("download_button"):
        assert button.proto.ignore_rerun and button.proto.deferred_file_id, button.proto.label


# ---------------------------------------------------------------- Briefing


def test_briefing_key_points_lead_to_their_sources(db: Path) -> None:
    at = open_app("briefing")
    points = [m.value for m in at.markdown if re.match(r"\*\*\d\.\*\* ", m.value)]
    assert 3 <= len(points) <= 6
    assert any("planned: " in unescape_md(p) for p in points) and any("possible: " in unescape_md(p) for p in points)
    # Each point has an evidence expander; each piece of evidence links to its document and sentence.
    expanders = [e for e in at.expander if e.label.startswith("Evidence")]
    assert len(expanders) == len(points)
    source_links = [link_params(l) for l in page_links(at) if l.proto.page == "sources" and "doc" in link_params(l)]
    assert len(source_links) >= len(points)
    for params in source_links:
        assert params["doc"] in DOCS
        if "event" in params:
            assert EVENTS[params["event"]]["document_id"] == params["doc"]
    # Headline figures: incidents as the fixture has them (negated reports are out of the default scope).
    incidents = {e["incident_id"] or e["id"] for e in FX.events if e["status"] != "negated"}
    assert at.metric[0].value == str(len(incidents))
    # A small timeline and network, each with its four downloads.
    assert len(charts(at)) == 2
    labels = download_labels(at)
    for kind in ("PNG", "SVG", "HTML", "CSV"):
        assert labels.count(kind) == 2, labels


def test_without_chromium_png_and_svg_give_way_to_an_explanation(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    at = open_app("timeline")
    assert problems(at) == []
    labels = download_labels(at)
    assert "PNG" not in labels and "SVG" not in labels
    assert labels.count("HTML") == 2 and labels.count("CSV") == 2
    assert "PNG and SVG need Chromium" in texts(at)


# ---------------------------------------------------------------- Timeline


def test_choosing_an_incident_shows_its_sentences_status_precision_and_sources(db: Path) -> None:
    at = open_app("timeline", {"incident": "inc-2024-treaty"})
    assert problems(at) == []
    assert at.selectbox(key="timeline_incident").value == "inc-2024-treaty"
    shown = unescape_md(texts(at))
    reports = [e for e in FX.events if e["incident_id"] == "inc-2024-treaty"]
    assert len(reports) >= 2
    for e in reports:
        assert e["sentence"] in shown
    assert "status: **asserted**" in shown and "precision: day" in shown
    links = [link_params(l) for l in page_links(at) if l.proto.page == "sources"]
    assert {(p["doc"], p["event"]) for p in links} == {(e["document_id"], e["id"]) for e in reports}
    assert at.query_params["incident"] == "inc-2024-treaty"

    other = next(e for e in FX.events if e["incident_id"] == "inc-2022-shells")
    at.selectbox(key="timeline_incident").set_value("inc-2022-shells").run()
    assert other["sentence"] in unescape_md(texts(at))
    assert at.query_params["incident"] == "inc-2022-shells"


def test_an_incident_link_outside_the_filters_is_dropped_with_a_notice(db: Path) -> None:
    at = open_app("timeline", {"incident": "inc-2019-summit", "start": "2024-01-01"})
    assert problems(at) == []
    assert any("inc-2019-summit" in w.value for w in at.warning)
    assert at.selectbox(key="timeline_incident").value is None


# ---------------------------------------------------------------- Network and Actors


def test_choosing_an_actor_in_the_network_links_to_its_profile(db: Path) -> None:
    at = open_app("network")
    assert problems(at) == [] and len(charts(at)) == 1
    at.selectbox(key="network_actor").set_value("CHN").run()
    profile = [link_params(l) for l in page_links(at) if l.proto.page == "actors"]
    assert profile == [{"profile": "CHN"}]
    assert at.query_params["node"] == "CHN"


def test_an_actor_profile_from_a_link(db: Path, fixture_db: Path) -> None:
    at = open_app("actors", {"profile": "PRK"})
    assert problems(at) == []
    assert at.header[0].value == "North Korea"
    expected = queries.run("actor_profile", Scope(), Database(fixture_db), actor="PRK").iloc[0]
    assert at.metric[0].value == str(int(expected["incidents"]))
    assert len(charts(at)) == 2  # trend, partners
    # Stated relationships with their evidence and a link to the sentence.
    stated = [r for r in FX.relationships if "PRK" in (r["source_country"], r["target_country"])]
    shown = unescape_md(texts(at))
    for r in stated:
        assert r["sentence"] in shown
    rel_links = {link_params(l).get("rel") for l in page_links(at) if l.proto.page == "sources"}
    assert {r["id"] for r in stated} <= rel_links


@pytest.mark.parametrize("limit", [1000, 2])
def test_an_actor_profile_counts_the_incidents_involving_it_capped_or_not(
        db: Path, monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    from dashboard import config
    monkeypatch.setattr(config, "TIMELINE_LIMIT", limit)
    statuses = Scope().statuses
    involving = {e["incident_id"] or e["id"] for e in FX.events if e["status"] in statuses
                 and "PRK" in (e["source_actor"], e["source_country"], e["target_actor"], e["target_country"])}
    at = open_app("actors", {"profile": "PRK"})
    assert problems(at) == []
    among = f" (among the {limit:,} most-corroborated)" if len(involving) > limit else ""
    assert f"most recent{among} of {len(involving):,} incidents involving North Korea" in unescape_md(texts(at))


def test_an_unknown_actor_in_a_profile_link_is_named(db: Path) -> None:
    at = open_app("actors", {"profile": "ATLANTIS"})
    assert problems(at) == []
    assert any("ATLANTIS" in w.value for w in at.warning)
    assert at.selectbox(key="actors_profile").value == "RUS"  # the busiest actor instead


# ---------------------------------------------------------------- Events


def test_the_events_table_searches_sentences_and_offers_exact_downloads(db: Path) -> None:
    at = open_app("events")
    assert problems(at) == []
    in_scope = [e for e in FX.events if e["status"] != "negated"]
    (table,) = at.dataframe
    assert len(table.value) == len(in_scope)
    assert download_labels(at) == ["CSV", "Excel"]

    at.text_input(key="events_q").set_value("TREATY").run()
    expected = {e["id"] for e in in_scope if "treaty" in (e["sentence"] + " " + DOCS[e["document_id"]]["title"]).lower()
                or "treaty" in " ".join(filter(None, [e["source_actor"], e["target_actor"]])).lower()}
    (table,) = at.dataframe
    assert 0 < len(table.value) < len(in_scope)
    assert set(table.value["event_id"]) == expected
    assert at.query_params["q"] == "TREATY"
    assert f"**{len(expected)}** of {len(in_scope)} events" in texts(at)
    # The search text is data, never SQL or a pattern.
    at.text_input(key="events_q").set_value("x' OR 1=1; DROP TABLE events; --.*").run()
    assert problems(at) == []
    assert "No event sentence matches this search" in texts(at)
    at.text_input(key="events_q").set_value("").run()
    assert len(at.dataframe[0].value) == len(in_scope)
    assert "q" not in at.query_params


def test_search_events_is_literal_and_case_blind() -> None:
    import pandas as pd

    frame = pd.DataFrame({"sentence": ["Troops (about 1,500) moved.", "A 1.5 million deal."], "source_name": ["A", "B"],
                          "target_name": ["C", None], "doc_title": ["x", "y"]})
    assert list(ui.search_events(frame, "(ABOUT")["sentence"]) == ["Troops (about 1,500) moved."]
    assert list(ui.search_events(frame, "1.5")["sentence"]) == ["A 1.5 million deal."]
    assert len(ui.search_events(frame, ".*")) == 0
    assert len(ui.search_events(frame, "  ")) == 2


# ---------------------------------------------------------------- Sources


def test_a_document_opened_at_an_event_highlights_its_sentence_and_mentions(db: Path) -> None:
    event = EVENTS["ev23"]
    doc = DOCS[event["document_id"]]
    at = open_app("sources", {"doc": doc["id"], "event": event["id"]})
    assert problems(at) == []
    assert at.selectbox(key="sources_doc").value == doc["id"]
    assert at.selectbox(key="sources_event").value == event["id"]
    (body,) = html_blocks(at)
    highlighted = "".join(re.findall(r'<span class="sentence">(.*?)</span>', body))
    assert re.sub(r"<[^>]+>", "", highlighted) == html.escape(event["sentence"])
    mentions = [m for m in FX.mentions if m["document_id"] == doc["id"]]
    assert body.count('<mark class="actor"') == len(mentions) > 0
    assert re.sub(r"<[^>]+>", "", body.split('<div class="sitrep-doc">', 1)[1]) == \
        html.escape(doc["text"]).replace("\n", "")
    assert at.query_params["doc"] == doc["id"] and at.query_params["event"] == event["id"]


def test_a_relationship_link_highlights_its_sentence(db: Path) -> None:
    rel = next(r for r in FX.relationships if r["negated"])
    at = open_app("sources", {"doc": rel["document_id"], "rel": rel["id"]})
    assert problems(at) == []
    (body,) = html_blocks(at)
    highlighted = re.sub(r"<[^>]+>", "", "".join(re.findall(r'<span class="sentence">(.*?)</span>', body)))
    assert highlighted == html.escape(rel["sentence"])
    assert "(denied)" in unescape_md(texts(at))


def test_the_ingest_log_lists_failures_with_their_reasons(db: Path) -> None:
    at = open_app("sources")
    failed = [row for row in FX.ingest_log if row["outcome"] in ("failed", "flagged")]
    assert failed
    problems_table = next(df.value for df in at.dataframe if "reason" in df.value.columns and len(df.value) == len(failed))
    assert set(problems_table["reason"]) == {row["reason"] for row in failed}


@pytest.mark.parametrize(
    ("text", "spans", "sentence", "expected"),
    [
        ("<script>alert(1)</script> Russia", [ui.Span(26, 32, 'Russia "RUS"')], None,
         '&lt;script&gt;alert(1)&lt;/script&gt; <mark class="actor" title="Russia &quot;RUS&quot;">Russia</mark>'),
        ("A & B met.", [ui.Span(0, 1, "A"), ui.Span(0, 5, "A & B")], ui.Span(0, 10),
         '<span class="sentence"><mark class="actor" title="A &amp; B">A &amp; B</mark></span>'
         '<span class="sentence"> met.</span>'),
        ("one\ntwo", [ui.Span(50, 60, "out of range")], ui.Span(4, 7), 'one<br><span class="sentence">two</span>'),
    ],
)
def test_document_html_escapes_text_and_labels(text: str, spans: list, sentence, expected: str) -> None:
    assert ui.highlight_html(text, spans, sentence) == expected


# ---------------------------------------------------------------- Add documents

GOOD_REPORT = (
    "date 2025-10-01\n"
    "Russia and China sign grain deal\n"
    "wire report · Test Wire\n\n"
    "Russia and China signed a grain trade agreement in Moscow on 1 October 2025. "
    "North Korea criticised the deal.\n"
)


def test_uploading_a_report_adds_its_events_and_names_a_bad_file(fixture_db: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "live.duckdb"
    shutil.copy(fixture_db, live)
    monkeypatch.setenv("SITREP_DB", str(live))
    at = open_app("add")
    assert problems(at) == []
    uploader = at.file_uploader[0]
    assert uploader.accept_multiple_files
    uploader.set_value([("grain deal.txt", GOOD_REPORT.encode("utf-8"), "text/plain"),
                        ("broken.pdf", b"this is not a pdf", "application/pdf")]).run()
    at.button(key="upload_submit").click().run()
    assert at.exception.len == 0
    assert "1 stored" in " ".join(s.value for s in at.success)
    errors = unescape_md(" ".join(e.value for e in at.error))
    assert "broken.pdf" in errors and "PDF" in errors  # the failing file, named, with its reason
    # The briefing sees the new document's events (the caches follow the new database version).
    at.switch_page(PAGES["events"]).run()
    at.text_input(key="events_q").set_value("grain").run()
    rows = at.dataframe[0].value
    assert len(rows) >= 1
    assert set(rows["doc_title"]) == {"Russia and China sign grain deal"}
    assert any("grain trade agreement" in s for s in rows["sentence"])


def test_uploads_can_be_turned_off(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_ALLOW_UPLOADS", "0")
    at = open_app("add")
    assert problems(at) == []
    assert at.file_uploader.len == 0
    assert "Uploads are turned off" in texts(at)


def test_a_sentence_deep_in_a_long_document_opens_at_its_passage() -> None:
    intro = "Background paragraph with <b>markup</b>. " * 30
    text = intro + "\nRussia said this. The key sentence is here.\nA closing line."
    start = text.index("The key sentence")
    sentence = ui.Span(start, start + len("The key sentence is here."))
    box = ui.document_html(text, [ui.Span(text.index("Russia"), text.index("Russia") + 6, "Russia")], sentence)
    before, _, after = box.partition("</details>")
    assert "<details" in before and "Background paragraph" in before and "&lt;b&gt;markup&lt;/b&gt;" in before
    # The passage starts at the sentence's paragraph, right under the fold.
    assert re.sub(r"<[^>]+>", "", after).startswith("Russia said this. The key sentence is here.")
    assert '<span class="sentence">The key sentence is here.</span>' in after
    # PDF text has line breaks but no blank lines: the passage starts at a line that starts a sentence.
    pdf = "Intro line one continues\nhere. " * 40 + "End of a paragraph.\nThe passage starts and\ngoes on. The key one."
    key = pdf.index("The key one.")
    after = re.sub(r"<[^>]+>", "", ui.document_html(pdf, [], ui.Span(key, len(pdf))).partition("</details>")[2])
    assert after.startswith("The passage starts and")
    # ... and never mid-sentence: without such a line, the passage starts at the sentence itself.
    run_on = "Intro line one continues\nhere. " * 40 + "Second\nline of a sentence. Then\nthe key sentence."
    key = run_on.index("the key sentence")
    after = re.sub(r"<[^>]+>", "", ui.document_html(run_on, [], ui.Span(key, len(run_on))).partition("</details>")[2])
    assert after == "the key sentence."
    # A sentence near the top folds nothing.
    assert "<details" not in ui.document_html(text, [], ui.Span(0, 10))


def test_timeline_zoom_skips_only_a_few_far_older_incidents() -> None:
    import pandas as pd
    import plotly.graph_objects as go

    recent = list(pd.date_range("2019-04-25", "2025-09-03", periods=60))
    old = [pd.Timestamp("1961-07-11"), pd.Timestamp("2000-02-09")]
    fig = go.Figure(go.Scatter(x=old + recent, y=list(range(62))))
    note = ui.focus_on_bulk(fig, pd.Series(old + recent))
    assert note is not None and "2 older incidents (from 1961)" in note
    low, high = fig.layout.xaxis.range
    assert pd.Timestamp("2000-02-09") < pd.Timestamp(low) < pd.Timestamp("2019-04-25")
    assert pd.Timestamp(high) > pd.Timestamp("2025-09-03")
    assert any(a.name == "zoom_note" and "2 older incidents" in a.text for a in fig.layout.annotations)
    # A figure with a source line says it there, outside the plot area (it must not cover markers).
    framed = go.Figure(go.Scatter(x=old + recent, y=list(range(62))))
    framed.add_annotation(text="Sitrep · 62 events", name="source_line", x=0, y=0, xref="paper", yref="paper")
    ui.focus_on_bulk(framed, pd.Series(old + recent))
    (line,) = [a.text for a in framed.layout.annotations]
    assert line.startswith("Sitrep · 62 events · zoomed: 2 older incidents (from 1961)")
    # Evenly spread dates, or many old ones, are left alone.
    assert ui.focus_on_bulk(go.Figure(), pd.Series(recent)) is None
    many_old = [pd.Timestamp("1961-01-01")] * 20 + recent
    assert ui.focus_on_bulk(go.Figure(), pd.Series(many_old)) is None


def test_an_actor_profile_links_to_its_events_with_the_filters_changed_accordingly(db: Path) -> None:
    from _apptest import PAGES as page_files

    at = open_app("actors", {"profile": "CHN", "period": "365d", "actor": "RUS"})
    link = next(l for l in page_links(at) if l.proto.page == "events")
    params = link_params(link)
    assert params["actor"] == "CHN" and params["period"] == "365d"  # other filters travel along
    # Following it: the Events page lists exactly China's events, and the sidebar says so.
    at.query_params.clear()
    at.query_params.update(params)
    at.switch_page(page_files["events"]).run()
    assert problems(at) == []
    assert at.sidebar.multiselect(key="f_actors").value == ["CHN"]
    rows = at.dataframe[0].value
    china = {e["id"] for e in FX.events if "CHN" in (e["source_country"], e["target_country"])}
    assert len(rows) > 0 and set(rows["event_id"]) <= china


# ---------------------------------------------------------------- capped timelines (issue 4)


def _incidents_in_default_scope() -> int:
    statuses = Scope().statuses
    return len({e["incident_id"] or e["id"] for e in FX.events if e["status"] in statuses})


@pytest.mark.parametrize("page", ["briefing", "timeline"])
def test_timeline_charts_say_nothing_about_a_cap_under_the_limit(db: Path, page: str) -> None:
    at = open_app(page)
    assert problems(at) == []
    assert "most-corroborated of" not in texts(at)


def test_timeline_over_the_limit_lists_the_most_corroborated_and_says_how_many_there_are(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import config
    monkeypatch.setattr(config, "TIMELINE_LIMIT", 5)
    total = _incidents_in_default_scope()
    at = open_app("timeline")
    assert problems(at) == []
    assert f"Showing the 5 most-corroborated of {total} incidents" in texts(at)
    # The list offers the five most-corroborated (then most recent) incidents, by their labels.
    options = at.selectbox(key="timeline_incident").options
    best = sorted(FX.incidents.values(),
                  key=lambda i: (-i["n_documents"], -(i["event_date"].toordinal() if i["event_date"] else 0), i["id"]))[:5]
    assert len(options) == 5
    assert sorted(o.split(" · ")[-1][:60] for o in options) == sorted(" ".join(i["headline"].split())[:60] for i in best)
    briefing_page = open_app("briefing")
    assert f"Showing the 5 most-corroborated of {total} incidents" in texts(briefing_page)


def test_events_over_the_limit_list_the_most_recent_and_say_how_many_there_are(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import config
    in_scope = [e for e in FX.events if e["status"] != "negated"]
    at = open_app("events")
    assert "most recent of" not in texts(at)  # under the limit: everything, no caption
    monkeypatch.setattr(config, "EVENT_ROWS", 7)
    at = open_app("events")
    assert problems(at) == []
    assert f"Listing and searching the 7 most recent of {len(in_scope)} events in scope" in texts(at)
    newest = sorted(in_scope, key=lambda e: (-(e["event_date"].toordinal() if e["event_date"] else 0), e["id"]))[:7]
    assert set(at.dataframe[0].value["event_id"]) == {e["id"] for e in newest}
