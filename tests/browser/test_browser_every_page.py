"""Every page of the briefing opens in a real browser on the sample corpus, draws its charts
legibly, and is saved as a screenshot (tests/artifacts/screenshots/<page>.png) for a person to
look at; once as it opens, once with the model-read events included (learned=1: more events,
more actors, e.g. on the network), saved as <page>-learned.png."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

import sitrep_ui as ui
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

# url path -> (screenshot name, first heading)
PAGES = {
    "": ("briefing", "Briefing"),
    "timeline": ("timeline", "Timeline"),
    "network": ("network", "Network"),
    "actors": ("actors", "Actor profile"),
    "events": ("events", "Events"),
    "sources": ("sources", "Sources"),
    "add-documents": ("add-documents", "Add documents"),
}


# query string -> test id and screenshot suffix
TIERS = {"": "", "?learned=1": "learned"}


@pytest.mark.parametrize("query", list(TIERS), ids=[tier or "rules" for tier in TIERS.values()])
@pytest.mark.parametrize("path", list(PAGES), ids=[name for name, _ in PAGES.values()])
def test_page_opens_and_draws_its_charts_legibly(app: AppServer, page: Page, path: str, query: str) -> None:
    name, heading = PAGES[path]
    if TIERS[query]:
        name = f"{name}-{TIERS[query]}"
    ui.open_app(page, f"{app.url}/{path}{query}")
    if TIERS[query]:
        # the link's learned=1 reached the shared sidebar filters
        expect(ui.widget(ui.sidebar(page), "stCheckbox", "Include model-read events and relationships").locator("input")).to_be_checked()
    expect(page.locator("h1").first).to_have_text(heading)
    charts = ui.plotly_divs(page.locator('[data-testid="stMain"]'))
    drawn = {}
    for index in range(charts.count()):
        plotted = ui.plotly_data(page, charts.nth(index))
        drawn[ui.chart_title(charts.nth(index)) or f"chart {index}"] = plotted
    ui.screenshot(page, name)

    for title, plotted in drawn.items():
        assert any(trace["x"] or trace["y"] for trace in plotted["fullData"]), f"{name}: '{title}' plots nothing"
    problems = {
        (ui.chart_title(charts.nth(i)) or f"chart {i}"): ui.chart_layout_problems(charts.nth(i))
        for i in range(charts.count())
    }
    problems = {title: found for title, found in problems.items() if found}
    assert not problems, f"{name}: chart texts a reader cannot read: {problems}"
    cut = ui.truncated(page.locator('[data-testid="stMetricValue"] [data-testid="stMarkdownContainer"]'))
    assert not cut, f"{name}: headline figures cut off by the layout: {cut}"
