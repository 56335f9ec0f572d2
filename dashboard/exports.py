"""Downloads: a figure or a table as bytes in the formats people paste into memos and spreadsheets.

PNG and SVG are rendered by kaleido with Debian's chromium. One kaleido browser is kept per
process (a cold start costs seconds, a warm export a fraction of one), driven from its own event
loop thread; calls are serialised, each with a timeout. Without Chromium, PNG and SVG raise
ExportUnavailable with a clear message while HTML, CSV and Excel still work.

HTML embeds plotly.js (no CDN, works offline). CSV carries the filter scope in leading `#` lines
and `read_csv_export` reads it back; cells a spreadsheet would run as a formula are quoted with a
leading apostrophe (undone by the reader).
"""
from __future__ import annotations

import asyncio
import atexit
import io
import json
import os
import shutil
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .config import BROWSER_PATH

#: Default export size in CSS pixels when the figure does not set one; PNG is rendered at 2×.
EXPORT_WIDTH = 1100
EXPORT_HEIGHT = 560
PNG_SCALE = 2
#: Seconds one export may take before it is abandoned (a cold start is ~3 s).
EXPORT_TIMEOUT = 60.0

CSV_COMMENT = "#"
#: First characters that make a spreadsheet treat a cell as a formula (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportUnavailable(RuntimeError):
    """Static export (PNG/SVG) cannot run here, typically because Chromium is missing."""


# --------------------------------------------------------------------------- Chromium via kaleido


def browser_path() -> str:
    """The Chromium kaleido will use: BROWSER_PATH (kaleido's own override) or Debian's."""
    return os.environ.get("BROWSER_PATH") or BROWSER_PATH or (shutil.which("chromium") or "/usr/bin/chromium")


def static_export_problem() -> str | None:
    """Why PNG/SVG export cannot work in this process, or None when it can."""
    path = browser_path()
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        return f"no Chromium at {path}"
    return None


def static_available() -> bool:
    return static_export_problem() is None


class _Renderer:
    """One kaleido browser on a private event loop thread, shared by every export in the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()       # one export at a time through the single tab
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido: Any = None

    def _start(self) -> None:
        import kaleido

        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="sitrep-kaleido", daemon=True)
        thread.start()

        async def open_browser() -> Any:
            # mathjax=False: the air-gapped product must not reach for MathJax's CDN
            k = kaleido.Kaleido(n=1, timeout=EXPORT_TIMEOUT, mathjax=False, path=browser_path())
            await k.open()
            return k

        try:
            self._kaleido = asyncio.run_coroutine_threadsafe(open_browser(), loop).result(EXPORT_TIMEOUT)
        except BaseException:
            loop.call_soon_threadsafe(loop.stop)
            raise
        self._loop = loop
        atexit.register(self.close)

    def render(self, fig: go.Figure, fmt: str, width: int, height: int, scale: float) -> bytes:
        problem = static_export_problem()
        if problem:
            raise ExportUnavailable(f"{fmt.upper()} export needs Chromium: install Debian's chromium or set BROWSER_PATH ({problem})")
        with self._lock:
            try:
                if self._kaleido is None:
                    self._start()
                opts = {"format": fmt, "width": width, "height": height, "scale": scale}
                future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig.to_dict(), opts=opts), self._loop)
                return future.result(EXPORT_TIMEOUT)
            except ExportUnavailable:
                raise
            except (FutureTimeout, TimeoutError) as exc:
                self._reset()
                raise ExportUnavailable(f"{fmt.upper()} export timed out after {EXPORT_TIMEOUT:.0f} s") from exc
            except Exception as exc:
                self._reset()
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ExportUnavailable(f"{fmt.upper()} export failed: {first}") from exc

    def _reset(self) -> None:
        """Drop a browser that failed, so the next export starts a fresh one."""
        kaleido_instance, loop = self._kaleido, self._loop
        self._kaleido, self._loop = None, None
        if loop is not None:
            if kaleido_instance is not None:
                try:
                    asyncio.run_coroutine_threadsafe(kaleido_instance.close(), loop).result(10)
                except Exception:  # noqa: BLE001 — best effort: the browser may already be gone
                    pass
            loop.call_soon_threadsafe(loop.stop)

    def close(self) -> None:
        with self._lock:
            self._reset()


_renderer = _Renderer()


def _size(fig: go.Figure, width: int | None, height: int | None) -> tuple[int, int]:
    return (int(width or fig.layout.width or EXPORT_WIDTH), int(height or fig.layout.height or EXPORT_HEIGHT))


def to_png(fig: go.Figure, *, width: int | None = None, height: int | None = None, scale: float = PNG_SCALE) -> bytes:
    """The figure as PNG, rendered at `scale` × its size (2× by default, sharp in print)."""
    w, h = _size(fig, width, height)
    return _renderer.render(fig, "png", w, h, scale)


def to_svg(fig: go.Figure, *, width: int | None = None, height: int | None = None) -> bytes:
    """The figure as SVG (vector: scales without blur in documents)."""
    w, h = _size(fig, width, height)
    return _renderer.render(fig, "svg", w, h, 1)


def to_html(fig: go.Figure) -> bytes:
    """A self-contained interactive page: plotly.js embedded, no CDN, opens offline."""
    meta = (fig.layout.meta or {}).get("sitrep", {}) if isinstance(fig.layout.meta, dict) else {}
    page = fig.to_html(include_plotlyjs=True, include_mathjax=False, full_html=True,
                       config={"displaylogo": False, "responsive": True})
    title = meta.get("title")
    if title:
        from html import escape

        page = page.replace("<head>", f"<head><title>{escape(str(title))}</title>", 1)
    return page.encode("utf-8")


# --------------------------------------------------------------------------- tables


def _list_column(series: pd.Series) -> bool:
    sample = series.dropna()
    return len(sample) > 0 and all(isinstance(v, (list, tuple)) or hasattr(v, "tolist") and not isinstance(v, str)
                                   for v in sample.head(20))


def _plain(value: Any) -> Any:
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return value.isoformat()
    return value


def _guard_formula(value: Any) -> Any:
    # a leading apostrophe keeps Excel/LibreOffice from running a cell; one is also added to a
    # value that already starts with one, so the reader can strip exactly one
    if isinstance(value, str) and value and (value.startswith(_FORMULA_START) or value.startswith("'")):
        return "'" + value
    return value


def _export_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The table as CSV-safe values and each column's kind (with its dtype where it matters), for
    the reader to restore: int32, float64, bool, date|datetime64[us], list, str|object."""
    out = pd.DataFrame(index=range(len(df)))
    kinds: dict[str, str] = {}
    for column in df.columns:
        series = df[column].reset_index(drop=True)
        if pd.api.types.is_bool_dtype(series):
            kinds[column] = "bool"
            out[column] = series
        elif pd.api.types.is_integer_dtype(series) or pd.api.types.is_float_dtype(series):
            kinds[column] = str(series.dtype)  # int32, Int64, float64 ...: restored exactly
            out[column] = series
        elif pd.api.types.is_datetime64_any_dtype(series):
            stamps = series.dropna()
            is_date = len(stamps) == 0 or bool((stamps == stamps.dt.normalize()).all())
            kinds[column] = f"{'date' if is_date else 'datetime'}|{series.dtype}"
            out[column] = series.dt.strftime("%Y-%m-%d" if is_date else "%Y-%m-%dT%H:%M:%S.%f").where(series.notna(), None)
        elif _list_column(series):
            kinds[column] = "list"
            out[column] = [None if _missing(v) else json.dumps(_plain(v), ensure_ascii=False) for v in series]
        else:
            kinds[column] = "str" if isinstance(series.dtype, pd.StringDtype) else "object"
            out[column] = pd.Series([None if _missing(v) else _guard_formula(str(_plain(v))) for v in series], dtype=object)
    return out, kinds


def _missing(value: Any) -> bool:
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _header_lines(df: pd.DataFrame, scope_text: str | None, kinds: dict[str, str]) -> list[str]:
    one_line = " ".join(str(scope_text or "not recorded").split())
    return [
        f"{CSV_COMMENT} Sitrep export, generated {date.today().isoformat()}",
        f"{CSV_COMMENT} scope: {one_line}",
        f"{CSV_COMMENT} rows: {len(df)}",
        f"{CSV_COMMENT} columns: {json.dumps(kinds, ensure_ascii=False)}",
    ]


def to_csv(df: pd.DataFrame, scope_text: str | None = None) -> bytes:
    """Exactly these rows as UTF-8 CSV, preceded by `#` lines recording the scope and row count."""
    table, kinds = _export_frame(df)
    buffer = io.StringIO()
    buffer.write("\n".join(_header_lines(df, scope_text, kinds)) + "\n")
    table.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode("utf-8")


def read_csv_export(data: bytes) -> pd.DataFrame:
    """The table written by `to_csv`, with its column types restored (the inverse of to_csv)."""
    text = data.decode("utf-8")
    lines = text.split("\n")
    kinds: dict[str, str] = {}
    skip = 0
    while skip < len(lines) and lines[skip].startswith(CSV_COMMENT):
        if lines[skip].startswith(f"{CSV_COMMENT} columns: "):
            kinds = json.loads(lines[skip][len(f"{CSV_COMMENT} columns: "):])
        skip += 1
    frame = pd.read_csv(io.StringIO("\n".join(lines[skip:])), dtype=str, keep_default_na=False, na_values=[""])
    for column in frame.columns:
        kind = kinds.get(column, "str")
        values = frame[column]
        if kind.lower().startswith(("int", "uint", "float")):
            frame[column] = pd.to_numeric(values).astype(kind)
        elif kind == "bool":
            frame[column] = values.map({"True": True, "False": False}).astype(bool)
        elif kind.startswith(("date|", "datetime|")):
            shape, dtype = kind.split("|", 1)
            parsed = pd.to_datetime(values, format="%Y-%m-%d" if shape == "date" else "%Y-%m-%dT%H:%M:%S.%f")
            frame[column] = parsed.astype(dtype)
        elif kind == "list":
            frame[column] = pd.Series([None if pd.isna(v) else json.loads(v) for v in values], dtype=object)
        else:
            restored = [None if pd.isna(v) else v[1:] if v.startswith("'") else v for v in values]
            frame[column] = pd.Series(restored, dtype=object if kind == "object" else pd.StringDtype(na_value=float("nan")))
    return frame


def to_xlsx(df: pd.DataFrame, scope_text: str | None = None, *, sheet: str = "Events") -> bytes:
    """The rows as an Excel workbook: the table on the first sheet (filterable, frozen header),
    the scope and generation date on an "About" sheet. Text is stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    table, kinds = _export_frame(df)
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append([str(c) for c in table.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in table.itertuples(index=False):
        values = []
        for column, value in zip(table.columns, row):
            if _missing(value):
                values.append(None)
            elif kinds[column].startswith("date|"):
                values.append(date.fromisoformat(value))
            elif kinds[column].startswith("datetime|"):
                values.append(datetime.fromisoformat(value))
            elif kinds[column] in ("str", "object") and isinstance(value, str) and value.startswith("'"):
                values.append(value[1:])  # the apostrophe is CSV's guard; here the cell type guards
            else:
                values.append(value.item() if hasattr(value, "item") else value)
        ws.append(values)
    for r, row_cells in enumerate(ws.iter_rows(min_row=2), start=2):
        for cell in row_cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would store a leading "=" as a formula
            elif isinstance(cell.value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd" if kinds[ws.cell(1, cell.column).value].startswith("date|") else "yyyy-mm-dd hh:mm"
    ws.freeze_panes = "A2"
    if table.shape[1]:
        ws.auto_filter.ref = f"A1:{get_column_letter(table.shape[1])}{max(1, len(table) + 1)}"
    for i, column in enumerate(table.columns, start=1):
        longest = max([len(str(column))] + [len(str(v)) for v in table[column].head(200) if v is not None])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
    about = book.create_sheet("About")
    for line in (("Sitrep export", ""), ("generated", date.today().isoformat()),
                 ("scope", " ".join(str(scope_text or "not recorded").split())), ("rows", len(df))):
        about.append(list(line))
    for row_cells in about.iter_rows():
        for cell in row_cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
