"""The opening briefing, computed when ingest publishes a file.

Every reader first sees the default scope: all actors, all dates, the default statuses. On a
store of millions of events its pages take seconds to compute, the same seconds for everyone, so
ingest computes them once at publish and stores the rows in the file (`stored_results`, one table
per call). `queries.run` serves a call from there when the call (query and bound values) matches
and the query's statement is unchanged since (its hash is stored beside it); anything else runs
live. The stored rows are the live rows: tests/test_opening.py compares them.

Two scopes are stored (`STORED_SCOPES`): the opening one, and the same with model-read events
included, one tick of the sidebar away. Computed live, the latter took 377 ms for the Briefing and
190 ms for Actors at 1 M events (benchmarks/query_speed.py). A file without model-read events gives
the same rows either way: its included calls are stored as a second name for the same tables, so
storing them costs nothing there.

The Briefing's key points for the opening scope are stored too, as the points themselves
(`stored_key_points`): computing them reads ten results and turns thousands of rows into
Python values, where reading them back is one small read. They are used while this module's
`key_points_hash` (briefing.py and the statements of `briefing.KEY_POINT_QUERIES`) is unchanged.

`PAGES` are the calls each page makes for a scope, in the order the page makes them (the views
interleave them with drawing; tests/test_opening.py checks the two agree). The benchmark times
them too. `page_calls` are those a page can start before it draws anything (the rest depend on
answers, e.g. which incidents a key point cites): the views start them at once
(`queries.prefetch`), so the page waits for the slowest of them rather than for their sum.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import briefing, config
from .db import Builder, Database
from .scope import Scope

Runner = Callable[..., pd.DataFrame]
Call = briefing.Call
Prefetch = briefing.Prefetch

#: The scope a reader first sees (filters.DEFAULT_STATE resolves to it).
OPENING_SCOPE = Scope()
#: The scopes whose pages are stored at publish: the opening one and, a tick of "Include model-read
#: events" away, the same with them included.
STORED_SCOPES: tuple[Scope, ...] = (OPENING_SCOPE, OPENING_SCOPE.with_(include_learned=True))
#: Stored results' tables are named this and a number.
STORED_TABLE_PREFIX = "stored_result_"


@dataclass(frozen=True)
class StoreFacts:
    """What the app reads once per published file, not per page (cached until the next ingest)."""
    latest: date | None
    names: dict[str, str]
    busiest: str | None
    # the key points stored at publish (`stored_key_points` bound to the file), if any
    stored_points: briefing.StoredPoints | None = field(default=None, compare=False)


def store_facts(run: Runner, stored_points: briefing.StoredPoints | None = None) -> StoreFacts:
    """The latest event date (as ui.latest_event_date), actor names and the busiest actor (and the
    document count the sidebar shows: app.load_overview); `stored_points` is passed through."""
    run("document_count", Scope())
    latest = None
    for statuses in (("asserted",), ()):
        value = run("latest_event_date", Scope(statuses=statuses))["latest"].iloc[0]
        if not briefing.is_missing(value):
            latest = briefing.as_date(value)
            break
    actors = run("actors_list", Scope())
    names = dict(zip(actors["actor_id"], actors["name"]))
    return StoreFacts(latest, names, str(actors["actor_id"].iloc[0]) if len(actors) else None, stored_points)


def _start(prefetch: Prefetch | None, calls: list[Call]) -> None:
    if prefetch is not None:
        prefetch(calls)


def briefing_page(run: Runner, scope: Scope, facts: StoreFacts, prefetch: Prefetch | None = None) -> None:
    _start(prefetch, page_calls("Briefing", scope, latest=facts.latest))
    run("headline_figures", scope)
    briefing.key_points(run, scope, latest=facts.latest, names=facts.names, prefetch=prefetch,
                        stored=facts.stored_points)
    run("timeline", scope, limit=config.TIMELINE_LIMIT)
    run("actor_network_nodes", scope)
    run("actor_network_edges", scope)


def timeline_page(run: Runner, scope: Scope, facts: StoreFacts, prefetch: Prefetch | None = None) -> None:
    _start(prefetch, page_calls("Timeline", scope))
    # the headline figures: every chart's source line (ui.figure_context), and the incident count a
    # capped timeline's caption gives
    run("headline_figures", scope)
    run("timeline", scope, limit=config.TIMELINE_LIMIT)
    run("events_by_month", scope)


def events_page(run: Runner, scope: Scope, facts: StoreFacts, prefetch: Prefetch | None = None) -> None:
    _start(prefetch, page_calls("Events", scope))
    run("events", scope, limit=config.EVENT_ROWS)
    run("event_count", scope)  # asked with the list (together they wait for the slower), capped or not


def network_page(run: Runner, scope: Scope, facts: StoreFacts, prefetch: Prefetch | None = None) -> None:
    _start(prefetch, page_calls("Network", scope))
    run("headline_figures", scope)  # every chart's source line (ui.figure_context)
    run("actor_network_nodes", scope)
    run("actor_network_edges", scope)
    run("relationships", scope, limit=config.RELATIONSHIP_ROWS)


def actors_page(run: Runner, scope: Scope, facts: StoreFacts, prefetch: Prefetch | None = None,
                actor: str | None = None) -> None:
    chosen = actor or facts.busiest
    if chosen is None:
        return
    _start(prefetch, page_calls("Actors", scope, actor=chosen))
    run("headline_figures", scope)  # every chart's source line (ui.figure_context)
    run("actor_profile", scope, actor=chosen)
    run("actor_trend", scope, actor=chosen)
    involving = scope.with_(actors=(chosen,), match="any")
    run("timeline", involving, limit=config.TIMELINE_LIMIT)
    # asked with the timeline, whether or not it is capped: the two read one set of kept rows, so
    # the count costs a millisecond then, where asked after a capped timeline it took 39 ms at 1 M
    run("incident_count", involving)
    run("actor_partners", scope, actor=chosen)
    run("relationships", involving, limit=20)


def page_calls(page: str, scope: Scope, *, latest: date | None = None, actor: str | None = None) -> list[Call]:
    """The calls `page` makes for `scope` whatever their answers, in its order (`latest`: the
    latest event date, for the Briefing's comparison; `actor`: the Actors page's actor)."""
    headline = ("headline_figures", scope, {})
    if page == "Briefing":
        calls = briefing.key_point_calls(scope, latest)
        return calls + [("timeline", scope, {"limit": config.TIMELINE_LIMIT}),
                        ("actor_network_nodes", scope, {}), ("actor_network_edges", scope, {})]
    if page == "Timeline":
        return [headline, ("timeline", scope, {"limit": config.TIMELINE_LIMIT}), ("events_by_month", scope, {})]
    if page == "Events":
        return [("events", scope, {"limit": config.EVENT_ROWS}), ("event_count", scope, {})]
    if page == "Network":
        return [headline, ("actor_network_nodes", scope, {}), ("actor_network_edges", scope, {}),
                ("relationships", scope, {"limit": config.RELATIONSHIP_ROWS})]
    if page == "Actors":
        if actor is None:
            return []
        involving = scope.with_(actors=(actor,), match="any")
        return [headline, ("actor_profile", scope, {"actor": actor}), ("actor_trend", scope, {"actor": actor}),
                ("timeline", involving, {"limit": config.TIMELINE_LIMIT}), ("incident_count", involving, {}),
                ("actor_partners", scope, {"actor": actor}),
                ("relationships", involving, {"limit": 20})]
    raise ValueError(f"unknown page {page!r} (known: {', '.join(PAGES)})")


PAGES: dict[str, Callable[..., None]] = {
    "Briefing": briefing_page, "Timeline": timeline_page, "Events": events_page,
    "Network": network_page, "Actors": actors_page,
}


def call_key(name: str, params: dict[str, Any]) -> str:
    """One text naming a query and every value bound to it (dates, lists and all)."""
    return json.dumps([name, sorted(params.items())], default=str, separators=(",", ":"))


def sql_hash(sql: str) -> str:
    return hashlib.sha256(sql.encode("utf-8")).hexdigest()


def key_points_call(scope: Scope, latest: date | None) -> str:
    """The stored results' name for the key points of `scope` with the latest event date `latest`."""
    return call_key("briefing.key_points", {**scope.params(), "latest": latest})


@functools.cache
def key_points_hash() -> str:
    """What the key points are computed by: briefing.py and the statements it runs. Points stored
    by other code than this are not used (they are computed live). Once per process: the code and
    the statements ship together and do not change at run time (as queries.py reads its files once),
    where reading and hashing them at every Briefing render cost about half a millisecond."""
    from . import queries  # here, not at the top: queries imports this module

    text = Path(briefing.__file__).read_text(encoding="utf-8")
    return sql_hash("\n".join([text] + [queries.get(name).sql for name in briefing.KEY_POINT_QUERIES]))


def stored_key_points(db: Database, scope: Scope, latest: date | None) -> list[briefing.KeyPoint] | None:
    """The key points stored at publish for `scope` and `latest`, or None (not stored, or stored by
    other code: see `key_points_hash`)."""
    if scope not in STORED_SCOPES:  # only these are stored: no need to ask the file
        return None
    rows = db.stored_result(key_points_call(scope, latest), key_points_hash())
    return None if rows is None or rows.empty else briefing.points_from_json(str(rows["points"].iloc[0]))


def forget(builder: Builder) -> None:
    """Drop the stored results (the file is changing: they would describe the old one)."""
    for table in builder.query("SELECT table_name FROM stored_results")["table_name"]:
        builder.drop_table(str(table))
    builder.execute("DELETE FROM stored_results")


def store(builder: Builder) -> int:
    """Compute the pages of `STORED_SCOPES` on the file being built and store their rows (replacing
    the previous file's); returns how many calls were stored."""
    from . import queries  # here, not at the top: queries imports this module's call_key

    forget(builder)
    stored: dict[str, pd.DataFrame] = {}
    tables: dict[str, str] = {}  # call -> the table holding its rows
    # Without model-read events, including them changes no query's rows (the statements only drop
    # them, and count them): an included call is then the hidden one's rows under a second name.
    none_read = int(builder.query("SELECT count(*) AS n FROM events WHERE method = 'learned'")["n"].iloc[0]) == 0

    def run(name: str, scope: Scope, **extra: Any) -> pd.DataFrame:
        params = queries.bind(name, scope, **extra)
        key = call_key(name, params)
        if key not in stored:
            sql = queries.get(name).sql
            same = call_key(name, {**params, "include_learned": False}) if "include_learned" in params else None
            if none_read and same in stored:
                keep(key, sql_hash(sql), stored[same], table=tables[same])
            else:
                keep(key, sql_hash(sql), builder.query(sql, params))
        return stored[key]

    def keep(call: str, sql_hash_: str, rows: pd.DataFrame, table: str | None = None) -> None:
        if table is None:
            table = f"{STORED_TABLE_PREFIX}{len(stored) + 1}"
            builder.store_frame(table, rows)
        stored[call], tables[call] = rows, table
        builder.execute("INSERT INTO stored_results VALUES ($call, $hash, $table, $rows)",
                        {"call": call, "hash": sql_hash_, "table": table, "rows": len(rows)})

    facts = store_facts(run)
    for scope in STORED_SCOPES:
        for page in PAGES.values():
            page(run, scope, facts)
        # the points themselves (from the rows stored above: no query runs twice)
        points = briefing.key_points(run, scope, latest=facts.latest, names=facts.names)
        keep(key_points_call(scope, facts.latest), key_points_hash(),
             pd.DataFrame({"points": [briefing.points_to_json(points)]}))
    return len(stored)
