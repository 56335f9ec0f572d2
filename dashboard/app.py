"""Sitrep's briefing app: `streamlit run dashboard/app.py`.

This entry script runs on every page: it makes sure a database exists (building one from the
sample corpus on first start), draws the shared sidebar filters — here, so their widgets keep
their values on every page and in the URL — and then runs the selected page from views/.

The page scripts live in views/, not pages/: a `pages/` folder beside the entry script switches
Streamlit to its legacy folder-based navigation for the first run of each server process (a deep
link such as /actors then pops up "Page not found") and for every AppTest rerun.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from dashboard import filters, ui  # noqa: E402

# No page_icon, and no icons on the pages: the active page's icon becomes the favicon, which
# Streamlit fetches from a CDN for Material icons — and Sitrep must work air-gapped.
st.set_page_config(page_title="Sitrep briefing", layout="wide")


def build_database_if_missing() -> bool:
    """On first start, build the database from the sample corpus with visible progress.

    Returns False (after showing why) when there is no database and none could be built.
    """
    from dashboard import ingest

    path = ui.db_path()
    if path.exists() and not ui.needs_upgrade(path):
        return True
    articles = ui.articles_dir()
    label = (f"Upgrading the briefing database {path.name} to the current schema…" if path.exists()
             else f"First start: building the briefing database from {articles}…")
    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text="Reading documents…")

        def progress(done: int, total: int, name: str) -> None:
            bar.progress(min(1.0, done / max(total, 1)), text=f"{done} of {total} files · {Path(str(name)).name}")

        try:
            ingest.ensure_database(path, articles, progress=progress)
        except Exception as exc:  # noqa: BLE001 - a plain message; the details go to the log
            ui.log.exception("building the database failed")
            status.update(label="Building the briefing database failed.", state="error")
            st.error(f"Could not build the briefing database from {articles}: {ui.one_line(exc)}")
            return False
        if not path.exists():
            status.update(label="No briefing database was built.", state="error")
            st.error(f"No briefing database could be built from {articles}.")
            return False
        status.update(label="Briefing database ready.", state="complete", expanded=False)
    ui.clear_caches()
    return True


def load_overview() -> tuple[object, date | None, int]:
    """Actors for the picker, the latest event date (presets count back from it), documents stored."""
    actors = ui.run("actors_list", None)
    n_documents = int(ui.run("document_count", None)["documents"].iloc[0])
    return actors, ui.latest_event_date(), n_documents


PAGES = [
    st.Page(ui.PAGE_FILES["briefing"], title="Briefing", url_path="briefing", default=True),
    st.Page(ui.PAGE_FILES["timeline"], title="Timeline", url_path="timeline"),
    st.Page(ui.PAGE_FILES["network"], title="Network", url_path="network"),
    st.Page(ui.PAGE_FILES["actors"], title="Actors", url_path="actors"),
    st.Page(ui.PAGE_FILES["events"], title="Events", url_path="events"),
    st.Page(ui.PAGE_FILES["sources"], title="Sources", url_path="sources"),
    st.Page(ui.PAGE_FILES["add"], title="Add documents", url_path="add-documents"),
]
#: Pages that make sense without any data: the ingest log and uploads.
WORKS_WITHOUT_DATA = {"sources", "add-documents"}

page = st.navigation(PAGES)
url_path = page.url_path or "briefing"
ui.drop_other_page_keys(url_path)

ready = build_database_if_missing()
n_documents = 0
if ready:
    try:
        actors, latest, n_documents = load_overview()
    except ui.DataProblem as problem:
        st.error(str(problem))
        ready = False
if ready:
    current = filters.render_sidebar(actors, latest)
    ui.show_notices(current.notices)

if ready and n_documents == 0 and url_path not in WORKS_WITHOUT_DATA:
    st.title(page.title)
    st.info("The briefing database is empty: no documents have been stored yet. Add reports on the Add documents page.")
    ui.page_link("add", "Add documents")
elif ready or url_path == "add-documents":
    try:
        page.run()
    except ui.DataProblem as problem:
        st.warning(str(problem))
    except Exception as exc:  # noqa: BLE001 - the reader gets a sentence, the log gets the traceback
        ui.log.exception("page %s failed", page.title)
        st.error(f"This page could not be shown: {ui.one_line(exc)}")
