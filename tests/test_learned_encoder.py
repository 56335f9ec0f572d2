"""The experimental encoder ensemble (dashboard/extraction/learned_encoder.py, SITREP_LEARNED_ENSEMBLE):
off by default, and its mention marking, with a stand-in tokenizer (the product's venv has no
transformers; the model itself is checked against the training script's encoding by hand)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dashboard.extraction.learned_encoder import encode

ROOT = Path(__file__).resolve().parents[1]


class _Tok:
    """One id per whitespace-separated word: 1 CLS, 2 SEP, 3 [E], 4 [/E], words from 10."""
    cls_token_id, sep_token_id = 1, 2

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}

    def convert_tokens_to_ids(self, t: str) -> int:
        return {"[E]": 3, "[/E]": 4}[t]

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict[str, list[int]]:
        return {"input_ids": [self.vocab.setdefault(w, 10 + len(self.vocab)) for w in text.split()]}


def _setting(value: str | None) -> str:
    """config.LEARNED_ENSEMBLE as a fresh process reads it with SITREP_LEARNED_ENSEMBLE at `value`."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_LEARNED_ENSEMBLE"}
    if value is not None:
        env["SITREP_LEARNED_ENSEMBLE"] = value
    out = subprocess.run([sys.executable, "-c", "from dashboard import config; print(config.LEARNED_ENSEMBLE)"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_ensemble_is_off_unless_a_folder_is_named() -> None:
    assert _setting(None) == "None"
    assert _setting("") == "None"
    assert _setting("/models/encoder") == "/models/encoder"


def test_the_tier_does_not_load_the_encoder_when_off() -> None:
    # the product's venv has no torch: with the setting off, extraction must never import the module
    code = ("import sys\n"
            "from datetime import date\n"
            "from dashboard.extract import extract\n"
            "from dashboard.extraction import learned\n"
            "from dashboard.readers import Document\n"
            "calls = []\n"
            "real = learned.model\n"
            "learned.model = lambda: calls.append(1) or real()\n"  # counts the tier's runs, changes nothing
            "extract(Document(path='t.txt', text='China urged talks with Russia. Japan condemned Russia over Ukraine.', "
            "published=date(2024, 3, 4)))\n"
            "print(len(calls), 'dashboard.extraction.learned_encoder' in sys.modules)\n")
    env = {k: v for k, v in os.environ.items() if k != "SITREP_LEARNED_ENSEMBLE"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    ran, imported = out.stdout.split()
    assert int(ran) >= 1 and imported == "False"


def test_mentions_marked_like_training() -> None:
    tok = _Tok()
    text = "Russia attacked Ukraine."
    ids, pos = encode(tok, text, [(0, 6), (16, 23)], maxlen=160)
    # CLS [E] Russia [/E] attacked [E] Ukraine [/E] . SEP
    assert ids[0] == 1 and ids[-1] == 2
    assert [i for i in ids if i in (3, 4)] == [3, 4, 3, 4]
    assert pos == [1, ids.index(3, 2)]
    assert ids[pos[0]] == ids[pos[1]] == 3


def test_cut_off_mention_points_at_cls() -> None:
    ids, pos = encode(_Tok(), "a b c d e f Ukraine", [(0, 1), (12, 19)], maxlen=6)
    assert len(ids) == 6 and ids[-1] == 2
    assert pos == [1, 0]
