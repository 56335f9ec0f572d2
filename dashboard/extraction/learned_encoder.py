"""The learned tiers' second models: fine-tuned MiniLM-L6 classifiers whose probabilities the tier
averages with its linear model's. The event tier's (`learned.learned_events`, same threshold and
mode) is shipped in data/learned_encoder/, `config.LEARNED_ENSEMBLE` (SITREP_LEARNED_ENSEMBLE); the
relationship tier's (`learned_relationships.learned_relationships`, the threshold of its meta.json)
in data/learned_rel_encoder/, `config.LEARNED_REL_ENCODER` (SITREP_LEARNED_REL_ENCODER). Both on by
default; each setting names another folder or, `off`, leaves that tier's linear model alone. One
loader and one run time serve both (`TIERS` only names each one's setting in the error message).

A folder holds three files: model.int8.onnx (the network, int8 ONNX), tokenizer.json (a
`tokenizers` tokenizer with the added [E] and [/E] tokens) and meta.json (classes, maximum length,
the sha256 of the two files). They run with onnxruntime and tokenizers only: torch and transformers
are for training and export (benchmarks/transformer_tier_experiment.py `final`,
scripts/export_learned_encoder.py), never the product.

Input as in training (the experiment's `encode`): one encoder pass per sentence, every candidate
mention of the sentence wrapped in [E] ... [/E], at most `maxlen` word pieces; a candidate is
[h(CLS); h([E] of its source mention); h([E] of its target mention)] -> linear -> the classes.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np

MODEL, TOKENIZER, META = "model.int8.onnx", "tokenizer.json", "meta.json"
#: Sentences per network call. One: the int8 model quantizes its activations with scales taken from
#: the whole batch, so batched with others (and their padding) a sentence read up to 0.18 apart in
#: probability from itself alone; alone, each sentence reads the same in any document, closer to the
#: fp32 model the tier was validated with (99th percentile of the per-candidate gap 0.11 vs 0.15),
#: and 11-15% faster with no padding (session 16, 1,062 candidates of 36 documents).
BATCH = 1


#: each tier's setting and shipped folder, named by the error message (the two tiers share the loader)
TIERS = {"events": ("SITREP_LEARNED_ENSEMBLE", "data/learned_encoder"),
         "relationships": ("SITREP_LEARNED_REL_ENCODER", "data/learned_rel_encoder")}


class EncoderError(RuntimeError):
    """The encoder's folder cannot be used (a file missing, altered or unreadable)."""


def _fail(path: Path, reason: str, tier: str = "events") -> EncoderError:
    # one message naming the file, what is wrong and how to go on without the encoder, instead of
    # an error from inside onnxruntime or tokenizers that names neither
    setting, shipped = TIERS[tier]
    return EncoderError(f"learned encoder: {path}: {reason}. Restore the file (git checkout {shipped}), "
                        f"name a folder holding {MODEL}, {TOKENIZER} and {META} with {setting}, "
                        f"or switch the encoder off with {setting}=off")


class Tok:
    """The calls `encode` makes of a tokenizer, on a `tokenizers.Tokenizer` (the same ids as the
    transformers tokenizer the model was trained with, checked on every sentence of three sets:
    benchmarks/transformer_onnx_check.py)."""

    def __init__(self, t: Any) -> None:
        self.t = t
        # `encode` cuts and adds CLS/SEP itself, as training did
        self.t.no_truncation()
        self.t.no_padding()
        self.cls_token_id = self.t.token_to_id("[CLS]")
        self.sep_token_id = self.t.token_to_id("[SEP]")

    def convert_tokens_to_ids(self, s: str) -> int:
        return self.t.token_to_id(s)

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict[str, list[int]]:
        return {"input_ids": self.t.encode(text, add_special_tokens=add_special_tokens).ids}


def _read(folder: Path, name: str, tier: str) -> bytes:
    path = folder / name
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "missing", tier) from None
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})", tier) from None


def _checked(folder: Path, name: str, meta: dict[str, Any], tier: str) -> bytes:
    """The file's bytes, after its sha256 matches meta.json's: a model file altered or swapped
    without its meta.json would otherwise run and change events silently."""
    data = _read(folder, name, tier)
    want = meta["sha256"].get(name)
    got = hashlib.sha256(data).hexdigest()
    if not want:
        raise _fail(folder / name, f"{META} gives no sha256 for it", tier)
    if got != want:
        raise _fail(folder / name, f"sha256 {got[:12]}... does not match {str(want)[:12]}... in {META} "
                                   f"(a changed or corrupt file)", tier)
    return data


@lru_cache(maxsize=4)
def load(folder: str, tier: str = "events") -> tuple[Any, Tok, dict[str, Any]]:
    """The folder's onnxruntime session, tokenizer and meta.json, once per process and folder;
    EncoderError (naming the file and `tier`'s setting) when one is missing, altered or unreadable."""
    d = Path(folder)
    try:
        meta = json.loads(_read(d, META, tier))
        ok = isinstance(meta["classes"], list) and isinstance(meta["maxlen"], int) and isinstance(meta["sha256"], dict)
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise _fail(d / META, "not a meta.json with classes, maxlen and sha256", tier)
    model_bytes = _checked(d, MODEL, meta, tier)
    tok_bytes = _checked(d, TOKENIZER, meta, tier)
    # imported here: a process with the encoder off never loads onnxruntime
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise _fail(d / MODEL, f"{exc.name} is not installed (pip install -r requirements.txt)", tier) from None

    try:
        tok = Tok(Tokenizer.from_str(tok_bytes.decode("utf-8")))
        if tok.convert_tokens_to_ids("[E]") is None or tok.convert_tokens_to_ids("[/E]") is None:
            raise ValueError("no [E]/[/E] tokens")
    except Exception as exc:  # tokenizers raises its own exception types
        raise _fail(d / TOKENIZER, f"not the encoder's tokenizer ({exc})", tier) from None
    so = ort.SessionOptions()
    # one thread: measured fastest on the 2-core deployment machine (two threads oversubscribe the
    # cores spaCy and the other workers share; benchmarks/transformer_onnx_check.py)
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.log_severity_level = 3
    try:
        session = ort.InferenceSession(model_bytes, so, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime's errors are its own classes
        raise _fail(d / MODEL, f"onnxruntime cannot load it ({str(exc).splitlines()[0][:200]})", tier) from None
    return session, tok, meta


def encode(tok: Any, text: str, ments: list[tuple[int, int]], maxlen: int) -> tuple[list[int], list[int]]:
    """Word-piece ids of `text` with [E] ... [/E] around each mention (character spans), and the
    position of each mention's [E] (0, the CLS, for one cut off)."""
    e, ee = tok.convert_tokens_to_ids("[E]"), tok.convert_tokens_to_ids("[/E]")
    cuts = sorted({0, *(b for sp in ments for b in sp), len(text)})
    ids, pos_at = [tok.cls_token_id], {}
    for a, b in zip(cuts, cuts[1:]):
        ids += [ee for _, s1 in ments if s1 == a]
        for mi, (s0, _) in enumerate(ments):
            if s0 == a:
                pos_at[mi] = len(ids)
                ids.append(e)
        if b > a:
            ids += tok(text[a:b], add_special_tokens=False)["input_ids"]
    ids += [ee for _, s1 in ments if s1 == len(text)]
    ids = ids[:maxlen - 1] + [tok.sep_token_id]
    return ids, [pos_at.get(mi, 0) if pos_at.get(mi, 0) < maxlen - 1 else 0 for mi in range(len(ments))]


def sentences(cands: list[Any], tok: Any, maxlen: int) -> list[tuple[tuple[list[int], list[int]], list[tuple[int, int, int]]]]:
    """One encoded sentence per sentence of the candidates (`encode`), with each candidate's
    (row in `cands`, index of its source mention, of its target mention) in it."""
    by_sent: dict[tuple[int, int], list[int]] = {}
    for k, c in enumerate(cands):
        by_sent.setdefault((id(c.ms.doc), c.sent), []).append(k)
    sents = []
    for ks in by_sent.values():
        sent = cands[ks[0]].ms.sent
        base, ments, cs = sent.start_char, [], []
        for k in ks:
            ids = []
            for m in (cands[k].ms, cands[k].mt):
                sp = (m.start_char - base, m.end_char - base)
                if sp not in ments:
                    ments.append(sp)
                ids.append(ments.index(sp))
            cs.append((k, ids[0], ids[1]))
        sents.append((encode(tok, sent.text, ments, maxlen), cs))
    return sents


def probabilities(cands: list[Any], tok: Any, maxlen: int, run: Callable[..., np.ndarray], n_classes: int) -> np.ndarray:
    """Class probabilities of the candidates from a network call `run(ids, att, rows, ps, pt) ->
    logits` (numpy int64 arrays in): sentences of similar length batched `BATCH` at a time. The run
    time passes onnxruntime (`encoder_probs`); benchmarks/transformer_onnx_check.py passes torch too."""
    sents = sorted(sentences(cands, tok, maxlen), key=lambda s: len(s[0][0]))
    out = np.zeros((len(cands), n_classes))
    for j in range(0, len(sents), BATCH):
        chunk = sents[j:j + BATCH]
        width = max(len(x) for (x, _), _ in chunk)
        ids = np.zeros((len(chunk), width), dtype=np.int64)
        att = np.zeros_like(ids)
        rows, ps, pt, ks = [], [], [], []
        for r, ((x, pos), cs) in enumerate(chunk):
            ids[r, :len(x)] = x
            att[r, :len(x)] = 1
            for k, a, b in cs:
                rows.append(r); ps.append(pos[a]); pt.append(pos[b]); ks.append(k)
        z = run(ids, att, np.array(rows, np.int64), np.array(ps, np.int64), np.array(pt, np.int64))
        e = np.exp(z - z.max(-1, keepdims=True))
        out[ks] = e / e.sum(-1, keepdims=True)
    return out


def check_configured() -> None:
    """Load the encoders the settings name (none of a tier that is off or whose encoder is), so a
    batch fails once, before any document, with EncoderError naming the file, rather than once per
    document."""
    from .. import config

    if config.LEARNED_EVENTS and config.LEARNED_ENSEMBLE:
        load(config.LEARNED_ENSEMBLE)
    if config.LEARNED_RELATIONSHIPS and config.LEARNED_REL_ENCODER:
        load(config.LEARNED_REL_ENCODER, "relationships")


def encoder_probs(cands: list[Any], folder: str, classes: list[str], tier: str = "events") -> np.ndarray:
    """The fine-tuned encoder's class probabilities for the candidates (rows as `cands`, columns
    as `classes`)."""
    session, tok, meta = load(folder, tier)
    if list(meta["classes"]) != list(classes):
        raise _fail(Path(folder) / META, f"classes {meta['classes']} are not the tier's {classes}", tier)

    def run(ids: np.ndarray, att: np.ndarray, rows: np.ndarray, ps: np.ndarray, pt: np.ndarray) -> np.ndarray:
        return session.run(None, dict(ids=ids, att=att, rows=rows, ps=ps, pt=pt))[0]
    return probabilities(cands, tok, meta["maxlen"], run, len(classes))


def ensemble(cands: list[Any], linear: np.ndarray, folder: str, classes: list[str], tier: str = "events") -> np.ndarray:
    """The tier's probabilities: the mean of its linear model's (`linear`) and the encoder's, for the
    candidates of every sentence where the linear model gives some type at least meta.json's `gate`
    (absent: 0, every sentence); the linear model's alone elsewhere. The encoder costs about as
    much as the rest of the extraction, and where the linear model sees no tie at all the mean
    seldom passes the threshold: the gate is chosen out of fold (data/learned_rel_encoder/README.md)."""
    gate = float(load(folder, tier)[2].get("gate", 0.0))
    typed = np.delete(linear, classes.index("NONE"), axis=1).max(1) if len(cands) else np.zeros(0)
    # whole sentences pass or not: a sentence's candidates share one encoder pass
    best: dict[tuple[int, int], float] = {}
    for c, p in zip(cands, typed):
        key = (id(c.ms.doc), c.sent)
        best[key] = max(best.get(key, 0.0), float(p))
    keep = [k for k, c in enumerate(cands) if best[(id(c.ms.doc), c.sent)] >= gate]
    out = np.array(linear, dtype=float, copy=True)
    if keep:
        out[keep] = (out[keep] + encoder_probs([cands[k] for k in keep], folder, classes, tier)) / 2
    return out
