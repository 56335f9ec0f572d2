"""Experiment (not a product change): could the learned tier's experimental encoder
(dashboard/extraction/learned_encoder.py, the `final` model of benchmarks/transformer_tier_experiment.py)
run without torch and transformers? The same Net exported to ONNX, dynamically quantized to int8, run
with onnxruntime and the `tokenizers` package; its size, its speed against the torch model on the same
candidates, and how far its probabilities are from the torch model's.

Session 14 shipped the int8 per-channel model as the default (data/learned_encoder/, written by
scripts/export_learned_encoder.py, which now holds the torch loader this script uses); the figures below
are session 13's, when the run time still ran torch.

Run from the repository root with the experiment venv (torch CPU, transformers, onnx, onnxruntime):
    /tmp/tvenv/bin/python benchmarks/transformer_onnx_check.py export [/tmp/trf-final] [/tmp/onnx]
    /tmp/tvenv/bin/python benchmarks/transformer_onnx_check.py check  [/tmp/trf-final] [/tmp/onnx]
The model files stay outside the repository (/tmp/onnx). Documents: heldout2, heldout3 and corpus only
(scripts/train_learned_events.py's doc_list, which refuses heldout37 and later).

- export: learned_encoder._load's Net (as the run time loads it) -> torch.onnx.export (inputs ids, att,
  rows, ps, pt; dynamic batch, width and candidate count) -> encoder.onnx; then
  onnxruntime.quantization.quantize_dynamic(weight_type=QInt8) -> encoder.int8.onnx.
- check: each document run through dashboard.extract.extract with SITREP_LEARNED_ENSEMBLE set, a hook on
  learned_encoder.encoder_probs keeping the run time's own candidates (and the linear model's
  probabilities for them); then the same candidates through encoder_probs's grouping (one pass per
  sentence, 16 sentences per batch, sorted by length) with (a) torch + the transformers tokenizer,
  (b) onnxruntime fp32 and (c) int8 + a tokenizers.Tokenizer from encoder/tokenizer.json (a tiny adapter
  giving `learned_encoder.encode` the same calls). Speed: best of 3 after a warm-up, whole path
  (encoding + network + softmax), per thread count.

Figures (2026-11-28, 2 shared cores with other jobs, load average 3-6 throughout; torch 2.13.0+cpu,
transformers 5.24.0, tokenizers 0.23.3, onnx 1.23.2, onnxruntime 1.32.0; the legacy TorchScript exporter,
opset 17, of the Net exactly as _load builds it, sdpa attention; export 2.6 s, each quantization about 2 s)
Files: model.pt 91.0 MB; encoder.onnx (fp32) 90.5 MB; encoder.int8.onnx 22.9 MB (per-channel 23.0 MB;
per-channel MatMul only, the word embeddings fp32, 58.8 MB); plus tokenizer.json 0.71 MB and meta.json.
Run-time dependencies of the int8 path: numpy, onnxruntime (a 28 MB wheel), tokenizers; it runs in a
process where importing torch or transformers fails (checked by hand with sys.modules blocked).

Candidates: 23 documents of heldout2+heldout3+corpus, 5,893 words, 1,124 candidates in 197 sentences, as
extraction hands them to encoder_probs (this script's re-run of that path matches the run time's
probabilities within 6.2e-7).
Tokenizer: tokenizers.Tokenizer.from_file(encoder/tokenizer.json) (no truncation, no padding) gives the
same ids and [E] positions as the transformers tokenizer for 197/197 sentences; encoding all 197 takes
0.045 s vs 0.108 s.

Agreement with the torch model, 1,124 candidates x 16 classes (flips: (candidate, type) pairs of the 15
types, 16,860 in all, on different sides of 0.15; events: what learned.additions adds to the rules' at the
shipped threshold and mode with the ensemble mean, 105 with torch):
                                  max |dp|  mean |dp|  median/99th pct of per-cand. max  argmax (ens.)    flips ens./alone  events lost/new
  onnx fp32                       1.8e-6    3.0e-8     1.6e-7 / 9.2e-7                   1.000 (1.000)    0 / 0             0 / 0
  onnx int8 (as asked)            0.353     0.0097     0.048 / 0.276                     0.923 (0.947)    82 / 222          20 / 15 (100 added)
  onnx int8 per-channel           0.244     0.0043     0.021 / 0.153                     0.968 (0.980)    44 / 87           11 / 9  (103 added)
  onnx int8 per-ch., MatMul only  0.220     0.0041     0.018 / 0.161                     0.961 (0.974)    47 / 86           9 / 4   (100 added)
So fp32 ONNX is the torch model (to float rounding); plain dynamic int8 changes a third of the events the
ensemble adds (35 of 105 differ), per-channel int8 about a fifth (20). These sets are in the final model's
training data, so no F1 here would mean anything; whether int8 keeps the +0.021 needs the unseen-set
measurement (not run here: heldout37 and later are not this helper's to read).

Speed on the same 1,124 candidates, whole path (sentence encoding + network + softmax), best of 3 after a
warm-up; the second of two runs (the first gave the same order: torch 1 thread 2.71 s, onnx fp32 2.69 s,
int8 1.72 s). The 2-thread rows are oversubscribed by the other jobs on the 2 cores (as in the
experiment's own speed figures) and say nothing about an idle machine:
                                              s      candidates/s   s per 1,000 words
  torch fp32 + transformers tok., 1 thread    2.82   398            0.479
  torch fp32 + transformers tok., 2 threads   13.33  84             2.262
  onnx fp32 + tokenizers, intra_op 1          2.22   507            0.376
  onnx fp32 + tokenizers, intra_op 2          3.54   317            0.601
  onnx int8 + tokenizers, intra_op 1          1.51   744            0.256
  onnx int8 + tokenizers, intra_op 2          2.75   409            0.467
  onnx int8 per-channel, intra_op 1           1.97   569            0.335
  onnx int8 per-channel, intra_op 2           2.88   390            0.489
  onnx int8 per-ch. MatMul only, intra_op 1   1.44   781            0.244
  onnx int8 per-ch. MatMul only, intra_op 2   2.69   418            0.456
With 1 thread int8 runs at 1.6-1.9x the torch model's speed over the two runs (0.26 vs 0.48 s per 1,000
words here), fp32 ONNX at 1.0-1.3x;
for scale, the experiment's speed section: spaCy's parse about 1.8 s and the linear tier about 0.33 s per
1,000 words (under heavier load).

Session 16 (2026-11-29, by hand with this script's runners; the shipped run-c file, one sentence per call as
the run time now does; 36 development documents, 1,062 candidates; load average 3-5, 5 alternating rounds):
- Against the fp32 torch model: the shipped int8 per-channel file max |dp| 0.197, mean 0.0036, 99th
  percentile of the per-candidate largest gap 0.117, 78 of 15,930 (candidate, type) pairs on the other side
  of 0.15. Batched 16 sentences per call, as before, the 99th percentile was 0.149: dynamic int8 takes
  its activation scales from the whole call (padding included), so a sentence read differently beside
  other sentences (learned_encoder.BATCH).
- onnxruntime.transformers.optimizer (model_type bert, 12 heads, hidden 384) before quantizing: it fuses
  6 BiasGelu and 12 SkipLayerNormalization but no Attention (the sdpa export's pattern is not matched);
  int8 of that graph runs at 1.03x the shipped file's time (no gain: onnxruntime already fuses these when
  it loads the model) with the same agreement (80 flips). fp32 ONNX, exact, takes 1.51x (fused 1.58x).
  So neither ships.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "scripts")]

SETS = ["heldout2", "heldout3", "corpus"]
TH = 0.15
MODELS = {"onnx fp32": "encoder.onnx", "onnx int8": "encoder.int8.onnx",
          "onnx int8 per-channel": "encoder.int8pc.onnx", "onnx int8 per-channel, MatMul only": "encoder.int8mm.onnx"}


# ---------------------------------------------------------------- export
def export(folder: str, out: str) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from export_learned_encoder import load_torch

    net, tok, meta = load_torch(folder)
    o = Path(out)
    o.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[tok.cls_token_id, 2000, 2001, 2002, 2003, tok.sep_token_id],
                        [tok.cls_token_id, 2004, 2005, tok.sep_token_id, 0, 0]])
    att = (ids != 0).long()
    rows, ps, pt = torch.tensor([0, 0, 1]), torch.tensor([1, 2, 1]), torch.tensor([2, 1, 2])
    t0 = time.time()
    torch.onnx.export(net, (ids, att, rows, ps, pt), str(o / "encoder.onnx"),
                      input_names=["ids", "att", "rows", "ps", "pt"], output_names=["logits"],
                      dynamic_axes={"ids": {0: "batch", 1: "width"}, "att": {0: "batch", 1: "width"},
                                    "rows": {0: "cands"}, "ps": {0: "cands"}, "pt": {0: "cands"},
                                    "logits": {0: "cands"}},
                      opset_version=17, dynamo=False)
    t1 = time.time()
    quantize_dynamic(str(o / "encoder.onnx"), str(o / "encoder.int8.onnx"), weight_type=QuantType.QInt8)
    print(f"exported in {t1 - t0:.1f}s, quantized in {time.time() - t1:.1f}s")
    # two variants, for the int8 model's error: per-channel weight scales; and per-channel MatMul only
    # (the word-embedding Gather, 30,524 x 384, left fp32)
    quantize_dynamic(str(o / "encoder.onnx"), str(o / "encoder.int8pc.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True)
    quantize_dynamic(str(o / "encoder.onnx"), str(o / "encoder.int8mm.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True, op_types_to_quantize=["MatMul"])
    for f in MODELS.values():
        print(f"  {f}: {(o / f).stat().st_size / 1e6:.1f} MB")
    print(f"  model.pt: {(Path(folder) / 'model.pt').stat().st_size / 1e6:.1f} MB; "
          f"tokenizer.json {(Path(folder) / 'encoder' / 'tokenizer.json').stat().st_size / 1e6:.2f} MB")


# ---------------------------------------------------------------- candidates as the run time builds them
def run_time_candidates(folder: str) -> tuple[list[Any], np.ndarray, np.ndarray, int, int, list[tuple]]:
    """The candidates that extraction hands encoder_probs for every document of SETS, the linear model's
    and the run-time torch encoder's probabilities for them, the documents and their words, and per
    document the arguments extraction gave learned.additions (for the events each model would add)."""
    import train_learned_events as T
    from dashboard import config
    from dashboard.extract import extract
    from dashboard.extraction import learned as L
    from dashboard.extraction import learned_encoder as E
    from dashboard.readers import read_document

    config.LEARNED_EVENTS = True
    # (since session 14 the run time is the shipped int8 model, not the torch folder)
    config.LEARNED_ENSEMBLE = str(config.LEARNED_ENCODER_DIR)
    kept: list[tuple[list[Any], np.ndarray]] = []
    orig = E.encoder_probs

    def hook(cands: list[Any], f: str, classes: list[str]) -> np.ndarray:
        p = orig(cands, f, classes)
        kept.append((list(cands), p))
        return p
    adds: list[tuple] = []
    orig_add = L.additions

    def hook_add(cands: list[Any], probs: np.ndarray, events: list, *args: Any) -> Any:
        adds.append((len(adds), [dict(e) for e in events], args))
        return orig_add(cands, probs, events, *args)
    E.encoder_probs, L.additions = hook, hook_add
    docs = T.doc_list(SETS)
    words = 0
    try:
        for _, _, path in docs:
            res = extract(read_document(path))
            del res
    finally:
        E.encoder_probs, L.additions = orig, orig_add
    assert len(adds) == len(kept)
    cands = [c for cs, _ in kept for c in cs]
    seen = set()
    for c in cands:
        d = c.ms.doc
        if id(d) not in seen:
            seen.add(id(d))
            words += sum(not t.is_punct and not t.is_space for t in d)
    lin = L.model().predict(cands)
    trf = np.concatenate([p for _, p in kept])
    return cands, lin, trf, len(docs), words, [(len(cs), a) for (cs, _), a in zip(kept, adds)]


def added_events(cands: list[Any], probs: np.ndarray, per_doc: list[tuple]) -> list[set]:
    """Per document, the (sentence, source, target, type) events learned.additions gives for `probs`."""
    from dashboard.extraction import learned as L
    out, k = [], 0
    for n, (_, events, args) in per_doc:
        cs = cands[k:k + n]
        out.append({(c.sent, c.s, c.t, ty) for c, ty, _ in L.additions(cs, probs[k:k + n], events, *args)})
        k += n
    return out


# ---------------------------------------------------------------- the torch-free path
def FastTok(path: str) -> Any:
    """The run time's tokenizers.Tokenizer adapter (learned_encoder.Tok) on a tokenizer.json."""
    from tokenizers import Tokenizer

    from dashboard.extraction.learned_encoder import Tok
    return Tok(Tokenizer.from_file(path))


def sentences(cands: list[Any], tok: Any, maxlen: int) -> list[tuple[tuple[list[int], list[int]], list]]:
    """The run time's grouping and encoding (learned_encoder.sentences)."""
    from dashboard.extraction.learned_encoder import sentences as run_time_sentences
    return run_time_sentences(cands, tok, maxlen)


def probs(cands: list[Any], tok: Any, maxlen: int, run: Any, n_cls: int) -> np.ndarray:
    """The run time's batching (learned_encoder.probabilities) with the network call `run(ids, att,
    rows, ps, pt) -> logits` (numpy int64 in)."""
    from dashboard.extraction.learned_encoder import probabilities
    return probabilities(cands, tok, maxlen, run, n_cls)


def ort_runner(path: str, threads: int) -> Any:
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    s = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    return lambda ids, att, rows, ps, pt: s.run(None, dict(ids=ids, att=att, rows=rows, ps=ps, pt=pt))[0]


def torch_runner(net: Any) -> Any:
    import torch

    def run(ids: Any, att: Any, rows: Any, ps: Any, pt: Any) -> np.ndarray:
        with torch.no_grad():
            return net(*(torch.from_numpy(a) for a in (ids, att, rows, ps, pt))).double().numpy()
    return run


def best_of(f: Any, n: int = 3) -> float:
    f()  # warm-up
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t0)
    return min(ts)


def check(folder: str, out: str) -> None:
    import torch
    from dashboard.extraction import learned as L

    t0 = time.time()
    cands, lin, trf_rt, n_docs, words, per_doc = run_time_candidates(folder)
    from export_learned_encoder import load_torch
    net, tok, meta = load_torch(folder)
    maxlen, n_cls = meta["maxlen"], len(meta["classes"])
    fast = FastTok(str(Path(folder) / "encoder" / "tokenizer.json"))
    n_sents = len({(id(c.ms.doc), c.sent) for c in cands})
    print(f"{n_docs} documents of {'+'.join(SETS)}, {words} words, {len(cands)} candidates in {n_sents} sentences "
          f"(extraction with the hook {time.time() - t0:.0f}s)", flush=True)

    # tokenizer check: every sentence's ids (and [E] positions) from the tokenizers-only path
    a, b = sentences(cands, tok, maxlen), sentences(cands, fast, maxlen)
    same = sum(x[0] == y[0] for x, y in zip(a, b))
    print(f"tokenizers.Tokenizer vs transformers tokenizer: {same}/{len(a)} sentences give the same ids and "
          f"[E] positions", flush=True)

    torch.set_num_threads(1)
    p_t = probs(cands, tok, maxlen, torch_runner(net), n_cls)
    print(f"torch via this script vs the run time's encoder_probs (the shipped int8 model since session 14): max |d| {np.abs(p_t - trf_rt).max():.2e}")
    res = {}
    ev_t = added_events(cands, (lin + p_t) / 2, per_doc)
    print(f"events the ensemble (linear + torch) adds to the rules': {sum(map(len, ev_t))}")
    for name, path in MODELS.items():
        p = res[name] = probs(cands, fast, maxlen, ort_runner(str(Path(out) / path), 1), n_cls)
        d = np.abs(p - p_t)
        ens_t, ens_o = (lin + p_t) / 2, (lin + p) / 2
        flips_e = int(((ens_t[:, :L.NONE] > TH) != (ens_o[:, :L.NONE] > TH)).sum())
        flips_a = int(((p_t[:, :L.NONE] > TH) != (p[:, :L.NONE] > TH)).sum())
        arg = float(np.mean(p.argmax(1) == p_t.argmax(1)))
        arg_e = float(np.mean(ens_o.argmax(1) == ens_t.argmax(1)))
        print(f"{name} vs torch, {len(cands)} candidates x {n_cls} classes: max |dp| {d.max():.2e}, mean {d.mean():.2e}, "
              f"per-candidate max: median {np.median(d.max(1)):.2e}, 99th pct {np.percentile(d.max(1), 99):.2e}; "
              f"argmax agrees {arg:.4f} (ensemble {arg_e:.4f}); (candidate, type) crossing {TH} differently: "
              f"ensemble mean {flips_e}, encoder alone {flips_a} (of {len(cands) * (n_cls - 1)})", flush=True)
        ev_o = added_events(cands, ens_o, per_doc)
        print(f"  events added (ensemble, the shipped threshold and mode): {sum(map(len, ev_o))}; "
              f"{sum(len(a - b) for a, b in zip(ev_t, ev_o))} of torch's lost, {sum(len(b - a) for a, b in zip(ev_t, ev_o))} new",
              flush=True)

    print("speed (whole path: encoding + network + softmax; best of 3 after a warm-up):")
    rows = []
    for th in (1, 2):
        torch.set_num_threads(th)
        rows.append((f"torch fp32 + transformers tokenizer, {th} thread(s)",
                     best_of(lambda: probs(cands, tok, maxlen, torch_runner(net), n_cls))))
    for name, path in MODELS.items():
        for th in (1, 2):
            run = ort_runner(str(Path(out) / path), th)
            rows.append((f"{name} + tokenizers, intra_op {th}", best_of(lambda: probs(cands, fast, maxlen, run, n_cls))))
    enc_t = best_of(lambda: sentences(cands, tok, maxlen))
    enc_f = best_of(lambda: sentences(cands, fast, maxlen))
    for name, t in rows:
        print(f"  {name:56s} {t:6.2f}s  {len(cands) / t:6.0f} candidates/s  {t / words * 1000:.3f}s per 1,000 words",
              flush=True)
    print(f"  of which encoding the sentences: transformers tokenizer {enc_t:.3f}s, tokenizers {enc_f:.3f}s")
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    folder = sys.argv[2] if len(sys.argv) > 2 else "/tmp/trf-final"
    out = sys.argv[3] if len(sys.argv) > 3 else "/tmp/onnx"
    if cmd == "export":
        export(folder, out)
    elif cmd == "check":
        check(folder, out)
    else:
        raise SystemExit(__doc__)
