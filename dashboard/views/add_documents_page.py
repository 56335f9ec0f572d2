"""Add documents: upload reports, store them in the briefing database, show what happened to each."""
from __future__ import annotations

import streamlit as st

from dashboard import ui

st.title("Add documents")

if not ui.uploads_allowed():
    st.info("Uploads are turned off on this deployment (SITREP_ALLOW_UPLOADS=0). "
            "Ask the administrator to add documents with `python -m dashboard ingest`.")
    st.stop()

st.markdown(
    "Upload reports as " + ", ".join(f"`{s}`" for s in ui.SUPPORTED_UPLOADS) + ". "
    "Each file is read, its actors, events and relationships are extracted, and the briefing is "
    "updated for everyone once the whole batch is stored. A report already in the database is "
    "recognised by its text and not stored twice."
)

# A fresh uploader key after each batch empties the picker, so a batch is not sent twice.
batch = st.session_state.setdefault("_upload_batch", 0)
uploads = st.file_uploader("Reports", type=[s.lstrip(".") for s in ui.SUPPORTED_UPLOADS],
                           accept_multiple_files=True, key=f"uploads_{batch}")
submitted = st.button("Add to the briefing", type="primary", key="upload_submit", disabled=not uploads)

if submitted:
    if not uploads:
        st.warning("Choose at least one file first.")
    else:
        files = [(f.name, f.getvalue()) for f in uploads]
        bar = st.progress(0.0, text=f"Reading {len(files)} file{'s' if len(files) != 1 else ''}…")

        def progress(done: int, total: int, path: str) -> None:
            bar.progress(min(1.0, done / max(total, 1)), text=f"{done} of {total} · {path.rsplit('/', 1)[-1]}")

        with st.spinner("Extracting and storing…"):
            result = ui.ingest_uploads(files, ui.db_path(), progress=progress)
        bar.empty()
        st.session_state["_last_upload"] = result
        if not result.error:
            st.session_state["_upload_batch"] = batch + 1
            st.rerun()

result = st.session_state.get("_last_upload")
if result is not None:
    if result.error:
        st.error(result.error)
    else:
        # nothing new reached the briefing: not a success
        (st.success if result.added else st.warning)(result.summary)
        for problem in result.problems:
            (st.error if problem.outcome == "failed" else st.warning)(f"**{ui.md_escape(problem.name)}** — {problem.outcome}: "
                                                                     f"{ui.md_escape(problem.reason or 'no reason given')}")
        if len(result.table):
            st.dataframe(result.table, hide_index=True)
        stored = [o for o in result.outcomes if o.document_id and o.outcome in ("stored", "flagged", "duplicate")]
        for o in stored[:10]:
            ui.page_link("sources", f"Open {o.name}", doc=o.document_id)
        ui.page_link("briefing", "Back to the briefing")
