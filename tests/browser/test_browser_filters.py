"""The sidebar filters as a policymaker uses them in a real browser: narrow the briefing to one
pair of actors and one year, move between pages, share the link."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

import sitrep_ui as ui
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

PAIR = ("Russia", "North Korea")
YEAR_START, YEAR_END = "2023-01-01", "2023-12-31"


def filter_pair_between_in_2023(page: Page) -> None:
    """Russia and North Korea, events between them only, during 2023 — through the widgets."""
    sb = ui.sidebar(page)
    actors = ui.widget(sb, "stMultiSelect", "Actors")
    for name in PAIR:
        # Options read "<kind> · <name>"; type the name, pick the exact actor.
        ui.multiselect_choose(page, actors, re.compile(rf"^\w+ · {re.escape(name)}$"), typed=name)
    ui.radio_choose(page, ui.widget(sb, "stRadio", "Match"), "between them only")
    ui.selectbox_choose(page, ui.widget(sb, "stSelectbox", "Period"), "Custom range")
    ui.date_range_fill(page, ui.widget(sb, "stDateInput", "Dates"), YEAR_START, YEAR_END)
    ui.assert_no_exception(page)


def briefing_timeline_points(page: Page) -> list[dict[str, Any]]:
    """The incidents plotted on the briefing's timeline: id, date and dyad of every marker."""
    chart = page.locator(".st-key-chart_brief_timeline .js-plotly-plot")
    plotted = ui.plotly_data(page, chart)
    points = []
    for trace in plotted["fullData"]:
        if not trace["customdata"]:  # legend-only traces (marker shapes) carry no data
            continue
        for x, y, custom in zip(trace["x"], trace["y"], trace["customdata"]):
            points.append({"incident_id": str(custom[0]), "date": str(x)[:10], "dyad": y})
    return points


def scope_caption(page: Page) -> str:
    return page.locator('[data-testid="stCaptionContainer"]', has_text="Scope:").first.inner_text().strip()


def test_filter_pair_between_for_2023_narrows_timeline_and_figures(app: AppServer, page: Page) -> None:
    ui.open_app(page, app.url)
    before = ui.metrics(page)
    before_points = briefing_timeline_points(page)
    assert set(before) >= {"Incidents", "Actors", "Documents"}, before

    filter_pair_between_in_2023(page)
    ui.screenshot(page, "briefing-russia-north-korea-2023")

    # The widgets show what was chosen, and the URL carries it.
    shown = ui.sidebar_filters(page)
    assert [label.split(" · ", 1)[1] for label in shown["actors"]] == list(PAIR)
    assert shown["match"] == "between them only"
    assert shown["period"] == "Custom range"
    assert shown["dates"] == [YEAR_START, YEAR_END]
    params = ui.query_params(page)
    assert params.get("match") == ["between"] and params.get("start") == [YEAR_START] and params.get("end") == [YEAR_END]
    assert len(params.get("actor", [])) == 2, params

    caption = scope_caption(page)
    assert "between Russia, North Korea" in caption and f"{YEAR_START} to {YEAR_END}" in caption, caption

    # Every plotted incident is between the two and dated in 2023.
    points = briefing_timeline_points(page)
    assert points, "the timeline shows nothing for Russia and North Korea in 2023"
    sides = {side.strip() for p in points for side in p["dyad"].split("→")}
    assert sides <= set(PAIR), f"the timeline shows other actors: {sides - set(PAIR)}"
    assert all(len(p["dyad"].split("→")) == 2 for p in points), "a 'between' incident without both sides"
    outside = [p for p in points if not YEAR_START <= p["date"] <= YEAR_END]
    assert not outside, f"incidents plotted outside 2023: {outside}"
    assert len(points) < len(before_points)
    # What is drawn, not only the data: the chart's row labels (SVG text) name only the pair.
    chart = page.locator(".st-key-chart_brief_timeline .js-plotly-plot")
    rows = [label for label in ui.text_of_svg(chart, ".ytick text") if label]
    assert rows and {side.strip() for row in rows for side in row.split("→")} <= set(PAIR), rows

    # The headline figures follow: one plotted marker per incident in scope.
    after = ui.metrics(page)
    assert after != before
    assert int(after["Incidents"].replace(",", "")) == len({p["incident_id"] for p in points}), (after, len(points))
    assert int(after["Actors"].replace(",", "")) < int(before["Actors"].replace(",", ""))
    assert after["Date span"].startswith("2023"), after["Date span"]


def test_filters_hold_across_pages(app: AppServer, page: Page) -> None:
    ui.open_app(page, app.url)
    filter_pair_between_in_2023(page)
    chosen = ui.sidebar_filters(page)
    figures = ui.metrics(page)
    caption = scope_caption(page)
    link_params = ui.query_params(page)

    for title in ("Network", "Events"):
        ui.navigate(page, title)
        ui.screenshot(page, f"{title.lower()}-russia-north-korea-2023")
        assert ui.sidebar_filters(page) == chosen, f"the filters changed on {title}"
        assert scope_caption(page) == caption, f"{title} shows another scope"

    ui.navigate(page, "Briefing")
    assert ui.sidebar_filters(page) == chosen
    assert ui.metrics(page) == figures
    assert scope_caption(page) == caption
    assert ui.query_params(page) == link_params


def test_copied_link_opens_the_same_view(
    app: AppServer, page: Page, new_context: Callable[[int], BrowserContext]
) -> None:
    ui.open_app(page, app.url)
    filter_pair_between_in_2023(page)
    link = page.url
    chosen = ui.sidebar_filters(page)
    figures = ui.metrics(page)
    plotted = briefing_timeline_points(page)

    # Another reader: a fresh browser context, no cookies or session, just the link.
    other = new_context(app.port).new_page()
    ui.open_app(other, link)
    assert ui.sidebar_filters(other) == chosen
    assert ui.metrics(other) == figures
    assert briefing_timeline_points(other) == plotted
    assert scope_caption(other) == scope_caption(page)
    expect(other.locator("h1", has_text="Briefing")).to_be_visible()
