"""Session 16: the learned event tier with candidates for sides only referred to ("he", "the two
leaders", "the country"), out of fold, linear model alone (scripts/train_learned_events.py's own
protocol: blind-era rules, grouped 4-fold CV by set, threshold and sibling threshold chosen on the
out-of-fold probabilities; the development sets heldout2-36, dev1-4, corpus, extract).

(a) today's candidates (named pairs only); (b) the same plus the candidates of the rules' own
readings of references (`learned.candidates(references=...)`). Both scored pooled over the
documents at each one's chosen thresholds; paired document bootstrap (2000 resamples, seed 0) of
F1(b) - F1(a). Also the precision of the additions made through a reference (an addition fits when
a gold event of its document accepts its pair and type), by kind of reference.

Optional (--ensemble): the same with session 13's run-b encoder out-of-fold probabilities
(/tmp/trf/b_probs{k}.npy, rows /tmp/trf/cands.pkl via b_idx{k}.npy) averaged with the linear
model's for named candidates, the linear model's alone for reference candidates.

    .venv/bin/python benchmarks/reference_candidates_experiment.py [--ensemble]
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import train_learned_events as T  # noqa: E402
from dashboard.extraction import learned as L  # noqa: E402


SHIPPED = (0.15, 0.2)  # the shipped threshold and sibling threshold


def per_doc(scorer, recs, extra, protocol="blind"):
    """Per document (tp, pred, found, req) of its rules events plus `extra[doc]`."""
    out = np.zeros((len(recs), 4))
    for i, rec in enumerate(recs):
        preds = T.events_for(rec, protocol) + extra.get(i, [])
        s = scorer.score_items(rec["gold"].get("events", []), scorer.triples(preds, "event"), scorer.SYMMETRIC_EVENTS,
                               "event", [], "event")
        out[i] = [s["tp"], s["pred"], s["found"], s["req"]]
    return out


def prf(scorer, tot):
    return scorer.prf(*(int(x) for x in tot))


def fits_gold(rec, c, ty):
    return any(T.pair_fits(ev, c.s, c.t) and T.accepts(ev["type"], ty) for ev in rec["gold"].get("events", []))


def encoder_oof():
    """(document, sentence, source, target) -> session 13's run-b encoder out-of-fold probabilities."""
    meta = pickle.load(open("/tmp/trf/cands.pkl", "rb"))
    enc = {}
    for k in range(4):
        idx, p = np.load(f"/tmp/trf/b_idx{k}.npy"), np.load(f"/tmp/trf/b_probs{k}.npy")
        for i, row in zip(idx, p):
            i = int(i)
            enc[(meta["docs"][i], meta["sent"][i], meta["s"][i], meta["t"][i])] = row
    return enc


def ensemble(cands, probs, enc):
    """Named candidates: the mean with the encoder's out-of-fold probabilities (matched by document,
    sentence, source and target; the linear model's alone where none matches); reference candidates:
    the linear model alone, as at run time."""
    out = probs.copy()
    missing = 0
    for k, c in enumerate(cands):
        if c.is_ref:
            continue
        row = enc.get((c.extra["doc"], c.sent, c.s, c.t))
        if row is None:
            missing += 1
        else:
            out[k] = (probs[k] + row) / 2
    return out, missing


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ensemble", action="store_true")
    ap.add_argument("--save", default="/tmp/refs16_oof.pkl")
    a = ap.parse_args()
    from _extract_helpers import load_scorer
    scorer = load_scorer()
    sets = T.ALL_SETS
    recs = T.records(sets)
    T.blind_events(recs)
    out = {}
    enc = encoder_oof() if a.ensemble else None
    for name, refs in (("a", False), ("b", True)):
        t0 = time.time()
        cands, labels = T.labelled_candidates(recs, "blind", refs)
        lin = T.oof_probs(cands, labels, sets)
        n_ref = sum(c.is_ref for c in cands)
        pos_ref = int(sum((labels[k, L.NONE] < 1) for k, c in enumerate(cands) if c.is_ref))
        print(f"({name}) {len(cands)} candidates ({int((labels[:, L.NONE] < 1).sum())} positive; {n_ref} through a "
              f"reference, {pos_ref} of them positive), {time.time() - t0:.0f}s", flush=True)
        models = {"linear": lin}
        if enc is not None:
            models["ensemble"], missing = ensemble(cands, lin, enc)
            print(f"    ensemble: {missing} named candidates without an encoder row (linear alone)", flush=True)
        for model, probs in models.items():
            for setting in ("chosen", "shipped"):
                if setting == "chosen":
                    th, table, sib, _ = T.choose_on(scorer, recs, cands, probs, sets, "onepair", "blind")
                else:
                    th, sib = SHIPPED
                adds = T.addition_events(recs, cands, probs, th, "onepair", "blind", sib)
                docs = per_doc(scorer, recs, adds)
                model_key = model if setting == "chosen" else f"{model}@shipped"
                out[(name, model_key)] = dict(cands=cands, probs=probs, th=th, sib=sib, docs=docs)
                p, r, f = prf(scorer, docs.sum(0))
                n_add = sum(len(v) for v in adds.values())
                print(f"  ({name}, {model_key}) threshold {th} siblings {sib}: F1 {f:.4f} P {p:.4f} R {r:.4f}, {n_add} additions", flush=True)
                by_kind = defaultdict(lambda: [0, 0])
                named = [0, 0]
                for d, evs in adds.items():
                    for e in evs:
                        c = e["cand"]
                        ok = fits_gold(recs[d], c, e["type"])
                        if c.is_ref:
                            kind = "+".join(sorted({k for k in c.ref if k}))
                            by_kind[kind][0] += 1
                            by_kind[kind][1] += ok
                        else:
                            named[0] += 1
                            named[1] += ok
                tot = [sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())]
                print(f"    named additions {named[0]}, fitting gold {named[1]} ({named[1] / max(1, named[0]):.3f}); reference "
                      f"additions {tot[0]}, fitting gold {tot[1]} ({tot[1] / max(1, tot[0]):.3f})"
                      + ("; by kind " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(by_kind.items())) if tot[0] else ""),
                      flush=True)
    n = len(recs)
    for model in ("linear", "ensemble", "linear@shipped", "ensemble@shipped"):
        if ("a", model) not in out:
            continue
        rng = np.random.default_rng(0)
        da, db = out[("a", model)]["docs"], out[("b", model)]["docs"]
        diffs = []
        for _ in range(2000):
            idx = rng.integers(0, n, n)
            diffs.append(prf(scorer, db[idx].sum(0))[2] - prf(scorer, da[idx].sum(0))[2])
        diffs = np.array(diffs)
        delta = prf(scorer, db.sum(0))[2] - prf(scorer, da.sum(0))[2]
        print(f"{model}: (b) - (a) {delta:+.4f} ({np.percentile(diffs, 2.5):+.4f}..{np.percentile(diffs, 97.5):+.4f}), "
              f"P(>0) {np.mean(diffs > 0):.3f}", flush=True)
    with open(a.save, "wb") as fh:
        pickle.dump({f"{k[0]}/{k[1]}": dict(probs=v["probs"], th=v["th"], sib=v["sib"], docs=v["docs"],
                                            keys=[(c.extra["doc"], c.sent, c.s, c.t, c.ref) for c in v["cands"]])
                     for k, v in out.items()}, fh)


if __name__ == "__main__":
    main()
