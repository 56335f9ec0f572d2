"""Shared helpers for the extraction tests: real spaCy model (loaded once per process by
dashboard.nlp), real Documents, and small views of the results."""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from typing import Any

from dashboard.extract import extract, extract_many
from dashboard.readers import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LABELLED = ROOT / "tests" / "labelled" / "extract"


def document(text: str, published: date | None = date(2024, 6, 20), path: str = "test.txt") -> Document:
    return Document(path=path, text=text, published=published)


def run(text: str, published: date | None = date(2024, 6, 20)) -> dict[str, Any]:
    return extract(document(text, published))


def triples(result: dict[str, Any]) -> set[tuple[str | None, str | None, str]]:
    """(source_country, target_country, type) of every event."""
    return {(e["source_country"], e["target_country"], e["type"]) for e in result["events"]}


def events_of(result: dict[str, Any], event_type: str) -> list[dict[str, Any]]:
    return [e for e in result["events"] if e["type"] == event_type]


def relations(result: dict[str, Any]) -> set[tuple[str, str, str, bool]]:
    return {(r["source_country"], r["target_country"], r["type"], r["negated"]) for r in result["relationships"]}


def load_scorer() -> Any | None:
    """../shared/gold/score.py as a module, or None when the reference material is absent."""
    path = SHARED / "gold" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("sitrep_gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer: Any, gold_files: list[Path], predictions: list[dict[str, Any]]) -> dict[str, float]:
    """The scorer's own matching over several documents, totals as it prints them."""
    totals = {k: dict(tp=0, pred=0, req=0, found=0, status_ok=0, date_ok=0, date_total=0) for k in ("event", "rel")}
    for gold_path, pred in zip(gold_files, predictions):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for kind, key, sym in (("event", "events", scorer.SYMMETRIC_EVENTS), ("rel", "relationships", scorer.SYMMETRIC_RELS)):
            s = scorer.score_items(gold.get(key, []), scorer.triples(pred.get(key), kind), sym, kind, [], kind)
            for k, v in s.items():
                totals[kind][k] += v
    ev, rel = totals["event"], totals["rel"]
    _, _, event_f1 = scorer.prf(ev["tp"], ev["pred"], ev["found"], ev["req"])
    _, _, rel_f1 = scorer.prf(rel["tp"], rel["pred"], rel["found"], rel["req"])
    status = ev["status_ok"] / ev["found"] if ev["found"] else 0.0
    return {"events_f1": event_f1, "relationships_f1": rel_f1, "status": status}


def labelled_predictions(gold_dir: Path = LABELLED / "gold", docs_dir: Path = LABELLED / "docs") -> tuple[list[Path], list[dict[str, Any]]]:
    """Gold files in `gold_dir` and the extraction of each one's document from `docs_dir`."""
    from dashboard.readers import read_document

    gold_files = sorted(gold_dir.glob("*.json"))
    docs = [read_document(docs_dir / json.loads(g.read_text(encoding="utf-8"))["file"]) for g in gold_files]
    return gold_files, list(extract_many(docs))


def fail_on_sentences_with(word: str, monkeypatch: Any) -> None:
    """Make the real rule layer raise on every sentence holding `word` (a stand-in for a rule
    defect), after leaving a half-written claim behind as a real defect could."""
    from dashboard.extraction.document import _DocumentAnalysis

    real = _DocumentAnalysis._sentence

    def sentence(self, sent, candidates):  # type: ignore[no-untyped-def]
        if word in sent.text:
            self.events.append({"half": "written"})
            raise AttributeError("'NoneType' object has no attribute 'lemma_'")
        return real(self, sent, candidates)

    monkeypatch.setattr(_DocumentAnalysis, "_sentence", sentence)
