"""Actors: one actor's profile — summary, events over time, partners and adversaries, stated
relationships with their evidence, and the cooperation–conflict trend."""
from __future__ import annotations

import streamlit as st

from dashboard import config, filters, opening, ui

current = filters.current()
scope = current.scope

st.title("Actor profile")
st.caption(f"**Scope:** {ui.md_escape(current.description)}")

actors = ui.run("actors_list", None)
if actors.empty:
    ui.empty_state("There are no actors in the briefing database yet.")
    st.stop()
ids, labels = filters.actor_options(actors)
# Busiest first reads better here than the filter's kind grouping.
ids = actors.sort_values(["n_events", "name"], ascending=[False, True])["actor_id"].astype(str).tolist()
ui.sync_choice("profile", "actors_profile", ids, what="actors")
if st.session_state.get("actors_profile") is None:
    # Start from the actor the filters name, else the busiest one.
    st.session_state["actors_profile"] = next((a for a in current.state.actors if a in ids), ids[0])
chosen = st.selectbox("Actor", ids, format_func=lambda a: labels.get(a, a), key="actors_profile")
# Start every query the page will ask for at once; each ui.run below then takes its answer.
ui.prefetch(opening.page_calls("Actors", scope, actor=chosen))
ui.write_choice("profile", chosen)

profile = ui.run("actor_profile", scope, actor=chosen)
row = profile.iloc[0] if len(profile) else None
name = labels.get(chosen, chosen).split(" · ", 1)[-1]
st.header(name)
if row is None or int(row["incidents"] or 0) == 0:
    ui.empty_state(f"No events involving {name} match these filters.")
    st.stop()

summary = [f"**Kind:** {row['kind']}"]
if not ui.is_missing(row["country"]) and row["country"] != chosen:
    summary.append(f"**Acts for:** {ui.actor_names().get(row['country'], row['country'])}")
if not ui.is_missing(row["role"]):
    summary.append(f"**Role:** {ui.md_escape(row['role'])}")
summary.append(f"**Seen:** {ui.fmt_date(row['first_seen'])} – {ui.fmt_date(row['last_seen'])}")
st.markdown(" · ".join(summary))
cols = st.columns(4)
as_source, as_target = int(row["events_as_source"]), int(row["events_as_target"])
cooperation, conflict = int(row["cooperation"]), int(row["conflict"])
cols[0].metric("Incidents", f"{int(row['incidents']):,}")
cols[1].metric("As source / target", f"{ui.fmt_count(as_source)} / {ui.fmt_count(as_target)}",
               help=f"Events it carried out / events aimed at it: {as_source:,} / {as_target:,}.")
cols[2].metric("Cooperation / conflict", f"{ui.fmt_count(cooperation)} / {ui.fmt_count(conflict)}",
               help=f"Incidents on each side: {cooperation:,} / {conflict:,}.")
cols[3].metric("Balance", f"{float(row['balance']):+.2f}", help="Cooperation share minus conflict share (−1 … +1).")
if scope.include_learned:  # how much of the counts rests on the model's reading alone
    model_incidents = int(row["model_incidents"] or 0)
    model_source, model_target = int(row["model_events_as_source"] or 0), int(row["model_events_as_target"] or 0)
    st.caption(f"⚠ Model-read events included: {model_incidents:,} of the {int(row['incidents']):,} incidents of "
               f"{ui.md_escape(name)} rest only on the model's reading (about half of its readings are right "
               "on unseen text); the rules alone read the rest. Of the events as source / target, the model "
               f"read {model_source:,} / {model_target:,}.")
partners = [str(p) for p in (row["top_partners"] if row["top_partners"] is not None else [])]
adversaries = [str(p) for p in (row["top_adversaries"] if row["top_adversaries"] is not None else [])]
st.markdown(f"**Main partners:** {ui.md_escape(', '.join(partners) or '—')}  \n"
            f"**Main adversaries:** {ui.md_escape(', '.join(adversaries) or '—')}")
ui.filtered_link("events", f"See the events involving {name}", actors=(chosen,), match="any")

st.subheader("Cooperation and conflict over time")
trend = ui.run("actor_trend", scope, actor=chosen)
ui.chart_panel(ui.figure("actor_trend", trend, name), trend, f"trend-{chosen}", key="actor_trend")

st.subheader("Latest incidents")
involving = scope.with_(actors=(chosen,), match="any")
incidents = ui.run("timeline", involving, limit=config.TIMELINE_LIMIT)
# asked with the timeline (opening.page_calls), so the two share the kept rows of incidents in scope
counted = ui.run("incident_count", involving)
total = int(counted["incidents"].iloc[0])
dated = incidents[incidents["event_date"].notna()].sort_values("event_date", ascending=False)
among = "" if total <= config.TIMELINE_LIMIT else f" (among the {config.TIMELINE_LIMIT:,} most-corroborated)"
st.caption(f"The {min(len(dated), 8)} most recent{among} of {total:,} incidents involving {ui.md_escape(name)}"
           f"{ui.model_count(counted['model_only'].iloc[0], scope.include_learned)} "
           "(the other filters apply); each opens on the timeline with its sources.")
for row in dated.head(8).to_dict("records"):
    when = ui.fmt_date(row["event_date"], row["date_precision"])
    what = (f"{row['dyad']} · {row['type']} — {ui.status_prefix(row['status'])}"
            f"{' '.join(str(row['headline']).split())}")
    if scope.include_learned and bool(row.get("model_only")):
        what += " (read by the model only)"
    st.markdown(f"**{ui.md_escape(when)}** · {ui.md_escape(what)}")
    ui.filtered_link("timeline", "Sources of this incident", actors=(chosen,), match="any",
                     page_params={"incident": row["incident_id"]})

st.subheader("Partners and adversaries")
counterparts = ui.run("actor_partners", scope, actor=chosen)
if counterparts.empty:
    st.info(f"No counterparts of {name} in this scope.")
else:
    ui.chart_panel(ui.figure("partners", counterparts, name), counterparts, f"partners-{chosen}", key="actor_partners")

st.subheader("Stated relationships")
relationships = ui.run("relationships", scope.with_(actors=(chosen,), match="any"), limit=20)
if relationships.empty:
    st.info(f"No document in this scope states a relationship of {name}.")
for i, rel in enumerate(relationships.to_dict("records")):
    denied = " — **denied**" if rel["negated"] else ""
    model = f" · *read by: {ui.read_by(rel.get('method'))}*" if rel.get("method") == "learned" else ""
    st.markdown(f"**{ui.md_escape(rel['source_name'])} → {ui.md_escape(rel['target_name'])}: {rel['type']}**{denied} "
                f"({ui.fmt_date(rel['stated_on'])}){model}")
    ui.quote(rel["sentence"], "negated" if rel["negated"] else "asserted")
    ui.source_caption(rel["doc_title"], rel["doc_source"], rel["stated_on"])
    ui.page_link("sources", "Open the document at this sentence", doc=rel["document_id"], rel=rel["relationship_id"])
if len(relationships) and int(relationships["total"].iloc[0]) > len(relationships):
    st.caption(f"Showing the {len(relationships)} most recent of {int(relationships['total'].iloc[0]):,}; "
               "more are on the Network page.")
