"""Small corpora and helpers shared by tests/test_ingest.py and tests/test_db.py.

The good reports are short and plainly worded so extraction is unambiguous: three outlets report
the 13 September 2023 Putin–Kim summit (one incident), one reports the June 2024 treaty signing
and one the 2023 munitions shipments (distinct incidents).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from dashboard.db import Database

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
if not PYTHON.exists():  # a venv elsewhere: the interpreter running the tests
    PYTHON = Path(sys.executable)

#: Size cap the CLI subprocesses run with, so an "oversized" file stays small.
SMALL_CAP = 30_000

SUMMIT_WIRE = """date 2023-09-13
Putin hosts Kim at the Vostochny Cosmodrome
Wire report · Example Wire

Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome on 13 September 2023.
The two leaders toured the launch site before their talks.
"""

SUMMIT_STATEMENT = """---
title: Kim Jong Un holds talks with Vladimir Putin
date: 2023-09-14
source: Example Agency
kind: official statement
---
Kim Jong Un held talks with Vladimir Putin at the Vostochny Cosmodrome on 13 September 2023.
"""

SUMMIT_PAGE = """<html><head>
<meta property="og:title" content="Putin and Kim meet in Russia's Far East">
<meta property="article:published_time" content="2023-09-13T18:00:00Z">
<meta property="og:site_name" content="Example Daily">
</head><body><nav>Home | World</nav>
<article><h1>Putin and Kim meet in Russia's Far East</h1>
<p>Vladimir Putin met Kim Jong Un at the Vostochny Cosmodrome on 13 September 2023.</p>
<p>The meeting lasted several hours.</p></article>
<footer>Example Daily</footer></body></html>
"""

TREATY_RECORDS = [
    {"title": "Putin and Kim sign a partnership treaty", "date": "2024-06-19", "source": "Example Wire",
     "text": "Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on 19 June 2024."},
    {"title": "White House: North Korea ships munitions to Russia", "date": "2023-10-13", "source": "Example Wire",
     "text": "North Korea has delivered more than 1,000 containers of munitions to Russia, the White House said on 13 October 2023."},
]

NO_ACTORS = "date 2023-05-02\nThe weather was mild and the harvest came in early this year.\n"
NO_DATE = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok.\n"
FUTURE = "---\ntitle: A report from the future\ndate: 2999-01-01\n---\nChina and Russia held talks in Beijing.\n"


def write_good(folder: Path) -> list[str]:
    """Good reports in every text format; returns the document paths ingest will store."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summit-wire.txt").write_text(SUMMIT_WIRE, encoding="utf-8")
    (folder / "summit-statement.md").write_text(SUMMIT_STATEMENT, encoding="utf-8")
    (folder / "summit-page.html").write_text(SUMMIT_PAGE, encoding="utf-8")
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in TREATY_RECORDS) + "\n", encoding="utf-8")
    write_pdf(folder / "munitions.pdf", ["date 2023-11-02", "Munitions reach Russia", "Analysis - Example Institute",
                                          "North Korea shipped artillery shells to Russia by rail in October 2023."])
    (folder / "README.md").write_text("# Test corpus\nThis folder documents itself.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Russia and China met.\n", encoding="utf-8")
    return [str(folder / n) for n in ("munitions.pdf", "summit-page.html", "summit-statement.md", "summit-wire.txt")] + [
        f"{folder / 'wire.jsonl'}#1", f"{folder / 'wire.jsonl'}#2"]


def write_pdf(path: Path, lines: list[str], *, password: str | None = None, text: bool = True) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    if text:
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    else:  # a "scan": drawing only, no text layer
        pdf.rect(20, 20, 120, 60, style="F")
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))


def write_bad(folder: Path) -> dict[str, tuple[str, str]]:
    """Every kind of bad input, one file each. Returns path -> (outcome, words the reason must contain)."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, str]] = {}

    def add(name: str, outcome: str, words: str, data: bytes | str | None = None) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        elif data is not None:
            path.write_bytes(data)
        expected[str(path)] = (outcome, words)
        return path

    add("empty.txt", "failed", "empty", b"")
    add("binary.txt", "failed", "binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    add("latin1.txt", "failed", "UTF-8", "Les ministres se sont réunis à Genève.".encode("latin-1"))
    add("notes.docx", "failed", "supported", b"PK\x03\x04 not really a docx")
    add("bad-front.md", "failed", "front matter", "---\ntitle: [unclosed\ndate: 2023-01-01\n---\nRussia met China.\n")
    add("oversized.txt", "failed", "limit", "date 2023-01-01\n" + "Russia and China held talks. " * 2000)
    scan = add("scan.pdf", "failed", "text layer")
    write_pdf(scan, [], text=False)
    locked = add("locked.pdf", "failed", "encrypted")
    write_pdf(locked, ["Russia and China held talks."], password="secret")
    loop = folder / "loop.txt"
    os.symlink("loop.txt", loop)
    expected[str(loop)] = ("failed", "symlink loop")
    # A feed with one malformed line: the other lines are still stored.
    feed = folder / "feed.jsonl"
    feed.write_text(
        json.dumps({"date": "2024-04-12", "text": "Zhao Leji met Kim Jong Un in Pyongyang on 12 April 2024."}) + "\n"
        + '{"date": "2024-04-13", "text": "unterminated\n'
        + json.dumps({"date": "2024-05-16", "text": "Vladimir Putin met Xi Jinping in Beijing on 16 May 2024."}) + "\n",
        encoding="utf-8",
    )
    expected[f"{feed}#2"] = ("failed", "JSON")
    expected[f"{feed}#1"] = ("stored", "")
    expected[f"{feed}#3"] = ("stored", "")
    add("no-actors.txt", "flagged", "no recognisable actors", NO_ACTORS)
    add("no-date.txt", "flagged", "no publication date", NO_DATE)
    add("future.md", "flagged", "future", FUTURE)
    return expected


def run_cli(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    """`python -m dashboard ingest ARGS` in a subprocess, as an analyst would run it."""
    full_env = {**os.environ, "SITREP_MAX_FILE_BYTES": str(SMALL_CAP), **(env or {})}
    return subprocess.run(
        [str(PYTHON), "-m", "dashboard", "ingest", *map(str, args)],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout,
    )


def start_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    full_env = {**os.environ, "SITREP_MAX_FILE_BYTES": str(SMALL_CAP), **(env or {})}
    return subprocess.Popen(
        [str(PYTHON), "-m", "dashboard", "ingest", *map(str, args)],
        cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


TABLES = ("documents", "actors", "mentions", "events", "relationships", "incidents", "ingest_log", "meta")

#: Columns that differ between two builds of the same content (clock, run).
VOLATILE = {"ingested_at", "logged_at", "run_id"}


def counts(db_path: Path) -> dict[str, int]:
    db = Database(db_path)
    try:
        return {t: int(db.query(f"SELECT count(*) AS n FROM {t}")["n"].iloc[0]) for t in TABLES}
    finally:
        db.close()


def snapshot(db_path: Path, tables: tuple[str, ...] = TABLES[:-2]) -> dict[str, pd.DataFrame]:
    """Table contents without the clock, in a canonical row order, for comparing two builds."""
    db = Database(db_path)
    try:
        out = {}
        for table in tables:
            frame = db.query(f"SELECT * FROM {table}")
            frame = frame.drop(columns=[c for c in frame.columns if c in VOLATILE])
            frame = frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)
            out[table] = frame
        return out
    finally:
        db.close()


def make_docs(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """`n` small distinct reports (for batches that take a moment to ingest)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"note-{i:04d}.txt"
        day = 1 + i % 28
        path.write_text(
            f"date 2023-10-{day:02d}\nNote {i}: Russia and North Korea held talks in Moscow on {day} October 2023 "
            f"(note {i}).\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- model-read events

#: Actors the learned-tier corpus names (as extraction results list them).
_LEARNED_ACTORS = {
    "RUS": {"id": "RUS", "name": "Russia", "kind": "country", "country": "RUS"},
    "PRK": {"id": "PRK", "name": "North Korea", "kind": "country", "country": "PRK"},
    "CHN": {"id": "CHN", "name": "China", "kind": "country", "country": "CHN"},
    "USA": {"id": "USA", "name": "United States", "kind": "country", "country": "USA"},
}


def extracted_event(text: str, sentence: str, source: str, target: str, kind: str, day: str, *,
                    method: str | None, confidence: float, status: str = "asserted") -> dict:
    """One event as `python -m dashboard extract` writes it; `method` None leaves the key out
    (an output from before the learned tier)."""
    start = text.index(sentence)
    event = {"type": kind, "start": start, "end": start + len(sentence), "sentence": sentence,
             "source": source, "target": target, "source_country": source, "target_country": target,
             "date": day, "date_precision": "day", "status": status, "confidence": confidence}
    if method is not None:
        event["method"] = method
    return event


def extracted_relationship(text: str, sentence: str, source: str, target: str, kind: str, *, method: str | None,
                           confidence: float, negated: bool = False) -> dict:
    """One relationship as `python -m dashboard extract` writes it; `method` None leaves the key out
    (an output from before the learned relationship tier)."""
    start = text.index(sentence)
    rel = {"type": kind, "start": start, "end": start + len(sentence), "sentence": sentence, "source": source,
           "target": target, "source_country": source, "target_country": target, "negated": negated,
           "confidence": confidence}
    if method is not None:
        rel["method"] = method
    return rel


def extracted_document(name: str, published: str, text: str, events: list[dict],
                       relationships: list[dict] | None = None) -> tuple:
    """A (Document, extraction result) pair for `dashboard.ingest.ingest_extracted`."""
    from datetime import date as _date

    from dashboard.readers import Document

    actors = {a for e in events + (relationships or []) for a in (e["source"], e["target"]) if a}
    doc = Document(path=f"extracted/{name}.txt", text=text, title=name.replace("-", " ").capitalize(),
                   published=_date.fromisoformat(published), date_precision="day", source="Example Wire",
                   kind="wire report")
    return doc, {"actors": [{**_LEARNED_ACTORS[a], "mentions": []} for a in sorted(actors)],
                 "events": events, "relationships": relationships or []}


# Three reports. The rules read the troop deployment (d1) and a US accusation (d3); the learned
# tier reads the same deployment in d2 (so that incident is mixed) and, in d2 only, a China–Russia
# meeting the rules missed (an incident only the model read).
LEARNED_D1 = ("date 2024-10-18\nNorth Korea sent troops to Russia on 18 October 2024, officials said.\n")
LEARNED_D2 = ("date 2024-10-19\nPyongyang's soldiers reached Russian bases on 18 October 2024.\n"
              "Chinese and Russian envoys sat down together in Beijing on 16 May 2024.\n")
LEARNED_D3 = "date 2024-03-02\nThe United States accused China of arming Russia on 1 March 2024.\n"
MIXED_SENTENCE = "Pyongyang's soldiers reached Russian bases on 18 October 2024."
LEARNED_ONLY_SENTENCE = "Chinese and Russian envoys sat down together in Beijing on 16 May 2024."


def learned_corpus() -> list[tuple]:
    """The three reports with their extraction results: rules events without a `method` key in d1
    (old output), with `"method": "rules"` in d3, and two `"method": "learned"` events in d2; and
    relationships likewise: a rules ALLY PRK–RUS without a method in d1, a model-read PARTNER
    CHN–RUS in d2, a rules ADVERSARY USA–CHN in d3."""
    d1_sentence = "North Korea sent troops to Russia on 18 October 2024, officials said."
    d3_sentence = "The United States accused China of arming Russia on 1 March 2024."
    return [
        extracted_document("troops-rules", "2024-10-18", LEARNED_D1, [
            extracted_event(LEARNED_D1, d1_sentence, "PRK", "RUS", "AID", "2024-10-18", method=None, confidence=0.82)],
            [extracted_relationship(LEARNED_D1, d1_sentence, "PRK", "RUS", "ALLY", method=None, confidence=0.7)]),
        extracted_document("troops-and-envoys-model", "2024-10-19", LEARNED_D2, [
            extracted_event(LEARNED_D2, MIXED_SENTENCE, "PRK", "RUS", "AID", "2024-10-18", method="learned",
                            confidence=0.43),
            extracted_event(LEARNED_D2, LEARNED_ONLY_SENTENCE, "CHN", "RUS", "CONSULT", "2024-05-16",
                            method="learned", confidence=0.61)],
            [extracted_relationship(LEARNED_D2, LEARNED_ONLY_SENTENCE, "CHN", "RUS", "PARTNER", method="learned",
                                    confidence=0.37)]),
        extracted_document("us-accuses", "2024-03-02", LEARNED_D3, [
            extracted_event(LEARNED_D3, d3_sentence, "USA", "CHN", "ACCUSE", "2024-03-01", method="rules",
                            confidence=0.77)],
            [extracted_relationship(LEARNED_D3, d3_sentence, "USA", "CHN", "ADVERSARY", method="rules", confidence=0.75)]),
    ]


def build_learned_db(path: Path) -> Path:
    """A briefing database holding rule-read and model-read events, written by ingest's own path
    (`ingest_extracted`: rows, incidents, report facts, publishing), the extractor not run."""
    from dashboard.ingest import ingest_extracted

    report = ingest_extracted(learned_corpus(), Path(path))
    assert report.failed == 0, [o.reason for o in report.outcomes if o.outcome == "failed"]
    return Path(path)
