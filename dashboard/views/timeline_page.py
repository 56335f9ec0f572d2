"""Timeline: incidents over time and the volume by quad class; pick an incident to see its reports."""
from __future__ import annotations

import streamlit as st

from dashboard import briefing, config, filters, opening, ui

current = filters.current()
scope = current.scope
# Start every query the page will ask for at once; each ui.run below then takes its answer.
ui.prefetch(opening.page_calls("Timeline", scope))

st.title("Timeline")
st.caption(f"**Scope:** {ui.md_escape(current.description)}")

# The most-corroborated incidents only (the chart and the list below stay readable and quick on
# stores of millions of events); the caption says when the scope has more.
timeline = ui.run("timeline", scope, limit=config.TIMELINE_LIMIT)
if timeline.empty:
    ui.empty_state("No incidents match these filters.")
    st.stop()

st.markdown("Each mark is an incident; planned and possible ones are drawn hollow and labelled"
            + ("; one only the model read is faint inside a dark ring" if scope.include_learned else "")
            + ". Click one (or pick it below) to read the sentences that report it.")
timeline_figure = ui.figure("timeline", timeline)
zoom_note = ui.focus_on_bulk(timeline_figure, timeline["event_date"])
event = ui.chart_panel(timeline_figure, timeline, "timeline", key="timeline", on_select="rerun", selection_mode="points")
# the scope's incident count is the headline figures' (already asked for the charts' source lines)
figures = briefing.headline(ui.run("headline_figures", scope))
capped_note = briefing.capped_caption(figures.incidents, config.TIMELINE_LIMIT,
                                      figures.model_incidents if scope.include_learned else None) \
    if len(timeline) >= config.TIMELINE_LIMIT else None
if scope.include_learned:  # how much of what the charts count rests on the model's reading alone
    st.caption(f"⚠ {briefing.model_read_note(figures)}")
for note in (capped_note, zoom_note):
    if note:
        st.caption(note)
clicked = ui.selected_value(event, "incident_id", timeline)

incident_ids = timeline["incident_id"].astype(str).tolist()
labels = {
    row["incident_id"]: (
        f"{ui.fmt_date(row['event_date'], row['date_precision'])} · {row['dyad']} · {row['type']} · "
        f"{ui.status_prefix(row['status'])}{str(row['headline'])[:90]}"
    )
    for row in timeline.to_dict("records")
}
ui.sync_choice("incident", "timeline_incident", incident_ids, clicked=clicked)
chosen = st.selectbox(
    "Incident",
    incident_ids,
    format_func=lambda i: labels.get(i, i),
    key="timeline_incident",
    placeholder="Choose an incident to see its reports",
)
ui.write_choice("incident", chosen)

if chosen:
    row = timeline[timeline["incident_id"] == chosen].iloc[0]
    st.subheader(f"{row['dyad']}: {row['type']} ({row['quad_class']})")
    precision = row["date_precision"]
    precision_text = "" if precision == "published" else \
        f" (precision: {precision if not ui.is_missing(precision) else 'unknown'})"
    st.markdown(
        f"**Status:** {row['status']} · **Date:** {ui.fmt_date(row['event_date'], precision)}{precision_text} · "
        f"**Reported by** {int(row['n_sources'])} document{'s' if int(row['n_sources']) != 1 else ''}"
    )
    reports = ui.run("incident_events", ui.reports_scope(scope), incident_ids=[chosen])
    for report in reports.to_dict("records"):
        ui.evidence(report)

st.subheader("Volume by quad class")
by_month = ui.run("events_by_month", scope)
volume_figure = ui.figure("volume", by_month)
volume_note = ui.focus_on_bulk(volume_figure, by_month.loc[by_month.index.repeat(by_month["incidents"]), "month"])
ui.chart_panel(volume_figure, by_month, "volume-by-quad-class", key="volume")
if volume_note:
    st.caption(volume_note)
