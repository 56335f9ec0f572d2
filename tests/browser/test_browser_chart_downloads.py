"""A chart's four downloads, fetched by clicking its buttons in a real browser: PNG, SVG, HTML and
CSV, each checked for what a reader pastes or shares."""
from __future__ import annotations

import csv
import io
import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

import sitrep_ui as ui
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHART = "timeline"  # the Timeline page's main chart (chart_panel key)


def download(page: Page, kind: str, work: Path) -> tuple[str, bytes]:
    """Click the chart's `kind` button; the file's suggested name and bytes."""
    # A button with a tooltip is rendered twice (one copy hidden): take the one a reader sees.
    button = page.locator(f".st-key-dl_{CHART}_{kind} [data-testid=\"stDownloadButton\"] button:visible")
    expect(button).to_be_enabled()
    with ui.downloading(page) as info:
        button.click()
    path = work / info.value.suggested_filename
    info.value.save_as(path)
    return info.value.suggested_filename, path.read_bytes()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, f"not a PNG: {data[:8]!r}"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_size(data: bytes) -> tuple[float, float]:
    root = ET.fromstring(data)
    assert root.tag.endswith("svg"), root.tag
    return float(root.get("width", "0").removesuffix("px")), float(root.get("height", "0").removesuffix("px"))


def csv_rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """The '#' header lines and the rows of a CSV download."""
    text = data.decode("utf-8")
    lines = text.splitlines()
    header = [line for line in lines if line.startswith("#")]
    body = "\n".join(line for line in lines if not line.startswith("#"))
    return header, list(csv.DictReader(io.StringIO(body)))


def test_chart_downloads_are_what_is_plotted(
    app: AppServer, page: Page, new_context: Callable[[int], BrowserContext], tmp_path: Path
) -> None:
    ui.open_app(page, f"{app.url}/timeline")
    chart = page.locator(f".st-key-chart_{CHART} .js-plotly-plot")
    plotted = ui.plotly_data(page, chart)
    points = {
        (str(custom[0]), str(x)[:10])
        for trace in plotted["fullData"] if trace["customdata"]
        for x, custom in zip(trace["x"], trace["customdata"])
    }
    assert points, "the timeline plots nothing"
    page_height = chart.evaluate("(el) => el.layout.height")
    scope = page.locator('[data-testid="stCaptionContainer"]', has_text="Scope:").first.inner_text()
    scope = scope.split("Scope:", 1)[1].strip()

    # HTML: self-contained — no script fetched from anywhere — and it draws the same points offline.
    html_name, html = download(page, "html", tmp_path)
    assert html_name.endswith(".html")
    text = html.decode("utf-8")
    assert "<script src=\"http" not in text and "<script src='http" not in text and 'src="//' not in text
    offline = new_context(app.port).new_page()  # its requests are checked like any other's
    offline.set_content(text, wait_until="load")
    copy = offline.locator(".js-plotly-plot")
    copied = ui.plotly_data(offline, copy)
    copied_points = {
        (str(custom[0]), str(x)[:10])
        for trace in copied["fullData"] if trace["customdata"]
        for x, custom in zip(trace["x"], trace["customdata"])
    }
    assert copied_points == points, "the HTML copy does not draw what the page draws"
    # The figure's own layout size, as its spec gives it (the page stretches the width to the column).
    spec_width, spec_height = copy.evaluate("(el) => [el.layout.width ?? null, el.layout.height ?? null]")
    assert spec_height == page_height

    # SVG parses and is the figure at its layout size; the PNG is twice that (sharp in print).
    from dashboard.exports import EXPORT_WIDTH  # the export width of a figure that sets none

    svg_name, svg = download(page, "svg", tmp_path)
    png_name, png = download(page, "png", tmp_path)
    assert png_name.endswith(".png") and svg_name.endswith(".svg")
    svg_w, svg_h = svg_size(svg)
    assert (svg_w, svg_h) == (spec_width or EXPORT_WIDTH, spec_height), "the SVG is not the figure's layout size"
    assert png_size(png) == (2 * svg_w, 2 * svg_h), "the PNG is not 2x the figure's layout size"
    assert b"Incidents over time" in svg

    # CSV: the rows behind the chart — every dated row is a plotted marker and vice versa — with the scope.
    csv_name, data = download(page, "csv", tmp_path)
    assert csv_name.endswith(".csv")
    header, rows = csv_rows(data)
    dated = {(row["incident_id"], row["event_date"][:10]) for row in rows if row["event_date"]}
    assert dated == points, (
        f"CSV rows and plotted markers differ: {len(dated - points)} only in the CSV, {len(points - dated)} only on the chart"
    )
    assert any(line.startswith("# scope:") and scope in line for line in header), (header, scope)
    assert any(line == f"# rows: {len(rows)}" for line in header), header
