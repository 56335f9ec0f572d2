"""Helpers for the Streamlit AppTest suites (tests/test_app.py, tests/test_app_pages.py).

The app reads its database path from SITREP_DB on every run (dashboard/ui.py: db_path), so a
test sets the variable with monkeypatch and then runs the real entry script, dashboard/app.py,
through AppTest against a real DuckDB file built by tests/_fixture_db.py.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from dashboard import ui

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
#: Generous: the first run in a process imports pandas, plotly and duckdb on a loaded 2-core box.
TIMEOUT = 90

PAGES = ui.PAGE_FILES
TITLES = {
    "briefing": "Briefing",
    "timeline": "Timeline",
    "network": "Network",
    "actors": "Actor profile",
    "events": "Events",
    "sources": "Sources",
    "add": "Add documents",
}


def open_app(page: str = "briefing", params: dict[str, Any] | None = None) -> AppTest:
    """Open `page` with URL query `params`, as following a link (SITREP_DB must already be set).

    AppTest can only switch to a navigation page after a first run, and that run (on the
    Briefing) drops the other pages' URL keys, so they are given again for the page itself."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page != "briefing":
        for key, value in (params or {}).items():
            at.query_params[key] = value
        at.switch_page(PAGES[page]).run()
    return at


def html_blocks(at: AppTest) -> list[str]:
    """The bodies of every st.html element, wherever they are (tabs, expanders, columns)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        for child in getattr(node, "children", {}).values():
            proto = getattr(child, "proto", None)
            if getattr(child, "type", None) == "html" or (proto is not None and hasattr(proto, "body") and
                                                          type(proto).__name__ == "Html"):
                found.append(proto.body)
            walk(child)

    for root in at._tree.children.values():
        walk(root)
    return found


def problems(at: AppTest) -> list[str]:
    """Uncaught exceptions and error messages on the page (the app turns failures into st.error)."""
    return [e.message for e in at.exception] + [e.value for e in at.error]


def charts(at: AppTest) -> list[dict[str, Any]]:
    """Every plotly chart on the page as its figure JSON."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def texts(at: AppTest) -> str:
    """All markdown, captions, infos and warnings on the page, as one string to search."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "info", "warning", "success", "error", "title", "header", "subheader"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return "\n".join(parts)


def unescape_md(text: str) -> str:
    """Undo the app's markdown escaping (a backslash before punctuation) for searching."""
    out = []
    for i, ch in enumerate(text):
        if ch == "\\" and i + 1 < len(text) and not text[i + 1].isalnum():
            continue
        out.append(ch)
    return "".join(out)


def page_links(at: AppTest) -> list[Any]:
    return list(at.get("page_link"))


def link_params(link: Any) -> dict[str, str]:
    """The query parameters a st.page_link carries."""
    from urllib.parse import parse_qsl

    proto = link.proto
    query = getattr(proto, "query_string", "") or ""
    if query:
        return dict(parse_qsl(query.lstrip("?")))
    params = getattr(proto, "query_params", None)
    return dict(params) if params else {}


def sidebar_widget(at: AppTest, kind: str, key: str) -> Any:
    return getattr(at.sidebar, kind)(key=key)
