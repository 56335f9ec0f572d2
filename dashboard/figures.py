"""Charts for the briefing: pure functions from query results (DataFrames) to plotly Figures.

Every figure explains itself when pasted into a memo: a title, a subtitle naming the filter
scope, and a source line ("Sitrep · N events from M documents · generated YYYY-MM-DD"), all from
a `FigureContext`. Empty inputs give an informative empty figure, never an exception. Colours,
shapes and patterns come from dashboard/palette.py so every chart speaks the same visual language
and survives greyscale printing. No Streamlit here: pages decide where figures go.
"""
from __future__ import annotations

import html
import math
import textwrap
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import palette
from .scope import QUAD_CLASSES, STATUSES, event_types

FONT_FAMILY = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
DEFAULT_HEIGHT = 520
#: An incident only the model read, on the timeline: its marker this faint, inside a ring this many px wider.
MODEL_ONLY_OPACITY = 0.45
MODEL_RING_PAD = 8
#: Plot-area margins (px): room for the title + subtitle above and the source line below.
MARGIN_TOP = 96
MARGIN_BOTTOM = 86


@dataclass(frozen=True)
class FigureContext:
    """What a figure says about itself: its title, the filter scope and where the numbers come from.

    `scope_text` is `Scope.describe()`; `n_events` / `n_documents` the scope's totals (from the
    headline_figures query). Counts left as None are left out of the source line. `n_model_events`
    (given when the scope includes model-read events, Scope.include_learned): how many of the events
    the learned tier read, said beside the count."""

    title: str | None = None
    scope_text: str = ""
    n_events: int | None = None
    n_documents: int | None = None
    generated: date = field(default_factory=date.today)
    n_model_events: int | None = None

    def source_line(self) -> str:
        parts = ["Sitrep"]
        if self.n_events is not None:
            counted = f"{self.n_events:,} event{'s' if self.n_events != 1 else ''}"
            if self.n_model_events is not None:
                counted += (f" ({self.n_model_events:,} read by the model only)" if self.n_model_events
                            else " (none read by the model only)")
            if self.n_documents is not None:
                counted += f" from {self.n_documents:,} document{'s' if self.n_documents != 1 else ''}"
            parts.append(counted)
        parts.append(f"generated {self.generated.isoformat()}")
        return " · ".join(parts)


# --------------------------------------------------------------------------- shared framing


def escape(text: Any) -> str:
    """Plain text for plotly's HTML-like labels: a sentence with '<a href=…>' stays text."""
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA or text is pd.NaT:
        return ""
    return html.escape(str(text), quote=False)


def _wrap(text: Any, width: int = 72, max_lines: int = 4) -> str:
    lines = textwrap.wrap(str(text or ""), width=width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + " …"
    return "<br>".join(escape(line) for line in lines)


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _frame(fig: go.Figure, ctx: FigureContext, default_title: str, *, height: int = DEFAULT_HEIGHT,
           note: str | None = None, margin_bottom: int = MARGIN_BOTTOM) -> go.Figure:
    """Title, scope subtitle, source line and the house style."""
    title = ctx.title or default_title
    scope = ctx.scope_text or "scope not recorded"
    scope_lines = textwrap.wrap(scope, width=120) or [scope]
    subtitle = "<br>".join(escape(line) for line in scope_lines[:3])
    source = ctx.source_line() + (f" · {note}" if note else "")
    top = MARGIN_TOP + 16 * (min(len(scope_lines), 3) - 1)
    fig.update_layout(
        title=dict(text=f"<b>{escape(title)}</b>", x=0.01, xanchor="left", y=0.98, yanchor="top", yref="container",
                   font=dict(size=19, color=palette.TEXT),
                   subtitle=dict(text=subtitle, font=dict(size=13, color=palette.MUTED_TEXT))),
        font=dict(family=FONT_FAMILY, size=13, color=palette.TEXT),
        paper_bgcolor=palette.BACKGROUND,
        plot_bgcolor=palette.BACKGROUND,
        height=height,
        margin=dict(t=top, b=margin_bottom, l=70, r=30, autoexpand=True),
        hoverlabel=dict(bgcolor="#FFFFFF", font=dict(color=palette.TEXT, size=12), align="left"),
        legend=dict(font=dict(size=12, color=palette.TEXT), bgcolor="rgba(255,255,255,0.85)",
                    grouptitlefont=dict(size=12, color=palette.MUTED_TEXT), tracegroupgap=10),
        meta={"sitrep": {"title": title, "scope": scope, "source": source}},
    )
    fig.add_annotation(
        text=escape(source), name="source_line", xref="paper", yref="paper", x=0, y=0,
        xanchor="left", yanchor="top", yshift=-(margin_bottom - 24), showarrow=False,
        font=dict(size=11, color=palette.MUTED_TEXT), align="left",
    )
    fig.update_xaxes(gridcolor=palette.GRID, zerolinecolor=palette.GRID, linecolor=palette.MUTED_TEXT,
                     tickfont=dict(color=palette.TEXT), title_font=dict(color=palette.MUTED_TEXT))
    fig.update_yaxes(gridcolor=palette.GRID, zerolinecolor=palette.GRID, linecolor=palette.MUTED_TEXT,
                     tickfont=dict(color=palette.TEXT), title_font=dict(color=palette.MUTED_TEXT))
    return fig


def empty_figure(context: FigureContext | None, title: str, what: str = "events") -> go.Figure:
    """A figure that says nothing matched (with the scope), keeping title and source line."""
    ctx = context or FigureContext()
    scope = ctx.scope_text
    message = f"No {what} match {scope}" if scope else f"No {what} match these filters"
    fig = go.Figure()
    fig.add_annotation(text=_wrap(message, 90), name="empty_message", x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=15, color=palette.EMPTY_TEXT))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _frame(fig, ctx, title, height=360)


def _legend_entry(fig: go.Figure, name: str, group: str, group_title: str | None, **marker_or_line: Any) -> None:
    """A legend-only trace (no data), e.g. to explain marker shapes independently of colour."""
    mode = "lines" if "line" in marker_or_line else "markers"
    fig.add_trace(go.Scatter(x=[None], y=[None], mode=mode, name=name, legendgroup=group,
                             legendgrouptitle_text=group_title, hoverinfo="skip", showlegend=True,
                             **marker_or_line))


def _date_label(value: Any, precision: Any) -> str:
    if _missing(value):
        return "date unknown"
    day = pd.Timestamp(value)
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return day.strftime("%B %Y")
    label = day.strftime("%d %b %Y").lstrip("0")
    return label + (" (publication date)" if precision == "published" else "")


# --------------------------------------------------------------------------- timeline


def _colour_key(color_by: str) -> tuple[str, list[str], Any, str]:
    if color_by == "type":
        return "type", list(event_types()), palette.type_colour, "Event type (colour)"
    return "quad_class", list(QUAD_CLASSES), palette.quad_colour, "Quad class (colour)"


#: What a chart calls an incident, or a link, that rests on the learned tier's reading alone (the
#: scope includes model-read events: Scope.include_learned); the source line counts them likewise.
MODEL_ONLY_LABEL = "read by the model only"


def _model_only(df: pd.DataFrame) -> pd.Series:
    """Which rows rest on the model's reading alone (a `model_only` column; all False without one)."""
    if "model_only" not in df:
        return pd.Series(False, index=df.index)
    return df["model_only"].fillna(False).astype(bool)


def timeline(df: pd.DataFrame, context: FigureContext | None = None, *, color_by: str = "quad_class",
             row_by: str = "dyad", max_rows: int = 30) -> go.Figure:
    """Incidents (rows of the `timeline` query) on a date axis, one row per dyad (or per acting
    actor with row_by="source_name"); colour by quad class (color_by="quad_class") or event type
    ("type"), marker shape by status, marker size by the number of reporting documents. An
    incident only the model read (`model_only`, only when model-read events are included) is drawn
    faint inside a dark ring, the ring a legend entry of its own ("read by the model only"): shape
    already tells status (planned and hypothetical are hollow), so the ring, not hollowness, tells
    who read it, in colour, greyscale and static exports alike."""
    ctx = context or FigureContext()
    title = "Incidents over time"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents")
    data = df[df["event_date"].notna()].copy()
    data["row"] = data[row_by].fillna("unknown").astype(str) if row_by in data else data["dyad"].astype(str)
    undated = len(df) - len(data)
    note = f"{undated:,} undated incident{'s' if undated != 1 else ''} not shown" if undated else None
    if data.empty:
        return empty_figure(ctx, title, "dated incidents")
    # the busiest pairs on top; the rest share one row so the chart stays readable
    order = data["row"].value_counts().sort_values(ascending=False, kind="stable")
    rows = list(order.index[:max_rows])
    if len(order) > max_rows:
        data.loc[~data["row"].isin(rows), "row"] = "Others"
        rows.append("Others")
    column, keys, colour_of, legend_title = _colour_key(color_by)
    present = [k for k in keys if k in set(data[column])] + sorted(set(data[column]) - set(keys))
    data["model_only"] = _model_only(data)
    data["marker_size"] = [9 + 4 * math.log2(max(1, s)) for s in data["n_sources"].fillna(1).astype(int)]
    fig = go.Figure()
    for n, key in enumerate(present):
        part = data[data[column] == key]
        colour = colour_of(key)
        n_sources = part["n_sources"].fillna(1).astype(int)
        customdata = np.column_stack([
            part["incident_id"].astype(str),
            [_wrap(h) for h in part["headline"]],
            [escape(s) for s in part.get("first_doc_source", pd.Series([""] * len(part)))],
            [_wrap(t, 60, 2) for t in part.get("first_doc_title", pd.Series([""] * len(part)))],
            part["status"].astype(str),
            n_sources.astype(str),
            part["type"].astype(str),
            [_date_label(d, p) for d, p in zip(part["event_date"], part.get("date_precision", [None] * len(part)))],
            ["<br><b>Read by the model only</b> (about half of its readings are right)" if m else ""
             for m in part["model_only"]],
        ])
        fig.add_trace(go.Scatter(
            x=part["event_date"], y=[escape(r) for r in part["row"]], mode="markers", name=escape(key).capitalize() if column == "quad_class" else escape(key),
            legendgroup="colour", legendgrouptitle_text=legend_title if n == 0 else None,
            marker=dict(color=colour, symbol=[palette.status_symbol(s) for s in part["status"]],
                        size=list(part["marker_size"]),
                        line=dict(color=colour, width=2),
                        opacity=[MODEL_ONLY_OPACITY if m else 0.9 for m in part["model_only"]]),
            customdata=customdata,
            hovertemplate=("<b>%{y}</b> · %{customdata[6]} · %{customdata[4]}<br>%{customdata[7]}<br>"
                           "%{customdata[1]}<br><i>First report:</i> %{customdata[2]} — %{customdata[3]}"
                           "<br>Reported by %{customdata[5]} document(s)%{customdata[8]}<extra></extra>"),
        ))
    ringed = data[data["model_only"]]
    if len(ringed):
        # a ring around each incident only the model read: one trace, so one legend entry
        fig.add_trace(go.Scatter(
            x=ringed["event_date"], y=[escape(r) for r in ringed["row"]], mode="markers", name=MODEL_ONLY_LABEL,
            legendgroup="model", legendgrouptitle_text="Who read it", hoverinfo="skip",
            customdata=np.column_stack([ringed["incident_id"].astype(str)]),  # a click on the ring picks it too
            marker=dict(symbol="circle-open", size=[s + MODEL_RING_PAD for s in ringed["marker_size"]],
                        color=palette.TEXT, line=dict(color=palette.TEXT, width=1.5)),
        ))
    for n, status in enumerate(s for s in STATUSES if s in set(data["status"])):
        _legend_entry(fig, palette.STATUS_LABELS.get(status, status), "status", "Status (shape)" if n == 0 else None,
                      marker=dict(symbol=palette.status_symbol(status), color=palette.MUTED_TEXT, size=11,
                                  line=dict(color=palette.MUTED_TEXT, width=2)))
    height = max(380, min(900, MARGIN_TOP + MARGIN_BOTTOM + 34 * len(rows)))
    fig.update_yaxes(categoryorder="array", categoryarray=[escape(r) for r in reversed(rows)], title_text=None, showgrid=True)
    fig.update_xaxes(type="date", title_text="Date of the incident", showgrid=True)
    return _frame(fig, ctx, title, height=height, note=note)


# --------------------------------------------------------------------------- volume


def events_by_month(df: pd.DataFrame, context: FigureContext | None = None, *, period: str = "month") -> go.Figure:
    """Stacked bars of incidents per month (rows of `events_by_month`, or `events_by_week` with
    period="week") by quad class; each class also has its own fill pattern."""
    ctx = context or FigureContext()
    title = f"Incidents per {period} by quad class"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents")
    fig = go.Figure()
    for quad in [q for q in QUAD_CLASSES if q in set(df["quad_class"])]:
        part = df[df["quad_class"] == quad].sort_values(period)
        fig.add_trace(go.Bar(
            x=part[period], y=part["incidents"], name=escape(quad).capitalize(),
            marker=dict(color=palette.quad_colour(quad), line=dict(color=palette.TEXT, width=0.5),
                        pattern=dict(shape=palette.QUAD_PATTERNS.get(quad, ""), fgcolor=palette.TEXT,
                                     fgopacity=0.55, size=7)),
            customdata=np.column_stack([part["events"].astype(int)]),
            hovertemplate=f"%{{x|%B %Y}} · {escape(quad)}<br>%{{y}} incident(s), %{{customdata[0]}} report(s)<extra></extra>",
        ))
    fig.update_layout(barmode="stack", bargap=0.15,
                      legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom", traceorder="normal"))
    fig.update_yaxes(title_text="Incidents", rangemode="tozero")
    fig.update_xaxes(type="date", title_text=None)
    return _frame(fig, ctx, title, height=420)


volume = events_by_month


# --------------------------------------------------------------------------- dyad trend


def dyad_trend(df: pd.DataFrame, context: FigureContext | None = None, *, top: int = 6) -> go.Figure:
    """Mean cooperation weight per month for the busiest directed pairs (rows of `dyad_trend`):
    above zero cooperation, below conflict. Each pair has its own colour, dash and marker."""
    ctx = context or FigureContext()
    title = "Cooperation and conflict by pair"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents between two actors")
    totals = df.groupby("dyad")["incidents"].sum().sort_values(ascending=False, kind="stable")
    chosen = list(totals.index[:top])
    fig = go.Figure()
    fig.add_hrect(y0=0, y1=10, fillcolor=palette.COOPERATION, opacity=0.04, line_width=0, layer="below")
    fig.add_hrect(y0=-10, y1=0, fillcolor=palette.CONFLICT, opacity=0.04, line_width=0, layer="below")
    for i, dyad in enumerate(chosen):
        part = df[df["dyad"] == dyad].sort_values("month")
        k = i % len(palette.SERIES_COLOURS)
        fig.add_trace(go.Scatter(
            x=part["month"], y=part["mean_cooperation"], mode="lines+markers", name=escape(dyad),
            line=dict(color=palette.SERIES_COLOURS[k], dash=palette.SERIES_DASHES[k], width=2.2),
            marker=dict(symbol=palette.SERIES_SYMBOLS[k], size=[7 + 2 * math.sqrt(n) for n in part["incidents"]],
                        color=palette.SERIES_COLOURS[k]),
            customdata=np.column_stack([part["incidents"].astype(int)]),
            hovertemplate=f"<b>{escape(dyad)}</b><br>%{{x|%B %Y}}: mean %{{y:+.1f}} over %{{customdata[0]}} incident(s)<extra></extra>",
        ))
    fig.add_hline(y=0, line=dict(color=palette.MUTED_TEXT, width=1))
    fig.add_annotation(text="cooperation ↑", xref="paper", yref="y", x=0.005, y=9.3, showarrow=False,
                       xanchor="left", font=dict(size=11, color=palette.MUTED_TEXT))
    fig.add_annotation(text="conflict ↓", xref="paper", yref="y", x=0.005, y=-9.3, showarrow=False,
                       xanchor="left", font=dict(size=11, color=palette.MUTED_TEXT))
    fig.update_yaxes(range=[-10.5, 10.5], title_text="Mean cooperation weight (−10 … +10)", zeroline=False)
    fig.update_xaxes(type="date", title_text=None)
    note = f"the {len(chosen)} busiest of {len(totals)} pairs" if len(totals) > len(chosen) else None
    return _frame(fig, ctx, title, height=460, note=note)


# --------------------------------------------------------------------------- network


def circular_layout(actors: Iterable[str], spread: int = 0) -> dict[str, tuple[float, float]]:
    """Deterministic positions: the first (most active) actor in the centre when there are four or
    more, the others on a unit circle from the top, clockwise. With `spread`, the first `spread`
    actors on the ring take evenly spaced places and the rest fill the gaps in order, so the
    labels of the main actors do not crowd one arc. The same input always gives the same picture
    (no random seed, no new dependency)."""
    names = list(actors)
    if not names:
        return {}
    if len(names) == 1:
        return {names[0]: (0.0, 0.0)}
    hub, ring = ([names[0]], names[1:]) if len(names) >= 4 else ([], names)
    n = len(ring)
    m = min(spread, n)
    if 0 < m < n:
        major_slots = [j * n // m for j in range(m)]
        free = [k for k in range(n) if k not in set(major_slots)]
        slot = {name: (major_slots[i] if i < m else free[i - m]) for i, name in enumerate(ring)}
    else:
        slot = {name: i for i, name in enumerate(ring)}
    positions = {name: (math.cos(math.pi / 2 - 2 * math.pi * slot[name] / n),
                        math.sin(math.pi / 2 - 2 * math.pi * slot[name] / n)) for name in ring}
    positions.update({name: (0.0, 0.0) for name in hub})
    return positions


def _curve(p0: tuple[float, float], p1: tuple[float, float], bend: float, steps: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """Points on a quadratic Bézier from p0 to p1 bowed sideways by `bend` (0 = straight)."""
    (x0, y0), (x1, y1) = p0, p1
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1.0
    cx, cy = (x0 + x1) / 2 - dy / length * bend, (y0 + y1) / 2 + dx / length * bend
    t = np.linspace(0.0, 1.0, steps)
    return ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1,
            (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1)



#: Node labels: font size, and how many of the most active actors are always named on the chart
#: (the rest are named when there is room, otherwise on hover only).
NODE_LABEL_SIZE = 13
MAJOR_ACTORS = 12
#: The network's axis ranges (data units): the ring has radius 1, the rest is room for labels.
NETWORK_X_RANGE = 1.9
NETWORK_Y_RANGE = 1.3
NETWORK_HEIGHT = 600

# Advance widths (em) of Arial / Liberation Sans, rounded up: enough to estimate a label's box.
_NARROW = set("fijlrtI.,;:'!|()[] ")
_WIDE = set("mwMW@")


def label_box_size(text: str, size: float = NODE_LABEL_SIZE) -> tuple[float, float]:
    """Estimated width and height (px) of an annotation with a backing box, its lines split at
    "<br>" (escaped text is measured unescaped), on the generous side so that boxes estimated
    apart are apart when drawn."""
    lines = [html.unescape(line) for line in str(text).split("<br>")]
    widths = []
    for line in lines:
        em = 0.0
        for ch in line:
            if ch in _NARROW:
                em += 0.30
            elif ch in _WIDE:
                em += 0.86
            elif ch.isupper() or ch.isdigit():
                em += 0.68
            else:
                em += 0.54
        widths.append(em)
    return max(widths) * size + 6.0, len(lines) * size * 1.25 + 6.0


def _two_lines(name: str) -> str | None:
    """A long name broken at the space nearest its middle, or None when it is one word or short."""
    words = name.split(" ")
    if len(name) < 14 or len(words) < 2:
        return None
    cut = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    return escape(" ".join(words[:cut])) + "<br>" + escape(" ".join(words[cut:]))


def _box(cx: float, cy: float, w: float, h: float, xanchor: str, yanchor: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in screen px (y down) of a box anchored at (cx, cy)."""
    left = cx - w / 2 if xanchor == "center" else (cx if xanchor == "left" else cx - w)
    top = cy - h / 2 if yanchor == "middle" else (cy - h if yanchor == "bottom" else cy)
    return left, top, left + w, top + h


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float], pad: float = 2.0) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def _area(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def place_node_labels(points: list[tuple[float, float]], labels: list[str], marker_sizes: list[float], *,
                      px_per_unit: float, bounds: tuple[float, float, float, float], major: int = MAJOR_ACTORS,
                      size: float = NODE_LABEL_SIZE) -> list[dict[str, Any] | None]:
    """Where each node's label goes so that no two labels overlap, none covers another node's
    marker and all stay inside `bounds` (left, top, right, bottom, screen px with the origin at
    data (0, 0) and y down), at `px_per_unit` pixels per data unit.

    Nodes come most important first. Each tries its natural place (outwards from the ring's
    centre: beside the marker on the ring's sides, above or below at its top and bottom), then the
    same place slid along the ring and pushed outwards, then the other sides of its marker; a long
    name is then tried on two lines. The `major` first nodes try further slides and pushes and, if
    nothing is free, still get a place inside the bounds; the others, when nothing is free, get
    None: named on hover only. Returns per node the annotation's text (escaped, maybe two lines),
    placement (xanchor, yanchor, xshift, yshift) and estimated "box"."""
    centres = [(x * px_per_unit, -y * px_per_unit) for x, y in points]
    markers = [(cx - m / 2, cy - m / 2, cx + m / 2, cy + m / 2) for (cx, cy), m in zip(centres, marker_sizes)]
    placed: list[tuple[float, float, float, float]] = []
    out: list[dict[str, Any] | None] = []
    for i, ((x, y), (cx, cy), name, m) in enumerate(zip(points, centres, labels, marker_sizes)):
        gap = m / 2 + 4
        is_major = i < major
        slides = (0, 1, -1, 2, -2, 3, -3) + ((4, -4, 5, -5, 6, -6) if is_major else ())
        pushes = (0, 10, 22) + ((36, 52) if is_major else ())
        vertical = (x, y) == (0.0, 0.0) or abs(x) < 0.2
        above = (x, y) == (0.0, 0.0) or y > -0.3
        texts = [escape(name)] + [t for t in [_two_lines(name)] if t]
        candidates: list[tuple[str, str, str, float, float]] = []
        for text in texts:
            w, h = label_box_size(text, size)
            for push in pushes:
                for k in slides:
                    if vertical:  # slide sideways, push further up (or down)
                        candidates.append((text, "center", "bottom" if above else "top", k * 0.45 * w,
                                           -(gap + push) if above else gap + push))
                    else:  # slide away from the ring's equator first: neighbours there are farther apart
                        candidates.append((text, "left" if x > 0 else "right", "middle",
                                           gap + push if x > 0 else -(gap + push), (-1 if y > 0 else 1) * k * 0.5 * h))
            candidates += [(text, "center", "bottom", 0.0, -gap), (text, "center", "top", 0.0, gap),
                           (text, "left", "middle", gap, 0.0), (text, "right", "middle", -gap, 0.0)]
        chosen: tuple[Any, ...] | None = None
        fallback: tuple[float, tuple[Any, ...]] | None = None
        for text, xanchor, yanchor, dx, dy in candidates:
            w, h = label_box_size(text, size)
            box = _box(cx + dx, cy + dy, w, h, xanchor, yanchor)
            if box[0] < bounds[0] or box[1] < bounds[1] or box[2] > bounds[2] or box[3] > bounds[3]:
                continue
            if any(_overlaps(box, other) for other in placed) or \
                    any(_overlaps(box, mk, 0.0) for j, mk in enumerate(markers) if j != i):
                if is_major:  # the least covered place, should nothing be free
                    covered = sum(_area(box, o) for o in placed) + sum(_area(box, mk) for j, mk in enumerate(markers) if j != i)
                    if fallback is None or covered < fallback[0]:
                        fallback = (covered, (text, xanchor, yanchor, dx, dy, box))
                continue
            chosen = (text, xanchor, yanchor, dx, dy, box)
            break
        if chosen is None and is_major and fallback is not None:
            chosen = fallback[1]
        if chosen is None:
            out.append(None)
            continue
        text, xanchor, yanchor, dx, dy, box = chosen
        placed.append(box)
        out.append({"text": text, "xanchor": xanchor, "yanchor": yanchor, "xshift": dx, "yshift": -dy, "box": box})
    return out


def _link_dash(dashed: bool, model_only: bool) -> str:
    """A network link's dash: dotted when it rests on the model's reading alone (dash-dotted when
    it is also denied or only planned/possible), dashed when denied or only planned/possible."""
    if model_only:
        return "dashdot" if dashed else "dot"
    return "dash" if dashed else "solid"


def network(nodes: pd.DataFrame, edges: pd.DataFrame, context: FigureContext | None = None, *,
            max_nodes: int = 30, height: int = NETWORK_HEIGHT) -> go.Figure:
    """Actors (rows of `actor_network_nodes`) on a circle, sized by activity, linked by reported
    events (blue cooperation, vermillion conflict, arrow to the target) and stated relationships
    (a colour and mid-line symbol per type). Dashed: denied, or only planned/possible. Dotted
    (dash-dotted if also dashed): a link resting on the model's reading alone (`model_only` equal to
    its weight: every incident of it, or every document stating it, only the model read; only when
    model-read items are included), with a legend entry "dotted: read by the model only"; a link
    the model read in part says how much on hover.

    Labels are placed by `place_node_labels` for a plot `height` px tall so that none overlaps
    another: the MAJOR_ACTORS most active are always named, a minor actor whose label finds no
    room is named on hover only (the source line says how many)."""
    ctx = context or FigureContext()
    title = "Who acts on whom"
    if nodes is None or nodes.empty:
        return empty_figure(ctx, title, "actors")
    kept = nodes.sort_values(["activity", "actor"], ascending=[False, True], kind="stable").head(max_nodes)
    position = circular_layout(kept["actor"].astype(str), spread=MAJOR_ACTORS - 1)
    names = dict(zip(kept["actor"].astype(str), kept["name"].astype(str)))
    links = edges if edges is not None else pd.DataFrame(columns=["source", "target", "edge_kind"])
    links = links[links["source"].astype(str).isin(position) & links["target"].astype(str).isin(position)]
    fig = go.Figure()
    max_weight = float(links["weight"].max()) if len(links) else 1.0
    # parallel links between one pair are fanned out sideways so none hides another
    pair_rank: dict[tuple[str, str], int] = {}
    pair_size = links.apply(lambda r: tuple(sorted((str(r["source"]), str(r["target"])))), axis=1).value_counts() \
        if len(links) else pd.Series(dtype=int)
    mids: dict[str, dict[str, list[Any]]] = {}
    model_links = model_dashed = 0
    for row in links.to_dict("records"):
        s, t = str(row["source"]), str(row["target"])
        pair = tuple(sorted((s, t)))
        k = pair_rank.get(pair, 0)
        pair_rank[pair] = k + 1
        m = int(pair_size.get(pair, 1))
        # bend measured in the pair's own orientation, so A→B and B→A fan out to opposite sides
        bend = (k - (m - 1) / 2) * 0.16
        xs_, ys_ = _curve(position[pair[0]], position[pair[1]], bend)
        if s != pair[0]:
            xs_, ys_ = xs_[::-1], ys_[::-1]
        is_event = row["edge_kind"] == "event"
        if is_event:
            colour = palette.COOPERATION if row["type"] == "cooperation" else palette.CONFLICT
            category = "events: cooperation" if row["type"] == "cooperation" else "events: conflict"
        else:
            colour = palette.RELATIONSHIP_COLOURS.get(str(row["type"]), palette.OTHER)
            category = f"stated: {row['type']}"
        dashed = bool(row.get("negated")) or bool(row.get("hypothetical"))
        n_model = 0 if _missing(row.get("model_only")) else int(row["model_only"])
        model_only = n_model > 0 and n_model >= int(row["weight"])  # rests on the model's reading alone
        width = 1.2 + 4.5 * math.sqrt(float(row["weight"]) / max_weight)
        fig.add_trace(go.Scatter(x=xs_, y=ys_, mode="lines", hoverinfo="skip", showlegend=False,
                                 line=dict(color=colour, width=width, dash=_link_dash(dashed, model_only)),
                                 name=f"{s}→{t}" + (f" ({MODEL_ONLY_LABEL})" if model_only else "")))
        if is_event:
            # an arrowhead just short of the target marker gives the direction
            head, tail = int(len(xs_) * 0.84), int(len(xs_) * 0.74)
            fig.add_annotation(x=xs_[head], y=ys_[head], ax=xs_[tail], ay=ys_[tail],
                               xref="x", yref="y", axref="x", ayref="y", text="", showarrow=True,
                               arrowhead=2, arrowsize=1.1, arrowwidth=max(1.2, width * 0.6), arrowcolor=colour)
            detail = (f"{int(row['weight'])} incident(s), mean cooperation {float(row['mean_cooperation']):+.1f}"
                      f" (most often {escape(row.get('top_type'))})")
            if row.get("hypothetical"):
                detail += " — planned or possible only"
            if row.get("negated"):
                detail += " — denied"
        else:
            detail = f"{escape(row['type'])}{' — denied' if row.get('negated') else ''} · stated in {int(row['weight'])} document(s)"
        if model_only:
            detail += "<br><b>Read by the model only</b> (about half of its readings are right)"
        elif n_model:
            detail += f"<br>{n_model} of them {MODEL_ONLY_LABEL}"
        model_links += model_only
        model_dashed += model_only and dashed
        bucket = mids.setdefault(category, {"x": [], "y": [], "text": [], "colour": [colour],
                                            "symbol": [palette.RELATIONSHIP_SYMBOLS.get(str(row["type"]), "circle")
                                                       if not is_event else "circle"]})
        bucket["x"].append(float(xs_[len(xs_) // 2]))
        bucket["y"].append(float(ys_[len(ys_) // 2]))
        bucket["text"].append(f"<b>{escape(names.get(s, s))} → {escape(names.get(t, t))}</b><br>{detail}")
    for category in sorted(mids, key=lambda c: (not c.startswith("events"), c)):
        bucket = mids[category]
        fig.add_trace(go.Scatter(
            x=bucket["x"], y=bucket["y"], mode="markers", name=escape(category), legendgroup="links",
            legendgrouptitle_text="Links" if category == sorted(mids, key=lambda c: (not c.startswith("events"), c))[0] else None,
            marker=dict(color=bucket["colour"][0], symbol=bucket["symbol"][0], size=9,
                        line=dict(color="#FFFFFF", width=1)),
            hovertext=bucket["text"], hoverinfo="text",
        ))
    if len(links) and (links.get("negated", pd.Series(dtype=bool)).fillna(False).astype(bool).any()
                       or links.get("hypothetical", pd.Series(dtype=bool)).fillna(False).astype(bool).any()):
        _legend_entry(fig, "dashed: denied, or planned/possible only", "links", None,
                      line=dict(color=palette.MUTED_TEXT, dash="dash", width=2))
    if model_links:
        _legend_entry(fig, f"dotted: {MODEL_ONLY_LABEL}", "links", None,
                      line=dict(color=palette.MUTED_TEXT, dash="dot", width=2))
    if model_dashed:
        _legend_entry(fig, "dash-dotted: both", "links", None,
                      line=dict(color=palette.MUTED_TEXT, dash="dashdot", width=2))
    activity = kept["activity"].astype(float)
    top = float(activity.max()) or 1.0
    xs = [position[a][0] for a in kept["actor"].astype(str)]
    ys = [position[a][1] for a in kept["actor"].astype(str)]
    kind_symbol = {"country": "circle", "organisation": "square", "person": "diamond"}
    sizes = [14 + 30 * math.sqrt(a / top) for a in activity]
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", name="Actors", showlegend=False,
        marker=dict(size=sizes, color="#F2F2F2", symbol=[kind_symbol.get(str(k), "triangle-up") for k in kept["kind"]],
                    line=dict(color=palette.TEXT, width=1.5)),
        customdata=np.column_stack([kept["actor"].astype(str)]),
        hovertext=[f"<b>{escape(r['name'])}</b> ({escape(r['kind'])})<br>{int(r.get('incidents', 0))} incident(s), "
                   f"{int(r.get('relationships', 0))} stated relationship(s)" for r in kept.to_dict("records")],
        hoverinfo="text",
    ))
    # labels as annotations with a backing, drawn above the links and arrowheads so they stay
    # legible; each goes outwards from its marker where no other label or marker is, estimated at
    # the pixel scale the plot will have (the y range fills the plot's height: scaleanchor)
    px = (height - MARGIN_TOP - MARGIN_BOTTOM) / (2 * NETWORK_Y_RANGE)
    bounds = (-NETWORK_X_RANGE * px - 40, -NETWORK_Y_RANGE * px - 12, NETWORK_X_RANGE * px, NETWORK_Y_RANGE * px + 12)
    placements = place_node_labels(list(zip(xs, ys)), [str(n) for n in kept["name"]], sizes,
                                   px_per_unit=px, bounds=bounds)
    for x, y, placing in zip(xs, ys, placements):
        if placing is None:
            continue
        fig.add_annotation(x=x, y=y, text=placing["text"], showarrow=False, name="node_label",
                           xanchor=placing["xanchor"], yanchor=placing["yanchor"],
                           xshift=placing["xshift"], yshift=placing["yshift"],
                           bgcolor="rgba(255,255,255,0.85)", font=dict(size=NODE_LABEL_SIZE, color=palette.TEXT))
    hover_only = sum(p is None for p in placements)
    fig.update_xaxes(visible=False, range=[-NETWORK_X_RANGE, NETWORK_X_RANGE])  # room for the labels beside the ring
    fig.update_yaxes(visible=False, range=[-NETWORK_Y_RANGE, NETWORK_Y_RANGE], scaleanchor="x", scaleratio=1)
    notes = []
    if len(nodes) > len(kept):
        notes.append(f"the {len(kept)} most active of {len(nodes)} actors")
    if hover_only:
        notes.append(f"{hover_only} minor actor{'s' if hover_only != 1 else ''} named on hover only")
    return _frame(fig, ctx, title, height=height, note=" · ".join(notes) or None)


# --------------------------------------------------------------------------- heatmap


def dyad_heatmap(df: pd.DataFrame, context: FigureContext | None = None, *, max_actors: int = 15) -> go.Figure:
    """Source × target matrix (rows of `dyad_matrix`): colour is the mean cooperation weight
    (vermillion conflict … white … blue cooperation), the number in each cell its incidents."""
    ctx = context or FigureContext()
    title = "Cooperation and conflict between pairs"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents between two actors")
    involvement = pd.concat([df.groupby("source_country")["incidents"].sum(),
                             df.groupby("target_country")["incidents"].sum()]).groupby(level=0).sum()
    actors = list(involvement.sort_values(ascending=False, kind="stable").index[:max_actors])
    names = {**dict(zip(df["source_country"], df["source_name"])), **dict(zip(df["target_country"], df["target_name"]))}
    part = df[df["source_country"].isin(actors) & df["target_country"].isin(actors)]
    z = part.pivot(index="source_country", columns="target_country", values="mean_cooperation").reindex(index=actors, columns=actors)
    counts = part.pivot(index="source_country", columns="target_country", values="incidents").reindex(index=actors, columns=actors)
    labels = [escape(names.get(a, a)) for a in actors]
    fig = go.Figure(go.Heatmap(
        z=z.values, x=labels, y=labels, zmin=-10, zmax=10, zmid=0, colorscale=palette.COOPERATION_SCALE,
        customdata=np.nan_to_num(counts.values, nan=0).astype(int),
        hovertemplate="<b>%{y} → %{x}</b><br>%{customdata} incident(s), mean %{z:+.1f}<extra></extra>",
        colorbar=dict(title=dict(text="Mean cooperation", font=dict(color=palette.MUTED_TEXT)),
                      tickvals=[-10, -5, 0, 5, 10], ticktext=["−10 conflict", "−5", "0", "+5", "+10 cooperation"]),
        xgap=1, ygap=1,
    ))
    for i, source in enumerate(actors):
        for j, target in enumerate(actors):
            n = counts.iat[i, j]
            if not _missing(n):
                cell = palette.interpolate(palette.COOPERATION_SCALE, (float(z.iat[i, j]) + 10) / 20)
                fig.add_annotation(x=labels[j], y=labels[i], text=str(int(n)), showarrow=False,
                                   font=dict(size=11, color=palette.text_colour_on(cell)))
    fig.update_yaxes(autorange="reversed", title_text="Source", showgrid=False)
    fig.update_xaxes(title_text="Target", side="bottom", showgrid=False, tickangle=-30)
    note = f"the {len(actors)} most involved of {len(involvement)} actors" if len(involvement) > len(actors) else None
    return _frame(fig, ctx, title, height=max(460, 200 + 34 * len(actors)), note=note, margin_bottom=150)


dyad_matrix = dyad_heatmap


# --------------------------------------------------------------------------- event types


def event_type_bars(df: pd.DataFrame, context: FigureContext | None = None) -> go.Figure:
    """Incidents per event type (rows of `event_type_counts`), grouped by quad class, coloured by
    type and patterned by quad class."""
    ctx = context or FigureContext()
    title = "Incidents by event type"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents")
    types = event_types()
    order = {t: i for i, t in enumerate(types)}
    fig = go.Figure()
    for quad in [q for q in QUAD_CLASSES if q in set(df["quad_class"])]:
        part = df[df["quad_class"] == quad].copy()
        part["order"] = part["type"].map(lambda t: order.get(t, len(order)))
        part = part.sort_values("order")
        fig.add_trace(go.Bar(
            y=part["type"], x=part["incidents"], orientation="h", name=escape(quad).capitalize(),
            marker=dict(color=[palette.type_colour(t) for t in part["type"]], line=dict(color=palette.TEXT, width=0.5),
                        pattern=dict(shape=palette.QUAD_PATTERNS.get(quad, ""), fgcolor=palette.TEXT, fgopacity=0.5, size=7)),
            customdata=np.column_stack([part["events"].astype(int),
                                        [escape(types.get(t, {}).get("description", "")) for t in part["type"]]]),
            hovertemplate="<b>%{y}</b>: %{x} incident(s), %{customdata[0]} report(s)<br>%{customdata[1]}<extra></extra>",
        ))
    ordered = sorted(df["type"], key=lambda t: order.get(t, len(order)))
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(ordered)), title_text=None)
    fig.update_xaxes(title_text="Incidents", rangemode="tozero")
    fig.update_layout(legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"), bargap=0.25)
    return _frame(fig, ctx, title, height=max(380, 140 + 28 * len(df)))


event_type_counts = event_type_bars


# --------------------------------------------------------------------------- one actor


def actor_trend(df: pd.DataFrame, actor_name: str = "", context: FigureContext | None = None) -> go.Figure:
    """One actor's cooperation (up) and conflict (down) incidents per month, with the net as a line
    (rows of `actor_trend`)."""
    ctx = context or FigureContext()
    title = f"{actor_name}: cooperation and conflict over time" if actor_name else "Cooperation and conflict over time"
    if df is None or df.empty:
        return empty_figure(ctx, title, "incidents")
    data = df.sort_values("month")
    fig = go.Figure()
    fig.add_trace(go.Bar(x=data["month"], y=data["cooperation"], name="Cooperation",
                         marker=dict(color=palette.COOPERATION, pattern=dict(shape="/", fgcolor="#FFFFFF", fgopacity=0.5)),
                         hovertemplate="%{x|%B %Y}: %{y} cooperation incident(s)<extra></extra>"))
    fig.add_trace(go.Bar(x=data["month"], y=-data["conflict"], name="Conflict",
                         marker=dict(color=palette.CONFLICT, pattern=dict(shape="x", fgcolor="#FFFFFF", fgopacity=0.5)),
                         customdata=data["conflict"],
                         hovertemplate="%{x|%B %Y}: %{customdata} conflict incident(s)<extra></extra>"))
    fig.add_trace(go.Scatter(x=data["month"], y=data["net"], name="Net (cooperation − conflict)", mode="lines+markers",
                             line=dict(color=palette.TEXT, width=1.8, dash="dot"), marker=dict(symbol="diamond", size=6),
                             hovertemplate="%{x|%B %Y}: net %{y:+d}<extra></extra>"))
    fig.update_layout(barmode="relative", legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"))
    fig.update_yaxes(title_text="Incidents (conflict below zero)", zeroline=True, zerolinecolor=palette.MUTED_TEXT)
    fig.update_xaxes(type="date", title_text=None)
    return _frame(fig, ctx, title, height=420)


def actor_partners(df: pd.DataFrame, actor_name: str = "", context: FigureContext | None = None, *,
                   top: int = 15) -> go.Figure:
    """One actor's counterparts (rows of `actor_partners`): cooperation incidents to the right,
    conflict to the left, busiest first."""
    ctx = context or FigureContext()
    title = f"{actor_name}: partners and adversaries" if actor_name else "Partners and adversaries"
    if df is None or df.empty:
        return empty_figure(ctx, title, "counterparts")
    data = df.sort_values(["incidents", "counterpart"], ascending=[False, True], kind="stable").head(top)
    labels = [escape(n) for n in data["name"]]
    fig = go.Figure()
    fig.add_trace(go.Bar(y=labels, x=data["cooperation"], orientation="h", name="Cooperation",
                         marker=dict(color=palette.COOPERATION, pattern=dict(shape="/", fgcolor="#FFFFFF", fgopacity=0.5)),
                         customdata=np.column_stack([data["counterpart"].astype(str)]),
                         hovertemplate="<b>%{y}</b>: %{x} cooperation incident(s)<extra></extra>"))
    fig.add_trace(go.Bar(y=labels, x=-data["conflict"], orientation="h", name="Conflict",
                         marker=dict(color=palette.CONFLICT, pattern=dict(shape="x", fgcolor="#FFFFFF", fgopacity=0.5)),
                         customdata=np.column_stack([data["counterpart"].astype(str), data["conflict"].astype(int)]),
                         hovertemplate="<b>%{y}</b>: %{customdata[1]} conflict incident(s)<extra></extra>"))
    fig.update_layout(barmode="relative", legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"))
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(labels)), title_text=None)
    fig.update_xaxes(title_text="Incidents (conflict to the left)", zeroline=True, zerolinecolor=palette.MUTED_TEXT)
    note = f"the {len(data)} busiest of {len(df)} counterparts" if len(df) > len(data) else None
    return _frame(fig, ctx, title, height=max(360, 150 + 30 * len(data)), note=note)
