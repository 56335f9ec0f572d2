"""Agreement with the human-coded PLOVER gold-standard sentences (../shared/peers/plover).

    .venv/bin/python benchmarks/plover_agreement.py [-v]

The records are CAMEO-manual example sentences from all over the world, coded by hand with an
older PLOVER (0.5b1). Their types are mapped to ours (DEMAND->REQUEST, DISAPPROVE->ACCUSE,
FIGHT->ASSAULT, INVESTIGATE->ACCUSE, CONCEDE and RETREAT->YIELD). Figures printed:

- coverage: sentences for which at least one event is extracted;
- type accuracy: of covered sentences, those whose most confident event has the gold type
  (and, looser, those where any extracted event has it);
- source / target agreement: of covered sentences whose gold actor is a state code, those where
  the most confident event of the gold type (else the most confident event) has that state.

Each figure is printed for the rules' events alone and for the rules with the learned tier's
additions (dashboard/extraction/learned.py), from one extraction.

Expect modest numbers: one-sentence contexts, sectors (rebels, police) rather than states, and
sentences from every region. Exits 0; skips when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract import extract_many  # noqa: E402
from dashboard.readers import Document  # noqa: E402

GSR = ROOT.parent / "shared" / "peers" / "plover" / "PLOVER_GSR_CAMEO.txt"
TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE",
            "CONCEDE": "YIELD", "RETREAT": "YIELD"}
CODE_MAP = {"JAP": "JPN", "ITL": "ITA", "UKG": "GBR", "GMY": "DEU"}  # old CAMEO spellings


def codes(side: object) -> set[str]:
    if not isinstance(side, list):
        return set()
    out = set()
    for actor in side:
        code = str(actor.get("code") or "").upper()
        code = CODE_MAP.get(code, code)
        if len(code) == 3 and code not in {"IGO", "NGO", "IMG", "MNC", "UAF", "REB", "OPP"}:
            out.add(code)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each disagreement")
    args = ap.parse_args()
    if not GSR.is_file():
        print(f"skipped: {GSR} not found")
        return 0
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    docs = [Document(path=r["id"], text=r["text"], published=date(2000, 1, 1)) for r in records]
    results = list(extract_many(docs))
    # One extraction, two readings: the rules' events alone (method "rules"; the tier never changes
    # them) and the rules with the learned tier's additions, as stored.
    rules_only = [[e for e in r["events"] if e.get("method", "rules") == "rules"] for r in results]
    with_tier = [r["events"] for r in results]
    figures = {name: agreement(records, events, args.verbose and name == "rules + learned tier")
               for name, events in (("rules", rules_only), ("rules + learned tier", with_tier))}

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.2f}" if b else "n/a"

    print(f"PLOVER gold-standard sentences: {len(records)}")
    rows = (("coverage (>=1 event)", "covered", None), ("type accuracy (top event)", "type_top", "covered"),
            ("type accuracy (any event)", "type_any", "covered"), ("source agreement (state codes)", "src_ok", "src_total"),
            ("target agreement (state codes)", "tgt_ok", "tgt_total"))
    print(f"{'':32s}{'rules':>18s}{'rules + learned tier':>24s}")
    for label, num, den in rows:
        cells = [pct(f[num], f[den] if den else len(records)) for f in figures.values()]
        print(f"{label:32s}{cells[0]:>18s}{cells[1]:>24s}")
    for name, f in figures.items():
        wrong = [(g, p, c) for (g, p), c in f["confusion"].most_common() if g != p][:8]
        print(f"most common type confusions, {name} (gold -> extracted): " + ", ".join(f"{g}->{p} x{c}" for g, p, c in wrong))
    return 0


def agreement(records: list[dict], per_record: list[list[dict]], verbose: bool = False) -> dict:
    """Coverage, type accuracy and side agreement of one set of events per record."""
    f = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for record, found in zip(records, per_record):
        gold_type = TYPE_MAP.get(record["event"], record["event"])
        events = sorted(found, key=lambda e: -e["confidence"])
        if not events:
            continue
        f["covered"] += 1
        top = events[0]
        f["type_top"] += top["type"] == gold_type
        f["type_any"] += any(e["type"] == gold_type for e in events)
        confusion[(gold_type, top["type"])] += 1
        chosen = next((e for e in events if e["type"] == gold_type), top)
        gold_src, gold_tgt = codes(record.get("source")), codes(record.get("target"))
        if gold_src:
            f["src_total"] += 1
            f["src_ok"] += chosen["source_country"] in gold_src
        if gold_tgt:
            f["tgt_total"] += 1
            f["tgt_ok"] += chosen["target_country"] in gold_tgt
        if verbose and (top["type"] != gold_type or (gold_src and chosen["source_country"] not in gold_src)):
            print(f"{record['id']}: gold {gold_type} {sorted(gold_src)}->{sorted(gold_tgt)}; "
                  f"got {chosen['type']} {chosen['source_country']}->{chosen['target_country']} | {record['text'][:100]}")
    return dict(f, confusion=confusion)


if __name__ == "__main__":
    sys.exit(main())
