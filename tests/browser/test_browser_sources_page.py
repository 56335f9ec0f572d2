"""From an event to its source: click an incident on the timeline, open a report of it, read the
sentence highlighted in the document — also when a link points deep into a long document."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Locator, Page, expect

import sitrep_ui as ui
from dashboard.db import Database
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

STATUS_PREFIX = re.compile(r"^(planned|possible|denied / did not happen): ")


def normalise(text: str) -> str:
    return " ".join(text.split())


def highlighted(page: Page) -> Locator:
    pieces = page.locator(".sitrep-doc .sentence")
    expect(pieces.first).to_be_visible()
    return pieces


def shown_in_document_box(pieces: Locator) -> bool:
    """Is the highlighted sentence inside the visible part of the document's own scroll box?"""
    return bool(pieces.first.evaluate(
        """(el) => {
            const box = el.closest('.sitrep-doc').getBoundingClientRect();
            const r = el.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        }"""
    ))


def test_clicked_incident_opens_its_source_with_the_sentence_highlighted(app: AppServer, page: Page) -> None:
    ui.open_app(page, f"{app.url}/timeline")
    chart = page.locator(".st-key-chart_timeline .js-plotly-plot")
    ui.plotly_data(page, chart)
    chart.scroll_into_view_if_needed()
    height = page.viewport_size["height"]
    # A reader clicks what is on screen: markers inside the window, the most isolated of them.
    on_screen = [p for p in ui.plotted_points(chart) if p["customdata"] and 0 < p["y"] < height]
    assert on_screen, "no timeline marker is on screen"
    target = ui.most_isolated(on_screen)
    incident_id = str(target["customdata"][0])

    # A reader clicks the marker: the incident is chosen (and put in the URL) and its reports show.
    ui.rerun_after(page, lambda: page.mouse.click(target["x"], target["y"]))
    ui.assert_no_exception(page)
    assert ui.query_params(page).get("incident") == [incident_id]
    main = page.locator('[data-testid="stMain"]')
    reports = main.locator('[data-testid="stMarkdownContainer"] blockquote')
    expect(reports.first).to_be_visible()
    sentence = reports.first.inner_text()
    ui.screenshot(page, "timeline-incident-chosen")

    open_source = main.get_by_role("link", name="Open the source").first
    ui.rerun_after(page, open_source.click)
    ui.assert_no_exception(page)
    expect(page.locator("h1").first).to_have_text("Sources")
    assert ui.query_params(page).get("event"), "the link to the source names the event"
    pieces = highlighted(page)
    assert normalise("".join(pieces.all_inner_texts())) == normalise(STATUS_PREFIX.sub("", sentence))
    pieces.first.scroll_into_view_if_needed()
    expect(pieces.first).to_be_in_viewport()
    ui.screenshot(page, "sources-event-highlighted")


def test_link_to_a_sentence_deep_in_a_long_document_shows_it(app: AppServer, corpus_db: Path, page: Page) -> None:
    # The event whose sentence sits farthest into its document: a reader following a link to it
    # must see it without hunting through the text. (One the default view shows: model-read and
    # negated events are hidden unless asked for, and which of them sorts first moves with the
    # extractor's output.)
    row = Database(corpus_db).query(
        """SELECT e.id, e.document_id, e.sentence, e.sent_start, length(d.text) AS n
           FROM events AS e JOIN documents AS d ON d.id = e.document_id
           WHERE e.method = 'rules' AND e.status <> 'negated'
           ORDER BY e.sent_start DESC, e.id LIMIT 1"""
    ).iloc[0]
    ui.open_app(page, f"{app.url}/sources?{urlencode({'doc': row['document_id'], 'event': row['id']})}")
    expect(page.locator("h1").first).to_have_text("Sources")
    pieces = highlighted(page)
    assert normalise("".join(pieces.all_inner_texts())) == normalise(row["sentence"])
    page.locator(".sitrep-doc").scroll_into_view_if_needed()
    ui.screenshot(page, "sources-deep-sentence")
    assert shown_in_document_box(pieces), (
        f"the highlighted sentence (at character {row['sent_start']} of {row['n']}) "
        "is outside the document box's visible area: the reader has to scroll to find it"
    )
