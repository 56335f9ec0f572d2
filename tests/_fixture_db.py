"""A small, hand-labelled briefing database for tests that must not depend on the NLP.

The rows live in tests/fixtures/ (documents.json, actors.csv, events.csv, incidents.csv,
relationships.csv, mentions.csv, ingest_log.csv): the Russia – North Korea – China theatre with
RUS, PRK, CHN, USA, KOR, JPN, UKR, UN and NATO over 2019–2025, multi-source incidents, every event
status, several relationship types and one negated relationship, an undated document and a
document with no actors.

    from tests._fixture_db import build_fixture_db, load_fixture
    db_path = build_fixture_db(tmp_path / "sitrep.duckdb")

Derived columns are computed here the way ingest defines them, so the labelled files stay short:
document ids are the sha256 of the text; sentence and mention offsets are found in the text
(a fixture sentence missing from its document is an error); countries come from actors.csv;
quad classes from data/event_types.csv; incident dates, counts and corroboration from their events.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from dashboard.db import create_database
from dashboard.incidents import SYMMETRIC_TYPES, fill_report_facts
from dashboard.scope import EARLIEST, LATEST, Scope, event_types

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INGESTED_AT = datetime(2025, 9, 5, 9, 0, 0)
EXTRACTOR_VERSION = "fixture-1"


class FixtureError(ValueError):
    """A labelled fixture row is inconsistent (names the file and row)."""


@dataclass(frozen=True)
class Fixture:
    documents: list[dict[str, Any]]       # + id (sha256), path, flags, ingested_at
    actors: dict[str, dict[str, Any]]
    events: list[dict[str, Any]]          # + document_id, countries, quad_class, offsets, n_sources
    incidents: dict[str, dict[str, Any]]  # derived from their events (+ headline from incidents.csv)
    relationships: list[dict[str, Any]]   # + document_id, countries, offsets, stated_on
    mentions: list[dict[str, Any]]        # + document_id, start, end
    ingest_log: list[dict[str, Any]]

    def document_id(self, key: str) -> str:
        """The stored id (sha256 of the text) of fixture document `key` (d01, d02, ...)."""
        return self._documents_by_key()[key]["id"]

    def document(self, key: str) -> dict[str, Any]:
        return self._documents_by_key()[key]

    def _documents_by_key(self) -> dict[str, dict[str, Any]]:
        return {d["key"]: d for d in self.documents}


_PRECISION_RANK = {"day": 1, "published": 2, "month": 3, "year": 4}


def _precision_rank(event: dict[str, Any]) -> int:
    if event["event_date"] is None:
        return 6
    return _PRECISION_RANK.get(event["date_precision"], 5)


def _status_family(status: str) -> str:
    return "occurred" if status in ("asserted", "planned") else status


def _check_same_incident(first: dict[str, Any], other: dict[str, Any], incident_id: str) -> None:
    """Events of one incident share type, status family and dyad (unordered for symmetric types)."""
    pair = (first["source_country"], first["target_country"])
    other_pair = (other["source_country"], other["target_country"])
    if first["type"] in SYMMETRIC_TYPES:
        pair, other_pair = tuple(sorted(pair, key=str)), tuple(sorted(other_pair, key=str))
    if (first["type"], _status_family(first["status"]), pair) != (other["type"], _status_family(other["status"]), other_pair):
        raise FixtureError(f"events.csv {other['id']}: differs from {first['id']} in incident {incident_id}")


def _csv(name: str) -> list[dict[str, str]]:
    with open(FIXTURES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _none(value: str | None) -> str | None:
    return value if value else None


def _locate(text: str, needle: str, where: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise FixtureError(f"{where}: {needle!r} (occurrence {occurrence}) is not in the document text")
    return start, start + len(needle)


@lru_cache(maxsize=1)
def load_fixture() -> Fixture:
    """The labelled rows with every derived column filled in, checked for consistency."""
    types = event_types()
    actors = {row["id"]: {k: _none(v) for k, v in row.items()} for row in _csv("actors.csv")}

    documents = []
    raw_documents = json.loads((FIXTURES / "documents.json").read_text(encoding="utf-8"))
    for n, raw in enumerate(raw_documents):
        text = raw["text"]
        documents.append({
            **raw,
            "id": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "path": f"fixtures/{raw['key']}.txt",
            "published": _date(raw.get("published")),
            "flags": list(raw.get("flags", [])),
            "ingested_at": INGESTED_AT + timedelta(seconds=n),
        })
    by_key = {d["key"]: d for d in documents}

    def country(actor: str | None, where: str) -> str | None:
        if actor is None:
            return None
        if actor not in actors:
            raise FixtureError(f"{where}: unknown actor {actor!r} (not in actors.csv)")
        return actors[actor]["country"]

    def document(key: str, where: str) -> dict[str, Any]:
        if key not in by_key:
            raise FixtureError(f"{where}: unknown document {key!r} (not in documents.json)")
        return by_key[key]

    headlines = {row["id"]: row["headline"] for row in _csv("incidents.csv")}
    events = []
    for row in _csv("events.csv"):
        where = f"events.csv {row['id']}"
        doc = document(row["doc"], where)
        if row["type"] not in types:
            raise FixtureError(f"{where}: unknown event type {row['type']!r}")
        start, end = _locate(doc["text"], row["sentence"], where)
        incident = _none(row["incident"])
        if incident is not None and incident not in headlines:
            raise FixtureError(f"{where}: incident {incident!r} is not in incidents.csv")
        events.append({
            "id": row["id"],
            "doc": row["doc"],
            "document_id": doc["id"],
            "incident_id": incident,
            "sentence": row["sentence"],
            "sent_start": start,
            "sent_end": end,
            "source_actor": _none(row["source_actor"]),
            "target_actor": _none(row["target_actor"]),
            "source_country": country(_none(row["source_actor"]), where),
            "target_country": country(_none(row["target_actor"]), where),
            "type": row["type"],
            "quad_class": types[row["type"]]["quad_class"],
            "mode": _none(row["mode"]),
            "status": row["status"],
            "event_date": _date(row["event_date"]),
            "event_date_end": _date(row["event_date_end"]),
            "date_precision": _none(row["date_precision"]),
            "location": _none(row["location"]),
            "attribution": _none(row["attribution"]),
            "confidence": float(row["confidence"]),
        })

    incidents: dict[str, dict[str, Any]] = {}
    for incident_id, headline in headlines.items():
        members = [e for e in events if e["incident_id"] == incident_id]
        if not members:
            raise FixtureError(f"incidents.csv {incident_id}: no event belongs to it")
        for e in members:
            _check_same_incident(members[0], e, incident_id)
        # as dashboard/incidents.py defines them: sides from the most confident report, the date
        # from the most precise reports, asserted if any report asserts it, else planned
        head = min(members, key=lambda e: (-e["confidence"], _precision_rank(e), e["event_date"] or date.max,
                                           e["doc"], e["sent_start"], e["id"]))
        best = min(_precision_rank(e) for e in members)
        precise = [e for e in members if _precision_rank(e) == best and e["event_date"]]
        statuses = {e["status"] for e in members}
        incidents[incident_id] = {
            "id": incident_id,
            "source_country": head["source_country"],
            "target_country": head["target_country"],
            "type": head["type"],
            "quad_class": head["quad_class"],
            "status": "asserted" if "asserted" in statuses else "planned" if "planned" in statuses else min(statuses),
            "event_date": min(e["event_date"] for e in precise) if precise else None,
            "event_date_end": max(e["event_date_end"] or e["event_date"] for e in precise) if precise else None,
            "date_precision": precise[0]["date_precision"] if precise else None,
            "n_documents": len({e["document_id"] for e in members}),
            "n_events": len(members),
            "headline": headline,
        }
    for e in events:
        e["n_sources"] = incidents[e["incident_id"]]["n_documents"] if e["incident_id"] else 1

    relationships = []
    for row in _csv("relationships.csv"):
        where = f"relationships.csv {row['id']}"
        doc = document(row["doc"], where)
        start, end = _locate(doc["text"], row["sentence"], where)
        relationships.append({
            "id": row["id"],
            "doc": row["doc"],
            "document_id": doc["id"],
            "sentence": row["sentence"],
            "sent_start": start,
            "sent_end": end,
            "source_actor": _none(row["source_actor"]),
            "target_actor": _none(row["target_actor"]),
            "source_country": country(_none(row["source_actor"]), where),
            "target_country": country(_none(row["target_actor"]), where),
            "type": row["type"],
            "negated": row["negated"].strip().lower() == "true",
            "stated_on": doc["published"],
            "confidence": float(row["confidence"]),
        })

    mentions = []
    for n, row in enumerate(_csv("mentions.csv"), start=2):
        where = f"mentions.csv line {n}"
        doc = document(row["doc"], where)
        country(row["actor_id"], where)
        start, end = _locate(doc["text"], row["surface"], where, int(row.get("occurrence") or 1))
        mentions.append({"doc": row["doc"], "document_id": doc["id"], "actor_id": row["actor_id"], "start": start, "end": end})

    ingest_log = [
        {"run_id": "run-1", "path": d["path"], "outcome": "stored", "reason": None, "document_id": d["id"],
         "logged_at": d["ingested_at"]}
        for d in documents
    ]
    for row in _csv("ingest_log.csv"):
        ingest_log.append({
            "run_id": row["run_id"],
            "path": row["path"],
            "outcome": row["outcome"],
            "reason": _none(row["reason"]),
            "document_id": by_key[row["document_id"]]["id"] if row["document_id"] else None,
            "logged_at": datetime.fromisoformat(row["logged_at"]),
        })

    return Fixture(documents, actors, events, incidents, relationships, mentions, ingest_log)


def _insert(con: Any, table: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    if not rows:
        return
    quoted = ", ".join(f'"{c}"' for c in columns)
    placeholders = ", ".join("?" for _ in columns)
    con.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})",
                    [[row[c] for c in columns] for row in rows])


def build_fixture_db(path: Path) -> Path:
    """Write the fixture briefing database to `path` (which must not exist) and return `path`.
    The file has the real schema (dashboard.db.create_database) and can be opened with Database."""
    path = Path(path)
    fixture = load_fixture()
    con = create_database(path)
    try:
        _insert(con, "meta", [{"key": "extractor_version", "value": EXTRACTOR_VERSION},
                              {"key": "built_by", "value": "tests/_fixture_db.py"}], ["key", "value"])
        _insert(con, "documents",
                [{**d, "extractor_version": EXTRACTOR_VERSION} for d in fixture.documents],
                ["id", "path", "title", "published", "date_precision", "source", "url", "kind", "text",
                 "flags", "ingested_at", "extractor_version"])
        _insert(con, "actors", list(fixture.actors.values()), ["id", "name", "kind", "country", "role"])
        _insert(con, "mentions", fixture.mentions, ["document_id", "actor_id", "start", "end"])
        _insert(con, "incidents", list(fixture.incidents.values()),
                ["id", "source_country", "target_country", "type", "quad_class", "status", "event_date",
                 "event_date_end", "date_precision", "n_documents", "n_events", "headline"])
        # the labelled events are the rules' reading (model-read events come through ingest:
        # tests/_ingest_helpers.py ingest_extracted_results)
        _insert(con, "events", [{**e, "method": "rules"} for e in fixture.events],
                ["id", "document_id", "incident_id", "sentence", "sent_start", "sent_end", "source_actor",
                 "target_actor", "source_country", "target_country", "type", "quad_class", "mode", "status",
                 "event_date", "event_date_end", "date_precision", "location", "attribution", "confidence",
                 "method"])
        _insert(con, "relationships", [{**r, "method": "rules"} for r in fixture.relationships],
                ["id", "document_id", "sentence", "sent_start", "sent_end", "source_actor", "target_actor",
                 "source_country", "target_country", "type", "negated", "stated_on", "confidence", "method"])
        _insert(con, "ingest_log", fixture.ingest_log,
                ["run_id", "path", "outcome", "reason", "document_id", "logged_at"])
        # the per-incident report facts ingest stores at publish, by the same SQL
        fill_report_facts(lambda sql: con.execute(sql).fetchall())
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def event_in_scope(e: dict[str, Any], scope: Scope) -> bool:
    """The scope rules read plainly, for one fixture event (tests compare the SQL with this)."""
    p = scope.params()
    if e["event_date"] is None:
        if not (p["start"] <= EARLIEST and p["end"] >= LATEST):
            return False
    elif not p["start"] <= e["event_date"] <= p["end"]:
        return False
    if (p["types"] and e["type"] not in p["types"]) or (p["statuses"] and e["status"] not in p["statuses"]):
        return False
    if e["n_sources"] < p["min_sources"]:
        return False
    if p["actors"]:
        wanted = set(p["actors"])
        source = bool({e["source_actor"], e["source_country"]} & wanted)
        target = bool({e["target_actor"], e["target_country"]} & wanted)
        return (source and target) if p["match"] == "between" else (source or target)
    return True
