"""Network: who acts on whom (reported events) and who says what about whom (stated relationships).
Selecting an actor opens its profile."""
from __future__ import annotations

import streamlit as st

from dashboard import config, filters, opening, ui

current = filters.current()
scope = current.scope
# Start every query the page will ask for at once; each ui.run below then takes its answer.
ui.prefetch(opening.page_calls("Network", scope))

st.title("Network")
st.caption(f"**Scope:** {ui.md_escape(current.description)}")

nodes = ui.run("actor_network_nodes", scope)
edges = ui.run("actor_network_edges", scope)
if nodes.empty:
    ui.empty_state("No actors match these filters.")
    st.stop()

st.markdown("Arrows are reported events (blue cooperation, vermillion conflict; dashed when denied or only "
            "planned or possible); coloured lines with a symbol are stated relationships"
            + ("; a link only the model read is dotted" if scope.include_learned else "")
            + ". Click an actor (or pick it below) to open its profile.")
event = ui.chart_panel(ui.figure("network", nodes, edges), edges, "network", key="network", on_select="rerun",
                       selection_mode="points")
clicked = ui.selected_value(event, "actor", nodes)
if clicked is not None and clicked != st.session_state.get("_clicked_network_actor"):
    # A click on an actor opens its profile (the filters travel with the session).
    st.session_state["_clicked_network_actor"] = clicked
    st.switch_page(ui.PAGE_FILES["actors"], query_params={"profile": clicked})

actor_ids = nodes["actor"].astype(str).tolist()
labels = {r["actor"]: f"{r['name']} ({r['kind']}) · {int(r['activity'])} links" for r in nodes.to_dict("records")}
ui.sync_choice("node", "network_actor", actor_ids, clicked=clicked, what="actors")
chosen = st.selectbox("Actor", actor_ids, format_func=lambda a: labels.get(a, a), key="network_actor",
                      placeholder="Choose an actor")
ui.write_choice("node", chosen)

if chosen:
    row = nodes[nodes["actor"] == chosen].iloc[0]
    n_incidents, n_relationships = int(row["incidents"]), int(row["relationships"])
    st.markdown(f"**{ui.md_escape(row['name'])}** — {n_incidents} incident{'s' * (n_incidents != 1)}"
                f"{ui.model_count(row['model_incidents'], scope.include_learned)}, "
                f"{n_relationships} stated relationship{'s' * (n_relationships != 1)}"
                f"{ui.model_count(row['model_relationships'], scope.include_learned)} in scope.")
    ui.page_link("actors", f"Open the profile of {row['name']}", profile=chosen)
    mine = edges[(edges["source"] == chosen) | (edges["target"] == chosen)]
    if len(mine):
        names = ui.actor_names()
        table = mine.assign(
            source=mine["source"].map(lambda a: names.get(a, a)),
            target=mine["target"].map(lambda a: names.get(a, a)),
        )[["source", "target", "edge_kind", "type", "weight"] + (["model_only"] if scope.include_learned else [])
          + ["top_type", "negated", "hypothetical"]]
        st.dataframe(table, hide_index=True, column_config={
            "edge_kind": "link", "weight": st.column_config.NumberColumn("incidents / statements"),
            "model_only": st.column_config.NumberColumn(
                "read by the model only", help=f"Of the incidents, those {ui.MODEL_READ_NOTE}."),
            "top_type": "most frequent type", "negated": "denied", "hypothetical": "planned or possible only",
        })

st.subheader("Stated relationships")
relationships = ui.run("relationships", scope, limit=config.RELATIONSHIP_ROWS)
if relationships.empty:
    st.info("No relationships are stated in these documents for this scope.")
else:
    if int(relationships["total"].iloc[0]) > len(relationships):
        st.caption(f"Showing the {len(relationships):,} most recent of {int(relationships['total'].iloc[0]):,} "
                   "statements; narrow the filters to see the rest.")
    shown = ui.with_read_by(relationships).assign(
        relationship=relationships.apply(
            lambda r: f"{r['source_name']} → {r['target_name']}: {r['type']}" + (" (denied)" if r["negated"] else ""),
            axis=1,
        )
    )
    st.dataframe(shown[["relationship", "stated_on", "read_by", "sentence", "doc_title", "doc_source"]], hide_index=True,
                 column_config={"stated_on": st.column_config.DateColumn("stated on"), "doc_title": "document",
                                "doc_source": "source", "read_by": st.column_config.TextColumn(
                                    "read by", help=f"rules, or model: {ui.MODEL_READ_NOTE}")})
    ui.download_table(relationships.drop(columns="total"), "relationships", key="rel_table")
