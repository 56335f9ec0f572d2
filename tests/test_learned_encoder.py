"""The learned event tier's encoder (dashboard/extraction/learned_encoder.py, data/learned_encoder/):
the shipped int8 ONNX model loads and runs without torch, its probabilities, what it changes in a
labelled document, the SITREP_LEARNED_ENSEMBLE setting, and the clear error for a missing or altered
file. Real model, real spaCy, nothing mocked; the model is loaded once per process (load's cache)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dashboard import config
from dashboard.extraction import learned
from dashboard.extraction import learned_encoder as E
from dashboard.extraction.learned_encoder import EncoderError, encode, encoder_probs, load

from _extract_helpers import document

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "learned_encoder"


# ---------------------------------------------------------------- the shipped files
def test_the_shipped_files_match_their_meta() -> None:
    meta = json.loads((SHIPPED / "meta.json").read_text())
    assert meta["classes"] == learned.CLASSES and meta["maxlen"] == 160
    for name in ("model.int8.onnx", "tokenizer.json"):
        assert hashlib.sha256((SHIPPED / name).read_bytes()).hexdigest() == meta["sha256"][name]
    # trained on development sets only: heldout37 and later are the unseen test
    assert "heldout36" in meta["sets"] and not any(s.startswith("heldout") and int(s[7:]) >= 37 for s in meta["sets"])
    assert "Apache" in (SHIPPED / "README.md").read_text()


def _candidates(text: str) -> list[learned.Candidate]:
    """The tier's candidates of `text`, with the extractor's own actors and no rule events."""
    from dashboard.extract import _analyse, _tokenized
    from dashboard.nlp import get_nlp
    doc_ = document(text)
    nlp = get_nlp()
    parsed = nlp(_tokenized(nlp, doc_.text))
    return learned.candidates(parsed, _analyse(doc_, parsed)["actors"], [])


def _pairs(cands: list[learned.Candidate], probs: np.ndarray) -> dict[tuple[str, str], np.ndarray]:
    return {(c.s, c.t): p for c, p in zip(cands, probs)}


def test_probabilities_per_candidate_sum_to_one_and_read_the_act() -> None:
    cands = _candidates("Poland's foreign minister condemned Russia on Tuesday for the missile strike.")
    probs = encoder_probs(cands, str(SHIPPED), learned.CLASSES)
    assert probs.shape == (len(cands), len(learned.CLASSES)) and len(cands) >= 2
    assert np.allclose(probs.sum(1), 1.0) and (probs >= 0).all()
    by_pair = _pairs(cands, probs)
    # the condemnation: Poland accuses Russia, and more than the reverse direction
    pol_rus = by_pair[("POL", "RUS")]
    assert learned.CLASSES[int(pol_rus.argmax())] == "ACCUSE"
    assert pol_rus[learned.CLASSES.index("ACCUSE")] > by_pair[("RUS", "POL")][learned.CLASSES.index("ACCUSE")]


def test_trained_with_every_layer_and_the_marker_embeddings_learning() -> None:
    # session 15: with the embeddings frozen, the added [E]/[/E] (where every candidate is read)
    # kept their random initial vectors; FREEZE=0 trains them (out of fold +0.005 events F1)
    meta = json.loads((SHIPPED / "meta.json").read_text())
    assert meta["freeze"] == 0 and meta["epochs"] == 3


def test_the_giver_of_aid_is_read_in_its_direction() -> None:
    # a sentence of our own: the donor is the source; the reverse pair is not read as aid
    cands = _candidates("Norway sent emergency food supplies to Sudan after the floods.")
    by_pair = _pairs(cands, encoder_probs(cands, str(SHIPPED), learned.CLASSES))
    aid = learned.CLASSES.index("AID")
    assert learned.CLASSES[int(by_pair[("NOR", "SDN")].argmax())] == "AID"
    assert learned.CLASSES[int(by_pair[("SDN", "NOR")].argmax())] != "AID"
    assert by_pair[("NOR", "SDN")][aid] > by_pair[("SDN", "NOR")][aid]


@pytest.mark.xfail(strict=True, reason="since session 15's encoder (FREEZE=0) co-attendance reads as CONSULT "
                   "(0.62-0.64) for the encoder alone, as the ensemble already did (tests/test_learned.py)")
def test_two_states_without_an_act_are_read_as_none() -> None:
    cands = _candidates("Officials from Japan and Brazil attended the opening of the exhibition.")
    probs = encoder_probs(cands, str(SHIPPED), learned.CLASSES)
    assert cands and all(learned.CLASSES[int(p.argmax())] == "NONE" for p in probs)


def test_mentions_marked_with_the_real_tokenizer() -> None:
    _, tok, meta = load(str(SHIPPED))
    text = "Russia attacked Ukraine."
    ids, pos = encode(tok, text, [(0, 6), (16, 23)], maxlen=meta["maxlen"])
    e, ee = tok.convert_tokens_to_ids("[E]"), tok.convert_tokens_to_ids("[/E]")
    assert ids[0] == tok.cls_token_id and ids[-1] == tok.sep_token_id
    assert [i for i in ids if i in (e, ee)] == [e, ee, e, ee]
    assert ids[pos[0]] == ids[pos[1]] == e and pos[0] == 1 and pos[1] > pos[0]


def test_cut_off_mention_points_at_cls() -> None:
    _, tok, _ = load(str(SHIPPED))
    text = "one two three four five six seven Ukraine"
    ids, pos = encode(tok, text, [(0, 3), (34, 41)], maxlen=6)
    assert len(ids) == 6 and ids[-1] == tok.sep_token_id
    assert pos == [1, 0]


# ---------------------------------------------------------------- the setting, in fresh processes
def _env(**settings: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_LEARNED_")}
    env.update({k: v for k, v in settings.items() if v is not None})
    return env


def _setting(value: str | None) -> str:
    """config.LEARNED_ENSEMBLE as a fresh process reads it with SITREP_LEARNED_ENSEMBLE at `value`."""
    out = subprocess.run([sys.executable, "-c", "from dashboard import config; print(config.LEARNED_ENSEMBLE)"],
                         cwd=ROOT, env=_env(SITREP_LEARNED_ENSEMBLE=value), capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_encoder_is_on_by_default_and_off_switches_it_off() -> None:
    assert _setting(None) == str(SHIPPED)
    assert _setting("") == str(SHIPPED)
    for off in ("off", "0", "false", "No"):
        assert _setting(off) == "None"
    assert _setting("/models/encoder") == "/models/encoder"


# extraction in a process where torch and transformers cannot be imported, with the default setting
_RUN = ("import sys\n"
        "sys.modules['torch'] = sys.modules['transformers'] = None\n"  # importing either now fails
        "from datetime import date\n"
        "from dashboard.extract import extract\n"
        "from dashboard.extraction import learned_encoder\n"
        "from dashboard.readers import Document\n"
        "r = extract(Document(path='t.txt', text='Japan condemned Russia over Ukraine.', published=date(2024, 3, 4)))\n"
        "print(learned_encoder.load.cache_info().currsize, 'onnxruntime' in sys.modules, len(r['events']))\n")


def test_the_shipped_encoder_runs_by_default_without_torch() -> None:
    out = subprocess.run([sys.executable, "-c", _RUN], cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    loaded, ort, events = out.stdout.split()
    # two encoders: the event tier's and the relationship tier's (data/learned_rel_encoder/)
    assert loaded == "2" and ort == "True" and int(events) >= 1


def _loads() -> int:
    info = E.load.cache_info()
    return info.hits + info.misses


@pytest.mark.parametrize("events, ensemble, runs", [(True, str(SHIPPED), True), (True, None, False), (False, str(SHIPPED), False)],
                         ids=["default", "SITREP_LEARNED_ENSEMBLE=off", "SITREP_LEARNED_EVENTS=off"])
def test_the_encoder_runs_only_with_the_tier_and_the_setting_on(monkeypatch: pytest.MonkeyPatch, events: bool,
                                                                 ensemble: str | None, runs: bool) -> None:
    from dashboard.extract import extract
    monkeypatch.setattr(config, "LEARNED_EVENTS", events)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", ensemble)
    monkeypatch.setattr(config, "LEARNED_REL_ENCODER", None)  # the relationship tier's encoder uses the same loader
    before = _loads()
    extract(document("China urged talks with Russia. Japan condemned Russia over Ukraine."))
    assert (_loads() > before) == runs


def test_the_extractor_version_follows_the_encoder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dashboard.extract import _version
    monkeypatch.setattr(config, "LEARNED_EVENTS", True)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(SHIPPED))
    on = _version()
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", None)
    off = _version()
    monkeypatch.setattr(config, "LEARNED_EVENTS", False)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(SHIPPED))
    assert off != on and _version() == off  # the tier off: the encoder is off too
    # the same files in another folder: the same version; one file changed: another
    monkeypatch.setattr(config, "LEARNED_EVENTS", True)
    d = tmp_path / "enc"
    shutil.copytree(SHIPPED, d)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(d))
    assert _version() == on
    (d / "meta.json").write_text((d / "meta.json").read_text() + " ")
    assert _version() not in (on, off)


# ---------------------------------------------------------------- a labelled document, encoder on and off
def test_on_a_labelled_document_the_encoder_adds_an_event_gold_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    # heldout4/h4_01 (a development set, in the encoder's training data): "... told Ambassador Georgy
    # Zinoviev that any cooperation helping North Korea build up its military would violate Security
    # Council resolutions, and demanded that Russia stop it" - gold has Russia aiding North Korea; the
    # linear model alone stays under the threshold, the mean with the encoder passes it
    from dashboard.extract import extract
    from dashboard.readers import read_document
    path = ROOT / "tests" / "labelled" / "heldout4" / "h4_01_putin_pyongyang_treaty.txt"
    gold = json.loads(path.with_suffix(".json").read_text())
    monkeypatch.setattr(config, "LEARNED_EVENTS", True)

    def events(ensemble: str | None) -> dict[tuple, dict]:
        monkeypatch.setattr(config, "LEARNED_ENSEMBLE", ensemble)
        return {(e["source_country"], e["target_country"], e["type"], e["sentence"]): e
                for e in extract(read_document(path))["events"]}
    off, on = events(None), events(str(SHIPPED))
    assert set(off) - set(on) == set()  # nothing lost
    # (session 15's encoder also adds the reverse, North Korea aiding Russia, at 0.16: gold lacks it)
    (added,) = [on[k] for k in set(on) - set(off) if k[:3] == ("RUS", "PRK", "AID")]
    assert {k[:3] for k in set(on) - set(off)} <= {("RUS", "PRK", "AID"), ("PRK", "RUS", "AID")}
    assert added["method"] == "learned" and "demanded that Russia stop it" in added["sentence"]
    assert any(g["source"] == "RUS" and g["target"] == "PRK" and "AID" in g["type"] for g in gold["events"])
    # the rules' own events are the same either way
    assert {k for k, e in on.items() if e["method"] == "rules"} == {k for k, e in off.items() if e["method"] == "rules"}


def test_a_sentence_reads_the_same_whatever_else_its_document_holds() -> None:
    # the int8 model's activation scales come from the whole batch: batched with other sentences
    # the same sentence read differently (learned_encoder.BATCH)
    sentence = "Poland's foreign minister condemned Russia on Tuesday for the missile strike."
    others = ("Chinese and Russian warships held joint drills with Iran in the Gulf of Oman last week, "
              "and Beijing sent a delegation to Tehran. Japan protested to China. ")
    alone, among = _candidates(sentence), _candidates(others + sentence)
    last = max(c.sent for c in among)
    among_probs = encoder_probs(among, str(SHIPPED), learned.CLASSES)
    mine = {(c.s, c.t): p for c, p in zip(among, among_probs) if c.sent == last}
    assert len({c.sent for c in among}) >= 3 and set(mine) == {(c.s, c.t) for c in alone}
    for c, p in zip(alone, encoder_probs(alone, str(SHIPPED), learned.CLASSES)):
        assert np.array_equal(p, mine[(c.s, c.t)])


def test_the_gate_leaves_sentences_the_linear_model_sees_nothing_in_to_it(tmp_path: Path) -> None:
    text = ("Poland's foreign minister condemned Russia on Tuesday for the missile strike. "
            "Japan and Brazil are both large countries with long coastlines.")
    cands = _candidates(text)
    linear = learned.model().predict(cands)
    typed = np.delete(linear, learned.CLASSES.index("NONE"), axis=1).max(1)
    first = np.array([c.sent == cands[0].sent for c in cands])
    assert first.any() and (~first).any()
    high, low = typed[first].max(), typed[~first].max()
    assert high > low
    # no gate (the shipped event encoder's meta.json has none): every sentence averaged
    every = E.ensemble(cands, linear, str(SHIPPED), learned.CLASSES)
    assert np.allclose(every, (linear + encoder_probs(cands, str(SHIPPED), learned.CLASSES)) / 2, atol=1e-6)
    # a gate between the two sentences' best types: the second keeps the linear model's exactly
    gated = _copy(tmp_path, "gated")
    meta = json.loads((gated / "meta.json").read_text())
    (gated / "meta.json").write_text(json.dumps({**meta, "gate": float((high + low) / 2)}))
    probs = E.ensemble(cands, linear, str(gated), learned.CLASSES)
    assert np.array_equal(probs[~first], linear[~first])
    kept = [c for c, f in zip(cands, first) if f]
    assert np.array_equal(probs[first], (linear[first] + encoder_probs(kept, str(gated), learned.CLASSES)) / 2)
    assert not np.allclose(probs[first], linear[first])


# ---------------------------------------------------------------- missing or altered files
def _copy(tmp_path: Path, name: str) -> Path:
    d = tmp_path / name
    shutil.copytree(SHIPPED, d)
    return d


def _error(folder: Path) -> str:
    with pytest.raises(EncoderError) as exc:
        load(str(folder))
    return str(exc.value)


def test_an_intact_copy_elsewhere_loads(tmp_path: Path) -> None:
    session, tok, meta = load(str(_copy(tmp_path, "copy")))
    assert meta["classes"] == learned.CLASSES and tok.convert_tokens_to_ids("[E]") is not None


def test_a_missing_model_file_names_the_file_and_the_switch(tmp_path: Path) -> None:
    d = _copy(tmp_path, "missing")
    (d / "model.int8.onnx").unlink()
    msg = _error(d)
    assert str(d / "model.int8.onnx") in msg and "missing" in msg and "SITREP_LEARNED_ENSEMBLE=off" in msg


def test_a_modified_model_file_fails_the_sha_check(tmp_path: Path) -> None:
    d = _copy(tmp_path, "modified")
    data = bytearray((d / "model.int8.onnx").read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte of the weights
    (d / "model.int8.onnx").write_bytes(bytes(data))
    msg = _error(d)
    assert "model.int8.onnx" in msg and "sha256" in msg and "does not match" in msg


def test_a_corrupt_model_with_a_matching_sha_gives_the_clear_error(tmp_path: Path) -> None:
    # an unreadable network whose meta.json was updated to match: onnxruntime's own error, wrapped
    d = _copy(tmp_path, "corrupt")
    (d / "model.int8.onnx").write_bytes((d / "model.int8.onnx").read_bytes()[:5000])
    meta = json.loads((d / "meta.json").read_text())
    meta["sha256"]["model.int8.onnx"] = hashlib.sha256((d / "model.int8.onnx").read_bytes()).hexdigest()
    (d / "meta.json").write_text(json.dumps(meta))
    msg = _error(d)
    assert "model.int8.onnx" in msg and "onnxruntime cannot load it" in msg and "SITREP_LEARNED_ENSEMBLE=off" in msg


def test_a_broken_meta_json_names_it(tmp_path: Path) -> None:
    d = _copy(tmp_path, "meta")
    (d / "meta.json").write_text("{not json")
    assert "meta.json" in _error(d)


def test_extraction_with_a_broken_encoder_raises_the_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard.extract import extract
    d = _copy(tmp_path, "extract")
    (d / "tokenizer.json").write_text("{}")
    monkeypatch.setattr(config, "LEARNED_EVENTS", True)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(d))
    with pytest.raises(EncoderError, match="tokenizer.json"):
        extract(document("Poland's foreign minister condemned Russia on Tuesday for the missile strike."))
    # the same document with the encoder off extracts normally
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", None)
    assert extract(document("Poland's foreign minister condemned Russia on Tuesday for the missile strike."))["events"]


# ---------------------------------------------------------------- the command line with a broken encoder
_ARTICLE = "date 2024-03-05\nPoland's foreign minister condemned Russia on Tuesday for the missile strike.\n"


def test_extract_cli_reports_a_missing_encoder_in_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(_ARTICLE)
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(article)], cwd=ROOT,
                         env=_env(SITREP_LEARNED_ENSEMBLE=str(tmp_path / "nowhere")), capture_output=True, text=True)
    assert out.returncode == 1 and out.stdout == ""
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert str(tmp_path / "nowhere" / "meta.json") in out.stderr and "SITREP_LEARNED_ENSEMBLE=off" in out.stderr


def test_ingest_stops_before_any_document_with_a_broken_encoder(tmp_path: Path) -> None:
    d = _copy(tmp_path, "enc")
    (d / "tokenizer.json").write_text("{}")
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"a{i}.txt").write_text(_ARTICLE.replace("Tuesday", f"Tuesday ({i})"))
    db = tmp_path / "b.duckdb"
    out = subprocess.run([sys.executable, "-m", "dashboard", "ingest", str(docs), "--db", str(db)], cwd=ROOT,
                         env=_env(SITREP_LEARNED_ENSEMBLE=str(d)), capture_output=True, text=True)
    # one message for the batch (not one per document), naming the file; nothing published
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.count("learned encoder:") == 1 and str(d / "tokenizer.json") in out.stderr
    assert "published database is unchanged" in out.stderr
    assert not db.exists()
    # the same batch with the encoder switched off is stored
    ok = subprocess.run([sys.executable, "-m", "dashboard", "ingest", str(docs), "--db", str(db)], cwd=ROOT,
                        env=_env(SITREP_LEARNED_ENSEMBLE="off"), capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert db.exists()
