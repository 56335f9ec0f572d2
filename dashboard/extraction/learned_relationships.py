"""The learned relationship tier: standing relationships a small trained model reads where the rules read none.

The rules (relationships.py) read a tie only in the structures they know ("Russia's ally", "a
partnership between ..."); on unseen text they find about 0.4 of the gold relationships, most of
the rest in a sentence naming both sides and a cue word the rules hold but in another structure
("Beijing, North Korea's treaty ally and its main trading partner", "Japan, America's closest ally
in Asia"). This tier is the event tier's machinery (learned.py) pointed at relationships:

* candidates are the same ordered pairs of actor codes named in one sentence with the same features
  (`learned.candidates`, given the rules' *relationships* where the event tier is given their
  events, so its `rule_*` features say which ties the rules read there), plus where the
  relationship cue words of data/relationship_cues.yaml stand (`relationship_features`);
* the same softmax regression (`learned.train`, `learned.Model`) over the seven types and NONE,
  weights in `data/learned_relationships.npz` (trained by scripts/train_learned_relationships.py);
* the additions keep, per sentence and type, only the pair most probable for both its roles
  (a symmetric type's pair unordered) and never a role the rules already filled in that sentence
  (`additions`): the model reads *that* a sentence states a tie far better than *between whom*
  (out-of-fold, without this rule 69 of 153 additions joined the wrong pair; with it 28 of 129).

The probabilities are the mean of the linear model's and a fine-tuned MiniLM-L6 encoder's
(data/learned_rel_encoder/, run by learned_encoder.py as the event tier's is), at the mean's own
threshold from its meta.json; `config.LEARNED_REL_ENCODER` (SITREP_LEARNED_REL_ENCODER=off) leaves
the linear model alone at its threshold (out of fold: linear 0.611, the mean 0.646 relationships F1;
benchmarks/transformer_relationship_experiment.py).

An addition is emitted as a relationship marked `"method": "learned"` (the rules' say "rules"),
the model's probability as its `confidence`, negated when the verb or noun governing the pair is
("is not a member of"). The tier is turned off with `SITREP_LEARNED_RELATIONSHIPS=off`
(`config.LEARNED_RELATIONSHIPS`), independently of the event tier's switch.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, Callable

import numpy as np
from spacy.tokens import Doc, Span

from .. import config
from ..cues import SYMMETRIC_RELATIONSHIPS, knowledge
from . import learned as L

MODEL_FILE = config.DATA_DIR / "learned_relationships.npz"
#: the model's classes: the seven relationship types (data/relationship_cues.yaml's header), then NONE
TYPES = ["ALLY", "PARTNER", "TRADE", "PATRON", "SUPPLIER", "ADVERSARY", "MEMBER"]
CLASSES = TYPES + ["NONE"]
NONE = len(TYPES)
SYMMETRIC = SYMMETRIC_RELATIONSHIPS
#: word lists of data/relationship_cues.yaml whose words are relationship cues besides its nouns and adjectives
_CUE_LISTS = ("counterpart_nouns", "trade_heads", "membership_verbs", "supplying_verbs", "receiving_verbs",
              "body_nouns", "binding_verbs")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], dict[str, str]]:
    """The relationship cue words (lemmas) and the type each relational noun or adjective gives."""
    import yaml
    rc = yaml.safe_load((config.DATA_DIR / "relationship_cues.yaml").read_text(encoding="utf-8"))
    nouns, adjectives = rc.get("nouns") or {}, rc.get("adjectives") or {}
    words = set(nouns) | set(adjectives)
    for key in _CUE_LISTS:
        words |= {str(w) for w in rc.get(key) or []}
    types = {str(k): v["type"] for table in (nouns, adjectives) for k, v in table.items() if isinstance(v, dict) and v.get("type")}
    return frozenset(words), types


def relationship_features(c: L.Candidate) -> list[str]:
    """Where the relationship cue words stand to a candidate: in its sentence (word and type), on
    the parse path between its two mentions or at their common head (with the cue's modifiers:
    "treaty ally", "trading partner"), and what each mention hangs from."""
    words, types = _cues()
    sent = c.ms.sent
    f = list(_sentence_cues(sent, words, types))
    up_a, up_b, lca = L.path_between(c.ms.root, c.mt.root)
    for tok in up_a[1:] + up_b[1:] + ([lca] if lca is not None else []):
        lemma = tok.lemma_.lower()
        if lemma in words:
            f.append(f"rpath={lemma}")
            if lemma in types:
                f.append(f"rpathty={types[lemma]}")
            f += [f"rmod={ch.lemma_.lower()}_{lemma}" for ch in tok.children if ch.dep_ in ("amod", "compound")]
    for name, m in (("s", c.ms), ("t", c.mt)):
        f.append(f"{name}dephead={m.root.dep_}_{m.root.head.lemma_.lower()}")
    return f


def _sentence_cues(sent: Span, words: frozenset[str], types: dict[str, str]) -> list[str]:
    """The relationship cue words of a sentence and their types (`relationship_features`), once per
    sentence rather than once per pair."""
    memo = L._memo(sent.doc)
    key = ("relationship cues", sent.start)
    found = memo.get(key)
    if found is None:
        found = memo[key] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma in words:
                found.append(f"rcue={lemma}")
                if lemma in types:
                    found.append(f"rcuety={types[lemma]}")
    return found


def candidates(doc: Doc, actors: list[dict[str, Any]], relationships: list[dict[str, Any]],
               on_error: Callable[[Span, Exception], None] | None = None) -> list[L.Candidate]:
    """The event tier's candidates (`learned.candidates`, its rule features from the rules'
    `relationships`), each with the relationship features added. Training and run time both call it."""
    out = L.candidates(doc, actors, relationships, on_error)
    for c in out:
        c.feats = c.feats + relationship_features(c)
    return out


def additions(cands: list[L.Candidate], probs: np.ndarray, relationships: list[dict[str, Any]], threshold: float,
              organisations: set[str] | None = None) -> list[tuple[L.Candidate, str, float]]:
    """(candidate, type, probability) of each tie the tier adds: above `threshold`, in its sentence
    the pair most probable for both its roles ((source, type) and (target, type); a symmetric type's
    pair unordered), neither role filled there by the rules, and not a tie the rules gave anywhere
    in the document (`relationships`); once per tie, its most probable sentence. MEMBER only of an
    organisation (`organisations`: their codes; None: no check), as the rules' `_emit_rel` demands."""
    have = {L.pair_key(r["source_country"], r["target_country"], r["type"], SYMMETRIC) for r in relationships}
    passing: dict[int, list[tuple[float, L.Candidate, str]]] = defaultdict(list)
    for c, p in zip(cands, probs):
        for k, ty in enumerate(TYPES):
            if p[k] >= threshold and not (ty == "MEMBER" and organisations is not None and c.t not in organisations):
                passing[c.sent].append((float(p[k]), c, ty))
    best: dict[tuple[str, str, str], tuple[float, L.Candidate, str]] = {}
    for xs in passing.values():
        w = L.role_winners(xs, SYMMETRIC)  # the event tier's one-pair rule, with the ties' symmetric types
        for key, (p, c, ty) in w.unique.items():
            if key in have or not w.wins(key):
                continue
            if key not in best or p > best[key][0]:
                best[key] = (p, c, ty)
    return [(c, ty, p) for p, c, ty in best.values()]


def negated(c: L.Candidate) -> bool:
    """The tie is denied when the word governing the pair is negated ("is not a member of"), or a
    tie noun on the parse path between the two is: "China has no defence treaty with Russia" negates
    "treaty", not "has", and read as a stated tie it told the Briefing that China and Russia are
    allies. The negating words are the rules' own (data/relationship_cues.yaml `negations`)."""
    if "headneg" in c.feats:
        return True
    # only a tie noun itself ("no alliance", "no defence treaty"): a negated verb on the path usually denies
    # something else ("would not be used to", "did not exempt Japan from")
    negations, (words, _) = knowledge().rel_negations, _cues()
    up_a, up_b, lca = L.path_between(c.ms.root, c.mt.root)
    for tok in up_a[1:] + up_b[1:] + ([lca] if lca is not None else []):
        tie_noun = tok.pos_ == "NOUN" and (tok.lemma_.lower() in words or any(
            ch.dep_ in ("amod", "compound") and ch.lemma_.lower() in words for ch in tok.children))  # "defence treaty"
        if tie_noun and any(
                ch.lower_ in negations and ch.dep_ in ("det", "neg") and ch.i < tok.i for ch in tok.children):
            return True
    return False


_slot = L.ModelSlot(MODEL_FILE, CLASSES)


def model() -> L.Model:
    """The shipped model, loaded once per process (or the one `use_model` set)."""
    return _slot.get()


def use_model(m: L.Model | None) -> None:
    """Run the tier with `m` instead of the shipped model (None: back to the shipped one)."""
    _slot.use(m)


def learned_relationships(analysis: Any, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tier's relationships for a document the rules have read (`analysis`: its
    _DocumentAnalysis, `analysis.relationships` the rules'); none when `config.LEARNED_RELATIONSHIPS`
    is off."""
    if not config.LEARNED_RELATIONSHIPS:
        return []
    rules = analysis.relationships
    cands = L.document_candidates(analysis, actors, rules, candidates, "learned relationship tier")
    if not cands:
        return []
    m = model()
    probs, threshold = m.predict(cands), m.threshold
    if config.LEARNED_REL_ENCODER:
        # the mean with the fine-tuned encoder's probabilities (SITREP_LEARNED_REL_ENCODER, on by default),
        # at the mean's own threshold, chosen out of fold and kept in the encoder's meta.json (the
        # averaged probabilities are flatter than the linear model's; docs/ontology.md)
        from .learned_encoder import ensemble, load
        probs = ensemble(cands, probs, config.LEARNED_REL_ENCODER, CLASSES, "relationships")
        threshold = float(load(config.LEARNED_REL_ENCODER, "relationships")[2]["threshold"])
    organisations = {a["country"] for a in actors if a.get("country") and a.get("kind") == "organisation"}
    out = []
    for c, ty, p in sorted(additions(cands, probs, rules, threshold, organisations),
                           key=lambda a: (a[0].sent, a[0].ms.start, a[0].mt.start, a[1])):
        out.append({
            **L.pair_sides(c),
            "type": ty,
            "negated": negated(c),
            **L.sentence_evidence(c),
            "confidence": round(p, 2),
            "method": "learned",
        })
    return out
