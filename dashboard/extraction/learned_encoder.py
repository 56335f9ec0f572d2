"""An experimental second model for the learned event tier: a fine-tuned MiniLM-L6 classifier
whose probabilities `learned.learned_events` averages with the linear model's, when
`config.LEARNED_ENSEMBLE` names its folder (SITREP_LEARNED_ENSEMBLE; unset, nothing here runs).

The folder is what `benchmarks/transformer_tier_experiment.py final DIR` writes: model.pt (the
network's state dict), encoder/ (the encoder's config and the tokenizer with the added [E] and
[/E] tokens), meta.json (classes, maximum length). torch and transformers are imported only here
and only then; the product's requirements do not carry them.

Input as in training (the experiment's `encode`): one encoder pass per sentence, every candidate
mention of the sentence wrapped in [E] ... [/E], at most `maxlen` word pieces; a candidate is
[h(CLS); h([E] of its source mention); h([E] of its target mention)] -> linear -> the classes.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np


@lru_cache(maxsize=2)
def _load(folder: str) -> tuple[Any, Any, dict[str, Any]]:
    import torch
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    d = Path(folder)
    meta = json.loads((d / "meta.json").read_text())
    tok = AutoTokenizer.from_pretrained(d / "encoder")

    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.enc = AutoModel.from_config(AutoConfig.from_pretrained(d / "encoder"))
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(3 * self.enc.config.hidden_size, len(meta["classes"]))

        def forward(self, ids: Any, att: Any, rows: Any, ps: Any, pt: Any) -> Any:
            hs = self.enc(input_ids=ids, attention_mask=att).last_hidden_state
            return self.head(torch.cat([hs[rows, 0], hs[rows, ps], hs[rows, pt]], -1))

    net = Net()
    net.load_state_dict(torch.load(d / "model.pt", map_location="cpu"))
    net.eval()
    return net, tok, meta


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
    logits` (numpy int64 arrays in): sentences of similar length batched 16 at a time. The run
    time passes torch (`encoder_probs`); benchmarks/transformer_onnx_check.py passes onnxruntime."""
    sents = sorted(sentences(cands, tok, maxlen), key=lambda s: len(s[0][0]))
    out = np.zeros((len(cands), n_classes))
    for j in range(0, len(sents), 16):
        chunk = sents[j:j + 16]
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


def encoder_probs(cands: list[Any], folder: str, classes: list[str]) -> np.ndarray:
    """The fine-tuned encoder's class probabilities for the candidates (rows as `cands`, columns
    as `classes`)."""
    import torch

    net, tok, meta = _load(folder)
    if list(meta["classes"]) != list(classes):
        raise ValueError(f"{folder}: classes {meta['classes']} are not the tier's {classes}")

    def run(*arrays: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            return net(*(torch.from_numpy(a) for a in arrays)).numpy()
    return probabilities(cands, tok, meta["maxlen"], run, len(classes))
