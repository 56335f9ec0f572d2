"""Named SQL queries from queries/*.sql, run with bound parameters only.

Each file holds one statement and a header that declares what it takes and returns:

    -- events_by_month: incidents per month and quad class in scope.
    -- params: $actors $match $start $end $types $statuses $min_sources
    -- defaults: $limit=NULL            (optional; only for extra parameters)
    -- columns: month DATE, quad_class VARCHAR, incidents BIGINT, events BIGINT

Common table expressions shared by several queries (the scope filter, incidents in scope, ...)
live once in queries/shared/NAME.sql; a query writes `{{ NAME }}` where the CTE goes, and the
loader writes the block in before anything else reads the statement.

Most queries of a page start from the same rows: the incidents in scope (Briefing, Timeline,
Network) or one actor's incidents in scope (Actors), and computing them is most of each query's
cost. `run()` has the database keep those rows once per scope (and actor) in memory
(`Database.shared_table`) and runs the query on a variant of its statement that reads them from
there. The whole store's incidents are not kept: they are read from the stored incidents
directly, which is cheaper than copying them.

A page knows most of its queries before it draws anything (dashboard/opening.py `page_calls`):
`prefetch()` starts them on a few worker threads at once, and `run()` of the same call then takes
its answer (waiting for it if need be) instead of running it again.

The loader reads every file once, checks that the declared parameters are exactly the `$names`
the body uses (a mismatch is a load error naming the file), and `run()` passes exactly those:
scope filters from `Scope.params()`, extras given by the caller (`actor=`, `document_id=`, ...),
and the cooperation weights of `data/event_types.csv` (bound as two lists, so no SQL is ever
generated from data or from what a user typed).
"""
from __future__ import annotations

import functools
import json
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Hashable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import config
from .config import QUERIES_DIR
from .db import Database
from .opening import call_key, sql_hash
from .scope import MATCHES, Scope, event_types

#: Parameters every scoped query may take, filled from `Scope.params()`.
SCOPE_PARAMS: frozenset[str] = frozenset(Scope().params())
#: Parameters the loader fills from data/event_types.csv: type names and their cooperation weights.
WEIGHT_PARAMS: frozenset[str] = frozenset({"cooperation_types", "cooperation_weights"})


class QueryError(ValueError):
    """A query file is malformed, or a query was called with the wrong parameters."""


@dataclass(frozen=True)
class Query:
    name: str
    path: Path
    sql: str
    description: str
    params: tuple[str, ...]          # every declared parameter, in header order
    defaults: dict[str, Any]         # defaults for extra (non-scope) parameters
    columns: tuple[str, ...]         # declared returned column names
    # The block of SHARED_RESULTS it includes (None if none), the statement reading that block's
    # rows from a kept table (named by the bound value SHARED_TABLE_PARAM) and the parameters it uses.
    shared_block: str | None = None
    shared_sql: str | None = None
    shared_params: tuple[str, ...] = ()

    @property
    def extras(self) -> tuple[str, ...]:
        """Parameters the caller supplies (not from the scope, not the loader's weights)."""
        return tuple(p for p in self.params if p not in SCOPE_PARAMS and p not in WEIGHT_PARAMS)


_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_HEADER = re.compile(r"^--\s*(params|defaults|columns)\s*:(.*)$", re.IGNORECASE)


def _strip_comments_and_strings(sql: str) -> str:
    """The SQL with comments and string literals blanked, so `$x` inside them is not a parameter."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif ch in "'\"":
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:  # doubled quote escapes itself
                        j += 2
                        continue
                    break
                j += 1
            out.append(" ")
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def used_params(sql: str) -> set[str]:
    """The `$name` parameters a statement's body uses."""
    return set(re.findall(r"\$(" + _NAME + r")\b", _strip_comments_and_strings(sql)))


def _parse_default(path: Path, text: str) -> tuple[str, Any]:
    m = re.fullmatch(r"\s*\$(" + _NAME + r")\s*=\s*(.+?)\s*", text)
    if not m:
        raise QueryError(f"{path.name}: bad default {text.strip()!r} (expected $name=value)")
    raw = m.group(2)
    try:
        value = json.loads(raw.lower() if raw.upper() == "NULL" else raw)
    except json.JSONDecodeError:
        raise QueryError(f"{path.name}: default for ${m.group(1)} is not a JSON value or NULL: {raw!r}") from None
    return m.group(1), value


SHARED_DIR_NAME = "shared"
_INCLUDE = re.compile(r"\{\{\s*(" + _NAME + r")\s*\}\}")

#: Shared blocks a page's queries may read from one kept table, with the blocks making each.
SHARED_RESULTS: dict[str, tuple[str, ...]] = {
    "scoped_incidents": ("scoped_events", "scoped_incidents"),
    "actor_incidents": ("scoped_events", "actor_incidents"),
}
#: The parameter a variant statement reads the kept table's name from (the name the database
#: gives): bound rather than written in, the variant is one text for every scope, parsed once.
SHARED_TABLE_PARAM = "shared_table"


def expand_shared(path: Path, sql: str, replaced: dict[str, str] | None = None) -> str:
    """The statement with each `{{ NAME }}` replaced by the CTE in shared/NAME.sql beside it
    (or by `replaced[NAME]` when given)."""
    shared = path.parent / SHARED_DIR_NAME

    def block(match: re.Match[str]) -> str:
        if replaced and match.group(1) in replaced:
            return replaced[match.group(1)]
        source = shared / f"{match.group(1)}.sql"
        if not source.is_file():
            known = ", ".join(sorted(p.stem for p in shared.glob("*.sql"))) or "none"
            raise QueryError(f"{path.name}: no shared block {match.group(0)} ({SHARED_DIR_NAME}/ has: {known})")
        return source.read_text(encoding="utf-8").rstrip()

    return _INCLUDE.sub(block, sql)


def parse_query(path: Path) -> Query:
    """Read and check one query file; raises QueryError naming the file when it is malformed."""
    sql = expand_shared(path, path.read_text(encoding="utf-8"))
    lines = sql.splitlines()
    if not lines or not lines[0].startswith("--"):
        raise QueryError(f"{path.name}: missing header comment (`-- {path.stem}: what it returns`)")
    description = lines[0].lstrip("-").strip()
    declared: list[str] | None = None
    defaults: dict[str, Any] = {}
    columns: tuple[str, ...] = ()
    for line in lines:
        if not line.startswith("--"):
            break  # the header is the leading block of comment lines
        m = _HEADER.match(line.strip())
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "params":
            if value.lower() in {"none", ""}:
                declared = []
            else:
                tokens = value.split()
                bad = [t for t in tokens if not re.fullmatch(r"\$" + _NAME, t)]
                if bad:
                    raise QueryError(f"{path.name}: bad parameter name(s) in header: {' '.join(bad)}")
                declared = [t[1:] for t in tokens]
        elif key == "defaults":
            for item in filter(None, (v.strip() for v in value.split(","))):
                k, v = _parse_default(path, item)
                defaults[k] = v
        elif key == "columns":
            columns = tuple(c.strip().split()[0] for c in value.split(",") if c.strip())
    if declared is None:
        raise QueryError(f"{path.name}: header has no `-- params:` line (write `-- params: none` if it takes none)")
    if len(set(declared)) != len(declared):
        raise QueryError(f"{path.name}: a parameter is declared twice in the header")
    used = used_params(sql)
    if used != set(declared):
        parts = []
        if used - set(declared):
            parts.append("used but not declared: " + ", ".join("$" + p for p in sorted(used - set(declared))))
        if set(declared) - used:
            parts.append("declared but not used: " + ", ".join("$" + p for p in sorted(set(declared) - used)))
        raise QueryError(f"{path.name}: header parameters differ from the body ({'; '.join(parts)})")
    stray = set(defaults) - set(declared)
    if stray:
        raise QueryError(f"{path.name}: default for undeclared parameter(s): {', '.join(sorted(stray))}")
    if SHARED_TABLE_PARAM in declared:
        raise QueryError(f"{path.name}: ${SHARED_TABLE_PARAM} is reserved (it names a kept table)")
    if set(defaults) & (SCOPE_PARAMS | WEIGHT_PARAMS):
        raise QueryError(f"{path.name}: scope and weight parameters cannot have defaults")
    if not columns:
        raise QueryError(f"{path.name}: header has no `-- columns:` line")
    raw = path.read_text(encoding="utf-8")
    kept = sorted({m.group(1) for m in _INCLUDE.finditer(raw)} & set(SHARED_RESULTS))
    if len(kept) > 1:
        raise QueryError(f"{path.name}: includes {' and '.join(kept)}; a query may read one kept block at most")
    shared_block, shared_sql, shared_params = (kept or [None])[0], None, ()
    if shared_block:
        shared_sql = expand_shared(path, raw, {shared_block: f"{shared_block} AS (SELECT * FROM query_table(${SHARED_TABLE_PARAM}))"})
        shared_params = tuple(p for p in declared if p in used_params(shared_sql))
    return Query(path.stem, path, sql, description, tuple(declared), defaults, columns,
                 shared_block, shared_sql, shared_params)


@functools.lru_cache(maxsize=8)
def shared_result_statement(block: str, directory: Path = QUERIES_DIR) -> tuple[str, tuple[str, ...]]:
    """The statement making the rows of shared block `block`, and the parameters it takes."""
    sql = expand_shared(directory / f"{block}.sql",
                        "WITH\n" + ",\n".join("{{ %s }}" % b for b in SHARED_RESULTS[block]) + f"\nSELECT * FROM {block}")
    return sql, tuple(sorted(used_params(sql)))


@functools.lru_cache(maxsize=None)
def _statement_hash(name: str) -> str:
    return sql_hash(get(name).sql)


def _keeps(block: str, scope: Scope) -> bool:
    """Whether `block`'s rows are worth keeping for `scope` (see the module's docstring)."""
    if block == "scoped_incidents":  # the whole store's incidents: read directly instead
        return bool(scope.actors or scope.start or scope.end or scope.types or scope.min_sources > 1)
    return True


def _hashable(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list) else value


def load_queries(directory: Path = QUERIES_DIR) -> dict[str, Query]:
    """Every query in `directory`, checked. Raises QueryError on the first malformed file."""
    queries = {}
    for path in sorted(directory.glob("*.sql")):
        queries[path.stem] = parse_query(path)
    return queries


_lock = threading.Lock()
_cache: dict[Path, dict[str, Query]] = {}


def _queries(directory: Path = QUERIES_DIR) -> dict[str, Query]:
    # Files are read once per process: queries ship with the code, they do not change at run time.
    with _lock:
        if directory not in _cache:
            _cache[directory] = load_queries(directory)
        return _cache[directory]


def available() -> list[str]:
    """Names of the queries `run()` accepts."""
    return sorted(_queries())


def get(name: str) -> Query:
    try:
        return _queries()[name]
    except KeyError:
        raise QueryError(f"unknown query {name!r} (known: {', '.join(available())})") from None


def _weights() -> dict[str, list[Any]]:
    types = event_types()
    return {
        "cooperation_types": list(types),
        "cooperation_weights": [float(t["cooperation"]) for t in types.values()],
    }


def _check_scope(scope: Scope) -> None:
    """`match` picks between two SQL branches; any other value would silently mean 'any'.
    Other values (actor ids, types, statuses) are plain data: unknown ones simply match nothing."""
    if scope.match not in MATCHES:
        raise QueryError(f"match must be one of {', '.join(MATCHES)}, not {scope.match!r}")


def _checked_extra(query: str, param: str, value: Any) -> Any:
    """Extras are bound, never spliced, but a wrong type would surface as a DuckDB conversion error."""
    if param == "limit":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise QueryError(f"query {query!r}: limit must be a whole number ≥ 0 or None, not {value!r}")
    elif param.endswith(("_ids", "_types")):  # by convention lists (ids, type names), bound as one value
        if not isinstance(value, (list, tuple, frozenset, set)) or not all(isinstance(v, str) for v in value):
            raise QueryError(f"query {query!r}: {param} must be a list of text values, not {value!r:.80}")
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    elif not isinstance(value, str):
        raise QueryError(f"query {query!r}: {param} must be text, not {type(value).__name__}")
    return value


def bind(name: str, scope: Scope, **extra: Any) -> dict[str, Any]:
    """Exactly the parameters query `name` declares, bound from the scope, the extras and the weights."""
    query = get(name)
    unknown = set(extra) - set(query.extras)
    if unknown:
        expected = ", ".join(query.extras) or "none"
        raise QueryError(f"query {name!r} takes no parameter {sorted(unknown)[0]!r} (extra parameters: {expected})")
    values: dict[str, Any] = {}
    scope_values = scope.params()
    weights = _weights() if WEIGHT_PARAMS & set(query.params) else {}
    for param in query.params:
        if param in SCOPE_PARAMS:
            values[param] = scope_values[param]
        elif param in WEIGHT_PARAMS:
            values[param] = weights[param]
        elif param in extra:
            values[param] = _checked_extra(name, param, extra[param])
        elif param in query.defaults:
            values[param] = query.defaults[param]
        else:
            raise QueryError(f"query {name!r} needs the parameter {param!r}")
    return values


def run(name: str, scope: Scope, db: Database, **extra: Any) -> pd.DataFrame:
    """Run query `name` for `scope` on `db`, e.g. run("events", scope, db) or
    run("actor_profile", scope, db, actor="RUS"). Returns its rows as a DataFrame."""
    query = get(name)
    if SCOPE_PARAMS & set(query.params):
        _check_scope(scope)
    params = bind(name, scope, **extra)
    started = _take_prefetched(_prefetch_key(name, params, db))
    if started is not None:
        return started.result()
    return _execute(query, scope, params, db)


def _shared_key(query: Query, scope: Scope, params: dict[str, Any]) -> tuple | None:
    """What names the kept rows `query` reads for these values (None: it reads none)."""
    if query.shared_block is None or query.shared_sql is None or not _keeps(query.shared_block, scope):
        return None
    _, making_params = shared_result_statement(query.shared_block)
    return (query.shared_block, tuple((p, _hashable(params[p])) for p in making_params))


def _execute(query: Query, scope: Scope, params: dict[str, Any], db: Database, keep: bool = True) -> pd.DataFrame:
    """`keep=False`: no other call of the page reads these rows, so the plain statement is cheaper
    than keeping them (unless they are kept already)."""
    stored = db.stored_result(call_key(query.name, params), _statement_hash(query.name))
    if stored is not None:  # the opening briefing, computed at publish (dashboard/opening.py)
        return stored
    key = _shared_key(query, scope, params)
    if key is None or (not keep and key not in db.shared_tables()):
        return db.query(query.sql, params)
    making, making_params = shared_result_statement(query.shared_block)
    with db.shared_table(key, making, {p: params[p] for p in making_params}) as table:
        return db.query(query.shared_sql, {**{p: params[p] for p in query.shared_params}, SHARED_TABLE_PARAM: table})


# --------------------------------------------------------------------------- prefetching

#: Started calls not yet taken by `run()`; the oldest are forgotten past this many (a page left
#: before it asked for them), their answers then simply unused.
PREFETCH_MAX = 64

_pool: ThreadPoolExecutor | None = None
_pending: OrderedDict[tuple, Future[pd.DataFrame]] = OrderedDict()
_pending_lock = threading.Lock()


def _prefetch_key(name: str, params: dict[str, Any], db: Database) -> tuple:
    # the file version too: a call started on a file since replaced must not answer for the new one
    return (str(db.path), db.version, call_key(name, params))


def _take_prefetched(key: tuple) -> Future[pd.DataFrame] | None:
    with _pending_lock:
        return _pending.pop(key, None)


def prefetch(calls: Iterable[tuple[str, Scope, dict[str, Any]]], db: Database) -> int:
    """Start `calls` (name, scope, extras) on worker threads now; a later `run()` of the same call
    takes the answer. Calls already started are not started again. Returns how many were started.
    A failing call fails the `run()` that takes it, with the same error as running it then."""
    global _pool
    checked = []
    for name, scope, extra in calls:
        query = get(name)
        if SCOPE_PARAMS & set(query.params):
            _check_scope(scope)
        params = bind(name, scope, **extra)
        checked.append((query, scope, params, _shared_key(query, scope, params)))
    # Rows only one of these calls reads are not worth keeping: that call runs its plain statement
    # (a comparison period's counts at 10 M events: 232 ms, against 296 ms making and keeping them).
    readers = Counter(key for *_, key in checked if key is not None)
    started = 0
    for query, scope, params, shared in checked:
        if db.has_stored_result(call_key(query.name, params), _statement_hash(query.name)):
            continue  # stored at publish: reading it when asked costs less than handing it to a thread
        key = _prefetch_key(query.name, params, db)
        with _pending_lock:
            if key in _pending:
                continue
            if _pool is None:
                _pool = ThreadPoolExecutor(max_workers=max(1, config.QUERY_WORKERS), thread_name_prefix="sitrep-query")
            _pending[key] = _pool.submit(_execute, query, scope, params, db, shared is None or readers[shared] > 1)
            while len(_pending) > PREFETCH_MAX:
                _pending.popitem(last=False)
        started += 1
    return started


def forget_prefetched() -> None:
    """Drop started calls nobody took (benchmarks start each page cold)."""
    with _pending_lock:
        futures = list(_pending.values())
        _pending.clear()
    for future in futures:
        future.cancel()
