"""Downloads: PNG (2×) and SVG through kaleido and Debian's chromium, offline HTML, CSV that records its
scope and round-trips to the plotted rows, Excel; and the clear error when Chromium is missing."""
from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from _fixture_db import build_fixture_db
from dashboard import exports, figures, queries
from dashboard.db import Database
from dashboard.figures import FigureContext
from dashboard.scope import STATUSES, Scope

ROOT = Path(__file__).resolve().parents[1]
SCOPE = Scope(actors=("RUS", "PRK"), match="between")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = Database(build_fixture_db(tmp_path_factory.mktemp("exports") / "sitrep.duckdb"))
    yield database
    database.close()


@pytest.fixture(scope="module")
def timeline_figure(db: Database):
    data = queries.run("timeline", SCOPE, db)
    return figures.timeline(data, FigureContext(scope_text=SCOPE.describe(), n_events=18, n_documents=14,
                                                generated=date(2025, 9, 5)))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# ---------------------------------------------------------------- static images

def test_png_is_rendered_at_twice_the_layout_size(timeline_figure) -> None:
    width, height = png_size(exports.to_png(timeline_figure))
    assert (width, height) == (2 * exports.EXPORT_WIDTH, 2 * timeline_figure.layout.height)
    width, height = png_size(exports.to_png(timeline_figure, width=640, height=400))
    assert (width, height) == (1280, 800)


def test_one_browser_serves_every_export(timeline_figure) -> None:
    exports.to_png(timeline_figure)
    browser = exports._renderer._kaleido
    assert browser is not None
    exports.to_svg(timeline_figure)
    assert exports._renderer._kaleido is browser


def test_svg_is_xml_with_the_title_and_source_line(timeline_figure) -> None:
    svg = exports.to_svg(timeline_figure)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    assert "Incidents over time" in text
    assert "Sitrep · 18 events from 14 documents · generated 2025-09-05" in text
    assert "between Russia, North Korea" in text or "between RUS, PRK" in text


def test_empty_figures_export_too(db: Database) -> None:
    nothing = Scope(actors=("nobody",))
    fig = figures.timeline(queries.run("timeline", nothing, db), FigureContext(scope_text=nothing.describe()))
    assert png_size(exports.to_png(fig))[0] == 2 * exports.EXPORT_WIDTH
    assert "No incidents match" in " ".join(ET.fromstring(exports.to_svg(fig)).itertext())


# ---------------------------------------------------------------- HTML

def test_html_is_self_contained(timeline_figure) -> None:
    page = exports.to_html(timeline_figure).decode("utf-8")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']https?:", page, re.IGNORECASE)
    assert "Plotly.newPlot" in page and len(page) > 1_000_000  # plotly.js itself is inside
    assert "<title>Incidents over time</title>" in page
    assert "inc-2024-treaty" in page


# ---------------------------------------------------------------- CSV and Excel

def test_csv_records_the_scope_and_round_trips_to_the_plotted_rows(db: Database) -> None:
    for name in ("timeline", "events", "key_developments", "relationships", "documents", "dyad_matrix"):
        frame = queries.run(name, Scope(statuses=STATUSES), db)
        data = exports.to_csv(frame, SCOPE.describe())
        lines = data.decode("utf-8").splitlines()
        assert lines[0].startswith("# Sitrep export, generated ")
        assert lines[1] == f"# scope: {SCOPE.describe()}"
        assert lines[2] == f"# rows: {len(frame)}"
        pd.testing.assert_frame_equal(exports.read_csv_export(data), frame)


def test_csv_of_an_empty_result_round_trips(db: Database) -> None:
    frame = queries.run("events", Scope(actors=("nobody",)), db)
    back = exports.read_csv_export(exports.to_csv(frame, "nothing"))
    assert back.empty and list(back.columns) == list(frame.columns)


def test_csv_cells_cannot_become_spreadsheet_formulas() -> None:
    frame = pd.DataFrame({"sentence": ["=HYPERLINK(\"http://x\",\"y\")", "+1 and more", "'quoted", "plain", None],
                          "n": [1, 2, 3, 4, 5]})
    data = exports.to_csv(frame, "scope")
    body = data.decode("utf-8").splitlines()[5:]
    assert all(not line.startswith(("=", "+", "-", "@")) for line in body)
    assert body[0].startswith("\"'=HYPERLINK")
    back = exports.read_csv_export(data)
    assert back["sentence"].tolist()[:4] == frame["sentence"].tolist()[:4] and pd.isna(back["sentence"][4])


def test_csv_keeps_unicode_and_newlines(db: Database) -> None:
    frame = pd.DataFrame({"text": ["Zhao Leji — China–North Korea “friendship year”", "two\nlines, \"quoted\""],
                          "when": pd.to_datetime(["2024-04-11", "2025-01-01"])})
    pd.testing.assert_frame_equal(exports.read_csv_export(exports.to_csv(frame, "Россия · 北朝鮮")), frame)
    assert "# scope: Россия · 北朝鮮" in exports.to_csv(frame, "Россия · 北朝鮮").decode("utf-8")


def test_xlsx_has_the_rows_as_values_and_the_scope(db: Database) -> None:
    frame = queries.run("events", SCOPE, db)
    frame.loc[frame.index[0], "sentence"] = "=1+1 is not a formula here"
    book = load_workbook(io.BytesIO(exports.to_xlsx(frame, SCOPE.describe())))
    sheet = book["Events"]
    header = [c.value for c in sheet[1]]
    assert header == list(frame.columns)
    assert sheet.max_row == len(frame) + 1
    column = header.index("sentence") + 1
    cell = sheet.cell(row=2, column=column)
    assert cell.value == "=1+1 is not a formula here" and cell.data_type == "s"
    dates = header.index("event_date") + 1
    assert sheet.cell(row=2, column=dates).value.date() == frame["event_date"].iloc[0].date()
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["scope"] == SCOPE.describe() and about["rows"] == len(frame)


# ---------------------------------------------------------------- without Chromium

NO_CHROMIUM = """
import json, sys
sys.path.insert(0, {root!r})
import pandas as pd, plotly.graph_objects as go
from dashboard import exports
fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))
result = {{"problem": exports.static_export_problem()}}
for fmt in ("png", "svg"):
    try:
        getattr(exports, "to_" + fmt)(fig)
        result[fmt] = "made"
    except exports.ExportUnavailable as exc:
        result[fmt] = str(exc)
result["html"] = len(exports.to_html(fig))
result["csv"] = exports.read_csv_export(exports.to_csv(pd.DataFrame({{"a": [1]}}), "s"))["a"].tolist()
result["xlsx"] = exports.to_xlsx(pd.DataFrame({{"a": [1]}}), "s")[:2].decode()
print(json.dumps(result))
"""


def test_without_chromium_png_and_svg_say_why_and_the_rest_works() -> None:
    env = {**os.environ, "BROWSER_PATH": "/nonexistent/chromium"}
    out = subprocess.run([sys.executable, "-c", NO_CHROMIUM.format(root=str(ROOT))], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["problem"] == "no Chromium at /nonexistent/chromium"
    assert result["png"].startswith("PNG export needs Chromium: install Debian's chromium or set BROWSER_PATH")
    assert result["svg"].startswith("SVG export needs Chromium: install Debian's chromium or set BROWSER_PATH")
    assert result["html"] > 1_000_000 and result["csv"] == [1] and result["xlsx"] == "PK"
