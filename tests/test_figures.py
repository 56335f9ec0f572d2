"""Figures from real query results on the fixture database: traces, colours by type and quad class,
status marker shapes, self-describing titles and source lines, empty figures, palette contrast."""
from __future__ import annotations

import html
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from _fixture_db import build_fixture_db
from dashboard import figures, palette, queries
from dashboard.db import Database
from dashboard.figures import FigureContext
from dashboard.scope import QUAD_CLASSES, STATUSES, Scope, event_types

ROOT = Path(__file__).resolve().parents[1]
ALL_STATUSES = Scope(statuses=STATUSES)
CTX = FigureContext(title=None, scope_text=Scope().describe(), n_events=40, n_documents=22, generated=date(2025, 9, 5))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = Database(build_fixture_db(tmp_path_factory.mktemp("figures") / "sitrep.duckdb"))
    yield database
    database.close()


def run(db: Database, name: str, scope: Scope = Scope(), **extra: object) -> pd.DataFrame:
    return queries.run(name, scope, db, **extra)


def all_figures(db: Database, scope: Scope = Scope(), ctx: FigureContext = CTX) -> dict[str, go.Figure]:
    return {
        "timeline": figures.timeline(run(db, "timeline", scope), ctx),
        "volume": figures.events_by_month(run(db, "events_by_month", scope), ctx),
        "dyad_trend": figures.dyad_trend(run(db, "dyad_trend", scope), ctx),
        "network": figures.network(run(db, "actor_network_nodes", scope), run(db, "actor_network_edges", scope), ctx),
        "heatmap": figures.dyad_heatmap(run(db, "dyad_matrix", scope), ctx),
        "types": figures.event_type_bars(run(db, "event_type_counts", scope), ctx),
        "actor_trend": figures.actor_trend(run(db, "actor_trend", scope, actor="RUS"), "Russia", ctx),
        "partners": figures.actor_partners(run(db, "actor_partners", scope, actor="RUS"), "Russia", ctx),
    }


def annotation(fig: go.Figure, name: str) -> str:
    texts = [a.text for a in fig.layout.annotations if a.name == name]
    assert len(texts) == 1, f"expected one {name} annotation, found {len(texts)}"
    return texts[0]


def points(fig: go.Figure, incident_id: str) -> list[tuple[go.Scatter, int]]:
    found = []
    for trace in fig.data:
        if trace.customdata is None:
            continue
        for i, row in enumerate(trace.customdata):
            if row[0] == incident_id:
                found.append((trace, i))
    return found


# ---------------------------------------------------------------- self-describing

def test_every_figure_carries_title_scope_subtitle_and_source_line(db: Database) -> None:
    for name, fig in all_figures(db).items():
        assert fig.layout.title.text, name
        assert fig.layout.title.subtitle.text == Scope().describe(), name
        assert annotation(fig, "source_line").startswith("Sitrep · 40 events from 22 documents · generated 2025-09-05"), name


def test_context_title_overrides_and_long_scopes_wrap(db: Database) -> None:
    scope = Scope(actors=tuple(f"actor-{i}" for i in range(30)) + ("RUS",))
    ctx = FigureContext(title="Russia's partners, 2019–2025", scope_text=scope.describe(), generated=date(2025, 1, 2))
    fig = figures.timeline(run(db, "timeline", scope), ctx)
    assert fig.layout.title.text == "<b>Russia's partners, 2019–2025</b>"
    assert "<br>" in fig.layout.title.subtitle.text
    assert annotation(fig, "source_line") == "Sitrep · generated 2025-01-02 · 1 undated incident not shown"


def test_timeline_notes_undated_incidents(db: Database) -> None:
    fig = figures.timeline(run(db, "timeline"), CTX)
    assert annotation(fig, "source_line").endswith("2 undated incidents not shown")
    plotted = {row[0] for trace in fig.data if trace.customdata is not None for row in trace.customdata}
    assert "inc-undated-captured" not in plotted and len(plotted) == 31


@pytest.mark.parametrize("name", ["timeline", "volume", "dyad_trend", "network", "heatmap", "types", "actor_trend", "partners"])
def test_empty_results_give_an_informative_figure(db: Database, name: str) -> None:
    nothing = Scope(actors=("nobody",))
    ctx = FigureContext(scope_text=nothing.describe(), n_events=0, n_documents=0, generated=date(2025, 9, 5))
    fig = all_figures(db, nothing, ctx)[name]
    message = annotation(fig, "empty_message")
    assert message.startswith("No ") and "involving nobody" in message
    assert annotation(fig, "source_line").startswith("Sitrep · 0 events from 0 documents")
    assert fig.layout.title.text


def test_figures_accept_none_and_columnless_frames() -> None:
    for fig in (figures.timeline(None), figures.events_by_month(pd.DataFrame()), figures.network(pd.DataFrame(), None),
                figures.dyad_heatmap(pd.DataFrame()), figures.actor_trend(pd.DataFrame(), "X")):
        assert annotation(fig, "empty_message") == "No " + annotation(fig, "empty_message")[3:]
        assert "these filters" in annotation(fig, "empty_message")


# ---------------------------------------------------------------- timeline: colour and status

def test_timeline_colours_by_quad_class(db: Database) -> None:
    fig = figures.timeline(run(db, "timeline"), CTX)
    coloured = [t for t in fig.data if t.legendgroup == "colour"]
    assert [t.name.lower() for t in coloured] == [q for q in QUAD_CLASSES]
    for trace in coloured:
        assert trace.marker.color == palette.QUAD_COLOURS[trace.name.lower()]
        assert {row[6] for row in trace.customdata} <= {t for t, v in event_types().items() if v["quad_class"] == trace.name.lower()}


def test_timeline_colours_by_type(db: Database) -> None:
    fig = figures.timeline(run(db, "timeline"), CTX, color_by="type")
    coloured = [t for t in fig.data if t.legendgroup == "colour"]
    assert {t.name for t in coloured} == set(run(db, "timeline").dropna(subset=["event_date"])["type"])
    for trace in coloured:
        assert trace.marker.color == palette.type_colour(trace.name)
        assert {row[6] for row in trace.customdata} == {trace.name}
    assert len({t.marker.color for t in coloured}) == len(coloured)


def test_timeline_marks_status_with_shapes(db: Database) -> None:
    fig = figures.timeline(run(db, "timeline", ALL_STATUSES), CTX)
    expected = {"inc-2024-article-4": "diamond-open", "inc-2023-redeploy": "circle-open",
                "inc-2022-denial": "x", "inc-2024-treaty": "circle"}
    for incident, symbol in expected.items():
        [(trace, i)] = points(fig, incident)
        assert trace.marker.symbol[i] == symbol, incident
    legend = {t.name: t.marker.symbol for t in fig.data if t.legendgroup == "status"}
    assert legend == {palette.STATUS_LABELS[s]: palette.STATUS_SYMBOLS[s] for s in STATUSES}
    # planned and hypothetical are hollow, so they read differently from asserted even in greyscale
    assert len(set(palette.STATUS_SYMBOLS.values())) == len(STATUSES)
    assert all(palette.STATUS_SYMBOLS[s].endswith("-open") for s in ("planned", "hypothetical"))


def test_timeline_marker_size_grows_with_sources_and_hover_names_the_source(db: Database) -> None:
    fig = figures.timeline(run(db, "timeline"), CTX)
    [(treaty, i)] = points(fig, "inc-2024-treaty")
    [(single, j)] = points(fig, "inc-2024-zhao-leji")
    assert treaty.marker.size[i] > single.marker.size[j]
    row = treaty.customdata[i]
    assert row[2] == "Pacific Wire" and row[5] == "3" and "signed the Treaty on Comprehensive<br>Strategic" in row[1]
    assert "%{customdata[1]}" in treaty.hovertemplate and "%{customdata[2]}" in treaty.hovertemplate


def test_text_from_documents_is_escaped_in_labels() -> None:
    hostile = pd.DataFrame([{
        "incident_id": "x1", "event_date": pd.Timestamp("2024-01-01"), "date_precision": "day",
        "dyad": "<b>A</b> → B", "type": "ACCUSE", "quad_class": "verbal conflict", "status": "asserted",
        "n_sources": 1, "headline": "<a href='javascript:alert(1)'>click</a> & <script>x</script>",
        "first_doc_source": "<img src=x>", "first_doc_title": "T",
    }])
    fig = figures.timeline(hostile, CTX)
    [(trace, i)] = points(fig, "x1")
    assert "<a href" not in trace.customdata[i][1] and "&lt;a href=" in trace.customdata[i][1]
    assert trace.customdata[i][2] == "&lt;img src=x&gt;"


# ---------------------------------------------------------------- other charts

def test_volume_stacks_quad_classes_with_colours_and_patterns(db: Database) -> None:
    data = run(db, "events_by_month")
    fig = figures.events_by_month(data, CTX)
    assert fig.layout.barmode == "stack"
    for trace in fig.data:
        quad = trace.name.lower()
        assert trace.marker.color == palette.QUAD_COLOURS[quad]
        assert trace.marker.pattern.shape == palette.QUAD_PATTERNS[quad]
        assert list(trace.y) == list(data[data["quad_class"] == quad].sort_values("month")["incidents"])
    assert sum(sum(t.y) for t in fig.data) == data["incidents"].sum()


def test_network_is_deterministic_and_marks_denied_and_possible_links(db: Database) -> None:
    nodes, edges = run(db, "actor_network_nodes"), run(db, "actor_network_edges")
    first = figures.network(nodes, edges, CTX).to_json()
    assert first == figures.network(nodes, edges, CTX).to_json()
    fig = figures.network(nodes, edges, CTX)
    lines = [t for t in fig.data if t.mode == "lines" and t.showlegend is False]
    assert len(lines) == len(edges)
    dashed = [t for t in lines if t.line.dash == "dash"]
    assert len(dashed) == int((edges["negated"] | edges["hypothetical"]).sum()) == 2  # PRK→RUS SUPPLIER denied, PRK→KOR planned
    actors = [t for t in fig.data if t.name == "Actors"][0]
    assert [row[0] for row in actors.customdata] == list(nodes["actor"])  # clicks map back to actor ids
    assert (actors.x[0], actors.y[0]) == (0.0, 0.0)  # the most active actor sits in the centre
    colours = {t.line.color for t in lines}
    assert {palette.COOPERATION, palette.CONFLICT, palette.RELATIONSHIP_COLOURS["ALLY"]} <= colours
    labels = [a.text for a in fig.layout.annotations if a.name == "node_label"]
    assert sorted(labels) == sorted(nodes["name"])


def test_heatmap_values_and_readable_cell_text(db: Database) -> None:
    data = run(db, "dyad_matrix")
    fig = figures.dyad_heatmap(data, CTX)
    heat = fig.data[0]
    rus, prk = heat.y.index("Russia"), heat.x.index("North Korea")
    assert heat.z[rus][prk] == pytest.approx(20.5 / 6)
    for a in fig.layout.annotations:
        if a.name is None and a.text and a.text.isdigit():
            i, j = heat.y.index(a.y), heat.x.index(a.x)
            cell = palette.interpolate(palette.COOPERATION_SCALE, (heat.z[i][j] + 10) / 20)
            assert palette.contrast_ratio(a.font.color, cell) >= 4.5


def test_type_bars_use_type_colours(db: Database) -> None:
    data = run(db, "event_type_counts")
    fig = figures.event_type_bars(data, CTX)
    for trace in fig.data:
        assert list(trace.marker.color) == [palette.type_colour(t) for t in trace.y]
    assert sum(sum(t.x) for t in fig.data) == data["incidents"].sum()


def test_actor_charts_split_cooperation_and_conflict(db: Database) -> None:
    trend = run(db, "actor_trend", actor="RUS")
    fig = figures.actor_trend(trend, "Russia", CTX)
    by_name = {t.name: t for t in fig.data}
    assert sum(by_name["Cooperation"].y) == trend["cooperation"].sum()
    assert sum(by_name["Conflict"].y) == -trend["conflict"].sum()
    assert fig.layout.title.text == "<b>Russia: cooperation and conflict over time</b>"
    partners = figures.actor_partners(run(db, "actor_partners", actor="RUS"), "Russia", CTX)
    assert list(partners.data[0].y)[0] == "North Korea"


# ---------------------------------------------------------------- palette

def test_text_colours_have_accessible_contrast() -> None:
    for colour in (palette.TEXT, palette.MUTED_TEXT, palette.EMPTY_TEXT):
        assert palette.contrast_ratio(colour, palette.BACKGROUND) >= 4.5


def test_type_colours_are_shades_of_their_quad_class() -> None:
    colours = palette.type_colours()
    assert set(colours) == set(event_types()) and len(set(colours.values())) == len(colours)
    for name, info in event_types().items():
        r, g, b = (int(colours[name][i:i + 2], 16) for i in (1, 3, 5))
        if str(info["quad_class"]).endswith("cooperation"):
            assert b > r, name   # blues
        else:
            assert r > b, name   # oranges


def _simulate(colour: str, matrix: list[list[float]]) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    rgb = [linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    return tuple(sum(m * c for m, c in zip(row, rgb)) for row in matrix)  # type: ignore[return-value]


# Machado et al. (2009) full-severity simulation matrices (linear RGB)
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


@pytest.mark.parametrize("vision", sorted(CVD))
def test_quad_class_colours_stay_apart_for_colour_blind_readers(vision: str) -> None:
    seen = {q: _simulate(c, CVD[vision]) for q, c in palette.QUAD_COLOURS.items()}
    names = list(seen)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            distance = sum((x - y) ** 2 for x, y in zip(seen[a], seen[b])) ** 0.5
            assert distance > 0.05, (vision, a, b)


def test_greyscale_keeps_quad_classes_apart_by_pattern() -> None:
    assert len(set(palette.QUAD_PATTERNS.values())) == len(QUAD_CLASSES)
    assert len(set(palette.RELATIONSHIP_SYMBOLS.values())) == len(palette.RELATIONSHIP_SYMBOLS)


def test_figures_module_does_not_import_streamlit() -> None:
    code = "import sys, dashboard.figures, dashboard.exports; print(json.dumps(sorted(m for m in sys.modules if m.startswith('streamlit'))))"
    out = subprocess.run([sys.executable, "-c", "import json; " + code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_timeline_rows_by_acting_actor(db: Database) -> None:
    data = run(db, "timeline")
    fig = figures.timeline(data, CTX, row_by="source_name")
    rows = {y for t in fig.data if t.legendgroup == "colour" for y in t.y}
    assert rows == set(data.dropna(subset=["event_date"])["source_name"])
    assert list(fig.layout.yaxis.categoryarray)[-1] == "Russia"  # the busiest actor on top


def _crowded_network(n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """n actors with long and short names, busiest first, every one linked to the hub."""
    words = ["New Zealand", "Soviet Union", "International Criminal Court", "G20", "Eritrea", "Belarus",
             "United Nations Security Council", "Iran", "Syria", "Vietnam", "Organisation of American States",
             "NATO", "Mongolia", "European Union", "Wagner Group", "Kazakhstan", "Japan", "Laos", "Cuba",
             "Democratic Republic of the Congo", "Bangladesh", "Myanmar", "Chad", "Central African Republic",
             "Thailand", "Shanghai Cooperation Organisation", "Peru", "Ministry of Defence", "Nauru", "Oman"]
    actors = [f"A{i:02d}" for i in range(n)]
    nodes = pd.DataFrame({
        "actor": actors, "name": ["Hub actor" if i == 0 else words[(i - 1) % len(words)] for i in range(n)],
        "kind": ["country" if i % 3 else "organisation" for i in range(n)],
        "activity": [200 - 6 * i for i in range(n)], "incidents": [10] * n, "relationships": [1] * n,
    })
    edges = pd.DataFrame({
        "source": [actors[0]] * (n - 1), "target": actors[1:], "edge_kind": ["event"] * (n - 1),
        "type": ["conflict"] * (n - 1), "weight": [3.0] * (n - 1), "mean_cooperation": [-4.0] * (n - 1),
        "top_type": ["THREATEN"] * (n - 1), "negated": [False] * (n - 1), "hypothetical": [False] * (n - 1),
    })
    return nodes, edges


def _drawn_label_boxes(fig: go.Figure) -> dict[str, tuple[float, float, float, float]]:
    """Each node label's box (screen px, origin at data (0, 0)) by the figure's own estimate,
    recomputed from the annotation as drawn (its point, anchors, shifts, one or two lines), by name."""
    height = fig.layout.height
    px = (height - fig.layout.margin.t - figures.MARGIN_BOTTOM) / (2 * figures.NETWORK_Y_RANGE)
    boxes = {}
    for a in fig.layout.annotations:
        if a.name != "node_label":
            continue
        w, h = figures.label_box_size(a.text)
        cx, cy = a.x * px + (a.xshift or 0), -a.y * px - (a.yshift or 0)
        boxes[html.unescape(a.text.replace("<br>", " "))] = figures._box(cx, cy, w, h, a.xanchor, a.yanchor)
    return boxes


@pytest.mark.parametrize("n", [21, 30])
def test_crowded_network_labels_do_not_overlap_and_major_actors_are_named(n: int) -> None:
    nodes, edges = _crowded_network(n)
    fig = figures.network(nodes, edges, CTX)
    boxes = _drawn_label_boxes(fig)
    items = list(boxes.items())
    clashes = [(a, b) for i, (a, ra) in enumerate(items) for b, rb in items[i + 1:] if figures._overlaps(ra, rb, 0.0)]
    assert not clashes, f"labels overlap: {clashes}"
    px = (fig.layout.height - fig.layout.margin.t - figures.MARGIN_BOTTOM) / (2 * figures.NETWORK_Y_RANGE)
    right, bottom = figures.NETWORK_X_RANGE * px, figures.NETWORK_Y_RANGE * px + 12
    assert all(-right - 40 <= l and -bottom <= t and r <= right and b <= bottom for l, t, r, b in boxes.values())
    # every major actor is named on the chart; the others that are not are counted in the source line
    major = list(nodes["name"].head(figures.MAJOR_ACTORS))
    assert set(major) <= set(boxes), f"major actors without a label: {set(major) - set(boxes)}"
    hidden = len(nodes) - len(boxes)
    source = annotation(fig, "source_line")
    assert (f"{hidden} minor actor" in source) if hidden else ("hover only" not in source)
    actors = [t for t in fig.data if t.name == "Actors"][0]
    assert all(name in text for name, text in zip(nodes["name"], actors.hovertext))  # everyone is named on hover


def test_network_places_labels_for_the_height_it_is_drawn_at() -> None:
    nodes, edges = _crowded_network(30)
    small = figures.network(nodes, edges, CTX, height=520)
    assert small.layout.height == 520
    boxes = list(_drawn_label_boxes(small).values())
    assert not [1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if figures._overlaps(a, b, 0.0)]


# ---------------------------------------------------------------- model-read items marked

@pytest.fixture(scope="module")
def learned_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """Rule-read and model-read events and ties, written by ingest's own path
    (tests/_ingest_helpers.build_learned_db): a troop deployment both read (mixed), a China–Russia
    meeting and partnership only the model read, a US accusation and ties the rules read."""
    from _ingest_helpers import build_learned_db

    database = Database(build_learned_db(tmp_path_factory.mktemp("figures-learned") / "sitrep.duckdb"))
    yield database
    database.close()


INCLUDED = Scope(include_learned=True)


def test_timeline_rings_incidents_only_the_model_read_when_included(learned_db: Database) -> None:
    rows = run(learned_db, "timeline", INCLUDED)
    model = rows[rows["model_only"]]
    assert len(model) == 1 and model["type"].iloc[0] == "CONSULT"  # the China–Russia meeting
    fig = figures.timeline(rows, CTX)
    (rings,) = [t for t in fig.data if t.name == figures.MODEL_ONLY_LABEL]
    assert rings.showlegend is not False and rings.legendgrouptitle.text == "Who read it"
    assert rings.marker.symbol == "circle-open" and len(rings.x) == 1
    assert pd.Timestamp(rings.x[0]) == pd.Timestamp(model["event_date"].iloc[0])
    assert rings.customdata[0][0] == model["incident_id"].iloc[0]  # a click on the ring picks the incident
    # the incident itself is faint and says so on hover; the others (the mixed one too) are not
    for row in rows.to_dict("records"):
        ((trace, i),) = [(t, i) for t, i in points(fig, row["incident_id"]) if t.name != figures.MODEL_ONLY_LABEL]
        opacity = trace.marker.opacity[i]
        assert opacity == (figures.MODEL_ONLY_OPACITY if row["model_only"] else 0.9), row["headline"]
        assert ("Read by the model only" in trace.customdata[i][8]) == bool(row["model_only"])
    # hidden (the default): nothing only the model read is drawn, so nothing is ringed
    hidden = figures.timeline(run(learned_db, "timeline", Scope()), CTX)
    assert not [t for t in hidden.data if t.name == figures.MODEL_ONLY_LABEL]
    assert all(o == 0.9 for t in hidden.data if t.customdata is not None for o in t.marker.opacity)


def test_a_click_on_a_ring_selects_its_incident(learned_db: Database) -> None:
    from dashboard import ui

    rows = run(learned_db, "timeline", INCLUDED)
    fig = figures.timeline(rows, CTX)
    (rings,) = [t for t in fig.data if t.name == figures.MODEL_ONLY_LABEL]
    event = {"selection": {"points": [{"customdata": list(rings.customdata[0])}]}}
    assert ui.selected_value(event, "incident_id", rows) == rows[rows["model_only"]]["incident_id"].iloc[0]


def test_network_dots_links_resting_only_on_model_read_items_when_included(learned_db: Database) -> None:
    nodes, edges = run(learned_db, "actor_network_nodes", INCLUDED), run(learned_db, "actor_network_edges", INCLUDED)
    resting = edges[edges["model_only"] >= edges["weight"]]
    # the China–Russia meeting (an event link) and partnership (a stated tie), only the model read
    assert sorted(zip(resting["edge_kind"], resting["type"])) == [("event", "cooperation"), ("relationship", "PARTNER")]
    fig = figures.network(nodes, edges, CTX)
    lines = [t for t in fig.data if t.mode == "lines" and t.showlegend is False]
    dotted = sorted(t.name for t in lines if t.line.dash == "dot")
    assert len(dotted) == 2 and all(figures.MODEL_ONLY_LABEL in name for name in dotted)
    assert {t.line.dash for t in lines} - {"dot"} == {"solid"}  # the rules' links (the mixed one too) solid
    legend = [t.name for t in fig.data if t.showlegend]
    assert f"dotted: {figures.MODEL_ONLY_LABEL}" in legend
    hover = " ".join(" ".join(t.hovertext) for t in fig.data if t.legendgroup == "links" and t.hovertext)
    assert hover.count("Read by the model only") == 2
    # hidden (the default): no model-read link, no dotted line, no legend entry
    hidden = figures.network(run(learned_db, "actor_network_nodes"), run(learned_db, "actor_network_edges"), CTX)
    assert all(t.line.dash == "solid" for t in hidden.data if t.mode == "lines" and t.showlegend is False)
    assert f"dotted: {figures.MODEL_ONLY_LABEL}" not in [t.name for t in hidden.data if t.showlegend]


def test_model_read_marks_reach_the_static_exports(learned_db: Database) -> None:
    from xml.etree import ElementTree as ET

    from dashboard import exports

    if not exports.static_available():
        pytest.skip(exports.static_export_problem() or "no Chromium for static export")
    timeline = figures.timeline(run(learned_db, "timeline", INCLUDED), CTX)
    network = figures.network(run(learned_db, "actor_network_nodes", INCLUDED),
                              run(learned_db, "actor_network_edges", INCLUDED), CTX)
    for fig, entry in ((timeline, figures.MODEL_ONLY_LABEL), (network, f"dotted: {figures.MODEL_ONLY_LABEL}")):
        svg = exports.to_svg(fig)
        assert entry in " ".join(ET.fromstring(svg).itertext())
    # the network's dotted links are drawn dotted in the SVG (plotly writes a dash array)
    assert b"stroke-dasharray" in exports.to_svg(network)
