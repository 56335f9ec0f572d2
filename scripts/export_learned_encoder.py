"""Export a learned tier's fine-tuned encoder from its torch folder to the files the product runs
(model.int8.onnx, tokenizer.json, meta.json): the event tier's in data/learned_encoder/, the
relationship tier's in data/learned_rel_encoder/ (OUT_FOLDER; its torch folder from
`benchmarks/transformer_relationship_experiment.py final`).

A developer tool, like the training scripts: it needs torch, transformers, onnx and onnxruntime, which
the product's requirements do not carry (a venv such as /tmp/tvenv: torch 2.13.0+cpu, transformers
5.24.0, onnx 1.23.2, onnxruntime 1.32.0). Run from the repository root:

    /tmp/tvenv/bin/python scripts/export_learned_encoder.py [TORCH_FOLDER] [OUT_FOLDER]

TORCH_FOLDER (default /tmp/trf-final) is what `benchmarks/transformer_tier_experiment.py final DIR`
writes: model.pt (the Net's state dict), encoder/ (config.json and the tokenizer with [E] and [/E]),
meta.json (classes, maxlen, the training settings and sets). OUT_FOLDER defaults to data/learned_encoder.
It does not train: the network is the one in model.pt. Its depth is the saved config's
(`num_hidden_layers`: 3 for a LAYERS=3 model of session 17, whose meta.json also says `layers`), so
`load_torch` rebuilds a 3-layer network from it as it does a 6-layer one; meta.json's `references`
(session 17: trained on the tier's reference candidates too) is copied, and the run time reads it.

Steps (session 13's measured choice, benchmarks/transformer_onnx_check.py): the Net as `load_torch` builds
it -> torch.onnx.export (the TorchScript exporter, opset 17; inputs ids, att, rows, ps, pt with dynamic
batch, width and candidate count; output logits) -> onnxruntime.quantization.quantize_dynamic with int8
weights and per-channel scales (plain per-tensor int8 changed a third of the tier's additions against
torch, per-channel a fifth) -> model.int8.onnx; encoder/tokenizer.json copied; meta.json = the torch
folder's meta.json plus the sha256 of both files (checked by the run time on load) and where they came
from. With the versions above the export is byte-for-byte reproducible: re-running it on the session-13
folder gives the shipped file's sha256 (ec2256aa...).
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_torch(folder: str) -> tuple[Any, Any, dict[str, Any]]:
    """The torch network (eval mode), its transformers tokenizer and meta.json, from a folder of
    `transformer_tier_experiment.py final` (the experiment's Net, rebuilt from the encoder's config)."""
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


def export_fp32(net: Any, tok: Any, path: Path) -> None:
    """The network as fp32 ONNX (inputs as learned_encoder.encoder_probs feeds them)."""
    import torch

    ids = torch.tensor([[tok.cls_token_id, 2000, 2001, 2002, 2003, tok.sep_token_id],
                        [tok.cls_token_id, 2004, 2005, tok.sep_token_id, 0, 0]])
    att = (ids != 0).long()
    rows, ps, pt = torch.tensor([0, 0, 1]), torch.tensor([1, 2, 1]), torch.tensor([2, 1, 2])
    torch.onnx.export(net, (ids, att, rows, ps, pt), str(path),
                      input_names=["ids", "att", "rows", "ps", "pt"], output_names=["logits"],
                      dynamic_axes={"ids": {0: "batch", 1: "width"}, "att": {0: "batch", 1: "width"},
                                    "rows": {0: "cands"}, "ps": {0: "cands"}, "pt": {0: "cands"},
                                    "logits": {0: "cands"}},
                      opset_version=17, dynamo=False)


def quantize(src: Path, dst: Path) -> None:
    """int8 weights, per-channel scales, activations quantized at run time (dynamic)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(folder: str, out: str) -> dict[str, Any]:
    import onnxruntime
    import torch
    import transformers

    src, o = Path(folder), Path(out)
    o.mkdir(parents=True, exist_ok=True)
    net, tok, meta = load_torch(folder)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.fp32.onnx"
        export_fp32(net, tok, fp32)
        quantize(fp32, o / "model.int8.onnx")
    shutil.copyfile(src / "encoder" / "tokenizer.json", o / "tokenizer.json")
    meta = dict(meta)
    # the relationship tier's torch folder names its own training script (the event tier's predates the key)
    trained_by = meta.pop("trained_by", "benchmarks/transformer_tier_experiment.py final")
    meta["sha256"] = {"model.int8.onnx": sha256(o / "model.int8.onnx"), "tokenizer.json": sha256(o / "tokenizer.json")}
    meta["source"] = {
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)"
                      + (f", its lowest {meta['layers']} of 6 transformer layers" if meta.get("layers", 6) < 6 else ""),
        "trained_by": trained_by,
        "torch_model_sha256": sha256(src / "model.pt"),
        "exported_by": "scripts/export_learned_encoder.py",
        "export": "torch.onnx.export opset 17 (TorchScript exporter), then onnxruntime quantize_dynamic "
                  "QInt8 per_channel=True",
        "versions": {"torch": torch.__version__, "transformers": transformers.__version__,
                     "onnxruntime": onnxruntime.__version__},
    }
    (o / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    return meta


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in {"-h", "--help"}:
        raise SystemExit(__doc__)
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/trf-final"
    out = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "data" / "learned_encoder")
    m = export(folder, out)
    for name, h in m["sha256"].items():
        print(f"{out}/{name}: {(Path(out) / name).stat().st_size / 1e6:.1f} MB, sha256 {h}")
