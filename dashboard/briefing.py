"""The briefing's bottom line up front: 3–6 key points generated from query results.

Pure functions (no Streamlit): `key_points(run, scope, latest=...)` takes a query runner
(`run(name, scope, **extra) -> DataFrame`, e.g. `ui.run`, or `queries.run` bound to a Database in
tests) and returns KeyPoints, each with the citations that let a reader check it: the sentence,
its document and the event or relationship it supports.

The points, in order, when the data supports them:
  1. the most-corroborated development(s) — incidents reported by the most independent documents;
  2. the largest change in cooperation or conflict between two actors against the previous
     period of equal length (an open date range compares the latest 12 months with the 12 before);
  3. relationships first stated in the window, and relationships denied or broken in it;
  4. the most active pair of actors;
  5. plans and possibilities — labelled "planned:" / "possible:", never presented as facts.
"""
from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import pandas as pd

from .scope import Scope

Runner = Callable[..., pd.DataFrame]
#: A query call: its name, scope and extra parameters.
Call = tuple[str, Scope, dict[str, Any]]
#: The queries `key_points` runs (its answer depends on their statements and on this module).
KEY_POINT_QUERIES = ("actors_list", "headline_figures", "key_developments", "pair_sides", "relationship_milestones",
                     "pending_incidents", "incident_events", "relationship_statements")
#: Starts calls ahead so later runs of them take their answers (ui.prefetch).
Prefetch = Callable[[list[Call]], Any]

MAX_POINTS = 6
#: Citations shown per key point (the evidence expander); the text says how many reports exist.
MAX_CITATIONS = 4
#: Pending (planned / possible) incidents fetched for the outlook point: enough to find three
#: different sentences among them; the counts it gives are over every one in scope.
PENDING_ROWS = 50
#: The comparison window used when the scope has no start date.
OPEN_WINDOW_DAYS = 365
#: Words for the status of an item that did not (yet) happen; asserted items carry none.
STATUS_WORDS: dict[str, str] = {"planned": "planned", "hypothetical": "possible", "negated": "denied"}
#: Relationship types read the same in both directions (the pair is unordered).
SYMMETRIC_TYPES = frozenset({"ALLY", "PARTNER", "TRADE", "ADVERSARY"})
RELATIONSHIP_WORDS: dict[str, str] = {
    "ALLY": "allies",
    "PARTNER": "partners",
    "TRADE": "trading partners",
    "ADVERSARY": "adversaries",
    "PATRON": "patron of",
    "SUPPLIER": "supplier to",
    "MEMBER": "member of",
}


@dataclass(frozen=True)
class Citation:
    """One sentence that supports a key point, and where it comes from."""

    document_id: str
    sentence: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    status: str = "asserted"
    event_id: str | None = None
    relationship_id: str | None = None
    #: who read the cited event: 'rules', or 'learned' (the model; `confidence` its probability)
    method: str = "rules"
    confidence: float | None = None

    @property
    def model_read(self) -> bool:
        return self.method == "learned"


@dataclass(frozen=True)
class KeyPoint:
    kind: str  # corroborated | change | relationships_new | relationships_broken | dyads | outlook
    text: str
    citations: tuple[Citation, ...] = ()
    incident_ids: tuple[str, ...] = field(default=())  # the incidents it rests on (for links)
    data: Mapping[str, Any] = field(default_factory=dict, compare=False)  # the numbers behind the text
    relationship_ids: tuple[str, ...] = field(default=())  # the statements it rests on

    @property
    def model_read_only(self) -> bool:
        """Every sentence it cites was read by the learned tier only (about half of whose additions
        are right on unseen text). Such a point is kept but labelled (`MODEL_ONLY_LABEL`): hiding
        model-read events (Scope.include_learned) removes the incidents it rests on instead."""
        return bool(self.citations) and all(c.model_read for c in self.citations)


#: What the Briefing says under a key point resting on model-read events only.
MODEL_ONLY_LABEL = ("Read by the model only: every sentence this point cites was read by the learned tier, "
                    "and about half of its readings are right on unseen text. Check the sources.")


@dataclass(frozen=True)
class Window:
    """The period a comparison covers and the one of equal length before it."""

    start: date
    end: date
    previous_start: date
    previous_end: date
    label: str  # how the text names the current period

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


# --------------------------------------------------------------------------- small helpers


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):  # the common case, answered without pandas (thousands of calls a page)
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def as_date(value: Any) -> date | None:
    if isinstance(value, pd.Timestamp):
        return None if value is pd.NaT else value.date()
    if type(value) is date:
        return value
    return None if is_missing(value) else pd.Timestamp(value).date()


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as dicts, as `frame.to_dict("records")` gives them, built from column lists:
    to_dict walks Arrow-backed columns item by item, four times slower (2.3 ms against 0.5 ms
    on a pair_sides result at a million events, and the key points read several results)."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]


def _text(value: Any) -> str:
    return "" if is_missing(value) else str(value)


def _one_line(value: Any) -> str:
    """A sentence on one line: extracted sentences may span a heading and a paragraph break."""
    return " ".join(_text(value).split())


def status_word(status: Any) -> str:
    """'planned: ' / 'possible: ' / 'denied: ' before an item that is not an asserted fact."""
    word = STATUS_WORDS.get(_text(status))
    return f"{word}: " if word else ""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def model_only_words(n: int) -> str:
    """How a count with model-read events included says how many of its items rest only on the
    model's reading: '42 read by the model only', 'none read by the model only'."""
    return f"{n:,} read by the model only" if n else "none read by the model only"


def side_of(quad_class: Any) -> str:
    """'cooperation' or 'conflict' for a quad class."""
    return "conflict" if _text(quad_class).endswith("conflict") else "cooperation"


def comparison_window(scope: Scope, latest: date | None) -> Window | None:
    """The current period and the previous one of equal length, or None without any dates."""
    end = scope.end or latest
    if end is None:
        return None
    if scope.start is not None:
        start = scope.start
        label = f"{start.isoformat()} to {end.isoformat()}"
    else:
        start = end - timedelta(days=OPEN_WINDOW_DAYS - 1)
        label = f"the latest 12 months ({start.isoformat()} to {end.isoformat()})"
    if start > end:
        return None
    length = (end - start).days + 1
    previous_end = start - timedelta(days=1)
    previous_start = previous_end - timedelta(days=length - 1)
    return Window(start, end, previous_start, previous_end, label)


def _citations_by_incident(rows: pd.DataFrame) -> dict[str, list[Citation]]:
    """`incident_events` rows as citations per incident, in the order the query gives them."""
    by_incident: dict[str, list[Citation]] = {}
    for r in records(rows):
        by_incident.setdefault(str(r["incident_id"]), []).append(
            Citation(
                document_id=str(r["document_id"]),
                sentence=_one_line(r["sentence"]),
                title=_text(r.get("doc_title")) or None,
                source=_text(r.get("doc_source")) or None,
                published=as_date(r.get("published")),
                status=_text(r.get("status")) or "asserted",
                event_id=_text(r.get("event_id")) or None,
                method=_text(r.get("method")) or "rules",
                confidence=None if r.get("confidence") is None or pd.isna(r.get("confidence"))
                else float(r["confidence"]),
            )
        )
    return by_incident


def _round_robin(by_incident: Mapping[str, list[Citation]], wanted: list[str], limit: int) -> tuple[Citation, ...]:
    per_incident = [by_incident.get(incident_id, []) for incident_id in wanted]
    cited: list[Citation] = []
    depth = 0
    while len(cited) < limit and any(depth < len(c) for c in per_incident):
        for citations in per_incident:
            if depth < len(citations) and len(cited) < limit:
                cited.append(citations[depth])
        depth += 1
    return tuple(cited)


def cite_points(points: list[KeyPoint], run: Runner, limit: int = MAX_CITATIONS,
                prefetch: Prefetch | None = None, scope: Scope | None = None) -> list[KeyPoint]:
    """Each point with its evidence as citations: the reports of the incidents it rests on
    (round-robin), or the relationship statements it names. One `incident_events` call and one
    `relationship_statements` call fetch them for all the points (started together when a
    `prefetch` is given, as the app does). Of `scope` only whether model-read reports are cited
    counts (Scope.include_learned): citations are the incidents' reports whatever else it filters."""
    reports_scope = Scope(include_learned=scope.include_learned) if scope is not None else Scope()
    incident_ids = list(dict.fromkeys(str(i) for p in points for i in p.incident_ids))
    statement_ids = list(dict.fromkeys(p_id for p in points for p_id in p.relationship_ids))
    calls: list[Call] = []
    if incident_ids:
        calls.append(("incident_events", reports_scope, {"incident_ids": incident_ids}))
    if statement_ids:
        calls.append(("relationship_statements", Scope(), {"relationship_ids": statement_ids}))
    if prefetch is not None and len(calls) > 1:
        prefetch(calls)
    by_incident = _citations_by_incident(run("incident_events", reports_scope, incident_ids=incident_ids)) if incident_ids else {}
    statements = {}
    if statement_ids:
        rows = run("relationship_statements", Scope(), relationship_ids=statement_ids)
        statements = {str(r["relationship_id"]): _relationship_citation(r) for r in records(rows)}
    cited = []
    for p in points:
        if p.relationship_ids:
            citations = tuple(statements[i] for i in p.relationship_ids if i in statements)
        else:
            citations = _round_robin(by_incident, [str(i) for i in p.incident_ids], limit)
        cited.append(replace(p, citations=citations))
    return cited


def _relationship_citation(row: Mapping[str, Any]) -> Citation:
    return Citation(
        document_id=str(row["document_id"]),
        sentence=_one_line(row.get("sentence")),
        title=_text(row.get("doc_title")) or None,
        source=_text(row.get("doc_source")) or None,
        published=as_date(row.get("stated_on")),
        status="negated" if bool(row.get("negated")) else "asserted",
        relationship_id=_text(row.get("relationship_id")) or None,
        # a tie the learned relationship tier read is cited as model-read, as a model-read event is
        method=_text(row.get("method")) or "rules",
    )


def _headline(row: Mapping[str, Any], limit: int = 160) -> str:
    text = _one_line(row.get("headline"))
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def _when(row: Mapping[str, Any]) -> str:
    """The date as precisely as the sources give it: 2024-06-19, 2024-06, 2025, or a span."""
    day = as_date(row.get("event_date"))
    if day is None:
        return "date unknown"
    last = as_date(row.get("event_date_end")) or day
    precision = _text(row.get("date_precision"))
    whole_year = day.month == 1 and day.day == 1 and last == date(day.year, 12, 31)
    month_end = (pd.Timestamp(day) + pd.offsets.MonthEnd(0)).date()
    whole_month = day.day == 1 and last == month_end
    if precision == "year" or (not precision and whole_year):
        return str(day.year)
    if precision == "month" or (not precision and whole_month):
        return f"{day.year}-{day.month:02d}"
    if last != day and not precision:
        return f"{day.isoformat()} to {last.isoformat()}"
    return day.isoformat()


# --------------------------------------------------------------------------- the points


def corroborated_points(developments: pd.DataFrame, most: int = 2) -> list[KeyPoint]:
    """The best-corroborated incidents (from `key_developments`): only those with ≥2 documents,
    or the single best one when nothing is corroborated."""
    if developments.empty:
        return []
    rows = records(developments)
    corroborated = [r for r in rows if int(r.get("n_sources") or 0) >= 2][:most]
    points = []
    for i, row in enumerate(corroborated):
        n = int(row["n_sources"])
        lead = "Most corroborated" if i == 0 else "Also corroborated"
        text = (
            f"{lead}: {status_word(row.get('status'))}{_headline(row)} "
            f"({_text(row.get('dyad'))}, {_when(row)}; reported by {n} independent documents)."
        )
        points.append(KeyPoint("corroborated", text, (), (str(row["incident_id"]),),
                               {"n_sources": n, "status": _text(row.get("status"))}))
    if not points:
        row = rows[0]
        text = (
            f"No development in this scope is reported by more than one document; the latest best-supported is: "
            f"{status_word(row.get('status'))}{_headline(row)} ({_text(row.get('dyad'))}, {_when(row)})."
        )
        points.append(KeyPoint("corroborated", text, (), (str(row["incident_id"]),),
                               {"n_sources": int(row.get("n_sources") or 1), "status": _text(row.get("status"))}))
    return points


#: A `pair_sides` result split by level ('pair_side', 'pair', 'side'), each level's rows as dicts.
PairSides = dict[str, list[dict[str, Any]]]


def pair_side_levels(pairs: pd.DataFrame) -> PairSides:
    """A `pair_sides` result read once into its levels. (Filtering the frame per level took several
    ms a point at a million events; reading all its rows for each of the six lookups of the change
    and dyad points, 12 of the 16 ms of Python in the key points.)"""
    levels: PairSides = {"pair_side": [], "pair": [], "side": []}
    for row in records(pairs):
        levels.setdefault(str(row["level"]), []).append(row)
    return levels


def _cited_ids(row: Mapping[str, Any] | None, limit: int = 3) -> list[str]:
    ids = row.get("incident_ids") if row is not None else None
    return [] if ids is None else [str(i) for i in list(ids)[:limit]]


def change_point(current: PairSides, previous: PairSides, window: Window, *,
                 model_read: bool = False) -> KeyPoint | None:
    """The pair whose cooperation or conflict changed most against the previous period.

    `current` and `previous` are `pair_sides` results (`pair_side_levels`) for the window and the
    period before it. `model_read` (model-read events included): the counts say how many of their
    incidents only the model read."""
    # (plain dicts: a pandas merge of the two periods took 13 ms at a million events)
    now, before = _pair_side_counts(current), _pair_side_counts(previous)
    changes = []
    for key in now.keys() | before.keys():
        pair_now, n_now, ids_now = now.get(key, (None, 0, None))
        pair_before, n_before, ids_before = before.get(key, (None, 0, None))
        changes.append({"a": key[0], "b": key[1], "side": key[2], "pair": pair_now or pair_before,
                        "incidents_now": n_now, "incidents_before": n_before, "size": abs(n_now - n_before),
                        "incident_ids_now": ids_now, "incident_ids_before": ids_before})
    if not changes:
        return None
    top = min(changes, key=lambda c: (-c["size"], -c["incidents_now"], c["pair"], c["side"]))
    if top["size"] == 0:
        return None
    n_now, n_before = int(top["incidents_now"]), int(top["incidents_before"])
    direction = "rose" if n_now > n_before else "fell"
    totals_now = _side_totals(current)
    totals_before = _side_totals(previous)
    overall = ", ".join(
        f"{side} {totals_now.get(side, 0)} (before: {totals_before.get(side, 0)})"
        for side in ("cooperation", "conflict")
    )
    text = (
        f"Largest change in {window.label} against the {window.days} days before: "
        f"{top['side']} between {top['pair'].replace(' – ', ' and ')} {direction} to {_plural(n_now, 'incident')} "
        f"from {n_before}"
    )
    data_model: dict[str, Any] = {}
    if model_read:
        key = (top["a"], top["b"], top["side"])
        m_now, m_before = _model_counts(current).get(key, 0), _model_counts(previous).get(key, 0)
        sides_now, sides_before = _side_model_counts(current), _side_model_counts(previous)
        text += f" ({model_only_words(m_now)} now, {m_before:,} before)"
        overall += "; read by the model only: " + ", ".join(
            f"{side} {sides_now.get(side, 0)} (before: {sides_before.get(side, 0)})" for side in ("cooperation", "conflict"))
        data_model = {"model_now": m_now, "model_before": m_before}
    text += f". Overall: {overall}."
    # Cite what happened in the period that has the incidents: now when it rose, before when it fell.
    ids = _cited_ids({"incident_ids": top["incident_ids_now" if n_now > n_before else "incident_ids_before"]})
    return KeyPoint("change", text, (), tuple(ids),
                    {"pair": (top["a"], top["b"]), "side": top["side"], "now": n_now, "before": n_before,
                     "window": window, **data_model})


def _pair_side_counts(pairs: PairSides) -> dict[tuple[str, str, str], tuple[str, int, Any]]:
    """(a, b, side) -> (pair label, incidents, cited incident ids) from the 'pair_side' rows."""
    return {(str(r["a"]), str(r["b"]), str(r["side"])): (str(r["pair"]), int(r["incidents"]), r["incident_ids"])
            for r in pairs["pair_side"]}


def _model_counts(pairs: PairSides) -> dict[tuple[str, str, str], int]:
    """(a, b, side) -> incidents only the model read, from the 'pair_side' rows of `pair_sides`."""
    return {(str(r["a"]), str(r["b"]), str(r["side"])): int(r.get("model_only") or 0) for r in pairs["pair_side"]}


def _side_model_counts(pairs: PairSides) -> dict[str, int]:
    """Incidents in scope per side only the model read, from the 'side' rows of `pair_sides`."""
    return {str(r["side"]): int(r.get("model_only") or 0) for r in pairs["side"]}


def _side_totals(pairs: PairSides) -> dict[str, int]:
    """Incidents in scope per side (paired or not), from the 'side' rows of `pair_sides`."""
    return {str(r["side"]): int(r["incidents"]) for r in pairs["side"]}


def relationship_points(milestones: pd.DataFrame, names: Mapping[str, str]) -> list[KeyPoint]:
    """Relationships first stated in the window and those denied or broken in it, from the
    `relationship_milestones` rows (one per tie: its first statement when that falls in the window,
    its latest denial in the window). Each point names the statements it cites
    (`relationship_ids`, the newest three); `cite_points` fetches their evidence."""
    if milestones.empty:
        return []
    rows = records(milestones)

    def found(id_column: str, day_column: str) -> dict[tuple[str, str, str], dict[str, Any]]:
        model_column = "first_model_only" if id_column == "first_id" else "denial_model_only"
        return {(str(r["key_a"]), str(r["key_b"]), str(r["type"])): {"day": as_date(r[day_column]),
                                                                      "relationship_id": str(r[id_column]),
                                                                      "model_only": bool(r.get(model_column) or False)}
                for r in rows if not is_missing(r[id_column])}
    new, broken = found("first_id", "first_on"), found("denial_id", "denied_on")

    def read_by(row: dict[str, Any]) -> str:
        # with model-read ties included, a tie only the model read says so, as every count does
        return "; read by the model only" if row["model_only"] else ""

    def label(key: tuple[str, str, str]) -> str:
        a, b, kind = key
        joiner = " – " if kind in SYMMETRIC_TYPES else " → "
        return f"{names.get(a, a)}{joiner}{names.get(b, b)}: {RELATIONSHIP_WORDS.get(kind, kind.lower())}"

    def newest(found: dict[tuple[str, str, str], dict[str, Any]]) -> list[tuple[tuple[str, str, str], dict[str, Any]]]:
        # the same day in key order, so the text never depends on row order
        return heapq.nsmallest(3, found.items(), key=lambda kv: (-(kv[1]["day"] or date.min).toordinal(), kv[0]))

    points = []
    if new:
        shown = newest(new)
        parts = [f"{label(key)} ({row['day'].isoformat() if row['day'] else 'undated'}{read_by(row)})" for key, row in shown]
        more = f" and {len(new) - len(shown)} more" if len(new) > len(shown) else ""
        points.append(KeyPoint("relationships_new", "Relationships first stated in this period: " + "; ".join(parts) + more + ".",
                               data={"keys": sorted(new)},
                               relationship_ids=tuple(row["relationship_id"] for _, row in shown)))
    if broken:
        shown = newest(broken)
        parts = [f"{label(key)} (denied {row['day'].isoformat() if row['day'] else 'undated'}{read_by(row)})" for key, row in shown]
        points.append(KeyPoint("relationships_broken", "Relationships denied or broken in this period: " + "; ".join(parts) + ".",
                               data={"keys": sorted(broken)},
                               relationship_ids=tuple(row["relationship_id"] for _, row in shown)))
    return points


def dyad_point(pairs: PairSides, *, model_read: bool = False) -> KeyPoint | None:
    """The most active pairs of actors (both directions together) and their balance, from `pair_sides`
    (`pair_side_levels`); `model_read` (model-read events included): each count says how many of
    its incidents only the model read."""
    totals = list(pairs["pair"])
    if not totals:
        return None
    totals.sort(key=lambda r: (-int(r["incidents"]), str(r["pair"])))
    top = totals[0]
    sides = {str(r["side"]): int(r["incidents"]) for r in pairs["pair_side"]
             if r["a"] == top["a"] and r["b"] == top["b"]}
    cooperation, conflict = sides.get("cooperation", 0), sides.get("conflict", 0)
    total = int(top["incidents"])
    model_only = int(top.get("model_only") or 0)
    split = f"; {model_only_words(model_only)}" if model_read else ""
    text = (
        f"Most active pair: {top['pair']} — {_plural(total, 'incident')} "
        f"({cooperation} cooperation, {conflict} conflict{split})"
    )
    others = [f"{r['pair']} ({int(r['incidents'])}"
              + (f"; {model_only_words(int(r.get('model_only') or 0))}" if model_read else "") + ")"
              for r in totals[1:3]]
    text += (", then " + " and ".join(others) + ".") if others else "."
    ids = _cited_ids(top)
    return KeyPoint("dyads", text, (), tuple(ids),
                    {"pair": (top["a"], top["b"]), "total": total, "cooperation": cooperation,
                     "conflict": conflict, **({"model_only": model_only} if model_read else {})})


def outlook_point(pending: pd.DataFrame, *, model_read: bool = False) -> KeyPoint | None:
    """Planned and hypothetical incidents in scope, labelled as such (newest first).

    `pending` is a `pending_incidents` result: the newest few rows, each carrying the full counts;
    `model_read` (model-read events included): the counts say how many only the model read."""
    if pending.empty:
        return None
    # One sentence can carry several incidents (one per pair of actors): show each sentence once.
    shown, seen = [], set()
    for r in records(pending):
        said = _one_line(r.get("headline")).casefold()
        if said in seen:
            continue
        seen.add(said)
        shown.append(r)
        if len(shown) == 3:
            break
    parts = [f"{status_word(r['status'])}{_headline(r, 120)} ({_text(r.get('dyad'))}, {_when(r)})" for r in shown]
    planned = int(pending["planned"].iloc[0])
    possible = int(pending["possible"].iloc[0])
    counts = ", ".join(x for x in (f"{planned} planned" if planned else "", f"{possible} possible" if possible else "") if x)
    model_only = int(pending["model_only"].iloc[0]) if model_read and "model_only" in pending else None
    if model_only is not None:
        counts += f"; {model_only_words(model_only)}"
    text = f"Plans and possibilities — not events that have happened ({counts}): " + "; ".join(parts) + "."
    ids = [str(r["incident_id"]) for r in shown]
    # all_incident_ids: the newest pending incidents fetched (every one when there are at most
    # PENDING_ROWS); the counts above are over all of them.
    return KeyPoint("outlook", text, (), tuple(ids),
                    {"planned": planned, "possible": possible, "all_incident_ids": tuple(map(str, pending["incident_id"])),
                     **({"model_only": model_only} if model_only is not None else {})})


# --------------------------------------------------------------------------- all together


def _comparison_scopes(scope: Scope, latest: date | None) -> tuple[Window | None, Scope | None, Scope | None]:
    """The window of the change point, and the scopes of its current and previous periods (the
    current one None when it is `scope` itself: its own dates, or a start with an open end, which
    runs to the latest date)."""
    window = comparison_window(scope, latest)
    if window is None:
        return None, None, None
    own = scope.start == window.start and (scope.end == window.end or scope.end is None)
    current = None if own else scope.with_(start=window.start, end=window.end)
    return window, current, scope.with_(start=window.previous_start, end=window.previous_end)


def key_point_calls(scope: Scope, latest: date | None) -> list[Call]:
    """The queries `key_points` runs before it knows what to cite, in its order: the app starts
    them together (`queries.prefetch`), and only the citations wait for their answers."""
    _, current, previous = _comparison_scopes(scope, latest)
    calls: list[Call] = [("headline_figures", scope, {}), ("key_developments", scope, {"limit": 5}),
                         ("pair_sides", scope, {})]
    calls += [("pair_sides", period, {}) for period in (current, previous) if period is not None]
    calls += [("relationship_milestones", scope, {"symmetric_types": sorted(SYMMETRIC_TYPES)}),
              ("pending_incidents", scope, {"limit": PENDING_ROWS})]
    return calls


#: Key points kept from an earlier computation (the opening briefing's, stored at publish):
#: (scope, latest) -> the points, or None when there are none for them.
StoredPoints = Callable[[Scope, date | None], list[KeyPoint] | None]


def key_points(run: Runner, scope: Scope, *, latest: date | None, names: Mapping[str, str] | None = None,
               max_points: int = MAX_POINTS, prefetch: Prefetch | None = None,
               stored: StoredPoints | None = None) -> list[KeyPoint]:
    """The bottom line for `scope`: up to `max_points` key points, most important first.

    `latest` is the latest event date in the database (an open date range ends there);
    `prefetch` (e.g. ui.prefetch) starts calls ahead: here the citation fetches, together;
    `names` maps actor ids to display names (defaults to the `actors_list` query);
    `stored` answers first when it has the points (dashboard/opening.py `stored_key_points`).
    """
    if stored is not None and max_points == MAX_POINTS:
        kept = stored(scope, latest)
        if kept is not None:
            return kept
    if names is None:
        actors = run("actors_list", Scope())
        names = dict(zip(actors["actor_id"], actors["name"])) if len(actors) else {}
    if headline(run("headline_figures", scope)).incidents == 0:
        return []
    points: list[KeyPoint] = []
    points += corroborated_points(run("key_developments", scope, limit=5))

    # Counts run in SQL over the whole scope; only the few incidents a point cites come back.
    pairs = pair_side_levels(run("pair_sides", scope))
    window, current_scope, previous_scope = _comparison_scopes(scope, latest)
    if window is not None and previous_scope is not None:
        current = pairs if current_scope is None else pair_side_levels(run("pair_sides", current_scope))
        change = change_point(current, pair_side_levels(run("pair_sides", previous_scope)), window,
                              model_read=scope.include_learned)
        if change is not None:
            points.append(change)

    milestones = run("relationship_milestones", scope, symmetric_types=sorted(SYMMETRIC_TYPES))
    points += relationship_points(milestones, names)

    dyads = dyad_point(pairs, model_read=scope.include_learned)
    if dyads is not None:
        points.append(dyads)
    outlook = outlook_point(run("pending_incidents", scope, limit=PENDING_ROWS), model_read=scope.include_learned)
    if outlook is not None:
        points.append(outlook)
    return cite_points(_pick(points, max_points), run, prefetch=prefetch, scope=scope)


# --------------------------------------------------------------------------- kept as text
# The opening briefing's points are computed at publish and stored in the file as JSON
# (dashboard/opening.py): reading them back costs a few ms where computing them took ten queries.


def _encode(value: Any) -> Any:
    """A point's value as JSON, tagged where JSON would lose its type (dates, tuples, windows)."""
    if isinstance(value, Window):
        return {"$window": [_encode(getattr(value, f)) for f in ("start", "end", "previous_start", "previous_end", "label")]}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Mapping):
        return {"$map": {str(k): _encode(v) for k, v in value.items()}}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"a key point cannot keep a value of type {type(value).__name__}: {value!r:.80}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        (tag, inner), = value.items()
        if tag == "$window":
            return Window(*(_decode(v) for v in inner))
        if tag == "$date":
            return date.fromisoformat(inner)
        if tag == "$tuple":
            return tuple(_decode(v) for v in inner)
        return {k: _decode(v) for k, v in inner.items()}  # $map
    return value


def points_to_json(points: list[KeyPoint], *, with_data: bool = False) -> str:
    """The points as one JSON text; `points_from_json` gives them back, equal and typed. Their
    `data` (the numbers behind the text, for tests and diagnostics) only `with_data`: it can hold
    every relationship key of the window, thousands at a million events, 140 kB and 6 ms to read."""
    return json.dumps([_encode({**{f: getattr(p, f) for f in ("kind", "text", "incident_ids", "relationship_ids")},
                                "citations": tuple(asdict(c) for c in p.citations),
                                "data": p.data if with_data else {}})
                       for p in points], ensure_ascii=False)


def points_from_json(text: str) -> list[KeyPoint]:
    points = []
    for kept in _decode(json.loads(text)):
        points.append(KeyPoint(kind=kept["kind"], text=kept["text"],
                               citations=tuple(Citation(**c) for c in kept["citations"]),
                               incident_ids=kept["incident_ids"], data=kept["data"],
                               relationship_ids=kept["relationship_ids"]))
    return points


def _pick(points: list[KeyPoint], max_points: int) -> list[KeyPoint]:
    """At most `max_points`, keeping one point of each kind first (corroboration, change,
    relationships, dyads, plans) and then the second ones; the original order is kept."""
    if len(points) <= max_points:
        return points
    seen: set[str] = set()
    first, second = [], []
    for i, point in enumerate(points):
        family = point.kind.split("_")[0]
        (second if family in seen else first).append(i)
        seen.add(family)
    keep = set((first + second)[:max_points])
    return [p for i, p in enumerate(points) if i in keep]


@dataclass(frozen=True)
class Headline:
    incidents: int
    events: int
    actors: int
    documents: int
    first_date: date | None
    last_date: date | None
    #: incidents none of whose reports in scope the rules read, and events the model read (0 when
    #: model-read events are hidden: Scope.include_learned)
    model_incidents: int = 0
    model_events: int = 0

    @property
    def span(self) -> str:
        if self.first_date is None:
            return "no dated events"
        return f"{self.first_date.isoformat()} – {self.last_date.isoformat() if self.last_date else '…'}"


def headline(figures: pd.DataFrame) -> Headline:
    """The headline figures row (`headline_figures`) as a value."""
    if figures.empty:
        return Headline(0, 0, 0, 0, None, None)
    r = figures.iloc[0]
    return Headline(
        incidents=int(r.get("incidents") or 0),
        events=int(r.get("events") or 0),
        actors=int(r.get("actors") or 0),
        documents=int(r.get("documents") or 0),
        first_date=as_date(r.get("first_date")),
        last_date=as_date(r.get("last_date")),
        model_incidents=int(r.get("model_incidents") or 0),
        model_events=int(r.get("model_events") or 0),
    )


def model_read_note(figures: Headline) -> str:
    """What the headline figures say with model-read events included: how many of the incidents and
    events rest only on the model's reading."""
    return (f"Model-read events included: {figures.model_incidents:,} of the {_plural(figures.incidents, 'incident')} "
            f"and {figures.model_events:,} of the {_plural(figures.events, 'event')} rest only on the model's reading "
            "(about half of its readings are right on unseen text); the rules alone read the rest.")


def capped_caption(total: int, limit: int | None, model_only: int | None = None) -> str | None:
    """What a chart of at most `limit` incidents says when the scope has `total`: None when all are
    shown. `model_only` (given with model-read events included): how many of the `total` only the
    model read."""
    if limit is None or total <= limit:
        return None
    split = "" if model_only is None else f" ({model_only_words(model_only)})"
    return (f"Showing the {limit:,} most-corroborated of {total:,} incidents{split}; "
            "narrow the filters to see the rest.")
