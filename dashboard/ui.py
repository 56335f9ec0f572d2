"""Shared pieces of the Streamlit pages: data access, the chart panel, provenance helpers.

Data access: one read-only `Database` per database path and process (`st.cache_resource`), and
query results cached on the full parameter set plus the database version, so a newly published
database is picked up on the next run without restarting. Pages call `run()` and never touch
connections.

The database path is read per call from SITREP_DB (falling back to `config.DB_PATH`), so tests can
point one process at several databases; everything else comes from `config` attributes read at
call time (never `from config import X`), so tests can change them with monkeypatch.
"""
from __future__ import annotations

import functools
import html
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import config
from .briefing import as_date, is_missing  # noqa: F401 - also used by the pages as ui.as_date/ui.is_missing
from .db import Database, DatabaseMissing, file_version
from .readers import SUPPORTED_SUFFIXES
from .scope import Scope

log = logging.getLogger(__name__)

#: Page files, relative to app.py (st.page_link / st.switch_page take these).
PAGE_FILES: dict[str, str] = {
    "briefing": "views/briefing_page.py",
    "timeline": "views/timeline_page.py",
    "network": "views/network_page.py",
    "actors": "views/actors_page.py",
    "events": "views/events_page.py",
    "sources": "views/sources_page.py",
    "add": "views/add_documents_page.py",
}

#: Words that label an item's status wherever it is shown (the briefing must never present a plan
#: or a possibility as a fact).
STATUS_PREFIX: dict[str, str] = {
    "asserted": "",
    "planned": "planned: ",
    "hypothetical": "possible: ",
    "negated": "denied / did not happen: ",
}


class DataProblem(Exception):
    """A state the reader should see as a plain message (no database, empty database, ...)."""


# --------------------------------------------------------------------------- settings per call


def db_path() -> Path:
    value = os.environ.get("SITREP_DB")
    return Path(value).expanduser() if value else Path(config.DB_PATH)


def articles_dir() -> Path:
    value = os.environ.get("SITREP_ARTICLES")
    return Path(value).expanduser() if value else Path(config.ARTICLES_DIR)


def uploads_allowed() -> bool:
    value = os.environ.get("SITREP_ALLOW_UPLOADS")
    if value is None:
        return bool(config.ALLOW_UPLOADS)
    return value.lower() not in {"0", "false", "no", "off"}


# --------------------------------------------------------------------------- data access


def _st() -> Any:
    import streamlit as st

    return st


def _open_database(path: str) -> Database:
    return Database(path)


def _run_uncached(name: str, scope_fields: tuple, path: str, version: str, extra: tuple) -> pd.DataFrame:
    from . import queries

    del version  # part of the cache key only
    return queries.run(name, Scope(*scope_fields), database_at(path), **dict(extra))


_cached_open: Callable[[str], Database] | None = None
_cached_run: Callable[..., pd.DataFrame] | None = None


def _caches() -> tuple[Callable[[str], Database], Callable[..., pd.DataFrame]]:
    # Built lazily so importing ui (e.g. from tests of pure helpers) does not need a Streamlit runtime.
    global _cached_open, _cached_run
    if _cached_open is None or _cached_run is None:
        st = _st()
        _cached_open = st.cache_resource(show_spinner=False)(_open_database)
        _cached_run = st.cache_data(show_spinner=False, max_entries=512)(_run_uncached)
    return _cached_open, _cached_run


def database_at(path: str) -> Database:
    return _caches()[0](path)


def database() -> Database:
    """The process's read-only view of the briefing database."""
    return database_at(str(db_path()))


@functools.lru_cache(maxsize=8)
def _needs_upgrade(path: str, version: str) -> bool:
    from . import ingest

    del version  # part of the cache key only: asked again when ingest publishes a new file
    return ingest.needs_upgrade(Path(path))


def needs_upgrade(path: Path) -> bool:
    """True when the database at `path` was built by an older schema (checked once per file version)."""
    return _needs_upgrade(str(path), file_version(path))


def db_version() -> str:
    """The published database's version; DataProblem when there is none."""
    try:
        return database().version
    except DatabaseMissing:
        raise DataProblem(f"There is no briefing database at {db_path()} yet.") from None


def _extra_key(extra: dict[str, Any]) -> tuple:
    """A query's extra parameters as a hashable key (lists as tuples)."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in extra.items()))


def run(name: str, scope: Scope | None = None, **extra: Any) -> pd.DataFrame:
    """Rows of query `name` for `scope`, cached until the database changes.

    A failure (e.g. the file replaced in the middle of a query) is retried once on the new file,
    then reported as a DataProblem with a plain message; the traceback goes to the server log.
    """
    scope = scope or Scope()
    _, cached = _caches()
    key_extra = _extra_key(extra)
    last_error: Exception | None = None
    for _attempt in range(2):
        version = db_version()
        try:
            return cached(name, astuple(scope), str(db_path()), version, key_extra)
        except DataProblem:
            raise
        except Exception as exc:  # noqa: BLE001 - turned into a message for the reader
            last_error = exc
            log.exception("query %s failed", name)
    raise DataProblem(f"Could not load '{name}' from the briefing database: {one_line(last_error)}")


def clear_caches() -> None:
    """Forget cached query results (after an ingest), keeping open databases."""
    _, cached = _caches()
    cached.clear()  # type: ignore[attr-defined]
    with _started_lock:
        _started.clear()


#: Calls this process has started ahead for a file (path, version, call): a rerun of a page, whose
#: answers the cache already holds, starts nothing. Bounded; an old entry forgotten only means
#: that call, if asked again after the cache dropped it too, runs when the page asks.
_started: OrderedDict[tuple, None] = OrderedDict()
_started_lock = threading.Lock()
_STARTED_MAX = 4096


def prefetch(calls: Iterable[tuple[str, Scope, dict[str, Any]]]) -> None:
    """Start the queries a page is about to ask for (`opening.page_calls`) all at once, so it
    waits for the slowest rather than their sum (`queries.prefetch`); `run()` then takes them.
    Never raises: a problem surfaces when the page runs the call itself."""
    from . import queries

    try:
        path, version = str(db_path()), db_version()
    except DataProblem:
        return
    new = []
    with _started_lock:
        for name, scope, extra in calls:
            key = (path, version, name, astuple(scope), _extra_key(extra))
            if key in _started:
                _started.move_to_end(key)
                continue
            _started[key] = None
            new.append((name, scope, extra))
        while len(_started) > _STARTED_MAX:
            _started.popitem(last=False)
    if new:
        try:
            queries.prefetch(new, database_at(path))
        except Exception:  # noqa: BLE001 - the page's own call reports it to the reader
            log.exception("could not start the page's queries ahead")


def one_line(exc: BaseException | None) -> str:
    text = str(exc or "unknown error").strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


# --------------------------------------------------------------------------- formatting


def status_prefix(status: str | None) -> str:
    return STATUS_PREFIX.get(str(status or "asserted"), "")


def fmt_count(n: int) -> str:
    """A count for a metric tile: exact with thousands separators up to 9,999, then rounded
    (12.3k, 1.2M) so two counts side by side fit a narrow tile; the tile's help gives them exact."""
    n = int(n)
    if abs(n) < 10_000:
        return f"{n:,}"
    if abs(n) < 1_000_000:
        return f"{n / 1000:.1f}k" if abs(n) < 100_000 else f"{n / 1000:.0f}k"
    return f"{n / 1_000_000:.1f}M"


def fmt_date(value: Any, precision: str | None = None) -> str:
    """A date as the text states it: 2024-06, 2024, or 'date unknown'."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return "date unknown"
    try:
        day = pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return str(value)
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    if precision == "published":
        return f"{day.isoformat()} (publication date)"
    return day.isoformat()


# --------------------------------------------------------------------------- safe document HTML


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str = ""


def _highlight_pieces(text: str, mentions: Iterable[Span], sentence: Span | None,
                      extra_cuts: Iterable[int] = ()) -> list[tuple[int, str]]:
    """(offset, HTML) pieces of the text: escaped, mentions marked, the sentence highlighted."""
    n = len(text)
    chosen: list[Span] = []
    for span in sorted(mentions, key=lambda s: (s.start, -(s.end - s.start))):
        start, end = max(0, int(span.start)), min(n, int(span.end))
        if start >= end or (chosen and start < chosen[-1].end):
            continue
        chosen.append(Span(start, end, span.label))
    s_start = s_end = -1
    if sentence is not None:
        s_start, s_end = max(0, int(sentence.start)), min(n, int(sentence.end))
    cuts = {0, n, *(c for c in extra_cuts if 0 < c < n)}
    for span in chosen:
        cuts.update((span.start, span.end))
    if 0 <= s_start < s_end:
        cuts.update((s_start, s_end))
    edges = sorted(cuts)
    by_start = {span.start: span for span in chosen}
    out: list[tuple[int, str]] = []
    open_mention: Span | None = None
    for a, b in zip(edges, edges[1:]):
        if open_mention is not None and a >= open_mention.end:
            open_mention = None
        if a in by_start:
            open_mention = by_start[a]
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        if open_mention is not None:
            label = html.escape(open_mention.label, quote=True)
            piece = f'<mark class="actor" title="{label}">{piece}</mark>'
        if s_start <= a and b <= s_end:
            piece = f'<span class="sentence">{piece}</span>'
        out.append((a, piece))
    return out


def highlight_html(text: str, mentions: Iterable[Span], sentence: Span | None = None) -> str:
    """The document text as HTML with actor mentions marked and one sentence highlighted.

    Every piece of the text and every label is escaped; only our own tags are added, so a document
    cannot inject markup. Overlapping mentions keep the first (earliest, then longest).
    """
    return "".join(piece for _, piece in _highlight_pieces(text, mentions, sentence))


#: A sentence starting this far into a document gets the text before its passage folded away, so
#: a link to it shows it at the top of the document box instead of somewhere below the fold.
FOLD_AFTER = 400
#: ... where the passage is the sentence's paragraph, unless that starts this much earlier.
MAX_PASSAGE_LEAD = 600


def fold_point(text: str, sentence: Span | None) -> int:
    """Where the shown passage starts (0: nothing folded): the sentence's paragraph (a blank line,
    or a line break after a full stop — PDF text keeps only its line breaks), else the sentence."""
    if sentence is None or sentence.start <= FOLD_AFTER:
        return 0
    start = int(sentence.start)
    paragraph = text.rfind("\n\n", 0, start)
    if paragraph >= 0 and start - (paragraph + 2) <= MAX_PASSAGE_LEAD:
        return paragraph + 2
    line = text.rfind("\n", 0, start)
    while line > 0 and start - (line + 1) <= MAX_PASSAGE_LEAD:
        if text[:line].rstrip().endswith((".", "!", "?", ":", '"', "\u201d")):
            return line + 1
        line = text.rfind("\n", 0, line)
    return start


DOCUMENT_CSS = (
    "<style>"
    ".sitrep-doc{font-family:Georgia,serif;line-height:1.6;max-height:34rem;overflow-y:auto;"
    "padding:0.8rem 1rem;border:1px solid #d7dce3;border-radius:6px;background:#fff}"
    ".sitrep-doc mark.actor{background:#dbe8f6;padding:0 2px;border-radius:3px}"
    ".sitrep-doc .sentence{background:#fff1b8}"
    ".sitrep-doc .sentence mark.actor{background:#f3d67a}"
    ".sitrep-doc details.before{margin-bottom:0.6rem;color:#444}"
    ".sitrep-doc details.before summary{cursor:pointer;font-family:sans-serif;font-size:0.85rem;color:#1f4e79}"
    "</style>"
)


def document_html(text: str, mentions: Iterable[Span], sentence: Span | None = None) -> str:
    """The document box: the whole text, escaped and marked; when the highlighted sentence lies
    deep in the text, what comes before its passage is folded into a <details> above it."""
    fold = fold_point(text, sentence)
    pieces = _highlight_pieces(text, mentions, sentence, extra_cuts=[fold] if fold else [])
    if not fold:
        return DOCUMENT_CSS + f'<div class="sitrep-doc">{"".join(p for _, p in pieces)}</div>'
    before = "".join(p for a, p in pieces if a < fold)
    after = "".join(p for a, p in pieces if a >= fold)
    words = len(text[:fold].split())
    return (DOCUMENT_CSS + '<div class="sitrep-doc"><details class="before">'
            f"<summary>Show the {words:,} words before this passage</summary>{before}</details>{after}</div>")


# --------------------------------------------------------------------------- Streamlit widgets


def page_link(page: str, label: str, **params: Any) -> None:
    """A link to another page carrying page keys (doc, event, profile, ...)."""
    st = _st()
    query = {k: str(v) for k, v in params.items() if not is_missing(v)}
    st.page_link(PAGE_FILES[page], label=label, query_params=query or None)


def filtered_link(page: str, label: str, *, page_params: dict[str, Any] | None = None, **changes: Any) -> None:
    """A link to another page with the current filters changed (e.g. actors=("RUS",)): the URL
    carries the whole new filter state, so the page opens with it and the sidebar follows."""
    from dataclasses import replace

    from .filters import current, to_query

    query: dict[str, Any] = dict(to_query(replace(current().state, **changes)))
    query.update({k: str(v) for k, v in (page_params or {}).items() if not is_missing(v)})
    _st().page_link(PAGE_FILES[page], label=label, query_params=query or None)


def source_link(document_id: Any, event_id: Any = None, label: str = "Open the source") -> None:
    page_link("sources", label, doc=document_id, event=event_id)


def show_notices(notices: Sequence[str]) -> None:
    st = _st()
    for notice in notices:
        st.warning(notice)


def empty_state(message: str) -> None:
    """Filters that match nothing: say so, and how to widen them."""
    _st().info(f"{message} Widen the filters in the sidebar (or press *Reset filters*).")


def quote(sentence: Any, status: Any = "asserted") -> None:
    """A source sentence as a quotation, led by its status word when it is not an asserted fact."""
    text = " ".join(str(sentence or "").split())
    _st().markdown(f"> {md_escape(status_prefix(str(status)) + text)}" if text else "_(no sentence stored)_")


def source_caption(title: Any, source: Any, published: Any = None, prefix: str = "") -> None:
    bits = [str(x) for x in (title, source) if not is_missing(x) and str(x)]
    if not is_missing(published):
        bits.append(f"published {fmt_date(published)}")
    _st().caption(prefix + md_escape(" · ".join(bits) if bits else "untitled document"))


#: What a model-read event's mark says when the reader asks (evidence captions, table help).
MODEL_READ_NOTE = "read by the learned model, not the rules: about half of its readings are right on unseen text"


def read_by(method: Any, confidence: Any = None) -> str:
    """Who read an event, for a table cell or a caption: "rules" or "model". The model's
    probability is left out on purpose: on unseen text its high-probability additions were right
    no more often than its low ones (heldout37-38: 0.46 of all, 0.25 of those at p >= 0.5), so a
    number would suggest a trust it has not earned. `confidence` is accepted for the callers' sake."""
    return "model" if str(method or "rules") == "learned" else "rules"


def with_read_by(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (rows with method and confidence) with a `read_by` column: the mark tables show."""
    if "method" not in frame:
        return frame.assign(read_by="rules")
    confidence = frame["confidence"] if "confidence" in frame else pd.Series(None, index=frame.index)
    return frame.assign(read_by=[read_by(m, c) for m, c in zip(frame["method"], confidence)])


#: Columns in which queries split a count by reader: how many of its incidents or events rest only
#: on the model's reading (e.g. pair_sides.model_only, headline_figures.model_events).
MODEL_SPLIT_COLUMNS = ("model_only", "model_incidents", "model_events", "model_relationships")  # (dropped when hidden)


def model_split(frame: pd.DataFrame, include_learned: bool | None = None) -> pd.DataFrame:
    """`frame` as a download carries it: with model-read events included (the sidebar's choice
    unless `include_learned` is given), with the split columns; hidden, without them (they are 0
    then and say nothing, so the downloads are what they were)."""
    if include_learned is None:
        from . import filters

        include_learned = filters.current().scope.include_learned
    dropped = [c for c in MODEL_SPLIT_COLUMNS if c in frame.columns] if not include_learned else []
    return frame.drop(columns=dropped) if dropped else frame


def model_count(n: int, include_learned: bool) -> str:
    """' (42 read by the model only)' after a count when model-read events are included, else ''."""
    from .briefing import model_only_words

    return f" ({model_only_words(int(n))})" if include_learned else ""


def reports_scope(scope: Scope | None = None) -> Scope:
    """The scope for a document's or an incident's own reports: none of the filters but whether
    model-read events are shown (the reader's choice, from the sidebar unless `scope` is given)."""
    if scope is None:
        from . import filters

        scope = filters.current().scope
    return Scope(include_learned=scope.include_learned)


def evidence(row: dict[str, Any] | pd.Series, *, with_link: bool = True) -> None:
    """One event's provenance: its sentence, status, date and precision, and its document."""
    st = _st()
    get = row.get
    status = str(get("status") or "asserted")
    quote(get("sentence") or get("headline"), status)
    precision = get("date_precision")
    date_text = fmt_date(get("event_date"), precision)
    precision_text = str(precision) if not is_missing(precision) else "unknown"
    mark = read_by(get("method"), get("confidence"))
    mark_text = f" · read by: **{md_escape(mark)}**" + (f" ({MODEL_READ_NOTE})" if mark != "rules" else "")
    st.caption(f"status: **{status}** · date: {md_escape(date_text)} · precision: {precision_text}{mark_text}")

    def first(*names: str) -> Any:
        return next((get(n) for n in names if not is_missing(get(n)) and str(get(n))), None)

    source_caption(first("title", "doc_title", "document_title"), first("source", "doc_source", "document_source"),
                   get("published"), prefix="source: ")
    if with_link and not is_missing(get("document_id")):
        event_id = first("event_id", "id")
        source_link(get("document_id"), event_id)


def md_escape(text: str) -> str:
    """Markdown-neutral text: sentences from documents must not become links, headings or HTML."""
    special = "\\`*_{}[]()#+-.!|<>$~"
    return "".join("\\" + ch if ch in special else ch for ch in str(text))



# --------------------------------------------------------------------------- shared lookups


def actor_names() -> dict[str, str]:
    """Actor id → display name, for every actor in the database."""
    actors = run("actors_list", Scope())
    return dict(zip(actors["actor_id"].astype(str), actors["name"].astype(str))) if len(actors) else {}


def stored_key_points(scope: Scope, latest: date | None) -> list[Any] | None:
    """The Briefing's key points for `scope` as stored at publish (the opening scope only), or None
    (then the page computes them). Never raises: a problem only means computing them."""
    from . import opening

    try:
        return opening.stored_key_points(database(), scope, latest)
    except Exception:  # noqa: BLE001 - computing them live is the fallback
        log.exception("stored key points could not be read")
        return None


def latest_event_date() -> date | None:
    """The latest date an asserted event happened on (presets and the briefing count back from it).

    Not `headline_figures.last_date`: that includes the end of coarse periods ("in 2025" ends on
    31 December) and planned events, which would push "the last 30 days" past the news.
    """
    for statuses in (("asserted",), ()):
        latest = run("latest_event_date", Scope(statuses=statuses))["latest"].iloc[0]
        if not is_missing(latest):
            return as_date(latest)
    return None


def citation(c: Any) -> None:
    """One piece of evidence for a key point: the sentence, its document, a link to it."""
    st = _st()
    st.markdown(f"> {md_escape(status_prefix(c.status) + c.sentence)}")
    bits = [b for b in (c.title, c.source) if b]
    if getattr(c, "model_read", False):
        bits.insert(0, f"read by {read_by(c.method, c.confidence)} ({MODEL_READ_NOTE})")
    if c.published:
        bits.append(f"published {c.published.isoformat()}")
    st.caption(md_escape(" · ".join(bits)) if bits else "untitled document")
    params = {"doc": c.document_id}
    if getattr(c, "event_id", None):
        params["event"] = c.event_id
    if getattr(c, "relationship_id", None):
        params["rel"] = c.relationship_id
    page_link("sources", "Open the document at this sentence", **params)


# --------------------------------------------------------------------------- page keys in the URL

#: URL keys each page owns besides the shared filters; app.py drops the others on page change.
PAGE_KEYS: dict[str, tuple[str, ...]] = {
    "briefing": (),
    "timeline": ("incident",),
    "network": ("node",),
    "actors": ("profile",),
    "events": ("q",),
    "sources": ("doc", "event", "rel"),
    "add-documents": (),
}


def drop_other_page_keys(url_path: str) -> None:
    """Remove URL keys that belong to other pages (a link is then exactly this page's view) and
    forget what those pages last wrote, so a link back to them applies its values again."""
    st = _st()
    own = set(PAGE_KEYS.get(url_path or "briefing", ()))
    for keys in PAGE_KEYS.values():
        for key in keys:
            if key in own:
                continue
            if key in st.query_params:
                del st.query_params[key]
            st.session_state.pop(f"_url_written_{key}", None)


def url_value(key: str) -> str | None:
    st = _st()
    value = st.query_params.get(key)
    return value if value else None


def sync_choice(url_key: str, widget_key: str, options: Sequence[Any], *, clicked: Any = None,
                what: str | None = None) -> None:
    """Before drawing a choice widget: take a new chart click or a new URL value into it, and
    clear it when the filters no longer offer its value. Must run before the widget is created."""
    st = _st()
    ss = st.session_state
    # Initialised here so the widget is created without a default (Streamlit warns when a widget
    # gets both a default and a Session State value).
    ss.setdefault(widget_key, None)
    allowed = set(options)
    click_marker = f"_clicked_{widget_key}"
    if clicked is not None and clicked != ss.get(click_marker):
        ss[click_marker] = clicked
        if clicked in allowed:
            ss[widget_key] = clicked
            return
    elif clicked is None:
        ss.pop(click_marker, None)
    linked = url_value(url_key)
    if linked is not None and linked != ss.get(f"_url_written_{url_key}"):
        if linked in allowed:
            ss[widget_key] = linked
        else:
            st.warning(f"Ignored {url_key}={linked!r} from the link: not among the {what or 'items'} these filters show.")
            ss[widget_key] = None
    if ss.get(widget_key) is not None and ss[widget_key] not in allowed:
        ss[widget_key] = None


def write_choice(url_key: str, value: Any) -> None:
    """After the widget: put its value in the URL (or remove the key)."""
    st = _st()
    text = None if is_missing(value) or value == "" else str(value)
    if text is None:
        if url_key in st.query_params:
            del st.query_params[url_key]
    elif st.query_params.get(url_key) != text:
        st.query_params[url_key] = text
    st.session_state[f"_url_written_{url_key}"] = text


def selected_value(event: Any, column: str, frame: pd.DataFrame) -> Any:
    """The `column` value of the first point selected in a plotly chart (via its customdata)."""
    if event is None or frame is None or frame.empty:
        return None
    try:
        points = event.selection.points  # type: ignore[union-attr]
    except AttributeError:
        try:
            points = event["selection"]["points"]
        except (KeyError, TypeError):
            return None
    known = set(frame[column].astype(str))
    for point in points or []:
        data = point.get("customdata") if isinstance(point, dict) else None
        values = data if isinstance(data, (list, tuple)) else [data]
        for value in values:
            if value is not None and str(value) in known:
                return str(value)
    return None


# --------------------------------------------------------------------------- tables and downloads


def search_events(events: pd.DataFrame, text: str) -> pd.DataFrame:
    """Events whose sentence, actors or document title contain `text` (plain text, any case).

    Filtered in pandas with regex off: what the reader types is never SQL and never a pattern.
    """
    needle = (text or "").strip().casefold()
    if not needle or events.empty:
        return events
    columns = [c for c in ("sentence", "source_name", "target_name", "doc_title") if c in events]
    haystack = events[columns].fillna("").astype(str).agg(" \u2002".join, axis=1).str.casefold()
    return events[haystack.str.contains(needle, regex=False)]


def _scope_text() -> str:
    from .filters import current

    return current().description


def _stamp() -> str:
    return date.today().isoformat()


def download_table(frame: pd.DataFrame, name: str, *, key: str, excel: bool = False, scope_text: str | None = None) -> None:
    """CSV (and Excel) downloads of exactly `frame`; bytes are made only when clicked, and the
    click neither reruns nor resets the page."""
    exports = _exports()
    scope_text = scope_text if scope_text is not None else _scope_text()
    frame = model_split(frame)
    row = _st().container(horizontal=True, key=f"dl_row_{key}")
    if exports is None:
        row.caption("Downloads are not available in this installation.")
        return
    row.download_button(
        "CSV", data=lambda: exports.to_csv(frame, scope_text), file_name=f"sitrep-{name}-{_stamp()}.csv", mime="text/csv",
        on_click="ignore", key=f"dl_{key}_csv", icon=":material/download:",
        help=f"{len(frame):,} rows" + (f" · {scope_text}" if scope_text else ""),
    )
    if excel:
        row.download_button(
            "Excel", data=lambda: exports.to_xlsx(frame, scope_text),
            file_name=f"sitrep-{name}-{_stamp()}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            on_click="ignore", key=f"dl_{key}_xlsx", icon=":material/download:", help=f"{len(frame):,} rows",
        )


# --------------------------------------------------------------------------- uploads


#: What the readers accept (dashboard/readers.py); other files are refused before ingest.
SUPPORTED_UPLOADS: tuple[str, ...] = tuple(SUPPORTED_SUFFIXES)


@dataclass(frozen=True)
class UploadOutcome:
    name: str  # the uploaded file's own name (with #N for one record of a JSON/JSONL file)
    outcome: str
    reason: str | None
    document_id: str | None


@dataclass(frozen=True)
class UploadResult:
    outcomes: tuple[UploadOutcome, ...] = ()
    error: str | None = None  # the whole batch failed (another ingest running, database unusable)

    @property
    def problems(self) -> list[UploadOutcome]:
        return [o for o in self.outcomes if o.outcome in ("failed", "flagged")]

    @property
    def added(self) -> int:
        """Documents this upload added to the briefing (stored, with or without a warning)."""
        return sum(1 for o in self.outcomes if o.outcome in ("stored", "flagged"))

    @property
    def summary(self) -> str:
        counts = {k: sum(1 for o in self.outcomes if o.outcome == k) for k in ("stored", "duplicate", "flagged", "failed")}
        return (f"{counts['stored']} stored, {counts['duplicate']} already in the briefing, "
                f"{counts['flagged']} stored with a warning, {counts['failed']} refused.")

    @property
    def table(self) -> pd.DataFrame:
        return pd.DataFrame([{"file": o.name, "outcome": o.outcome, "reason": o.reason or ""} for o in self.outcomes])


def safe_upload_name(name: str) -> str | None:
    """The base name of an uploaded file, or None when it cannot be a report's file name."""
    base = Path(str(name).replace("\\", "/")).name.strip()
    if not base or base.startswith(".") or base in {".", ".."}:
        return None
    return base


def ingest_uploads(files: Sequence[tuple[str, bytes]], database_path: Path,
                   progress: Callable[[int, int, str], None] | None = None) -> UploadResult:
    """Save uploaded files under their own names in a new folder `uploads/<time>/` beside the
    database, ingest them into `database_path` and report each file's outcome in the uploader's
    terms. Stored documents keep pointing at their kept upload (provenance); files that were
    refused or already present are removed again.

    No Streamlit here, so it is tested with real files and the real ingest."""
    import shutil
    import tempfile
    from datetime import datetime

    from . import ingest

    refused: list[UploadOutcome] = []
    uploads_root = Path(database_path).resolve().parent / "uploads"
    uploads_root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=datetime.now().strftime("%Y%m%d-%H%M%S-"), dir=uploads_root))
    try:
        paths: list[Path] = []
        for name, data in files:
            base = safe_upload_name(name)
            if base is None:
                refused.append(UploadOutcome(str(name) or "(no name)", "failed", "not a usable file name", None))
                continue
            if Path(base).suffix.lower() not in SUPPORTED_UPLOADS:
                refused.append(UploadOutcome(base, "failed", f"unsupported file type; supported: {', '.join(SUPPORTED_UPLOADS)}", None))
                continue
            target = folder / base
            n = 1
            while target.exists():  # two uploads with the same name: keep both
                n += 1
                target = folder / f"{Path(base).stem} ({n}){Path(base).suffix}"
            target.write_bytes(data)
            paths.append(target)
        if not paths:
            return UploadResult(tuple(refused))

        def report_progress(done: int, total: int, path: str) -> None:
            if progress:
                progress(done, total, _display_name(str(path), folder))

        try:
            report = ingest.ingest_paths(paths, Path(database_path), progress=report_progress)
        except ingest.IngestBusy:
            shutil.rmtree(folder, ignore_errors=True)
            return UploadResult(tuple(refused), error="Another ingest is running right now; nothing was added. Try again in a minute.")
        except Exception as exc:  # noqa: BLE001 - the batch failed as a whole: one plain line
            log.exception("ingest of uploads failed")
            shutil.rmtree(folder, ignore_errors=True)
            return UploadResult(tuple(refused), error=f"Nothing was added: {one_line(exc)}")
        outcomes = [
            UploadOutcome(_display_name(o.path, folder), o.outcome, _display_reason(o.reason, folder), o.document_id)
            for o in report.outcomes
        ]
        # a JSONL file stays while any of its records was stored
        kept = {Path(o.path.split("#", 1)[0]) for o in report.outcomes if o.outcome in ("stored", "flagged")}
        for path in paths:
            if path not in kept:
                path.unlink(missing_ok=True)
    finally:
        if folder.exists() and not any(folder.iterdir()):
            shutil.rmtree(folder, ignore_errors=True)
    clear_caches()
    return UploadResult(tuple(refused + outcomes))


def _display_name(path: str, folder: Path) -> str:
    text = str(path)
    prefix = str(folder) + "/"
    return text[len(prefix):] if text.startswith(prefix) else text


def _display_reason(reason: str | None, folder: Path) -> str | None:
    return None if reason is None else reason.replace(str(folder) + "/", "")


# --------------------------------------------------------------------------- document view


def document_label(document_id: str) -> str:
    doc = run("document", reports_scope(), document_id=document_id)
    if doc.empty:
        return document_id[:12]
    r = doc.iloc[0]
    return f"{fmt_date(r['published'])} · {r['source'] or 'unknown source'} · {r['title']}"


def document_view(document_id: str, *, event_id: str | None = None, relationship_id: str | None = None) -> None:
    """One document: metadata, its text with actor mentions marked and the chosen event's (or
    relationship's) sentence highlighted, then its events and relationships."""
    st = _st()
    doc = run("document", reports_scope(), document_id=document_id)
    if doc.empty:
        st.warning(f"There is no document {document_id[:16]}… in the briefing database (it may have been replaced).")
        return
    d = doc.iloc[0]
    st.subheader(str(d["title"] or "Untitled document"))
    meta = [f"**Published:** {fmt_date(d['published'], d['date_precision']) if not is_missing(d['published']) else 'unknown'}",
            f"**Source:** {md_escape(d['source'] or 'unknown')}",
            f"**Kind:** {md_escape(d['kind'] or 'unknown')}"]
    flags = list(d["flags"]) if d["flags"] is not None else []
    if flags:
        meta.append(f"**Flags:** {md_escape(', '.join(map(str, flags)))}")
    st.markdown(" · ".join(meta))
    where = [f"file `{str(d['path']).replace('`', '')}`"]
    if not is_missing(d["url"]) and str(d["url"]).startswith(("http://", "https://")):
        where.insert(0, f"[original]({str(d['url']).replace(')', '%29').replace(' ', '%20')})")
    hidden = "" if reports_scope().include_learned else " (model-read events and relationships hidden by the filters)"
    st.caption(f"{int(d['n_events'])} events · {int(d['n_relationships'])} relationships{hidden} · "
               f"{int(d['n_actors'])} actors · " + " · ".join(where))

    events = run("document_events", reports_scope(), document_id=document_id)
    relationships = run("document_relationships", reports_scope(), document_id=document_id)
    mentions = run("document_mentions", None, document_id=document_id)

    event_ids = events["event_id"].astype(str).tolist()
    labels = {r["event_id"]: f"{status_prefix(r['status'])}{r['source_name'] or '?'} → {r['target_name'] or '?'}: {r['type']} · "
              f"{'[' + read_by(r['method'], r['confidence']) + '] ' if r.get('method') == 'learned' else ''}"
              f"{' '.join(str(r['sentence']).split())[:90]}" for r in events.to_dict("records")}
    sync_choice("event", "sources_event", event_ids, what="events of this document")
    chosen = st.selectbox("Highlight an event's sentence", event_ids, key="sources_event",
                          format_func=lambda e: labels.get(e, e), placeholder="Choose an event")
    write_choice("event", chosen)

    sentence: Span | None = None
    if chosen:
        row = events[events["event_id"] == chosen].iloc[0]
        sentence = Span(int(row["sent_start"]), int(row["sent_end"]))
        evidence({**row.to_dict(), "title": d["title"], "source": d["source"], "published": d["published"],
                  "document_id": None})
    elif relationship_id and relationship_id in set(relationships["relationship_id"].astype(str)):
        row = relationships[relationships["relationship_id"] == relationship_id].iloc[0]
        sentence = Span(int(row["sent_start"]), int(row["sent_end"]))
        denied = " (denied)" if bool(row["negated"]) else ""
        model = f" · [{read_by(row['method'])}]" if row.get("method") == "learned" else ""
        st.markdown(f"Stated relationship: **{md_escape(row['source_name'])} → {md_escape(row['target_name'])}: "
                    f"{row['type']}**{denied}{model}")
    elif relationship_id:
        st.warning(f"Ignored rel={relationship_id!r} from the link: no such relationship in this document.")

    spans = [Span(int(m["start"]), int(m["end"]), f"{m['name']} ({m['kind']})") for m in mentions.to_dict("records")]
    st.html(document_html(str(d["text"]), spans, sentence))
    st.caption("Marked: actor mentions (hover for who it is). Yellow: the chosen sentence.")

    if len(events):
        st.markdown("**Events in this document**")
        shown = with_read_by(events.assign(status=events["status"].map(lambda s: status_prefix(s).rstrip(": ") or s)))
        st.dataframe(shown[["source_name", "type", "target_name", "status", "event_date", "date_precision", "read_by",
                            "sentence"]],
                     hide_index=True, column_config={"event_date": st.column_config.DateColumn("date"),
                                                     "source_name": "source actor", "target_name": "target actor",
                                                     "read_by": st.column_config.TextColumn(
                                                         "read by", help=f"rules, or model: {MODEL_READ_NOTE}")})
    if len(relationships):
        st.markdown("**Relationships stated in this document**")
        st.dataframe(with_read_by(relationships)[["source_name", "type", "target_name", "negated", "read_by", "sentence"]],
                     hide_index=True, column_config={"negated": "denied", "read_by": st.column_config.TextColumn(
                         "read by", help=f"rules, or model: {MODEL_READ_NOTE}")})


# --------------------------------------------------------------------------- charts

#: Chart kinds the pages draw → the function in dashboard/figures.py that draws them.
FIGURE_FUNCTIONS: dict[str, str] = {
    "timeline": "timeline",
    "volume": "events_by_month",
    "network": "network",
    "actor_trend": "actor_trend",
    "partners": "actor_partners",
}


def figure_context(title: str | None = None) -> Any:
    """What every chart says about itself: the filter scope in words and the scope's totals."""
    from . import figures
    from .filters import current

    filters_now = current()
    totals = run("headline_figures", filters_now.scope)
    n_events = int(totals["events"].iloc[0]) if len(totals) else None
    n_documents = int(totals["documents"].iloc[0]) if len(totals) else None
    # with model-read events included, the source line says how many of the events the model read
    n_model = int(totals["model_events"].iloc[0]) if len(totals) and filters_now.scope.include_learned else None
    return figures.FigureContext(title=title, scope_text=filters_now.description, n_events=n_events,
                                 n_documents=n_documents, n_model_events=n_model)


def figure(kind: str, *frames: Any, title: str | None = None, **options: Any) -> Any:
    """The plotly Figure for `kind` from dashboard/figures.py, framed with the current scope, or
    None when it cannot be drawn (the panel then says so and still offers the data)."""
    try:
        from . import figures
    except ImportError:
        return None
    function = getattr(figures, FIGURE_FUNCTIONS.get(kind, kind), None)
    if function is None:
        return None
    return function(*frames, context=figure_context(title), **options)


def _exports() -> Any:
    try:
        from . import exports
    except ImportError:
        log.warning("dashboard.exports is missing: downloads are off")
        return None
    return exports


def static_export_problem() -> str | None:
    """Why PNG/SVG export cannot work here (no Chromium), or None when it can."""
    exports = _exports()
    return "the export module is missing" if exports is None else exports.static_export_problem()


def _fill_patterns(fig: Any) -> None:
    """Give patterned bars an explicit background: the plotly.js in Streamlit's frontend leaves it
    transparent (kaleido's does not), so a bar with a white pattern would not show at all."""
    for trace in fig.data:
        marker = getattr(trace, "marker", None)
        pattern = getattr(marker, "pattern", None) if marker is not None else None
        if pattern is None or not pattern.shape or pattern.bgcolor is not None:
            continue
        if isinstance(marker.color, str) and (pattern.fillmode or "replace") == "replace":
            pattern.bgcolor = marker.color


def chart_panel(fig: Any, data: pd.DataFrame, name: str, *, key: str, on_select: Any = "ignore",
                selection_mode: Any = ("points", "box", "lasso"), height: int | None = None,
                scope_text: str | None = None) -> Any:
    """A chart, then its PNG, SVG, HTML and CSV downloads. Downloads are generated only when
    clicked and do not rerun the page. Returns the chart's selection state (on_select="rerun")."""
    exports = _exports()
    scope_text = scope_text if scope_text is not None else _scope_text()
    data = model_split(data)
    st = _st()
    event = None
    if fig is None:
        st.info("This chart cannot be drawn here; its data is still available below.")
    else:
        if height:
            fig.update_layout(height=height)
        _fill_patterns(fig)
        event = st.plotly_chart(fig, key=f"chart_{key}", on_select=on_select, selection_mode=selection_mode,
                                config={"displaylogo": False})
    row = st.container(horizontal=True, key=f"dl_row_{key}", vertical_alignment="center")
    stem = f"sitrep-{name}-{_stamp()}"
    if exports is None:
        row.caption("Downloads are not available in this installation.")
        return event
    problem = None
    if fig is not None:
        problem = static_export_problem()
        if problem is None:
            row.download_button("PNG", data=lambda: exports.to_png(fig), file_name=f"{stem}.png", mime="image/png",
                                on_click="ignore", key=f"dl_{key}_png", icon=":material/image:")
            row.download_button("SVG", data=lambda: exports.to_svg(fig), file_name=f"{stem}.svg", mime="image/svg+xml",
                                on_click="ignore", key=f"dl_{key}_svg", icon=":material/image:")
        row.download_button("HTML", data=lambda: exports.to_html(fig), file_name=f"{stem}.html", mime="text/html",
                            on_click="ignore", key=f"dl_{key}_html", icon=":material/code:",
                            help="An interactive copy of the chart that opens offline in any browser.")
    row.download_button("CSV", data=lambda: exports.to_csv(data, scope_text), file_name=f"{stem}.csv", mime="text/csv",
                        on_click="ignore", key=f"dl_{key}_csv", icon=":material/download:",
                        help=f"The chart's data: {len(data):,} rows" + (f" · {scope_text}" if scope_text else ""))
    if fig is not None and problem is not None:
        row.caption(f"PNG and SVG need Chromium ({problem}); HTML and CSV work.")
    return event


def focus_on_bulk(fig: Any, dates: pd.Series, *, min_gap_days: int = 3 * 365, max_share: float = 0.05) -> str | None:
    """Zoom a date axis past a few far older incidents (a 1961 treaty recalled in 2024 news would
    otherwise squeeze 2019–2025 into a sliver). Nothing is dropped: the reader can pan back, and
    the returned note says what is off the left edge. None when the dates need no zoom."""
    days = pd.to_datetime(pd.Series(dates).dropna()).sort_values()
    if len(days) < 10 or fig is None:
        return None
    start = 0
    for _ in range(3):  # a few clusters of old dates at most (e.g. 1961, then 2000)
        rest = days.iloc[start:]
        gaps = rest.diff().dt.days.fillna(0)
        widest = int(gaps.values.argmax())
        before = start + widest
        if gaps.iloc[widest] < min_gap_days or before > max(3, max_share * len(days)):
            break
        start = before
    if start == 0:
        return None
    first, last = days.iloc[start], days.iloc[-1]
    pad = max(pd.Timedelta(days=30), (last - first) * 0.03)
    fig.update_xaxes(range=[first - pad, last + pad])
    # Said in the figure too (on its source line, outside the plot where it cannot cover a marker),
    # so a downloaded PNG does not hide them silently.
    said = f"zoomed: {start} older incident{'s' if start != 1 else ''} (from {days.iloc[0]:%Y}) off the left edge"
    for annotation in fig.layout.annotations:
        if annotation.name == "source_line":
            annotation.text = f"{annotation.text} · {said}"
            break
    else:
        fig.add_annotation(text=said, name="zoom_note", xref="paper", yref="paper", x=0, y=1, xanchor="left",
                           yanchor="bottom", yshift=4, showarrow=False, font=dict(size=11, color="#595959"))
    return (f"Zoomed to {first:%Y-%m} – {last:%Y-%m}: {start} older incident{'s' if start != 1 else ''} "
            f"(from {days.iloc[0]:%Y}) lie off the left edge — drag the chart or double-click it to see all.")
