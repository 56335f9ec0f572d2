"""The experimental encoder ensemble (dashboard/extraction/learned_encoder.py, SITREP_LEARNED_ENSEMBLE):
off by default, and its mention marking, with a stand-in tokenizer (the product's venv has no
transformers; the model itself is checked against the training script's encoding by hand)."""
from __future__ import annotations

import os

from dashboard import config
from dashboard.extraction.learned_encoder import encode


class _Tok:
    """One id per whitespace-separated word: 1 CLS, 2 SEP, 3 [E], 4 [/E], words from 10."""
    cls_token_id, sep_token_id = 1, 2

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}

    def convert_tokens_to_ids(self, t: str) -> int:
        return {"[E]": 3, "[/E]": 4}[t]

    def __call__(self, text: str, add_special_tokens: bool = False) -> dict[str, list[int]]:
        return {"input_ids": [self.vocab.setdefault(w, 10 + len(self.vocab)) for w in text.split()]}


def test_off_by_default() -> None:
    assert config.LEARNED_ENSEMBLE is None or "SITREP_LEARNED_ENSEMBLE" in os.environ


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
