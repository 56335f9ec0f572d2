"""Add documents in a real browser: a binary file is refused with a clear message and changes
nothing; a new article is stored and shows under Sources and on the timeline.

Uploads change the database, so this module runs its own app server on its own copy of the
sample database: the read-only scenarios never see these documents, whatever the order."""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

import sitrep_ui as ui
from dashboard.db import Database
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

ARTICLE_NAME = "tumen-road-bridge-opens.txt"
ARTICLE_TITLE = "Russia and North Korea open a road bridge over the Tumen River"
ARTICLE = f"""date 2025-08-21
{ARTICLE_TITLE}
Wire report · Sitrep Test Wire

North Korean leader Kim Jong Un met Russian Prime Minister Mikhail Mishustin in Rason on Thursday to open a road bridge across the Tumen River, the first road link between the two countries.

Russia will deliver 50,000 tonnes of wheat to North Korea before the end of the year, the Russian agriculture ministry said on Thursday.
"""
BINARY_NAME = "satellite-image.pdf"  # named like a report, but not one


@pytest.fixture(scope="module")
def upload_app(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    folder = tmp_path_factory.mktemp("sitrep-upload-app")
    db = folder / "sitrep.duckdb"
    shutil.copy2(corpus_db, db)
    server = AppServer(db_path=db, log_path=folder / "streamlit.log").start()
    yield server
    server.stop()
    assert not server.tracebacks(), f"the app server logged exceptions:\n{server.tracebacks()}"


def counts(page: Page, base: str) -> dict[str, object]:
    """What a reader would notice changing: headline figures, timeline markers, stored documents."""
    ui.open_app(page, base)
    figures = ui.metrics(page)
    chart = page.locator(".st-key-chart_brief_timeline .js-plotly-plot")
    plotted = ui.plotly_data(page, chart)
    incidents = sorted(
        str(custom[0]) for trace in plotted["fullData"] if trace["customdata"] for custom in trace["customdata"]
    )
    ui.navigate(page, "Sources")
    page.get_by_role("tab", name="Ingest log").click()
    log_line = page.locator('[data-testid="stMarkdownContainer"] p', has_text=re.compile(r"\d+ stored")).first
    expect(log_line).to_be_visible()
    stored = int(re.search(r"(\d+) stored", log_line.inner_text()).group(1))
    return {"figures": figures, "incidents": incidents, "stored": stored}


def upload(page: Page, name: str, content: bytes, mime: str) -> None:
    """Choose one file in the uploader and press the button, as a reader does."""
    uploader = page.locator('[data-testid="stFileUploader"]')
    ui.rerun_after(
        page, lambda: uploader.locator('input[type="file"]').set_input_files({"name": name, "mimeType": mime, "buffer": content})
    )
    chip = uploader.locator('[data-testid="stFileChip"]')
    expect(chip).to_have_count(1)
    shown = chip.locator('[data-testid="stFileChipName"]').inner_text().strip()
    # A long name is shortened in the middle ("tumen-r...-opens.txt").
    head, _, tail = shown.partition("...") if "..." in shown else shown.partition("…")
    assert shown == name or (name.startswith(head) and name.endswith(tail)), (shown, name)
    submit = page.get_by_role("button", name="Add to the briefing")
    expect(submit).to_be_enabled()
    ui.rerun_after(page, submit.click, timeout=120_000)  # extraction runs in this rerun
    expect(page.locator('[data-testid="stAlert"]').first).to_be_visible()
    ui.assert_no_exception(page)


def test_upload_refuses_binary_and_adds_an_article(
    upload_app: AppServer, new_context: Callable[[int], BrowserContext]
) -> None:
    page = new_context(upload_app.port).new_page()
    base = upload_app.url
    before = counts(page, base)

    # A binary file with a report's extension: one clear line naming it, and nothing else changes.
    ui.navigate(page, "Add documents")
    upload(page, BINARY_NAME, os.urandom(4096) + b"\x00\xff" * 512, "application/pdf")
    error = page.locator('[data-testid="stAlert"]', has_text=BINARY_NAME)
    expect(error).to_be_visible()
    message = error.inner_text().strip()
    assert "failed" in message and "Traceback" not in message and len(message.splitlines()) == 1, message
    ui.screenshot(page, "add-documents-binary-refused")
    assert counts(page, base) == before, "a refused file changed the briefing"

    # A new article: stored, listed under Sources, its events on the timeline.
    ui.navigate(page, "Add documents")
    upload(page, ARTICLE_NAME, ARTICLE.encode("utf-8"), "text/plain")
    expect(page.locator('[data-testid="stAlert"]', has_text="1 stored")).to_be_visible()
    ui.screenshot(page, "add-documents-article-stored")
    open_it = page.get_by_role("link", name=f"Open {ARTICLE_NAME}")
    ui.rerun_after(page, open_it.click)
    expect(page.locator("h1").first).to_have_text("Sources")
    expect(page.locator("h3", has_text=ARTICLE_TITLE)).to_be_visible()
    document_id = ui.query_params(page)["doc"][0]
    assert ui.selectbox_value(ui.widget(page, "stSelectbox", "Open a document")).endswith(ARTICLE_TITLE)

    after = counts(page, base)
    assert after["stored"] == before["stored"] + 1
    events = Database(upload_app.db_path).query(
        "SELECT DISTINCT coalesce(incident_id, id) AS incident FROM events "
        "WHERE document_id = $doc AND event_date IS NOT NULL AND status IN ('asserted', 'planned', 'hypothetical') "
        # the timeline as opened shows the rules' reading; model-read events are hidden unless asked
        "AND method = 'rules'",
        {"doc": document_id},
    )
    assert len(events), "the uploaded article produced no dated events"
    missing = set(events["incident"]) - set(after["incidents"])
    assert not missing, f"the article's incidents are not on the timeline: {missing}"
    assert len(after["incidents"]) > len(before["incidents"])


def test_uploader_states_the_size_limit_ingest_enforces(
    upload_app: AppServer, new_context: Callable[[int], BrowserContext]
) -> None:
    # The reader is told a per-file limit before uploading; a larger file is refused by ingest
    # (SITREP_MAX_FILE_BYTES), so the two must agree or a reader uploads in vain.
    from dashboard import config

    page = new_context(upload_app.port).new_page()
    ui.open_app(page, f"{upload_app.url}/add-documents")
    instructions = page.locator('[data-testid="stFileUploaderDropzoneInstructions"]')
    expect(instructions).to_be_visible()
    stated = re.search(r"(\d+(?:\.\d+)?)\s*([KMG]B) per file", instructions.inner_text())
    assert stated, instructions.inner_text()
    stated_bytes = float(stated.group(1)) * {"KB": 2**10, "MB": 2**20, "GB": 2**30}[stated.group(2)]
    assert stated_bytes == config.MAX_FILE_BYTES, (
        f"the uploader says {stated.group(0)!r}, ingest refuses files over {config.MAX_FILE_BYTES / 2**20:g} MB"
    )
