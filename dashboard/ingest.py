"""Batch ingest: report files in, a published briefing database out, safely.

One ingest at a time holds `DB.lock` (fcntl.flock, non-blocking: a second one fails at once
with `IngestBusy`). It copies the published database to `DB.building-<pid>` beside it, writes the
whole batch into the copy in one transaction (documents, actors, mentions, events,
relationships, ingest log, regrouped incidents, meta), checkpoints and closes it, fsyncs it and
`os.replace`s it over the published file. Readers therefore see the old or the new database,
never a mix, and a killed ingest leaves the published file untouched (its stale build file is
removed by the next ingest).

Documents are identified by the sha256 of their stored text, so the same report arriving twice
(even from another path) is stored once. Extraction runs in the main process or in N worker
processes (`workers`), each loading the spaCy model once; the main process is the only writer.

Folders are walked recursively in sorted order. Dotfiles and dot-folders are skipped, and so are
files named README.md / readme.txt found in a folder, so a corpus folder can document itself
(a README named explicitly on the command line is ingested like any file).

`--reextract` (`reextract=True`) always re-runs extraction on every stored document, whatever
extractor version stored it, and rebuilds their actors, mentions, events, relationships and all
incidents. Without it, documents stored by an older EXTRACTOR_VERSION are left as they are and
the summary says how many there are.
"""
from __future__ import annotations

import calendar
import errno
import fcntl
import hashlib
import multiprocessing
import os
import secrets
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TextIO

import pandas as pd

from . import config, opening
from .db import Builder, DatabaseError, SCHEMA_VERSION, open_build, publish, stored_schema_version
from .incidents import recompute_incidents
from .readers import Document, ReadError, read_documents
from .scope import event_types

Progress = Callable[[int, int, str], None]

OUTCOMES = ("stored", "duplicate", "flagged", "failed")
#: Files a corpus folder may hold to document itself; skipped when found by walking a folder.
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt"})
#: Documents per extraction task: small enough to balance workers, large enough for nlp.pipe.
CHUNK_SIZE = 16
#: Documents buffered before their rows are written into the build.
FLUSH_EVERY = 200


class IngestBusy(RuntimeError):
    """Another ingest holds the database's lock."""


@dataclass
class FileOutcome:
    path: str  # the file, or FILE#N for one record of a JSON/JSONL file
    outcome: str  # stored | duplicate | flagged | failed
    reason: str | None = None
    document_id: str | None = None


@dataclass
class IngestReport:
    run_id: str
    outcomes: list[FileOutcome] = field(default_factory=list)
    db_path: Path | None = None
    files: int = 0  # files read (after expanding folders)
    skipped: list[str] = field(default_factory=list)  # README files found in folders
    reextracted: int = 0  # stored documents whose extraction was redone
    stale_documents: int = 0  # stored documents left extracted by an older extractor

    def _count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def stored(self) -> int:
        return self._count("stored")

    @property
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def flagged(self) -> int:
        return self._count("flagged")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# --------------------------------------------------------------------------- locking and files


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def _building_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.building-{os.getpid()}")


@contextmanager
def _ingest_lock(db_path: Path, *, wait: bool = False) -> Iterator[None]:
    lock = lock_path(db_path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise IngestBusy(
                f"another ingest is running on {db_path} (lock {lock} held by pid {holder})"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the flock


def _remove_stale_builds(db_path: Path) -> None:
    # Only the lock holder builds, and we hold the lock: any build file left is a killed ingest's.
    for leftover in db_path.parent.glob(f"{db_path.name}.building-*"):
        leftover.unlink(missing_ok=True)


def expand_paths(paths: Sequence[str | Path]) -> tuple[list[str], list[str]]:
    """The files to read, in order, and the README files skipped. Folders are walked recursively
    (sorted, following symlinked folders once); anything else is passed on for the readers to
    accept or refuse with a reason (missing files, symlink loops, unsupported types...)."""
    files: list[str] = []
    skipped: list[str] = []
    seen_files: set[str] = set()
    for raw in paths:
        root = str(raw)
        if os.path.isdir(root):
            candidates = _walk(root, skipped)
        else:
            candidates = iter([root])
        for candidate in candidates:
            if candidate not in seen_files:  # the same path named twice is read once
                seen_files.add(candidate)
                files.append(candidate)
    return files, skipped


def _walk(root: str, skipped: list[str]) -> Iterator[str]:
    visited: set[str] = set()
    for folder, subfolders, names in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in visited:  # a symlink back to a folder already walked
            subfolders[:] = []
            continue
        visited.add(real)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if name.lower() in SKIPPED_NAMES:
                skipped.append(path)
                continue
            yield path


# --------------------------------------------------------------------------- extraction


def _one_line(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _extract_chunk(docs: list[Document]) -> list[tuple[dict[str, Any] | None, str | None]]:
    """(result, None) or (None, reason) per document, in order. One document crashing the
    extractor fails only that document."""
    from .extract import extract, extract_many

    results: list[tuple[dict[str, Any] | None, str | None]] = []
    try:
        for result in extract_many(docs, batch_size=max(1, len(docs)), skip_failing_sentences=True):
            if len(results) == len(docs):
                break
            results.append((result, None))
    except Exception:  # noqa: BLE001 - pinned down document by document below
        pass
    # extract_many stops at the first failure; redo the rest one by one to find the culprit.
    for doc in docs[len(results):]:
        try:
            results.append((extract(doc, skip_failing_sentences=True), None))
        except Exception as exc:  # noqa: BLE001 - one document's failure, reported as such
            results.append((None, f"extractor failed: {_one_line(exc)}"))
    return results


def _worker_init() -> None:
    # Load the model once per worker, before the first chunk arrives.
    from .extract import extract

    try:
        extract(Document(path="(warm-up)", text="Russia and China held talks in Beijing."))
    except Exception:  # noqa: BLE001 - a real failure shows up on the real documents
        pass


def _chunks(docs: list[Document], workers: int) -> list[list[Document]]:
    size = max(1, min(CHUNK_SIZE, -(-len(docs) // (workers * 4))))
    return [docs[i : i + size] for i in range(0, len(docs), size)]


def _extract_all(docs: list[Document], workers: int) -> Iterator[tuple[dict[str, Any] | None, str | None]]:
    """Results for `docs`, in order; extraction in this process or in `workers` processes."""
    if not docs:
        return
    from .extraction.learned_encoder import check_configured

    check_configured()  # an unusable encoder model stops the batch here, one message, nothing published
    chunks = _chunks(docs, workers)
    if workers <= 1:
        for chunk in chunks:
            yield from _extract_chunk(chunk)
        return
    # spawn: workers start clean (no inherited lock file descriptor, DuckDB handles or threads).
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_init,
    )
    try:
        futures: list[Future[list[tuple[dict[str, Any] | None, str | None]]]] = [
            pool.submit(_extract_chunk, chunk) for chunk in chunks
        ]
        for chunk, future in zip(chunks, futures):
            try:
                yield from future.result()
            except Exception as exc:  # noqa: BLE001 - e.g. a worker killed by the OOM killer
                reason = f"extraction worker failed: {_one_line(exc)}"
                yield from [(None, reason)] * len(chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- extract JSON -> rows


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stable_id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def _parse_date(value: str) -> tuple[date, date, str] | None:
    """'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' -> (first day, last day, precision)."""
    try:
        parts = [int(p) for p in value.strip().split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day, "day"
        if len(parts) == 2:
            year, month = parts
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
        if len(parts) == 1 and len(value.strip()) == 4:
            return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"
    except (ValueError, TypeError):
        return None
    return None


def event_dates(value: str | None, precision: str | None, published: date | None) -> tuple[date | None, date | None, str | None]:
    """An event's (event_date, event_date_end, date_precision) from the extractor's date string.
    'published' precision stands for the publication day; no date means unknown, never invented."""
    if precision == "published":
        parsed = _parse_date(value) if value else None
        day = parsed[0] if parsed else published
        return (day, day, "published") if day else (None, None, None)
    if not value:
        return None, None, None
    parsed = _parse_date(value)
    if parsed is None:
        return None, None, None
    first, last, shape = parsed
    return first, last, shape


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        # An attribution given as an object: keep who said it, readable.
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v is not None) or None
    return str(value)


@dataclass
class _DocRows:
    document: dict[str, Any]
    actors: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    relationships: list[dict[str, Any]]
    flags: list[str]
    notes: list[str]


def document_rows(doc: Document, doc_id: str, result: dict[str, Any], *, ingested_at: datetime,
                  extractor_version: str) -> _DocRows:
    """The rows one extract result becomes. Raises ValueError/KeyError/TypeError on output that
    breaks the extract contract (that document then fails with the reason)."""
    types = event_types()
    if not isinstance(result, dict):
        raise TypeError(f"the result is a JSON {_json_kind(result)}, not an object")
    actors = _records(result, "actors")
    flags = [f for f in doc.flags if f != "no_actors"]
    notes = list(doc.notes)
    if not actors:
        flags.append("no_actors")
        notes.append("no recognisable actors")

    actor_rows: list[dict[str, Any]] = []
    mention_keys: set[tuple[str, int, int]] = set()
    mentions: list[dict[str, Any]] = []
    for actor in actors:
        actor_id = str(actor["id"])
        actor_rows.append({
            "id": actor_id,
            "name": actor.get("name") or actor_id,
            "kind": actor.get("kind") or "unknown",
            "country": actor.get("country") or None,
            "role": actor.get("role") or None,
        })
        for start, end in actor.get("mentions") or []:
            key = (actor_id, int(start), int(end))
            if key not in mention_keys:
                mention_keys.add(key)
                mentions.append({"document_id": doc_id, "actor_id": actor_id, "start": key[1], "end": key[2]})

    events: list[dict[str, Any]] = []
    used: set[str] = set()
    for ev in _records(result, "events"):
        kind = str(ev["type"])
        quad_class = types.get(kind, {}).get("quad_class") or ev.get("quad_class")
        if not quad_class:
            raise ValueError(f"event type {kind!r} is not in data/event_types.csv")
        first, last, precision = event_dates(ev.get("date"), ev.get("date_precision"), doc.published)
        start, end = int(ev["start"]), int(ev["end"])
        event_id = _stable_id(doc_id, start, end, ev.get("source"), ev.get("target"), kind)
        n = 1
        while event_id in used:  # the same triple twice in one sentence (e.g. two dates)
            n += 1
            event_id = _stable_id(doc_id, start, end, ev.get("source"), ev.get("target"), kind, n)
        used.add(event_id)
        events.append({
            "id": event_id,
            "document_id": doc_id,
            "incident_id": None,
            "sentence": str(ev.get("sentence") or doc.text[start:end]),
            "sent_start": start,
            "sent_end": end,
            "source_actor": ev.get("source"),
            "target_actor": ev.get("target"),
            "source_country": ev.get("source_country"),
            "target_country": ev.get("target_country"),
            "type": kind,
            "quad_class": quad_class,
            "mode": ev.get("mode"),
            "status": ev.get("status") or "asserted",
            "event_date": first,
            "event_date_end": last,
            "date_precision": precision,
            "location": _text_or_none(ev.get("location")),
            "attribution": _text_or_none(ev.get("attribution")),
            "confidence": float(ev.get("confidence") or 0.0),
            # who read it: the rules, or the learned tier (its confidence is then the model's
            # probability); extraction output from before the learned tier carries no method
            "method": _method(ev.get("method"), "event"),
        })

    relationships: list[dict[str, Any]] = []
    used = set()
    for rel in _records(result, "relationships"):
        kind = str(rel["type"])
        start, end = int(rel["start"]), int(rel["end"])
        negated = bool(rel.get("negated", False))
        rel_id = _stable_id(doc_id, start, end, rel.get("source"), rel.get("target"), kind, negated)
        n = 1
        while rel_id in used:
            n += 1
            rel_id = _stable_id(doc_id, start, end, rel.get("source"), rel.get("target"), kind, negated, n)
        used.add(rel_id)
        relationships.append({
            "id": rel_id,
            "document_id": doc_id,
            "sentence": str(rel.get("sentence") or doc.text[start:end]),
            "sent_start": start,
            "sent_end": end,
            "source_actor": rel.get("source"),
            "target_actor": rel.get("target"),
            "source_country": rel.get("source_country"),
            "target_country": rel.get("target_country"),
            "type": kind,
            "negated": negated,
            "stated_on": doc.published,
            "confidence": float(rel.get("confidence") or 0.0),
            # the rules, or the learned relationship tier; output from before it carries no method
            "method": _method(rel.get("method"), "relationship"),
        })

    document = {
        "id": doc_id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published,
        "date_precision": doc.date_precision if doc.published else None,
        "source": doc.source,
        "url": doc.url,
        "kind": doc.kind,
        "text": doc.text,
        "flags": flags,
        "ingested_at": ingested_at,
        "extractor_version": extractor_version,
    }
    return _DocRows(document, actor_rows, mentions, events, relationships, flags, notes)


def _json_kind(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number",
            type(None): "null"}.get(type(value), type(value).__name__)


def _records(result: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """`result[key]` as a list of objects (absent or null: none); TypeError naming the first part
    that is not, so a malformed result fails its own document with a reason, not the batch."""
    value = result.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"'{key}' is a JSON {_json_kind(value)}, not an array")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise TypeError(f"{key}[{i}] is a JSON {_json_kind(item)}, not an object")
    return value


#: The readers an event or relationship may come from (events.method, relationships.method).
METHODS: tuple[str, ...] = ("rules", "learned")


def _method(value: Any, what: str = "event") -> str:
    """An event's or relationship's (`what`) `method` as stored: 'rules' when absent (outputs from
    before the learned tiers); any other value than the two known is refused rather than stored
    under a name nobody filters."""
    method = str(value or "rules")
    if method not in METHODS:
        raise ValueError(f"{what} method {method!r} is not one of {', '.join(METHODS)}")
    return method


def merge_actor(merged: dict[str, dict[str, Any]], row: dict[str, Any]) -> None:
    """Actors merge across documents by id: the first name and kind seen win; a missing country
    or role is filled from a later document that knows it."""
    known = merged.get(row["id"])
    if known is None:
        merged[row["id"]] = dict(row)
        return
    for key in ("country", "role"):
        if known.get(key) is None and row.get(key) is not None:
            known[key] = row[key]


# --------------------------------------------------------------------------- the build


@dataclass
class _Job:
    doc: Document
    doc_id: str
    file_index: int
    reextract: bool = False


class _Writer:
    """Buffers rows and writes them into the build in batches (one transaction overall)."""

    def __init__(self, builder: Builder, extractor_version: str):
        self.builder = builder
        self.extractor_version = extractor_version
        self.documents: list[dict[str, Any]] = []
        self.reextracted: list[tuple[str, list[str]]] = []  # (document id, new flags)
        self.mentions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.relationships: list[dict[str, Any]] = []
        self.pending = 0

    def add(self, rows: _DocRows, *, reextract: bool) -> None:
        if reextract:
            self.reextracted.append((rows.document["id"], rows.flags))
        else:
            self.documents.append(rows.document)
        self.mentions += rows.mentions
        self.events += rows.events
        self.relationships += rows.relationships
        self.pending += 1
        if self.pending >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        b = self.builder
        if self.reextracted:
            ids = [doc_id for doc_id, _ in self.reextracted]
            for table in ("mentions", "events", "relationships"):
                b.execute(f"DELETE FROM {table} WHERE list_contains($ids, document_id)", {"ids": ids})
            for doc_id, flags in self.reextracted:
                b.execute(
                    "UPDATE documents SET flags = $flags, extractor_version = $version WHERE id = $id",
                    {"flags": flags, "version": self.extractor_version, "id": doc_id},
                )
        b.insert_frame("documents", pd.DataFrame(self.documents, columns=b.column_names("documents")))
        b.insert_frame("mentions", pd.DataFrame(self.mentions, columns=b.column_names("mentions")))
        b.insert_frame("events", pd.DataFrame(self.events, columns=b.column_names("events")))
        b.insert_frame("relationships", pd.DataFrame(self.relationships, columns=b.column_names("relationships")))
        self.documents, self.reextracted, self.mentions, self.events, self.relationships = [], [], [], [], []
        self.pending = 0


def _read_file(path: str, max_bytes: int) -> tuple[list[Document], list[FileOutcome]]:
    try:
        docs, errors = read_documents(path, max_bytes=max_bytes)
    except ReadError as exc:
        return [], [FileOutcome(exc.path, "failed", exc.reason)]
    except Exception as exc:  # noqa: BLE001 - a reader bug fails this file, not the batch
        return [], [FileOutcome(path, "failed", f"could not be read ({_one_line(exc)})")]
    return docs, [FileOutcome(e.path, "failed", e.reason) for e in errors]


def _stored_documents(builder: Builder) -> list[tuple[Document, str]]:
    frame = builder.query(
        "SELECT id, path, title, published, date_precision, source, url, kind, text, flags "
        "FROM documents ORDER BY ingested_at, path, id"
    )
    stored = []
    for row in frame.itertuples(index=False):
        published = None if pd.isna(row.published) else pd.Timestamp(row.published).date()
        flags = [f for f in (list(row.flags) if row.flags is not None else []) if f != "no_actors"]
        doc = Document(
            path=row.path, text=row.text, title=_none(row.title), published=published,
            date_precision=_none(row.date_precision), source=_none(row.source), url=_none(row.url),
            kind=_none(row.kind), flags=flags, notes=[],
        )
        stored.append((doc, row.id))
    return stored


def _none(value: Any) -> Any:
    return None if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else value


def _new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _build(paths: Sequence[str | Path], db_path: Path, *, workers: int, reextract: bool,
           progress: Progress | None, max_bytes: int,
           extracted: Sequence[tuple[Document, dict[str, Any]]] = ()) -> IngestReport:
    """The whole batch, with the lock held: build a copy, fill it, publish it. `extracted`:
    documents whose extraction result is given (stored as if read from a file of their own)."""
    from .extract import EXTRACTOR_VERSION

    _remove_stale_builds(db_path)
    run_id = _new_run_id()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    report = IngestReport(run_id=run_id, db_path=db_path)
    files, report.skipped = expand_paths(paths)
    report.files = len(files)

    building = _building_path(db_path)
    builder = open_build(db_path, building)
    published_ok = False
    try:
        builder.begin()
        existing = dict(builder.query("SELECT id, path FROM documents").itertuples(index=False, name=None))

        jobs: list[_Job] = []
        if reextract:
            for doc, doc_id in _stored_documents(builder):
                jobs.append(_Job(doc, doc_id, -1, reextract=True))
        else:
            report.stale_documents = int(builder.scalar(
                "SELECT count(*) FROM documents WHERE extractor_version <> $v", {"v": EXTRACTOR_VERSION}))

        # Read every file (cheap next to extraction) and sort its records into new or duplicate.
        outcomes_by_file: list[list[FileOutcome]] = []
        remaining: list[int] = []
        done = 0
        seen: dict[str, str] = {}
        for index, path in enumerate(files):
            docs, file_outcomes = _read_file(path, max_bytes)
            new = 0
            for doc in docs:
                doc_id = document_id(doc.text)
                if doc_id in existing:
                    file_outcomes.append(FileOutcome(doc.path, "duplicate", f"already stored from {existing[doc_id]}", doc_id))
                elif doc_id in seen:
                    file_outcomes.append(FileOutcome(doc.path, "duplicate", f"same text as {seen[doc_id]} in this batch", doc_id))
                else:
                    seen[doc_id] = doc.path
                    jobs.append(_Job(doc, doc_id, index))
                    new += 1
            outcomes_by_file.append(file_outcomes)
            remaining.append(new)
            if new == 0:
                done += 1
                if progress:
                    progress(done, len(files), path)

        given: dict[str, dict[str, Any]] = {}
        for doc, result in extracted:
            doc_id = document_id(doc.text)
            files.append(doc.path)
            report.files += 1
            if doc_id in existing or doc_id in seen:
                earlier = existing.get(doc_id) or seen[doc_id]
                outcomes_by_file.append([FileOutcome(doc.path, "duplicate", f"already stored from {earlier}", doc_id)])
                remaining.append(0)
                continue
            seen[doc_id] = doc.path
            given[doc_id] = result
            jobs.append(_Job(doc, doc_id, len(files) - 1))
            outcomes_by_file.append([])
            remaining.append(1)

        merged: dict[str, dict[str, Any]] = {}
        stale_actors: dict[str, dict[str, Any]] = {}
        for row in builder.query("SELECT id, name, kind, country, role FROM actors ORDER BY id").to_dict("records"):
            row = {k: _none(v) for k, v in row.items()}
            if reextract:
                stale_actors[row["id"]] = row  # kept only where a document that failed still cites it
            else:
                merged[row["id"]] = row

        writer = _Writer(builder, EXTRACTOR_VERSION)
        read = _extract_all([j.doc for j in jobs if j.doc_id not in given or j.reextract], workers)
        for job in jobs:
            result, error = (given[job.doc_id], None) if job.doc_id in given and not job.reextract else next(read)
            rows: _DocRows | None = None
            if error is None:
                try:
                    rows = document_rows(job.doc, job.doc_id, {} if result is None else result, ingested_at=now,
                                         extractor_version=EXTRACTOR_VERSION)
                except (KeyError, ValueError, TypeError) as exc:
                    error = f"extractor output breaks the contract ({_one_line(exc)})"
            if rows is not None:
                writer.add(rows, reextract=job.reextract)
                for actor in rows.actors:
                    merge_actor(merged, actor)
            if job.reextract:
                # A stored document keeps its previous extraction when redoing it fails.
                if rows is not None:
                    report.reextracted += 1
                else:
                    report.outcomes.append(FileOutcome(job.doc.path, "failed", f"re-extraction {error}", job.doc_id))
                continue
            if rows is None:
                outcome = FileOutcome(job.doc.path, "failed", error, None)
            elif rows.notes:
                outcome = FileOutcome(job.doc.path, "flagged", "; ".join(rows.notes), job.doc_id)
            else:
                outcome = FileOutcome(job.doc.path, "stored", None, job.doc_id)
            outcomes_by_file[job.file_index].append(outcome)
            remaining[job.file_index] -= 1
            if remaining[job.file_index] == 0:
                done += 1
                if progress:
                    progress(done, len(files), files[job.file_index])
        writer.flush()

        for file_outcomes in outcomes_by_file:
            report.outcomes.extend(file_outcomes)

        _write_actors(builder, merged, stale_actors)
        recompute_incidents(builder)
        _store_events_by_date(builder)
        _write_log(builder, report, now)
        _write_meta(builder, EXTRACTOR_VERSION, datetime.now(timezone.utc))
        opening.forget(builder)  # results of the previous file: never served for this one
        builder.commit()
        _store_opening(builder)
        builder.finish()
        publish(building, db_path)
        published_ok = True
    finally:
        if not published_ok:
            try:
                builder.close()
            except Exception:  # noqa: BLE001 - already failing; the original error matters
                pass
            building.unlink(missing_ok=True)
            Path(f"{building}.wal").unlink(missing_ok=True)
    return report


#: Rewrites `events` in event_date order, so a date filter skips whole row groups by their
#: min/max (zone maps) instead of reading every event (benchmarks/query_speed.py: about 2x for a
#: two-year scope at 1 M events). Newest first, as the Events page lists them: its top-N then
#: fills from the first row groups and skips the rest (ascending, every row displaced the heap's
#: worst: 220 ms instead of a few at 1 M). Run at publish, after incidents have been assigned.
_SORT_EVENTS: tuple[str, ...] = (
    "CREATE OR REPLACE TEMP TABLE _events_by_date AS SELECT * FROM events ORDER BY event_date DESC NULLS LAST, id",
    "DELETE FROM events",
    "INSERT INTO events SELECT * FROM _events_by_date",
    "DROP TABLE _events_by_date",
)


def _store_events_by_date(builder: Builder) -> None:
    for step in _SORT_EVENTS:
        builder.execute(step)


def _write_actors(builder: Builder, merged: dict[str, dict[str, Any]], stale: dict[str, dict[str, Any]]) -> None:
    rows = list(merged.values())
    if stale:
        cited = set(builder.query(
            "SELECT actor_id AS id FROM mentions UNION SELECT source_actor FROM events "
            "UNION SELECT target_actor FROM events UNION SELECT source_actor FROM relationships "
            "UNION SELECT target_actor FROM relationships"
        )["id"].dropna())
        rows += [row for actor_id, row in stale.items() if actor_id not in merged and actor_id in cited]
    builder.execute("DELETE FROM actors")
    builder.insert_frame("actors", pd.DataFrame(rows, columns=builder.column_names("actors")))


def _write_log(builder: Builder, report: IngestReport, now: datetime) -> None:
    rows = [
        {"run_id": report.run_id, "path": o.path, "outcome": o.outcome, "reason": o.reason,
         "document_id": o.document_id, "logged_at": now}
        for o in report.outcomes
    ]
    builder.insert_frame("ingest_log", pd.DataFrame(rows, columns=builder.column_names("ingest_log")))


def _write_meta(builder: Builder, extractor_version: str, built_at: datetime) -> None:
    count, digest = builder.query(
        "SELECT count(*) AS n, coalesce(md5(string_agg(id, ',' ORDER BY id)), '') AS digest FROM documents"
    ).iloc[0]
    values = {
        "schema_version": SCHEMA_VERSION,
        "built_at": built_at.isoformat(timespec="seconds"),
        "extractor_version": extractor_version,
        "corpus": f"{int(count)} documents · {str(digest)[:12] or 'empty'}",
    }
    for key, value in values.items():
        builder.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", {"key": key, "value": value})


# --------------------------------------------------------------------------- public API


def _store_opening(builder: Builder) -> None:
    """The default briefing (and the same with model-read events included: opening.STORED_SCOPES),
    computed once here rather than per reader, in a transaction of its
    own after the batch's. It only saves readers time: if it fails, the batch is still published
    (with no stored results, the previous file's having gone with the batch) and readers compute
    those pages live."""
    try:
        builder.begin()
        opening.store(builder)
        builder.commit()
    except Exception as exc:  # noqa: BLE001 - reported, and the batch still published
        builder.rollback()
        print(f"python -m dashboard ingest: the opening briefing was not stored ({_one_line(exc)}); "
              "readers will compute it", file=sys.stderr)


def ingest_paths(paths: Sequence[str | Path], db_path: Path = config.DB_PATH, *, workers: int = 1,
                 reextract: bool = False, progress: Progress | None = None,
                 max_bytes: int = config.MAX_FILE_BYTES) -> IngestReport:
    """Store the documents in `paths` (files and folders) in the database at `db_path`, publishing
    the result atomically. Raises IngestBusy when another ingest holds the lock, DatabaseError
    when the published database cannot be opened; per-file problems are outcomes, not errors."""
    db_path = Path(db_path)
    with _ingest_lock(db_path):
        return _build(paths, db_path, workers=workers, reextract=reextract, progress=progress, max_bytes=max_bytes)


def ingest_extracted(items: Sequence[tuple[Document, dict[str, Any]]], db_path: Path = config.DB_PATH) -> IngestReport:
    """Store documents whose extraction was done elsewhere: `(Document, result)` pairs, each result
    as `python -m dashboard extract` writes it (events may carry `method`: 'rules' or 'learned').
    The same build, rows, incidents and publishing as `ingest_paths`; only the extractor is not run."""
    db_path = Path(db_path)
    with _ingest_lock(db_path):
        return _build([], db_path, workers=1, reextract=False, progress=None, max_bytes=config.MAX_FILE_BYTES,
                      extracted=items)


def needs_upgrade(db_path: Path) -> bool:
    """True when the published database was built by an older schema: the queries read columns
    it lacks until an ingest upgrades it and recomputes the derived tables."""
    return stored_schema_version(db_path) != SCHEMA_VERSION


def ensure_database(db_path: Path = config.DB_PATH, articles_dir: Path = config.ARTICLES_DIR,
                    progress: Progress | None = None) -> bool:
    """Build `db_path` from `articles_dir` when it is missing, or bring a database built by an
    older schema up to date (an empty ingest: upgrade, recompute incidents, publish); True if
    this call built or upgraded it. A concurrent caller waits for the first build rather than failing."""
    db_path = Path(db_path)
    if db_path.exists() and not needs_upgrade(db_path):
        return False
    with _ingest_lock(db_path, wait=True):
        if db_path.exists():
            if not needs_upgrade(db_path):  # another process built or upgraded it while we waited
                return False
            _build([], db_path, workers=1, reextract=False, progress=progress, max_bytes=config.MAX_FILE_BYTES)
        else:
            _build([articles_dir], db_path, workers=1, reextract=False, progress=progress,
                   max_bytes=config.MAX_FILE_BYTES)
    return True


# --------------------------------------------------------------------------- command line


class _ProgressPrinter:
    """A bar redrawn in place on a terminal; a plain line per tenth of the batch otherwise."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.tty = stream.isatty()
        self.drawn = False
        self.last_tenth = -1

    def __call__(self, done: int, total: int, path: str) -> None:
        if self.tty:
            width = 28
            filled = width * done // max(total, 1)
            name = path if len(path) <= 40 else "…" + path[-39:]
            self.stream.write(f"\r\x1b[2K[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name}")
            self.drawn = True
        else:
            tenth = 10 * done // max(total, 1)
            if tenth == self.last_tenth and done != total:
                return
            self.last_tenth = tenth
            self.stream.write(f"ingest: {done}/{total} files done\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def summary_lines(report: IngestReport) -> list[str]:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    lines = [
        f"ingest {report.run_id}: {n(report.files, 'file')}, {n(len(report.outcomes), 'report')} -> {report.db_path}: "
        f"{report.stored} stored, {n(report.duplicates, 'duplicate')}, "
        f"{report.flagged} flagged (stored with a note), {report.failed} failed"
    ]
    if report.reextracted:
        lines.append(f"  re-extracted {n(report.reextracted, 'stored document')}")
    for o in report.outcomes:
        if o.outcome in ("flagged", "failed"):
            lines.append(f"  {o.outcome}: {o.path}: {o.reason}")
    if report.skipped:
        lines.append(f"  skipped {n(len(report.skipped), 'README file')} (a folder's own documentation, not a report): "
                     + ", ".join(report.skipped))
    if report.stale_documents:
        lines.append(f"  note: {n(report.stale_documents, 'stored document')} extracted by an older extractor; "
                     "run with --reextract to redo them")
    return lines


def cli_ingest(paths: Sequence[str | Path], db_path: Path = config.DB_PATH, workers: int = 1,
               reextract: bool = False) -> int:
    """`python -m dashboard ingest`: exit 0 when every document is stored or already present,
    1 when any failed (the rest still stored) or another ingest holds the lock."""
    bar = _ProgressPrinter(sys.stderr)
    try:
        report = ingest_paths(paths, Path(db_path), workers=workers, reextract=reextract, progress=bar)
    except IngestBusy as exc:
        bar.close()
        print(f"python -m dashboard ingest: {exc}; try again when it has finished", file=sys.stderr)
        return 1
    except (DatabaseError, OSError) as exc:
        bar.close()
        print(f"python -m dashboard ingest: {exc}; the published database is unchanged", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        bar.close()
        print("python -m dashboard ingest: interrupted; the published database is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback; nothing was published
        bar.close()
        print(f"python -m dashboard ingest: failed ({_one_line(exc)}); the published database is unchanged",
              file=sys.stderr)
        return 1
    bar.close()
    print("\n".join(summary_lines(report)))
    return report.exit_code
