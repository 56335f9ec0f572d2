"""Fixtures for the real-browser tests: one database built by the real ingest from the sample
corpus, one `streamlit run` of the app on it, one Debian Chromium, and a fresh browser context per
test that records every URL the browser asks for (the briefing must work air-gapped).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from sitrep_ui import (
    APP_TIMEOUT_MS,
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    RUN_COUNTER_JS,
    AppServer,
    RequestLog,
    build_database,
)

if str(ROOT) not in sys.path:  # the tests read the built database through dashboard.db
    sys.path.insert(0, str(ROOT))

SAMPLE_CORPUS = ROOT / "data" / "articles"
VIEWPORT = {"width": 1440, "height": 1000}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    # Keep each phase's report on the item so fixtures can screenshot a failed test's page.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sitrep-browser")


@pytest.fixture(scope="session")
def corpus_db(work_dir: Path) -> Path:
    """The sample corpus, ingested by the real CLI into a fresh database."""
    files = [p for p in SAMPLE_CORPUS.rglob("*") if p.is_file() and not p.name.startswith(".")]
    if not files:
        pytest.fail(f"{SAMPLE_CORPUS}: the sample corpus is empty; the browser tests need it")
    return build_database(SAMPLE_CORPUS, work_dir / "sitrep.duckdb", work_dir)


@pytest.fixture(scope="session")
def app(corpus_db: Path, work_dir: Path) -> Iterator[AppServer]:
    """The briefing app on the sample corpus; read-only scenarios share it."""
    server = AppServer(db_path=corpus_db, log_path=work_dir / "streamlit.log").start()
    yield server
    server.stop()
    assert not server.tracebacks(), f"the app server logged exceptions:\n{server.tracebacks()}"


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    # CI installs chromium first (scripts/test); its absence is a broken setup, never a skip.
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests")
    chromium = playwright_driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    expect.set_options(timeout=APP_TIMEOUT_MS)
    yield chromium
    chromium.close()


@pytest.fixture
def new_context(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Callable[[int], BrowserContext]]:
    """Make fresh browser contexts for one test; afterwards, fail if any asked for a URL outside
    the app server it was made for (or data:/blob:)."""
    made: list[tuple[BrowserContext, RequestLog]] = []
    page_errors: list[str] = []

    def make(port: int) -> BrowserContext:
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-GB", timezone_id="UTC")
        context.set_default_timeout(APP_TIMEOUT_MS)
        context.add_init_script(RUN_COUNTER_JS)
        log = RequestLog(allowed_port=port)
        log.attach(context)
        context.on("page", lambda page: page.on("pageerror", lambda err: page_errors.append(str(err))))
        made.append((context, log))
        return context

    yield make

    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    outside: list[str] = []
    for index, (context, log) in enumerate(made):
        if failed:
            for number, page in enumerate(context.pages):
                shot = ARTIFACTS / "failures" / f"{request.node.name}-{index}-{number}.png"
                shot.parent.mkdir(parents=True, exist_ok=True)
                try:
                    page.screenshot(path=str(shot), full_page=True)
                except Exception as exc:  # a crashed page must not hide the test's own failure
                    print(f"could not screenshot {page.url}: {exc}")
        outside += log.outside()
        context.close()
    assert not outside, f"the browser asked for URLs outside the app server: {sorted(set(outside))}"
    assert not page_errors, f"uncaught JavaScript errors on the page: {page_errors}"


@pytest.fixture
def page(app: AppServer, new_context: Callable[[int], BrowserContext]) -> Page:
    """A page in a fresh context, pointed at nothing yet; use `open_app(page, app.url)`."""
    return new_context(app.port).new_page()
