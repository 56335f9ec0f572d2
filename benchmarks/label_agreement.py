"""How far a second, independent reader gets under the gold and scorer, beside the extractor.

    .venv/bin/python benchmarks/label_agreement.py

tests/labelled/agreement/heldoutNN/ holds, for each article of three blind sets, the reading a
second helper engineer wrote from the text alone (its README says how). Both that reading and
today's extractor (rules + learned tiers) are scored against the set's gold with
../shared/gold/score.py's own matching; printed per set and pooled: events F1 (P, R), status and
date accuracy over matched events, relationships F1, and the extractor's F1 as a share of the
reader's. It tells what the issue's 0.85 means here: whether the gap is the gold (readers disagree)
or the extractor. Exits 0; skips when ../shared is absent.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _extract_helpers import labelled_predictions, load_scorer  # noqa: E402

AGREEMENT = ROOT / "tests" / "labelled" / "agreement"


def totals(scorer: Any, gold_files: list[Path], predictions: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out = {k: dict(tp=0, pred=0, req=0, found=0, status_ok=0, date_ok=0, date_total=0) for k in ("event", "rel")}
    for gold_path, pred in zip(gold_files, predictions):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for kind, key, sym in (("event", "events", scorer.SYMMETRIC_EVENTS), ("rel", "relationships", scorer.SYMMETRIC_RELS)):
            for k, v in scorer.score_items(gold.get(key, []), scorer.triples(pred.get(key), kind), sym, kind, [], kind).items():
                out[kind][k] += v
    return out


def add(a: dict[str, dict[str, int]], b: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {kind: {k: a[kind][k] + b[kind][k] for k in a[kind]} for kind in a}


def figures(scorer: Any, t: dict[str, dict[str, int]]) -> dict[str, float]:
    ev, rel = t["event"], t["rel"]
    ep, er, ef = scorer.prf(ev["tp"], ev["pred"], ev["found"], ev["req"])
    _, _, rf = scorer.prf(rel["tp"], rel["pred"], rel["found"], rel["req"])
    return dict(ef=ef, ep=ep, er=er, rf=rf, st=ev["status_ok"] / max(ev["found"], 1),
                dt=ev["date_ok"] / max(ev["date_total"], 1))


def line(name: str, f: dict[str, float]) -> str:
    return (f"  {name:10s} events F1 {f['ef']:.3f} (P {f['ep']:.2f}, R {f['er']:.2f})  status {f['st']:.3f}  "
            f"date {f['dt']:.3f}  relationships F1 {f['rf']:.3f}")


def main() -> int:
    scorer = load_scorer()
    if scorer is None:
        print("skipped: ../shared/gold/score.py absent")
        return 0
    pooled: dict[str, Any] = {}
    for folder in sorted(AGREEMENT.glob("heldout*")):
        gold_dir = ROOT / "tests" / "labelled" / folder.name
        gold_files = sorted(gold_dir.glob("*.json"))
        readings = [json.loads((folder / f"{g.stem}.pred.json").read_text(encoding="utf-8")) for g in gold_files]
        _, extracted = labelled_predictions(gold_dir, gold_dir)
        rows = {"reader": totals(scorer, gold_files, readings), "extractor": totals(scorer, gold_files, extracted)}
        print(f"{folder.name} ({len(gold_files)} articles)")
        for who, t in rows.items():
            print(line(who, figures(scorer, t)))
            pooled[who] = add(pooled[who], t) if who in pooled else t
    print("pooled")
    f = {who: figures(scorer, t) for who, t in pooled.items()}
    for who in f:
        print(line(who, f[who]))
    print(f"  extractor / reader: events F1 {f['extractor']['ef'] / f['reader']['ef']:.2f}, "
          f"relationships F1 {f['extractor']['rf'] / f['reader']['rf']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
