"""Sources: the documents behind the briefing, one document's text with its actors and events
marked, and the ingest log (what was stored, refused or flagged, and why).

`?doc=<id>` opens a document; `&event=<id>` or `&rel=<id>` also highlights that sentence."""
from __future__ import annotations

import streamlit as st

from dashboard import filters, ui

current = filters.current()
scope = current.scope

st.title("Sources")
st.caption(f"**Scope:** {ui.md_escape(current.description)} (documents follow the actor and date filters)")

documents = ui.run("documents", scope)
linked_doc = ui.url_value("doc")

tab_docs, tab_log = st.tabs(["Documents", "Ingest log"])

with tab_docs:
    if documents.empty and linked_doc is None:
        ui.empty_state("No documents match these filters.")
    else:
        # with model-read items included, how many of each count only the models read (ui.model_split)
        split = ["model_events", "model_relationships"] if scope.include_learned else []
        st.dataframe(
            documents[["published", "title", "source", "kind", "n_events", "n_relationships", *split, "n_actors", "flags",
                       "path"]],
            hide_index=True,
            column_config={
                "published": st.column_config.DateColumn("published"),
                "n_events": st.column_config.NumberColumn("events"),
                "n_relationships": st.column_config.NumberColumn("relationships"),
                "model_events": st.column_config.NumberColumn(
                    "model-read events", help="Of the events, those the learned tier read."),
                "model_relationships": st.column_config.NumberColumn(
                    "model-read relationships", help="Of the relationships, those the learned tier read."),
                "n_actors": st.column_config.NumberColumn("actors"),
            },
        )
        ui.download_table(ui.model_split(documents.drop(columns=[c for c in ("text",) if c in documents])), "documents",
                          key="docs_rows")

        options = documents["document_id"].astype(str).tolist()
        # A document opened by link stays reachable even when the filters would hide it.
        if linked_doc and linked_doc not in options and len(ui.run("document", None, document_id=linked_doc)):
            options.insert(0, linked_doc)
        titles = {r["document_id"]: f"{ui.fmt_date(r['published'])} · {r['source'] or 'unknown source'} · {r['title']}"
                  for r in documents.to_dict("records")}
        ui.sync_choice("doc", "sources_doc", options, what="documents")
        chosen = st.selectbox("Open a document", options, key="sources_doc", placeholder="Choose a document",
                              format_func=lambda d: titles.get(d, ui.document_label(d)))
        ui.write_choice("doc", chosen)

        if chosen:
            ui.document_view(chosen, event_id=ui.url_value("event"), relationship_id=ui.url_value("rel"))

with tab_log:
    log = ui.run("ingest_log", None)
    if log.empty:
        st.info("Nothing has been ingested yet.")
    else:
        problems = log[log["outcome"].isin(["failed", "flagged"])]
        counts = log["outcome"].value_counts()
        st.markdown(" · ".join(f"**{int(counts.get(o, 0))}** {o}" for o in ("stored", "duplicate", "flagged", "failed")))
        if len(problems):
            st.markdown("**Files that failed or were flagged, and why**")
            st.dataframe(problems[["logged_at", "path", "outcome", "reason"]], hide_index=True)
        else:
            st.success("No file failed or was flagged.")
        with st.expander(f"Full log ({len(log)} entries)"):
            st.dataframe(log, hide_index=True)
        ui.download_table(log, "ingest-log", key="ingest_log_rows")
