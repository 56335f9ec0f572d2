"""Events: every event in scope as a sortable table, with a text search over the sentences and
CSV / Excel downloads of exactly the rows shown."""
from __future__ import annotations

import streamlit as st

from dashboard import config, filters, opening, ui

current = filters.current()
scope = current.scope
# Start every query the page will ask for at once; each ui.run below then takes its answer.
ui.prefetch(opening.page_calls("Events", scope))

st.title("Events")
st.caption(f"**Scope:** {ui.md_escape(current.description)}")

events = ui.run("events", scope, limit=config.EVENT_ROWS)
if events.empty:
    ui.empty_state("No events match these filters.")
    st.stop()
counted = ui.run("event_count", scope)  # started with the list (opening.page_calls)
in_scope = int(counted["events"].iloc[0])
if in_scope > len(events):
    st.caption(f"Listing and searching the {len(events):,} most recent of {in_scope:,} events in scope"
               f"{ui.model_count(counted['model_events'].iloc[0], scope.include_learned)}; "
               "narrow the filters to reach the rest.")

st.session_state.setdefault("events_q", "")
linked = ui.url_value("q")
if linked is not None and linked != st.session_state.get("_url_written_q"):
    st.session_state["events_q"] = linked
search = st.text_input("Search the sentences", key="events_q", placeholder="e.g. artillery, treaty, Kursk",
                       help="Plain text, not case-sensitive; matches the sentence, actors and document title.")
ui.write_choice("q", search.strip())

rows = ui.search_events(events, search)
shown_model = int((rows["method"] == "learned").sum()) if "method" in rows else 0
st.markdown(f"**{len(rows):,}** of {len(events):,} events" + (f" matching “{ui.md_escape(search.strip())}”" if search.strip() else "")
            + ui.model_count(shown_model, scope.include_learned))
if rows.empty:
    st.info("No event sentence matches this search. Try another word, or clear the search.")
    st.stop()

# who read each event: "rules", or "model" for the learned tier's additions
table = ui.with_read_by(rows)[[
    "event_date", "date_precision", "source_name", "type", "target_name", "status", "quad_class", "n_sources",
    "read_by", "sentence", "doc_title", "doc_source", "published", "event_id", "document_id",
]].reset_index(drop=True)
selection = st.dataframe(
    table,
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="events_table",
    column_config={
        "event_date": st.column_config.DateColumn("date"),
        "date_precision": "precision",
        "source_name": "source actor",
        "target_name": "target actor",
        "quad_class": "quad class",
        "n_sources": st.column_config.NumberColumn("sources", help="Independent documents reporting the incident"),
        "read_by": st.column_config.TextColumn(
            "read by", help=f"rules, or model: {ui.MODEL_READ_NOTE}. "
                            "Hide them with “Include model-read events and relationships” in the filters."),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "doc_title": "document",
        "doc_source": "outlet",
        "published": st.column_config.DateColumn("published"),
        "event_id": None,
        "document_id": None,
    },
)
ui.download_table(rows, "events", key="events_rows", excel=True, scope_text=current.description)

picked = None
try:
    picked_rows = selection.selection.rows  # type: ignore[union-attr]
    picked = table.iloc[picked_rows[0]] if picked_rows else None
except (AttributeError, IndexError):
    picked = None
if picked is not None:
    st.subheader("Selected event")
    full = rows[rows["event_id"] == picked["event_id"]].iloc[0]
    ui.evidence(full.to_dict())
else:
    st.caption("Select a row to see its sentence in context and open its source.")
