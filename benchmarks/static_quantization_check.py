"""Experiment (not a product change): static int8 quantization of the learned event tier's encoder,
calibrated on development sentences, against the shipped dynamic int8 file (data/learned_encoder/):
agreement with the fp32 ONNX model and speed as the run time calls it (one sentence per call, 1 thread).

Run from the repository root with the experiment venv (torch CPU, transformers, onnx, onnxruntime):
    /tmp/tvenv/bin/python benchmarks/static_quantization_check.py [TORCH_FOLDER] [CANDS_PKL] [WORK_DIR]
TORCH_FOLDER: the shipped model's torch folder (`transformer_tier_experiment.py final`); CANDS_PKL: that
experiment's `prep` output (benchmarks/.learned_cache/transformer/cands.pkl, development sets only);
WORK_DIR (default /tmp/static_q) holds the exported files. Sentences are shuffled (seed 0): the first 300
calibrate, the next 600 are measured.

Variants: onnxruntime.quantization.quantize_static, QDQ format, per-channel int8 weights, symmetric
int8 activations with MinMax calibration, after quant_pre_process (skip_symbolic_shape: the symbolic
shape inference fails on the attention mask's Min(512, width)); (a) MatMul only, (b) every operator.

Figures (2026-11-29, 2 cores with two helpers' jobs running, load average 2-4; onnxruntime 1.32.0;
600 sentences, 3,166 candidates; flips: (candidate, type) pairs of the 15 types, 47,490 in all, on
different sides of the shipped threshold 0.15):
                   per-candidate max |dp| vs fp32         flips at 0.15    time, best of 3 (median)   vs dynamic
                   median   99th pct   max
  dynamic (shipped) 0.017    0.119     0.209               205               6.52 s (9.41 s)            1.00x
  static, MatMul    0.119    0.544     0.689             1,053               29.54 s (33.03 s)           0.22x
  static, all       0.235    0.729     0.843             1,639               30.43 s (34.46 s)           0.21x
  fp32              0                                      0               14.33 s (16.12 s)           0.45x
Static scales fixed from calibration read these sentences much worse than scales taken per call (the
activation ranges differ from sentence to sentence), and onnxruntime runs the QDQ graph about 4.5 times
slower than the dynamic one on this CPU. Not pursued: dynamic per-channel int8 stays.
"""
import pickle, sys, time, random
from pathlib import Path
import numpy as np
ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / 'benchmarks', ROOT / 'scripts'):
    sys.path.insert(0, str(p))
import transformer_tier_experiment as X
import export_learned_encoder as EX
import onnxruntime as ort
from onnxruntime.quantization import quantize_static, CalibrationDataReader, QuantType, QuantFormat
from transformers import AutoTokenizer

D = Path(sys.argv[3] if len(sys.argv) > 3 else '/tmp/static_q').resolve()
D.mkdir(parents=True, exist_ok=True)
TORCH = str(Path(sys.argv[1] if len(sys.argv) > 1 else '/tmp/trf-final').resolve())
meta = pickle.loads(Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / 'benchmarks/.learned_cache/transformer/cands.pkl').read_bytes())
sents = X.sentences(meta)
tok = AutoTokenizer.from_pretrained(TORCH + '/encoder')
rng = random.Random(0)
rng.shuffle(sents)

def feed(s):
    ids, pos = X.encode(tok, s)
    rows = [0] * len(s['cands']); ps = [pos[a] for _, a, b in s['cands']]; pt = [pos[b] for _, a, b in s['cands']]
    a = lambda x: np.array(x, np.int64)
    return dict(ids=a([ids]), att=a([[1] * len(ids)]), rows=a(rows), ps=a(ps), pt=a(pt))

calib = [feed(s) for s in sents[:300]]
test = [feed(s) for s in sents[300:900]]
fp32 = D / 'fp32.onnx'
if not fp32.exists():
    net, _, _ = EX.load_torch(TORCH)
    EX.export_fp32(net, tok, fp32)

class R(CalibrationDataReader):
    def __init__(self): self.it = iter(calib)
    def get_next(self): return next(self.it, None)

import os
os.chdir(D)  # onnxruntime's pre-processing leaves temporary files in the working directory
variants = {'dynamic': str(ROOT / 'data' / 'learned_encoder' / 'model.int8.onnx')}
from onnxruntime.quantization.shape_inference import quant_pre_process
pre = D / 'pre.onnx'
if not pre.exists():
    quant_pre_process(str(fp32), str(pre), skip_symbolic_shape=True)
for name, kw in {'static_mm': dict(op_types_to_quantize=['MatMul']),
                 'static_all': dict()}.items():
    out = D / f'{name}.onnx'
    if not out.exists():
        quantize_static(str(pre), str(out), R(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8,
                        extra_options=dict(ActivationSymmetric=True), **kw)
    variants[name] = str(out)
variants['fp32'] = str(fp32)

so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1; so.log_severity_level = 3
sess = {k: ort.InferenceSession(v, so, providers=['CPUExecutionProvider']) for k, v in variants.items()}
def sm(z): e = np.exp(z - z.max(-1, keepdims=True)); return e / e.sum(-1, keepdims=True)
probs = {k: np.concatenate([sm(s.run(None, f)[0]) for f in test]) for k, s in sess.items()}
for k in variants:
    d = np.abs(probs[k] - probs['fp32']).max(1)
    flips = ((probs[k][:, :-1] >= 0.15) != (probs['fp32'][:, :-1] >= 0.15)).sum()
    print(f"{k:11s} vs fp32: median {np.median(d):.3f} p99 {np.quantile(d, .99):.3f} max {d.max():.3f}; (cand,type) flips at 0.15: {flips} of {probs[k][:, :-1].size}")
times = {k: [] for k in variants}
for rnd in range(3):
    for k in variants:
        t = time.perf_counter()
        for f in test: sess[k].run(None, f)
        times[k].append(time.perf_counter() - t)
for k in variants:
    print(f"{k:11s} best {min(times[k]):.2f}s median {sorted(times[k])[1]:.2f}s for {len(test)} sentences; ratio to dynamic {min(times['dynamic'])/min(times[k]):.2f}x")
