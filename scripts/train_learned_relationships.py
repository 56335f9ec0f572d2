"""Train the learned relationship tier (dashboard/extraction/learned_relationships.py) and write
data/learned_relationships.npz.

Run from the repository root (a few minutes on two cores; caches under benchmarks/.learned_cache/,
which git ignores):
    .venv/bin/python scripts/train_learned_relationships.py              # the shipped model
    .venv/bin/python scripts/train_learned_relationships.py --sets heldout2 heldout3 --head-rules --out /tmp/m.npz

The event tier's protocol and data (scripts/train_learned_events.py, whose functions this reuses,
refusals included: heldout37 and every later set are the unseen test and are never listed, read or scored): every
labelled set heldout2 ... heldout36, `corpus` and `extract`; each heldout set's rules
*relationships* from the code at the commit that added the set (`blind_relationships`: the same
commit as its blind-era events, run again for relationships), `corpus` and `extract` today's.

Labels: each gold relationship's `note` is aligned to its sentence as the event training aligns
events' notes; candidates of that sentence whose pair fits the gold source/target (a symmetric
type's in either order) get its type(s), the rest NONE. The threshold is chosen by out-of-fold
cross-validation grouped by set (relationships F1 of the rules plus the out-of-fold additions,
scored with ../shared/gold/score.py; ties to the higher threshold); the final model is fitted on
all the data. It prints the out-of-fold figures: rules alone -> rules + tier, and a paired
document bootstrap 95% interval of the difference.
"""
from __future__ import annotations

import argparse
import datetime
import json
import pickle
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_learned_events as E  # noqa: E402
from dashboard.extraction import learned as L  # noqa: E402
from dashboard.extraction import learned_relationships as R  # noqa: E402

GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01]  # 1.01: rules alone


def blind_relationships(recs: list[dict[str, Any]]) -> None:
    """rec["blind_rels"]: a heldout set's rules relationships from the code its blind-era events
    came from (`E.blind_events` first; cached in CACHE/blind_relationships.pkl); other sets: today's."""
    E.blind_events(recs)
    path = E.CACHE / "blind_relationships.pkl"
    blind = pickle.loads(path.read_bytes()) if path.exists() else {}
    code = ("import json, sys\nfrom dashboard.extract import extract_many\nfrom dashboard.readers import read_document\n"
            "files = json.loads(sys.argv[1])\n"
            "print(json.dumps([r['relationships'] for r in extract_many([read_document(f) for f in files])]))")

    def key(f: str) -> str:
        return str(Path(f).relative_to(ROOT))

    for name in sorted({r["set"] for r in recs if r["set"] in E.HELDOUT}, key=E.HELDOUT.index):
        mine = [r for r in recs if r["set"] == name]
        if all(key(r["file"]) in blind and blind[key(r["file"])][0] == r["blind_commit"] for r in mine):
            continue
        commit = mine[0]["blind_commit"]
        dest = E.CACHE / "code" / commit
        files = [r["file"] for r in mine]
        run = subprocess.run([sys.executable, "-c", code, json.dumps(files)], cwd=dest,
                             env={"PYTHONPATH": str(dest), "PATH": "/usr/bin:/bin", "SITREP_LEARNED_EVENTS": "off",
                                  "SITREP_LEARNED_RELATIONSHIPS": "off"},
                             capture_output=True, text=True, check=True)
        for f, rels in zip(files, json.loads(run.stdout)):
            blind[key(f)] = (commit, rels)
        print(f"blind rules relationships for {name}: code at {commit}", flush=True)
        path.write_bytes(pickle.dumps(blind))
    for r in recs:
        r["blind_rels"] = blind[key(r["file"])][1] if r["set"] in E.HELDOUT else r["result"]["relationships"]


def fits(g: dict[str, Any], s: str, t: str) -> bool:
    if E.accepts(g["source"], s) and E.accepts(g["target"], t):
        return True
    return bool(R.SYMMETRIC & set(E._as_list(g["type"]))) and E.accepts(g["source"], t) and E.accepts(g["target"], s)


def organisations(rec: dict[str, Any]) -> set[str]:
    return {a["country"] for a in rec["result"]["actors"] if a.get("country") and a.get("kind") == "organisation"}


def labelled_candidates(recs: list[dict[str, Any]]) -> tuple[list[L.Candidate], np.ndarray]:
    """Candidates of every document (`extra`: doc index, set) and their label rows over R.CLASSES."""
    cands, ys = [], []
    for di, rec in enumerate(recs):
        doc = E.parsed(rec)
        sent_stems = [{E._stem(w) for w in E._words(s.text)} for s in doc.sents]
        sent_gold = defaultdict(list)
        for g in rec["gold"].get("relationships", []):
            for si in E.align(g.get("note", ""), sent_stems):
                sent_gold[si].append(g)
        for c in R.candidates(doc, rec["result"]["actors"], rec["blind_rels"]):
            y = np.zeros(len(R.CLASSES))
            for g in sent_gold.get(c.sent, []):
                if fits(g, c.s, c.t):
                    tys = [x for x in E._as_list(g["type"]) if x in R.TYPES]
                    for x in tys:
                        y[R.TYPES.index(x)] = max(y[R.TYPES.index(x)], 1.0 / len(tys))
            if y.sum() == 0:
                y[R.NONE] = 1.0
            c.extra = dict(doc=di, set=rec["set"])
            cands.append(c)
            ys.append(y / y.sum())
    return cands, np.stack(ys) if ys else np.zeros((0, len(R.CLASSES)))


def addition_rels(recs: list[dict[str, Any]], cands: list[L.Candidate], probs: np.ndarray,
                  threshold: float) -> dict[int, list[dict[str, Any]]]:
    """Per document, the tier's additions as scorer-ready relationships."""
    groups: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(cands):
        groups[c.extra["doc"]].append(k)
    return {d: [dict(source_country=c.s, target_country=c.t, type=ty, negated=R.negated(c), confidence=p)
                for c, ty, p in R.additions([cands[k] for k in ks], probs[ks], recs[d]["blind_rels"], threshold,
                                            organisations(recs[d]))]
            for d, ks in groups.items()}


def doc_scores(scorer: Any, recs: list[dict[str, Any]], extra: dict[int, list[dict[str, Any]]],
               idx: list[int]) -> np.ndarray:
    """Per document of `idx`: tp, pred, found, req of its rules relationships plus `extra[doc]`."""
    rows = []
    for i in idx:
        s = scorer.score_items(recs[i]["gold"].get("relationships", []),
                               scorer.triples(recs[i]["blind_rels"] + extra.get(i, []), "rel"),
                               scorer.SYMMETRIC_RELS, "rel", [], "rel")
        rows.append([s["tp"], s["pred"], s["found"], s["req"]])
    return np.array(rows, dtype=float).reshape(-1, 4)


def prf(scorer: Any, rows: np.ndarray) -> tuple[float, float, float]:
    tp, pred, found, req = rows.sum(axis=0)
    return scorer.prf(tp, pred, found, req)


def out_of_fold(recs: list[dict[str, Any]], cands: list[L.Candidate], labels: np.ndarray, sets: list[str],
                folds: int, epochs: int) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by set (sets[k::folds], as the event training)."""
    probs = np.zeros((len(cands), len(R.CLASSES)))
    for fold in [sets[k::folds] for k in range(min(folds, len(sets)))]:
        tr = [k for k, c in enumerate(cands) if c.extra["set"] not in fold]
        te = [k for k, c in enumerate(cands) if c.extra["set"] in fold]
        if tr and te:
            m = L.train([cands[k] for k in tr], labels[tr], epochs=epochs, classes=R.CLASSES)
            probs[te] = m.predict([cands[k] for k in te])
    return probs


def fit(recs: list[dict[str, Any]], sets: list[str], protocol: str = "blind", folds: int = 4, epochs: int = 150,
        log: Any = print) -> L.Model:
    """A model trained on the documents of `sets` (their `blind_rels` set), its threshold chosen out of fold."""
    from _extract_helpers import load_scorer
    scorer = load_scorer()
    if scorer is None:
        raise SystemExit("../shared/gold/score.py is needed to choose the threshold")
    E._check(sets)
    recs = [r for r in recs if r["set"] in sets]
    t0 = time.time()
    cands, labels = labelled_candidates(recs)
    log(f"{len(recs)} documents, {len(cands)} candidates ({int((labels[:, R.NONE] < 1).sum())} positive) in {time.time() - t0:.0f}s")
    t0 = time.time()
    probs = out_of_fold(recs, cands, labels, sets, folds, epochs)
    idx = list(range(len(recs)))
    adds = {th: addition_rels(recs, cands, probs, th) for th in GRID}
    rows = {th: doc_scores(scorer, recs, adds[th], idx) for th in GRID}
    table = {th: prf(scorer, rows[th])[2] for th in GRID}
    threshold = max(table, key=lambda th: (table[th], th))  # ties: the higher threshold (fewer additions)
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(2000):
        ii = rng.integers(0, len(idx), len(idx))
        diffs.append(prf(scorer, rows[threshold][ii])[2] - prf(scorer, rows[1.01][ii])[2])
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    (p0, r0, f0), (p1, r1, f1) = prf(scorer, rows[1.01]), prf(scorer, rows[threshold])
    log(f"out-of-fold ({min(folds, len(sets))} folds by set, {time.time() - t0:.0f}s): threshold {threshold}; relationships "
        f"rules alone P {p0:.3f} R {r0:.3f} F1 {f0:.3f} -> with the tier P {p1:.3f} R {r1:.3f} F1 {f1:.3f} "
        f"(document bootstrap 95% {lo:+.3f}..{hi:+.3f}; {sum(len(v) for v in adds[threshold].values())} additions)")
    t0 = time.time()
    model = L.train(cands, labels, epochs=epochs, classes=R.CLASSES)
    log(f"final model: {len(model.vocab)} features x {len(R.CLASSES)} classes in {time.time() - t0:.0f}s")
    model.threshold, model.mode = threshold, "onepair"
    commit = subprocess.run(["git", "rev-parse", "--short=10", "HEAD"], cwd=ROOT, text=True, capture_output=True).stdout.strip()
    model.meta = dict(variant="with_rule_feats", sets=sets, protocol=protocol, commit=commit, documents=len(recs),
                      candidates=len(cands), trained=datetime.date.today().isoformat(), epochs=epochs,
                      blind_commits=sorted({f"{r['set']}:{r['blind_commit']}" for r in recs if "blind_commit" in r}),
                      cv_f1={str(k): round(v, 4) for k, v in table.items()}, cv_diff_ci=[round(lo, 4), round(hi, 4)])
    return model


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", default=E.ALL_SETS, help="training sets (default: heldout2-36, dev1-4, corpus, extract)")
    ap.add_argument("--head-rules", action="store_true", help="today's rules output for every set (no git archive)")
    ap.add_argument("--out", type=Path, default=R.MODEL_FILE)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--epochs", type=int, default=150)
    a = ap.parse_args(argv)
    E._check(a.sets)
    t0 = time.time()
    recs = E.records(a.sets)
    print(f"parsed {len(recs)} documents in {time.time() - t0:.0f}s", flush=True)
    if a.head_rules:
        for r in recs:
            r["blind_rels"] = r["result"]["relationships"]
    else:
        blind_relationships(recs)
    model = fit(recs, a.sets, "head" if a.head_rules else "blind", folds=a.folds, epochs=a.epochs, log=lambda s: print(s, flush=True))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(a.out)
    print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KiB), threshold {model.threshold}, {time.time() - t0:.0f}s in all")


if __name__ == "__main__":
    main()
