"""Briefing (home): the scope, the bottom line up front with its evidence, headline figures, and a
small timeline and network."""
from __future__ import annotations

import streamlit as st

from dashboard import briefing, config, filters, opening, ui

current = filters.current()
scope = current.scope
# Start every query the page will ask for at once; each ui.run below then takes its answer.
ui.prefetch(opening.page_calls("Briefing", scope, latest=ui.latest_event_date()))

st.title("Briefing")
st.caption(f"**Scope:** {ui.md_escape(current.description)}")

figures = briefing.headline(ui.run("headline_figures", scope))
if figures.events == 0:
    ui.empty_state("No events match these filters.")
    st.stop()

# Headline figures, each leading to the rows it counts.
cols = st.columns([1, 1, 1, 2])
cols[0].metric("Incidents", f"{figures.incidents:,}", help="Distinct incidents (the same event reported by several documents counts once).")
cols[1].metric("Actors", f"{figures.actors:,}", help="Actors at either end of the events in scope.")
cols[2].metric("Documents", f"{figures.documents:,}", help="Documents reporting the events in scope.")
cols[3].metric("Date span", figures.span, help="From the earliest to the latest event date in scope.")
if scope.include_learned:  # how much of the counts rests on the model's reading alone
    st.caption(f"⚠ {briefing.model_read_note(figures)}")
links = st.columns(3)
with links[0]:
    ui.page_link("events", "See these events", )
with links[1]:
    ui.page_link("timeline", "Open the timeline")
with links[2]:
    ui.page_link("sources", "Check the documents")

st.subheader("Bottom line")
names = ui.actor_names()
points = briefing.key_points(ui.run, scope, latest=ui.latest_event_date(), names=names, prefetch=ui.prefetch,
                             stored=ui.stored_key_points)
if not points:
    st.info("Too little in this scope for a bottom line: widen the filters.")
for number, point in enumerate(points, start=1):
    # The lead ("Most corroborated", "Largest change …") in bold, so the list can be scanned.
    lead, _, rest = point.text.partition(": ")
    body = f"**{ui.md_escape(lead)}:** {ui.md_escape(rest)}" if rest else ui.md_escape(point.text)
    st.markdown(f"**{number}.** {body}")
    if point.model_read_only:  # kept, but said plainly (briefing.KeyPoint.model_read_only)
        st.caption(f"⚠ {briefing.MODEL_ONLY_LABEL}")
    label = f"Evidence: {len(point.citations)} source sentence{'s' if len(point.citations) != 1 else ''}"
    with st.expander(label):
        for citation in point.citations:
            ui.citation(citation)
        if point.incident_ids:
            ui.page_link("timeline", "Show on the timeline", incident=point.incident_ids[0])

st.subheader("At a glance")
# The most-corroborated incidents only: a chart of hundreds of thousands would say nothing more.
timeline = ui.run("timeline", scope, limit=config.TIMELINE_LIMIT)
timeline_figure = ui.figure("timeline", timeline, max_rows=12)
zoom_note = ui.focus_on_bulk(timeline_figure, timeline["event_date"])
ui.chart_panel(timeline_figure, timeline, "timeline", key="brief_timeline")
for note in (briefing.capped_caption(figures.incidents, config.TIMELINE_LIMIT,
                                     figures.model_incidents if scope.include_learned else None), zoom_note):
    if note:
        st.caption(note)
nodes = ui.run("actor_network_nodes", scope)
edges = ui.run("actor_network_edges", scope)
ui.chart_panel(ui.figure("network", nodes, edges, max_nodes=12, height=520), edges, "network", key="brief_network", height=520)
