"""Helpers for driving the Streamlit briefing in a real Chromium (Playwright).

Streamlit renders asynchronously: a widget change sends a rerun request over the websocket, the
script runs on the server, and the page is patched when the deltas arrive. Waiting on a fixed
delay is either slow or flaky, so every wait here is on a condition:

* an init script counts the app's finished script runs as the server announces them over the
  websocket (`window.__sitrepRunsFinished`), so `rerun_after(page, action)` waits for *a new* run
  to finish, not for a run that had not started yet when we looked; `wait_idle` then checks the
  root element's `data-test-script-state` and that no element is stale or still loading;
* Plotly charts are drawn by a lazily loaded bundle after the element mounts; `plotly_data`
  waits until the div carries `_fullData`.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import BrowserContext, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

#: Generous on a loaded 2-core machine, yet a hang still fails within the suite's budget.
APP_TIMEOUT_MS = 45_000
SERVER_START_S = 90.0
INGEST_TIMEOUT_S = 300.0

def _run_counter_js() -> str:
    """Init script counting the app's finished script runs, from the websocket itself.

    The root element's `data-test-script-state` cannot be trusted to flip for every run: a quick
    run's "running" and "notRunning" can land in one React render and never reach the DOM. So
    every binary frame is read as a protobuf ForwardMsg and its top-level fields walked; a
    `script_finished` field (other than "stopped early for a rerun") counts one run, two animation
    frames later so React has committed what the run sent. Field numbers come from Streamlit's own
    protobuf module, not from memory."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    field_ = ForwardMsg.DESCRIPTOR.fields_by_name["script_finished"]
    done = [v.number for v in field_.enum_type.values if v.name != "FINISHED_EARLY_FOR_RERUN"]
    return """
(() => {
  if (window.__sitrepRunsFinished !== undefined) return;
  window.__sitrepRunsFinished = 0;
  const FIELD = %d, DONE = new Set(%s);
  const finishesRun = (bytes) => {
    let i = 0;
    const varint = () => { let x = 0, s = 0, c; do { c = bytes[i++]; x += (c & 0x7f) * 2 ** s; s += 7; } while (c & 0x80 && i < bytes.length); return x; };
    while (i < bytes.length) {
      const tag = varint(), field = Math.floor(tag / 8), wire = tag & 7;
      if (wire === 0) { const value = varint(); if (field === FIELD) return DONE.has(value); }
      else if (wire === 2) { const length = varint(); i += length; }  // not `i += varint()`: i would be read first
      else if (wire === 1) { i += 8; } else if (wire === 5) { i += 4; } else { return false; }
    }
    return false;
  };
  const count = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__sitrepRunsFinished += 1; }));
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data instanceof ArrayBuffer) { if (finishesRun(new Uint8Array(event.data))) count(); }
        else if (event.data instanceof Blob) { event.data.arrayBuffer().then((b) => { if (finishesRun(new Uint8Array(b))) count(); }); }
      });
    }
  };
})();
""" % (field_.number, json.dumps(done))


RUN_COUNTER_JS = _run_counter_js()


# --------------------------------------------------------------------------- server side


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_database(articles: Path, db_path: Path, log_dir: Path) -> Path:
    """Build a briefing database from `articles` with the real ingest CLI; fail with its output."""
    log = log_dir / f"ingest-{db_path.stem}.log"
    proc = subprocess.run(
        [str(PYTHON), "-m", "dashboard", "ingest", str(articles), "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=INGEST_TIMEOUT_S,
    )
    log.write_text(proc.stdout + "\n--- stderr ---\n" + proc.stderr, encoding="utf-8")
    if proc.returncode != 0 or not db_path.exists():
        raise RuntimeError(
            f"ingest of {articles} into {db_path} failed (exit {proc.returncode}); "
            f"last output:\n{(proc.stdout + proc.stderr)[-3000:]}"
        )
    return db_path


@dataclass
class AppServer:
    """One `streamlit run dashboard/app.py` on a free localhost port."""

    db_path: Path
    log_path: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    script: str = "dashboard/app.py"
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "AppServer":
        self.port = free_port()
        env = {**os.environ, "SITREP_DB": str(self.db_path), **self.extra_env}
        env.pop("BROWSER", None)  # streamlit must never try to open a desktop browser
        cmd = [
            str(PYTHON), "-m", "streamlit", "run", self.script,
            "--server.port", str(self.port),
            "--server.address", "127.0.0.1",
            "--server.headless", "true",
            "--browser.gatherUsageStats", "false",
            # No file watcher: nothing edits the app during a test, and it costs CPU on 2 cores.
            "--server.fileWatcherType", "none",
        ]
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + SERVER_START_S
        health = f"{self.url}/_stcore/health"
        last_error: object = None
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(health, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                last_error = exc
            time.sleep(0.2)  # polling interval of a deadline loop, not a wait for rendering
        self.stop()
        raise RuntimeError(f"streamlit not healthy at {health} within {SERVER_START_S}s ({last_error}):\n{self.log_tail()}")

    def log_tail(self, chars: int = 4000) -> str:
        try:
            self._log.flush()
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def tracebacks(self) -> list[str]:
        """Python tracebacks the server logged: an exception the page turned into a polite
        message (or retried silently) is still a bug to see."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return ["Traceback" + block[:1500] for block in text.split("Traceback")[1:]]

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        # Streamlit first, so it closes the export browser (kaleido's chromium) itself; then
        # whatever is left of this server's own process group (start_new_session above).
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._log.close()


# --------------------------------------------------------------------------- request log


@dataclass
class RequestLog:
    """Every URL the browser asked for (HTTP requests and websockets) in one context."""

    allowed_port: int
    urls: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        context.on("request", lambda request: self.urls.append(request.url))
        context.on("page", lambda page: page.on("websocket", lambda ws: self.urls.append(ws.url)))

    def outside(self) -> list[str]:
        local = (f"http://127.0.0.1:{self.allowed_port}/", f"ws://127.0.0.1:{self.allowed_port}/")
        return sorted({u for u in self.urls if not (u.startswith(local) or u.startswith(("data:", "blob:")))})


# --------------------------------------------------------------------------- page side


def script_state(page: Page) -> str | None:
    return page.get_attribute('[data-testid="stApp"]', "data-test-script-state")


def runs_finished(page: Page) -> int:
    return int(page.evaluate("window.__sitrepRunsFinished || 0"))


def wait_idle(page: Page, timeout: float = APP_TIMEOUT_MS) -> None:
    """Connected, the script not running, and the 'running' indicator gone."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]',
        timeout=timeout,
    )
    # The "running" indicator (top right) is only in the page while a script runs.
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=timeout)
    expect(page.locator('[data-stale="true"]')).to_have_count(0, timeout=timeout)
    # Element code is loaded lazily: right after the first run, skeletons stand in for it.
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=timeout)


def rerun_after(page: Page, action: Callable[[], Any], timeout: float = APP_TIMEOUT_MS) -> None:
    """Do `action` (which must make Streamlit rerun) and wait until that rerun has finished."""
    before = runs_finished(page)
    action()
    try:
        page.wait_for_function(f"(window.__sitrepRunsFinished || 0) > {before}", timeout=timeout)
    except PlaywrightTimeoutError as exc:
        raise AssertionError(
            f"no Streamlit rerun finished within {timeout / 1000:.0f}s of the action "
            f"(script state {script_state(page)!r}, runs finished {runs_finished(page)}, before {before})"
        ) from exc
    wait_idle(page, timeout)


def open_app(page: Page, url: str) -> None:
    """Navigate to an app URL and wait until its first script run has finished."""
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stApp"]', timeout=APP_TIMEOUT_MS)
    page.wait_for_function("(window.__sitrepRunsFinished || 0) > 0", timeout=APP_TIMEOUT_MS)
    wait_idle(page)
    assert_no_exception(page)


def assert_no_exception(page: Page) -> None:
    """A Python exception on the page, or the app's own "could not be shown" message, is a bug in
    the app whatever the scenario."""
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        raise AssertionError("the app shows an exception:\n" + "\n---\n".join(exceptions.all_inner_texts()))
    failed = page.locator('[data-testid="stAlert"]', has_text="could not be shown")
    if failed.count():
        raise AssertionError("the app failed to show the page: " + " | ".join(failed.all_inner_texts()))


def query_params(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def screenshot(page: Page, name: str, *, max_height: int = 6000) -> Path:
    """Save the whole page for a person to look at: tests/artifacts/screenshots/<name>.png.

    Streamlit scrolls inside its main section, not the document, so a "full page" screenshot
    would stop at the window; the window is made as tall as the content for the shot instead."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    viewport = page.viewport_size or {"width": 1440, "height": 1000}
    content = int(page.evaluate(
        """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stSidebarContent"]']
               .map((s) => document.querySelector(s)).filter(Boolean).map((e) => e.scrollHeight))"""
    ))
    tall = min(max_height, max(viewport["height"], content))
    if tall != viewport["height"]:
        page.set_viewport_size({"width": viewport["width"], "height": tall})
    try:
        page.screenshot(path=str(path), full_page=True)
    finally:
        if tall != viewport["height"]:
            page.set_viewport_size(viewport)
    return path


# ------------------------------------------------------------------ widgets, as a person uses them


def sidebar(page: Page) -> Locator:
    return page.locator('[data-testid="stSidebar"]')


def widget(scope: Page | Locator, testid: str, label: str) -> Locator:
    """The Streamlit widget of kind `testid` (stMultiSelect, stSelectbox, ...) whose label is `label`."""
    page = scope if isinstance(scope, Page) else scope.page
    return scope.locator(f'[data-testid="{testid}"]').filter(
        has=page.locator('[data-testid="stWidgetLabel"]', has_text=label)
    )


def multiselect_values(box: Locator) -> list[str]:
    """The chips shown in a multiselect (what the reader sees selected)."""
    return [t.strip() for t in box.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]').all_inner_texts()]


def multiselect_choose(page: Page, box: Locator, option: str | re.Pattern[str], *, typed: str | None = None) -> None:
    """Type into the multiselect (`typed`, or the option itself) and pick the option whose
    accessible name is `option` (exact text, or matching the pattern)."""
    field_ = box.locator("input[role='combobox']")
    field_.click()
    field_.fill(typed if typed is not None else str(option))
    listbox = page.get_by_role("listbox", name=field_.get_attribute("aria-label") or "")
    target = listbox.get_by_role("option", name=option, exact=True) if isinstance(option, str) \
        else listbox.get_by_role("option", name=option)
    expect(target).to_have_count(1)
    label = target.inner_text().strip()
    rerun_after(page, target.click)
    expect(box.locator("[data-tag]", has_text=label)).to_be_visible()
    # Close the list so it does not cover the next widget.
    field_.press("Escape")
    expect(page.get_by_role("listbox")).to_have_count(0)


def selectbox_choose(page: Page, box: Locator, option: str) -> None:
    """Open a selectbox and pick `option` (no rerun when it is already chosen)."""
    field_ = box.locator("input[role='combobox']")
    if field_.count() and field_.input_value() == option:
        return
    box.click()
    target = page.get_by_role("option", name=option, exact=True)
    expect(target).to_be_visible(timeout=APP_TIMEOUT_MS)
    rerun_after(page, target.click)


def radio_choose(page: Page, group: Locator, option: str) -> None:
    """Click a radio option by its visible text (no rerun when it is already chosen)."""
    choice = group.locator('[data-testid="stRadioOption"]', has_text=option)
    if choice.get_attribute("data-selected") == "true":
        return
    rerun_after(page, choice.click)
    expect(choice).to_have_attribute("data-selected", "true")


def radio_value(group: Locator) -> str:
    return group.locator('[data-testid="stRadioOption"][data-selected="true"]').inner_text().strip()


def selectbox_value(box: Locator) -> str:
    return box.locator("input[role='combobox']").input_value()


def date_range_fill(page: Page, box: Locator, start: str, end: str) -> None:
    """Type a range (YYYY-MM-DD) into a date range input segment by segment, as a person types,
    then leave the field (it commits on blur)."""
    label = box.locator('[data-testid="stWidgetLabel"]').inner_text().strip()
    for which, value in (("start", start), ("end", end)):
        box.get_by_role("spinbutton", name=f"year, {label} {which} date").click()
        page.keyboard.type(value.replace("-", ""))
    rerun_after(page, lambda: sidebar(page).locator("h2", has_text="Filters").click())


def date_range_value(box: Locator) -> list[str]:
    """The two dates shown, as YYYY-MM-DD (empty string for an empty side)."""
    out = []
    for group in box.locator('[role="group"][aria-label$="date"]').all():
        parts = [s.get_attribute("aria-valuetext") or "" for s in group.get_by_role("spinbutton").all()]
        digits = [p.split(" ")[0] for p in parts]
        out.append("" if "Empty" in digits else "-".join(digits))
    return out


def navigate(page: Page, title: str, heading: str | None = None) -> None:
    """Go to another page through the sidebar navigation, as a reader does; its first heading
    is `heading` (default: the page's title)."""
    link = page.locator('[data-testid="stSidebarNav"] a', has_text=title)
    rerun_after(page, link.click)
    expect(page.locator("h1").first).to_have_text(heading or title)
    assert_no_exception(page)


def metrics(page: Page) -> dict[str, str]:
    """Headline figures: metric label -> the value as shown."""
    out = {}
    for metric in page.locator('[data-testid="stMetric"]').all():
        label = metric.locator('[data-testid="stMetricLabel"]').inner_text().strip()
        out[label] = metric.locator('[data-testid="stMetricValue"]').inner_text().strip()
    return out


def truncated(locator: Locator) -> list[str]:
    """Texts that the layout cuts off (ellipsis): wider than their box."""
    return [
        text for text in locator.evaluate_all(
            "(els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)"
        )
    ]


def sidebar_filters(page: Page) -> dict[str, Any]:
    """What the filter widgets show, for comparing two views."""
    sb = sidebar(page)
    values: dict[str, Any] = {
        "actors": multiselect_values(widget(sb, "stMultiSelect", "Actors")),
        "match": radio_value(widget(sb, "stRadio", "Match")),
        "period": selectbox_value(widget(sb, "stSelectbox", "Period")),
        "types": multiselect_values(widget(sb, "stMultiSelect", "Event types")),
        "statuses": multiselect_values(widget(sb, "stMultiSelect", "Statuses")),
        "min_sources": widget(sb, "stNumberInput", "Minimum sources").locator("input").input_value(),
    }
    dates = widget(sb, "stDateInput", "Dates")
    values["dates"] = date_range_value(dates) if dates.count() else None
    return values


def plotly_divs(scope: Page | Locator) -> Locator:
    return scope.locator(".js-plotly-plot")


def plotly_data(page: Page, chart: Locator, timeout: float = APP_TIMEOUT_MS) -> dict[str, Any]:
    """The plotted traces and layout as Plotly holds them (`_fullData`, `_fullLayout`), JSON-safe."""
    expect(chart).to_be_visible(timeout=timeout)
    chart.evaluate("(el) => new Promise((ok) => { const t = () => el._fullData ? ok() : setTimeout(t, 50); t(); })")
    return chart.evaluate(
        """(el) => ({
            data: el.data.map((t) => JSON.parse(JSON.stringify(t, (k, v) =>
                (v && v.constructor && v.constructor.name.endsWith('Array') && v.length !== undefined && !Array.isArray(v))
                    ? Array.from(v) : v))),
            fullData: el._fullData.map((t) => ({
                name: t.name, type: t.type, visible: t.visible, mode: t.mode,
                x: t.x ? Array.from(t.x) : null, y: t.y ? Array.from(t.y) : null,
                customdata: t.customdata ? JSON.parse(JSON.stringify(Array.from(t.customdata))) : null,
                text: t.text, hovertext: t.hovertext,
            })),
            layout: {
                width: el._fullLayout.width, height: el._fullLayout.height,
                title: el._fullLayout.title && el._fullLayout.title.text,
                xaxis: el._fullLayout.xaxis && {type: el._fullLayout.xaxis.type, range: el._fullLayout.xaxis.range},
            },
            legend: Array.from(el.querySelectorAll('.legendtext')).map((n) => n.textContent),
        })"""
    )


CHART_LAYOUT_PROBLEMS_JS = """
(el) => {
  const boxes = (selector, kind) => [...el.querySelectorAll(selector)]
    .map((n) => ({kind, text: (n.textContent || '').trim(), r: n.getBoundingClientRect()}))
    .filter((b) => b.text && b.r.width > 0 && b.r.height > 0);
  // Texts a reader must be able to read: titles, the scope subtitle, axis titles, the source line.
  const labels = [
    ...boxes('text.gtitle', 'title'), ...boxes('text.gtitle-subtitle', 'subtitle'),
    ...boxes('text.xtitle', 'x-axis title'), ...boxes('text.ytitle', 'y-axis title'),
    ...boxes('text.annotation-text', 'annotation'),
  ];
  const others = [...boxes('.xtick text', 'x tick'), ...boxes('.ytick text', 'y tick'), ...boxes('text.legendtext', 'legend')];
  const overlap = (a, b) => a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
  const problems = [];
  labels.forEach((a, i) => {
    for (const b of [...labels.slice(i + 1), ...others]) {
      if (overlap(a, b)) problems.push(`${a.kind} '${a.text}' overlaps ${b.kind} '${b.text}'`);
    }
  });
  const chart = el.getBoundingClientRect();
  for (const a of labels) {
    if (a.r.left < chart.left - 1 || a.r.right > chart.right + 1 || a.r.top < chart.top - 1 || a.r.bottom > chart.bottom + 1) {
      problems.push(`${a.kind} '${a.text}' is cut off at the chart's edge`);
    }
  }
  const scrollbar = el.querySelector('.legend rect.scrollbar');
  if (scrollbar && scrollbar.getBoundingClientRect().height > 0) {
    problems.push('the legend does not fit: it scrolls, hiding entries (and static exports lose them)');
  }
  return problems;
}
"""


def chart_layout_problems(chart: Locator) -> list[str]:
    """Texts in a drawn chart that overlap or are cut off, and a legend too long to show."""
    return list(chart.evaluate(CHART_LAYOUT_PROBLEMS_JS))


def chart_title(chart: Locator) -> str:
    """The chart's title as drawn (Streamlit's theme wraps the layout's title text in markup)."""
    titles = chart.locator("text.gtitle").all_text_contents()
    return titles[0].strip() if titles else ""


def plotted_points(chart: Locator) -> list[dict[str, Any]]:
    """Every marker of a scatter chart drawn inside its plot area (markers outside the axis range
    stay in the SVG, clipped): its trace, index, customdata and centre on the page."""
    return list(chart.evaluate(
        """(el) => {
          const area = el.querySelector('.nsewdrag').getBoundingClientRect();
          const inside = (p) => p.x > area.left && p.x < area.right && p.y > area.top && p.y < area.bottom;
          return [...el.querySelectorAll('.scatterlayer .trace')].flatMap((traceEl) => {
            const cd = traceEl.__data__ && traceEl.__data__[0];
            const trace = cd && cd.trace;
            if (!trace) return [];
            return [...traceEl.querySelectorAll('path.point')].map((point) => {
                const r = point.getBoundingClientRect();
                const i = point.__data__ ? point.__data__.i : null;
                return {trace: trace.index, index: i,
                        customdata: (i !== null && trace.customdata) ? Array.from(trace.customdata[i]) : null,
                        x: r.left + r.width / 2, y: r.top + r.height / 2, size: Math.max(r.width, r.height)};
            });
          }).filter(inside);
        }"""
    ))


def most_isolated(points: list[dict[str, Any]]) -> dict[str, Any]:
    """The marker farthest from any other, so a click on it cannot pick a neighbour."""
    def gap(p: dict[str, Any]) -> float:
        return min(((p["x"] - q["x"]) ** 2 + (p["y"] - q["y"]) ** 2 for q in points if q is not p), default=1e9)
    return max(points, key=gap)


def text_of_svg(chart: Locator, selector: str) -> list[str]:
    """Texts drawn in the chart's SVG (legend entries, axis ticks): `all_text_contents`, not inner text."""
    return [t.strip() for t in chart.locator(selector).all_text_contents()]


@contextmanager
def downloading(page: Page, timeout: float = APP_TIMEOUT_MS) -> Iterator[Any]:
    with page.expect_download(timeout=timeout) as info:
        yield info
