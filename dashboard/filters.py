"""The sidebar filters: widgets ⇄ `FilterState` ⇄ URL query string ⇄ `Scope`.

The URL is the source of truth for sharing: every filter is written back to `st.query_params` on
each run, so a copied link reproduces the view. A link's values are applied when the session
starts, or later when the URL carries filter values that differ from the ones we last wrote (a
pasted link, browser history). An URL without any filter keys — what page navigation leaves —
keeps the session's filters. Values a link gets wrong are dropped with a notice naming them.

The parsing and formatting functions are pure (no Streamlit) so they are tested directly;
`render_sidebar` is the only part that draws widgets and is called from app.py on every run, so
the widgets keep their values across pages.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .scope import DEFAULT_INCLUDE_LEARNED, DEFAULT_STATUSES, LEARNED_SHOWN, MATCHES, QUAD_CLASSES, STATUSES, Scope, event_types

#: URL keys the filters own; pages add their own keys (doc, event, profile, q, ...) beside them.
FILTER_KEYS: tuple[str, ...] = ("actor", "match", "period", "start", "end", "quad", "type", "status", "min_sources",
                                "learned")

#: Date presets, in days back from the latest event in the database (inclusive of that day).
PRESETS: dict[str, int | None] = {"all": None, "30d": 30, "90d": 90, "365d": 365}
PERIODS: tuple[str, ...] = (*PRESETS, "custom")
PERIOD_LABELS: dict[str, str] = {
    "all": "All dates",
    "30d": "Last 30 days",
    "90d": "Last 90 days",
    "365d": "Last 365 days",
    "custom": "Custom range",
}
#: `status=all` in a link: the reader cleared the status filter (an empty Scope tuple means all).
ALL_STATUSES_TOKEN = "all"
MAX_MIN_SOURCES = 50
#: Widest range the date picker accepts; links outside it are clamped with a notice.
DATE_FLOOR = date(1900, 1, 1)
DATE_CEILING = date(2100, 12, 31)
#: Actor kinds in the order the actor picker groups them.
KIND_ORDER: tuple[str, ...] = ("country", "organisation", "group", "person", "agency", "military", "media", "unknown")

# Widget keys (stable: tests and session state rely on them).
K_ACTORS = "f_actors"
K_MATCH = "f_match"
K_PERIOD = "f_period"
K_RANGE = "f_range"
K_QUADS = "f_quads"
K_TYPES = "f_types"
K_STATUSES = "f_statuses"
K_MIN_SOURCES = "f_min_sources"
K_LEARNED = "f_learned"
WIDGET_KEYS: tuple[str, ...] = (K_ACTORS, K_MATCH, K_PERIOD, K_RANGE, K_QUADS, K_TYPES, K_STATUSES, K_MIN_SOURCES,
                                K_LEARNED)
#: The sidebar control for the learned tier, and what it tells the reader.
LEARNED_LABEL = "Include model-read events and relationships"
LEARNED_HELP = ("Off by default. Events and standing relationships that small learned models added where the "
                "rules read nothing, marked “model” wherever they appear and counted apart. On reports they had "
                "not seen, about half of their additions were right (the rules' readings: 75–88%), so they "
                "widen the picture but can mislead: check each one against its sentence.")
# Session keys that are not widgets.
_WRITTEN = "_filters_written"
_SCOPE = "_filters_scope"
_STATE = "_filters_state"
_NOTICES = "_filters_notices"


@dataclass(frozen=True)
class FilterState:
    """What the sidebar shows. `types` and `quads` are separate so a link keeps the reader's words."""

    actors: tuple[str, ...] = ()
    match: str = "any"
    period: str = "all"
    start: date | None = None  # only for period == "custom"
    end: date | None = None
    quads: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = field(default=DEFAULT_STATUSES)
    min_sources: int = 1
    include_learned: bool = DEFAULT_INCLUDE_LEARNED


DEFAULT_STATE = FilterState()


# --------------------------------------------------------------------------- pure: dates and scope


def preset_range(period: str, latest: date | None) -> tuple[date | None, date | None]:
    """The (start, end) a preset stands for, counted back from the latest event; (None, None) for all."""
    days = PRESETS.get(period)
    if days is None or latest is None:
        return None, None
    return latest - timedelta(days=days - 1), latest


def state_types(state: FilterState) -> tuple[str, ...]:
    """The event types the state selects: the chosen types plus every type of the chosen quad classes."""
    chosen = set(state.types)
    chosen.update(t for t, info in event_types().items() if info["quad_class"] in state.quads)
    order = list(event_types())
    return tuple(sorted(chosen, key=order.index))


def to_scope(state: FilterState, latest: date | None) -> Scope:
    """The query scope for a filter state; presets resolve against the latest event date."""
    if state.period == "custom":
        start, end = state.start, state.end
    else:
        start, end = preset_range(state.period, latest)
    return Scope(
        actors=state.actors,
        match="between" if state.match == "between" else "any",
        start=start,
        end=end,
        types=state_types(state),
        statuses=state.statuses,
        min_sources=max(1, int(state.min_sources)),
        include_learned=bool(state.include_learned),
    )


def describe(state: FilterState, scope: Scope, actor_names: Mapping[str, str] | None = None) -> str:
    """The scope in one line, naming quad classes rather than listing their types."""
    names = dict(actor_names or {})
    if state.actors:
        who = ", ".join(names.get(a, a) for a in state.actors)
        who = ("between " if state.match == "between" and len(state.actors) > 1 else "involving ") + who
    else:
        who = "all actors"
    if scope.start or scope.end:
        when = f"{scope.start.isoformat() if scope.start else '…'} to {scope.end.isoformat() if scope.end else '…'}"
        if state.period in PRESETS and state.period != "all":
            when = f"{PERIOD_LABELS[state.period].lower()} ({when})"
    else:
        when = "all dates"
    parts = [who, when]
    what = [*state.quads, *(t for t in state.types if event_types()[t]["quad_class"] not in state.quads)]
    if what:
        parts.append("only " + ", ".join(what))
    parts.append("status " + (", ".join(state.statuses) if state.statuses else "any"))
    if state.min_sources > 1:
        parts.append(f"reported by ≥{state.min_sources} sources")
    if state.include_learned:
        parts.append(LEARNED_SHOWN)
    return " · ".join(parts)


# --------------------------------------------------------------------------- pure: URL ⇄ state


def _one(values: Sequence[str]) -> str:
    return values[-1] if values else ""


def _parse_date(text: str, key: str, notices: list[str]) -> date | None:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        notices.append(f"Ignored {key}={text!r} from the link: not a date (YYYY-MM-DD).")
        return None
    if not DATE_FLOOR <= value <= DATE_CEILING:
        notices.append(f"Ignored {key}={text!r} from the link: outside {DATE_FLOOR.year}–{DATE_CEILING.year}.")
        return None
    return value


def _dedupe(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def parse_query(params: Mapping[str, Sequence[str]], actor_ids: Collection[str]) -> tuple[FilterState, list[str]]:
    """Read filter values from URL parameters (key -> all its values).

    Returns the state and one notice per value that was dropped, naming it and why.
    """
    notices: list[str] = []
    known_actors = set(actor_ids)

    actors: list[str] = []
    for value in params.get("actor", []):
        if not value:
            continue
        if value in known_actors:
            actors.append(value)
        else:
            notices.append(f"Ignored actor={value!r} from the link: no such actor in this briefing.")

    match = _one(params.get("match", [])) or "any"
    if match not in MATCHES:
        notices.append(f"Ignored match={match!r} from the link: use 'any' or 'between'.")
        match = "any"

    period = _one(params.get("period", []))
    start_text, end_text = _one(params.get("start", [])), _one(params.get("end", []))
    start = end = None
    if period and period not in PRESETS:
        if period != "custom":
            notices.append(f"Ignored period={period!r} from the link: use one of {', '.join(PRESETS)}.")
        period = ""
    if period:
        if start_text or end_text:
            notices.append(f"Ignored start/end from the link: period={period!r} sets the dates.")
    else:
        start = _parse_date(start_text, "start", notices) if start_text else None
        end = _parse_date(end_text, "end", notices) if end_text else None
        if start and end and start > end:
            notices.append(f"Ignored start={start_text!r} and end={end_text!r} from the link: start is after end.")
            start = end = None
        period = "custom" if (start or end) else "all"

    quads: list[str] = []
    for value in params.get("quad", []):
        if value in QUAD_CLASSES:
            quads.append(value)
        elif value:
            notices.append(f"Ignored quad={value!r} from the link: not a quad class ({', '.join(QUAD_CLASSES)}).")

    types: list[str] = []
    for value in params.get("type", []):
        if value.upper() in event_types():
            types.append(value.upper())
        elif value:
            notices.append(f"Ignored type={value!r} from the link: not an event type.")

    status_values = params.get("status")
    if status_values is None:
        statuses = DEFAULT_STATUSES
    else:
        chosen: list[str] = []
        for value in status_values:
            if value in STATUSES:
                chosen.append(value)
            elif value and value != ALL_STATUSES_TOKEN:
                notices.append(f"Ignored status={value!r} from the link: use {', '.join(STATUSES)}.")
        if chosen:
            statuses = tuple(s for s in STATUSES if s in chosen)
        elif ALL_STATUSES_TOKEN in status_values:
            statuses = ()
        else:
            statuses = DEFAULT_STATUSES

    min_sources = 1
    text = _one(params.get("min_sources", []))
    if text:
        try:
            min_sources = int(text)
            if not 1 <= min_sources <= MAX_MIN_SOURCES:
                raise ValueError
        except ValueError:
            notices.append(f"Ignored min_sources={text!r} from the link: use a whole number from 1 to {MAX_MIN_SOURCES}.")
            min_sources = 1

    include_learned = DEFAULT_INCLUDE_LEARNED
    text = _one(params.get("learned", []))
    if text:
        if text in ("0", "1"):
            include_learned = text == "1"
        else:
            notices.append(f"Ignored learned={text!r} from the link: use 1 (model-read events included) or 0.")

    state = FilterState(
        actors=_dedupe(actors),
        match=match,
        period=period,
        start=start,
        end=end,
        quads=_dedupe(quads),
        types=_dedupe(types),
        statuses=statuses,
        min_sources=min_sources,
        include_learned=include_learned,
    )
    return state, notices


def to_query(state: FilterState) -> dict[str, list[str]]:
    """URL parameters for a state; values equal to the defaults are left out to keep links short."""
    query: dict[str, list[str]] = {}
    if state.actors:
        query["actor"] = list(state.actors)
    if state.match != "any":
        query["match"] = [state.match]
    if state.period == "custom":
        if state.start:
            query["start"] = [state.start.isoformat()]
        if state.end:
            query["end"] = [state.end.isoformat()]
    elif state.period != "all":
        query["period"] = [state.period]
    if state.quads:
        query["quad"] = list(state.quads)
    if state.types:
        query["type"] = list(state.types)
    if tuple(state.statuses) != tuple(DEFAULT_STATUSES):
        query["status"] = list(state.statuses) or [ALL_STATUSES_TOKEN]
    if state.min_sources != 1:
        query["min_sources"] = [str(state.min_sources)]
    if state.include_learned != DEFAULT_INCLUDE_LEARNED:
        query["learned"] = ["1" if state.include_learned else "0"]
    return query


def query_string(state: FilterState, extra: Mapping[str, str] | None = None) -> str:
    """`?a=b&...` for a link that carries the filters (plus page keys such as doc/event)."""
    from urllib.parse import urlencode

    pairs: list[tuple[str, str]] = [(k, v) for k, values in to_query(state).items() for v in values]
    pairs += [(k, str(v)) for k, v in (extra or {}).items() if v is not None]
    return "?" + urlencode(pairs) if pairs else ""


# --------------------------------------------------------------------------- pure: actor picker


def actor_options(actors: Any) -> tuple[list[str], dict[str, str]]:
    """Actor ids in picker order (grouped by kind, then by name) and their labels.

    `actors` is a DataFrame with id (or actor_id), name and kind (the `actors_list` query).
    """
    if actors is None or len(actors) == 0:
        return [], {}
    rows = [{**r, "id": r.get("actor_id", r.get("id"))} for r in actors.to_dict("records")]
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}

    def sort_key(row: dict[str, Any]) -> tuple[int, str]:
        return rank.get(str(row.get("kind") or "unknown"), len(rank)), str(row.get("name") or row["id"]).lower()

    rows.sort(key=sort_key)
    labels = {str(r["id"]): f"{r.get('kind') or 'unknown'} · {r.get('name') or r['id']}" for r in rows}
    return [str(r["id"]) for r in rows], labels


# --------------------------------------------------------------------------- Streamlit


def _widget_values(state: FilterState, latest: date | None) -> dict[str, Any]:
    start, end = (state.start, state.end) if state.period == "custom" else preset_range(state.period, latest)
    return {
        K_ACTORS: list(state.actors),
        K_MATCH: state.match,
        K_PERIOD: state.period,
        K_RANGE: tuple(d for d in (start, end) if d is not None),
        K_QUADS: list(state.quads),
        K_TYPES: list(state.types),
        K_STATUSES: list(state.statuses),
        K_MIN_SOURCES: int(state.min_sources),
        K_LEARNED: bool(state.include_learned),
    }


def _state_from_widgets(ss: Any) -> FilterState:
    period = ss.get(K_PERIOD, "all")
    start = end = None
    if period == "custom":
        picked = ss.get(K_RANGE) or ()
        picked = tuple(picked) if isinstance(picked, (list, tuple)) else (picked,)
        start = picked[0] if len(picked) > 0 else None
        # A half-picked range (the picker is open) counts as open-ended until the second click.
        end = picked[1] if len(picked) > 1 else None
        if start is None and end is None:
            period = "all"
    return FilterState(
        actors=tuple(ss.get(K_ACTORS, [])),
        match=ss.get(K_MATCH, "any"),
        period=period,
        start=start,
        end=end,
        quads=tuple(q for q in QUAD_CLASSES if q in ss.get(K_QUADS, [])),
        types=tuple(ss.get(K_TYPES, [])),
        statuses=tuple(s for s in STATUSES if s in ss.get(K_STATUSES, [])),
        min_sources=int(ss.get(K_MIN_SOURCES, 1)),
        include_learned=bool(ss.get(K_LEARNED, DEFAULT_INCLUDE_LEARNED)),
    )


def _on_period_change() -> None:
    import streamlit as st

    ss = st.session_state
    if ss.get(K_PERIOD) == "custom" and not ss.get(K_RANGE):
        # Start the custom range from what the reader was looking at: the last preset's dates.
        ss[K_RANGE] = ss.get("_f_last_range", ())


def _reset() -> None:
    import streamlit as st

    latest = st.session_state.get("_f_latest")
    for key, value in _widget_values(DEFAULT_STATE, latest).items():
        st.session_state[key] = value


@dataclass(frozen=True)
class Filters:
    """What app.py hands to the pages for this run."""

    scope: Scope
    state: FilterState
    description: str
    notices: tuple[str, ...] = ()

    def link(self, **extra: str | None) -> str:
        return query_string(self.state, {k: v for k, v in extra.items() if v is not None})


def render_sidebar(actors: Any, latest: date | None) -> Filters:
    """Draw the filter widgets in the sidebar, sync them with the URL and return the scope.

    `actors` is the `actors_list` DataFrame (id, name, kind, ...); `latest` the latest event date,
    which the presets count back from.
    """
    import streamlit as st

    ss = st.session_state
    options, labels = actor_options(actors)
    names = {a: labels[a].split(" · ", 1)[1] for a in options}
    ss["_f_latest"] = latest

    url = {k: st.query_params.get_all(k) for k in FILTER_KEYS if k in st.query_params}
    written = ss.get(_WRITTEN)
    notices: list[str] = []
    if written is None or (url and url != written):
        state, notices = parse_query(url, options)
        ss.update(_widget_values(state, latest))

    # The database may have been replaced since these values were chosen.
    kept = [a for a in ss.get(K_ACTORS, []) if a in names]
    for gone in (a for a in ss.get(K_ACTORS, []) if a not in names):
        notices.append(f"Dropped actor {gone!r} from the filters: it is no longer in the briefing database.")
    ss[K_ACTORS] = kept
    for key, default in _widget_values(DEFAULT_STATE, latest).items():
        if key != K_RANGE and key not in ss:
            ss[key] = default

    sb = st.sidebar
    sb.header("Filters")
    sb.multiselect(
        "Actors",
        options,
        format_func=lambda a: labels.get(a, a),
        key=K_ACTORS,
        placeholder="All actors",
        help="Grouped by kind. Type a name to search.",
    )
    sb.radio(
        "Match",
        MATCHES,
        format_func={"any": "involving any of them", "between": "between them only"}.get,
        key=K_MATCH,
        horizontal=True,
        help="'Between' keeps events whose source and target are both among the chosen actors.",
    )
    sb.selectbox(
        "Period",
        PERIODS,
        format_func=PERIOD_LABELS.get,
        key=K_PERIOD,
        on_change=_on_period_change,
        help=f"Presets count back from the latest event in the database ({latest.isoformat() if latest else 'none yet'}).",
    )
    if ss.get(K_PERIOD) == "custom":
        sb.date_input("Dates", key=K_RANGE, min_value=DATE_FLOOR, max_value=DATE_CEILING, format="YYYY-MM-DD")
    sb.pills("Quad classes", QUAD_CLASSES, selection_mode="multi", key=K_QUADS)
    sb.multiselect(
        "Event types",
        list(event_types()),
        format_func=lambda t: f"{t} · {event_types()[t]['quad_class']}",
        key=K_TYPES,
        placeholder="All types",
        help="Combined with the quad classes: an event matches either.",
    )
    sb.multiselect(
        "Statuses",
        STATUSES,
        key=K_STATUSES,
        placeholder="Any status",
        help="Planned and hypothetical items are labelled as such; negated ones are reports that something did not happen.",
    )
    sb.number_input("Minimum sources", min_value=1, max_value=MAX_MIN_SOURCES, step=1, key=K_MIN_SOURCES,
                    help="Only incidents reported by at least this many independent documents.")
    sb.checkbox(LEARNED_LABEL, key=K_LEARNED, help=LEARNED_HELP)
    sb.button("Reset filters", on_click=_reset, key="f_reset")

    state = _state_from_widgets(ss)
    scope = to_scope(state, latest)
    if state.period != "custom":
        ss["_f_last_range"] = tuple(d for d in (scope.start, scope.end) if d is not None)

    query = to_query(state)
    for key in FILTER_KEYS:
        if key in query:
            if st.query_params.get_all(key) != query[key]:
                st.query_params[key] = query[key]
        elif key in st.query_params:
            del st.query_params[key]
    ss[_WRITTEN] = query

    filters = Filters(scope=scope, state=state, description=describe(state, scope, names), notices=tuple(notices))
    ss[_SCOPE] = filters
    return filters


def current() -> Filters:
    """The filters app.py computed on this run (pages call this)."""
    import streamlit as st

    filters = st.session_state.get(_SCOPE)
    if filters is None:
        scope = Scope()
        filters = Filters(scope=scope, state=DEFAULT_STATE, description=describe(DEFAULT_STATE, scope))
    return filters

