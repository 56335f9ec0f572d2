"""The learned event tier (dashboard/extraction/learned.py): the shipped model, what it adds and
how it is marked, the setting that turns it off, and its training script. Real model file, real
spaCy, nothing mocked."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard import config
from dashboard.extract import EXTRACTOR_VERSION, extract
from dashboard.extraction import learned
from dashboard.readers import read_document

from _extract_helpers import ROOT, document, load_scorer, run

# plain acts the rules read nothing in (checked below), each with the event the tier adds
PLAIN = [
    ("The European Union on Monday adopted its fifth package of sanctions, which bans imports of Iranian oil.",
     ("EU", "IRN", "SANCTION"), "2024-06-17"),
    ("Vietnam's defence ministry condemned what it called dangerous manoeuvres and sent patrol boats to shadow "
     "the Chinese vessels.", ("VNM", "CHN", "ACCUSE"), "2024-06-20"),
]
# two states, no act between them
NO_ACT = [
    "Officials from Japan and Brazil attended the opening of the exhibition.",
    "Ministers from Peru and Chile were among the guests at the opening of the museum in Lima.",
]


def _triple(e: dict) -> tuple:
    return e["source_country"], e["target_country"], e["type"]


def test_the_shipped_model_loads_with_its_types_and_training_sets() -> None:
    model = learned.Model.load(learned.MODEL_FILE)
    assert model.meta["classes"] == learned.CLASSES and len(learned.CLASSES) == 16 and learned.CLASSES[-1] == "NONE"
    assert set(learned.TYPES) == {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "COOPERATE", "AID", "YIELD", "ACCUSE", "REJECT",
                                  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    sets = model.meta["sets"]
    assert {"heldout2", "heldout36", "corpus", "extract"} <= set(sets)
    assert not any(re.fullmatch(r"heldout(\d+)", s) and int(s[7:]) >= 37 for s in sets)  # the unseen test
    assert model.meta["protocol"] == "blind" and model.meta["variant"] == "with_rule_feats"
    assert 0 < model.threshold < 1 and model.W.shape == (model.meta["features"], 16)
    assert model.meta["commit"] and model.meta["trained"]


@pytest.mark.parametrize("text, triple, day", PLAIN, ids=["sanctions package", "condemned manoeuvres"])
def test_a_plain_act_the_rules_miss_is_added_as_learned(monkeypatch: pytest.MonkeyPatch, text: str, triple: tuple,
                                                         day: str) -> None:
    monkeypatch.setattr(config, "LEARNED_EVENTS", False)
    assert run(text)["events"] == []  # the rules read nothing here
    monkeypatch.setattr(config, "LEARNED_EVENTS", True)
    events = run(text)["events"]
    (event,) = [e for e in events if _triple(e) == triple]
    assert event["method"] == "learned"
    assert event["sentence"] == text and text[event["start"]:event["end"]] == text
    assert event["status"] == "asserted" and event["date"] == day
    assert 0.2 <= event["confidence"] <= 1 and event["mode"] is None
    assert event["source"] and event["target"] and event["quad_class"]
    assert all(e["method"] == "learned" for e in events)


@pytest.mark.parametrize("text", NO_ACT)
@pytest.mark.parametrize("encoder", [
    False,
    # session 14: with the fine-tuned encoder on (the default) the tier reads a CONSULT between two
    # states whose officials attend one event (JPN->BRA 0.27, PER->CHL 0.16 against the 0.15
    # threshold); a known false positive of the default, kept visible here (docs/ontology.md)
    pytest.param(True, marks=pytest.mark.xfail(strict=True, reason="the encoder ensemble reads co-attendance as CONSULT")),
], ids=["linear", "with encoder"])
def test_two_states_with_no_act_between_them_get_nothing(text: str, encoder: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(config.LEARNED_ENCODER_DIR) if encoder else None)
    assert run(text)["events"] == []


def test_the_tier_never_repeats_what_the_rules_gave_in_a_sentence_and_rules_events_say_so() -> None:
    gold_dir = ROOT / "tests" / "labelled" / "extract"
    added = 0
    for gold in sorted((gold_dir / "gold").glob("*.json"))[:6]:
        result = extract(read_document(gold_dir / "docs" / json.loads(gold.read_text(encoding="utf-8"))["file"]))
        rules = [e for e in result["events"] if e["method"] == "rules"]
        tier = [e for e in result["events"] if e["method"] == "learned"]
        assert len(rules) + len(tier) == len(result["events"])
        given = {(e["start"], *_triple(e)) for e in rules}
        given |= {(at, t, s, ty) for at, s, t, ty in given if ty in learned.SYMMETRIC}
        assert not {(e["start"], *_triple(e)) for e in tier} & given
        # once per sentence and (pair, type)
        assert len({(e["start"], *_triple(e)) for e in tier}) == len(tier)
        added += len(tier)
    assert added > 0  # (the check above is not vacuous)


def test_a_second_act_between_a_pair_the_rules_read_elsewhere_is_added() -> None:
    # the rules read the first meeting; the second, in another sentence and month, is another act
    # the tier reads (a document-wide check withheld it until session 15)
    result = run("Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks on Thursday "
                 "in Vladivostok. In September 2023 Kim returned to Russia, and the two leaders toured the "
                 "Vostochny Cosmodrome.")
    consults = [(e["method"], e["date"], e["sentence"][:8]) for e in result["events"]
                if e["type"] == "CONSULT" and {e["source_country"], e["target_country"]} == {"RUS", "PRK"}]
    assert ("rules", "2024-06-20", "Russian ") in consults
    assert ("learned", "2023-09", "In Septe") in consults
    # and never a second reading of the sentence the rules already read it in
    assert [c for c in consults if c[2] == "Russian "] == [("rules", "2024-06-20", "Russian ")]


def test_with_the_setting_off_the_output_is_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "data" / "articles" / sorted(p.name for p in (ROOT / "data" / "articles").iterdir())[0]
    on = extract(read_document(path))
    assert any(e["method"] == "learned" for e in on["events"])
    monkeypatch.setattr(config, "LEARNED_EVENTS", False)
    off = extract(read_document(path))
    assert all(e["method"] == "rules" for e in off["events"])
    assert off == dict(on, events=[e for e in on["events"] if e["method"] == "rules"])


def test_the_setting_is_read_from_the_environment() -> None:
    code = "from dashboard import config; print(config.LEARNED_EVENTS)"
    for value, expected in (("off", "False"), ("0", "False"), ("on", "True")):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             env={"SITREP_LEARNED_EVENTS": value, "PATH": "/usr/bin:/bin"}, check=True).stdout.strip()
        assert out == expected


def test_the_model_file_is_part_of_the_extractor_version() -> None:
    source = (ROOT / "dashboard" / "extract.py").read_text(encoding="utf-8")
    assert '"learned_events.npz"' in source and "+" in EXTRACTOR_VERSION


def test_the_training_script_runs_end_to_end_on_two_sets(tmp_path: Path) -> None:
    if load_scorer() is None:
        pytest.skip("../shared/gold/score.py absent")
    out = tmp_path / "small.npz"
    started = time.time()
    run_ = subprocess.run([sys.executable, "scripts/train_learned_events.py", "--sets", "heldout2", "heldout3",
                           "--head-rules", "--no-cache", "--out", str(out), "--epochs", "60"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run_.returncode == 0, run_.stderr
    assert time.time() - started < 60
    model = learned.Model.load(out)
    assert model.meta["sets"] == ["heldout2", "heldout3"] and model.meta["protocol"] == "head"
    learned.use_model(model)
    try:
        result = run(PLAIN[0][0])
    finally:
        learned.use_model(None)
    assert all(e["method"] in ("rules", "learned") for e in result["events"])
    for unseen in ("heldout37", "heldout50"):  # the first unseen set and one written later
        refused = subprocess.run([sys.executable, "scripts/train_learned_events.py", "--sets", unseen, "--head-rules",
                                  "--out", str(tmp_path / "no.npz")], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert refused.returncode != 0 and "unseen test" in refused.stderr and not (tmp_path / "no.npz").exists()


def test_the_cli_prints_events_with_their_method(tmp_path: Path) -> None:
    path = tmp_path / "eu.txt"
    path.write_text(f"date 2024-06-20\n{PLAIN[0][0]}\nPutin met Kim Jong Un in Pyongyang on Wednesday.\n", encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr
    events = json.loads(cli.stdout)["events"]
    assert {e["method"] for e in events} == {"rules", "learned"}
    assert ("EU", "IRN", "SANCTION", "learned") in {(*_triple(e), e["method"]) for e in events}


def test_a_sentence_whose_features_raise_follows_the_skip_policy(monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    # a stand-in for a defect in the tier's features on the sentence naming Iran
    real = learned._sentence_candidates

    def failing(doc, sent, *rest):  # type: ignore[no-untyped-def]
        if "Iranian" in sent.text:
            raise AttributeError("'NoneType' object has no attribute 'dep_'")
        return real(doc, sent, *rest)

    monkeypatch.setattr(learned, "_sentence_candidates", failing)
    text = f"{PLAIN[0][0]} {PLAIN[1][0]}"
    with pytest.raises(AttributeError):
        extract(document(text))
    with caplog.at_level("WARNING"):
        result = extract(document(text, path="reports/two.txt"), skip_failing_sentences=True)
    triples = {_triple(e) for e in result["events"]}
    assert PLAIN[1][1] in triples  # the other sentence's reading stays
    assert not [e for e in result["events"] if e["start"] < len(PLAIN[0][0])]  # the skipped one gives nothing
    (message,) = [r.getMessage() for r in caplog.records if "learned tier skipped" in r.getMessage()]
    assert message.startswith("reports/two.txt: the learned tier skipped the sentence at characters 0-")


def test_an_addition_whose_status_or_date_stage_raises_follows_the_skip_policy(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # a stand-in for a defect in the rules' stages applied to the tier's addition in the sentence naming Iran
    real = learned._governing_verb

    def failing(c):  # type: ignore[no-untyped-def]
        if "Iranian" in c.ms.sent.text:
            raise AttributeError("'NoneType' object has no attribute 'head'")
        return real(c)

    monkeypatch.setattr(learned, "_governing_verb", failing)
    text = f"{PLAIN[0][0]} {PLAIN[1][0]}"
    with pytest.raises(AttributeError):
        extract(document(text))
    with caplog.at_level("WARNING"):
        result = extract(document(text, path="reports/two.txt"), skip_failing_sentences=True)
    assert not [e for e in result["events"] if e["method"] == "learned" and e["start"] < len(PLAIN[0][0])]
    assert PLAIN[1][1] in {_triple(e) for e in result["events"]}
    assert any(r.getMessage().startswith("reports/two.txt: the learned tier skipped the sentence at characters 0-")
               for r in caplog.records)


# ---------------------------------------------------------------- mode onepair's coordinated siblings
def _candidates(text: str, rule_events: list[tuple[str, str, str]] = ()) -> list[learned.Candidate]:
    """The tier's candidates of `text` (the extractor's own actors), with `rule_events` as the rules' reading."""
    from dashboard.extract import _analyse, _tokenized
    from dashboard.nlp import get_nlp
    doc_ = document(text)
    nlp = get_nlp()
    parsed = nlp(_tokenized(nlp, doc_.text))
    actors = _analyse(doc_, parsed)["actors"]
    events = [dict(source_country=s, target_country=t, type=ty, start=0) for s, t, ty in rule_events]
    return learned.candidates(parsed, actors, events)


def _added(cands: list[learned.Candidate], probs: dict[tuple[str, str, str], float], sibling: float | None,
           rule_events: list[tuple[str, str, str]] = ()) -> set[tuple[str, str, str]]:
    """What `additions` keeps when the model gives `probs` (every other pair: NONE)."""
    import numpy as np
    p = np.zeros((len(cands), len(learned.CLASSES)))
    p[:, learned.NONE] = 1.0
    for k, c in enumerate(cands):
        for (s, t, ty), v in probs.items():
            if (c.s, c.t) == (s, t):
                p[k, learned.TYPES.index(ty)], p[k, learned.NONE] = v, 1 - v
    events = [dict(source_country=s, target_country=t, type=ty) for s, t, ty in rule_events]
    return {(c.s, c.t, ty) for c, ty, _ in learned.additions(cands, p, events, 0.15, "onepair", sibling)}


@pytest.mark.parametrize("text, kept, sibling", [
    ("Japan and South Korea protested to China over the incursion.", ("JPN", "CHN", "PROTEST"), ("KOR", "CHN", "PROTEST")),
    ("China imposed sanctions on Russia and Belarus.", ("CHN", "RUS", "SANCTION"), ("CHN", "BLR", "SANCTION")),
], ids=["coordinated sources", "coordinated targets"])
def test_a_kept_pairs_coordinated_sibling_is_added_at_the_sibling_threshold(text: str, kept: tuple, sibling: tuple) -> None:
    cands = _candidates(text)
    probs = {kept: 0.6, sibling: 0.3}
    assert _added(cands, probs, None) == {kept}  # one pair per act and sentence
    assert _added(cands, probs, 0.2) == {kept, sibling}
    assert _added(cands, probs, 0.4) == {kept}  # below the sibling threshold


def test_a_pair_not_coordinated_with_the_kept_one_stays_dropped() -> None:
    cands = _candidates("Japan protested to China on Monday, while South Korea stayed silent.")
    probs = {("JPN", "CHN", "PROTEST"): 0.6, ("KOR", "CHN", "PROTEST"): 0.3}
    assert _added(cands, probs, 0.2) == {("JPN", "CHN", "PROTEST")}


def test_a_sibling_whose_role_the_rules_filled_in_the_sentence_is_not_added() -> None:
    text = "Japan and South Korea protested to China over the incursion."
    rules = [("KOR", "JPN", "PROTEST")]  # South Korea's source role for PROTEST is the rules' here
    cands = _candidates(text, rules)
    probs = {("JPN", "CHN", "PROTEST"): 0.6, ("KOR", "CHN", "PROTEST"): 0.3}
    assert _added(cands, probs, 0.2, rules) == {("JPN", "CHN", "PROTEST")}


def test_a_pair_inside_one_list_is_not_fanned_out_over_the_list() -> None:
    cands = _candidates("Leaders of Japan, South Korea and Australia met on Monday.")
    probs = {("KOR", "AUS", "CONSULT"): 0.6, ("JPN", "AUS", "CONSULT"): 0.3}
    assert _added(cands, probs, 0.2) == {("KOR", "AUS", "CONSULT")}


def test_the_sibling_threshold_is_saved_with_the_model(tmp_path: Path) -> None:
    model = learned.Model.load(learned.MODEL_FILE)
    for value in (0.25, None):
        model.sibling_threshold = value
        model.save(tmp_path / "m.npz")
        assert learned.Model.load(tmp_path / "m.npz").sibling_threshold == value


# ---------------------------------------------------------------- the act's own verb (session 13)
def _learned_readings(monkeypatch: pytest.MonkeyPatch, text: str, pair: tuple[str, str, str]) -> list[dict]:
    """The tier's events for `text` when its model adds exactly `pair` (source, target, type)."""
    def only(cands, probs, events, threshold, mode="onepair", sibling_threshold=None):  # type: ignore[no-untyped-def]
        return [(c, pair[2], 0.9) for c in cands if (c.s, c.t) == pair[:2]][:1]

    monkeypatch.setattr(learned, "additions", only)
    return [e for e in run(text)["events"] if e["method"] == "learned"]


def test_an_additions_status_and_date_are_its_own_verbs_not_the_saying_that_governs_both(monkeypatch: pytest.MonkeyPatch) -> None:
    # status and dates pass (session 13): "does not rule out supplying": the act's verb carries the
    # added type's cue and reads hypothetical; "said" above both mentions would read asserted
    (e,) = _learned_readings(monkeypatch, "Peru said on Monday it does not rule out supplying weapons to Bolivia.",
                             ("PER", "BOL", "AID"))
    assert (e["status"], e["date"]) == ("hypothetical", "2024-06-17")
    # ... also when the parser hangs the act's word off the path between the two ("supplying" as a
    # modifier of "weapons"): the verb on the path whose own clause holds it
    (e,) = _learned_readings(monkeypatch, "Peru's president said on Thursday that Lima does not rule out supplying "
                             "weapons directly to Bolivia.", ("PER", "BOL", "AID"))
    assert e["status"] == "hypothetical"
    # a dated act under an undated saying keeps its own date and the saying's attribution
    (e,) = _learned_readings(monkeypatch, "Peru's navy says it fired warning shots at Bolivian boats on Tuesday.",
                             ("PER", "BOL", "COERCE"))
    assert e["date"] == "2024-06-18"


def test_an_act_a_statement_makes_keeps_the_saying_as_its_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    # negative: for a spoken act (ACCUSE...) the saying is the act, whatever the reported clause's mood
    (e,) = _learned_readings(monkeypatch, "Peru said on Monday that Bolivia could never be trusted with weapons.",
                             ("PER", "BOL", "ACCUSE"))
    assert (e["status"], e["date"]) == ("asserted", "2024-06-17")
    # and nothing on the path carrying the type leaves the governing verb in charge
    (e,) = _learned_readings(monkeypatch, "Peru said on Monday it does not rule out supplying weapons to Bolivia.",
                             ("PER", "BOL", "CONSULT"))
    assert e["status"] == "asserted"
    # within one clause the governing verb's reading holds: not the infinitive's hypothetical
    (e,) = _learned_readings(monkeypatch, "Peru has not been able to arrange a meeting with Bolivia.",
                             ("PER", "BOL", "CONSULT"))
    assert e["status"] == "negated"
    # and what is said of a measure already there is not the measure's own verb
    (e,) = _learned_readings(monkeypatch, "Peru has said that its sanctions on Bolivia will stay in place.",
                             ("PER", "BOL", "SANCTION"))
    assert e["status"] == "asserted"


def test_the_candidates_a_tier_reuses_from_the_other_are_those_it_would_build_alone() -> None:
    # Speed pass (session 14): the relationship tier reuses the event tier's mentions per sentence,
    # paths and parse-only pair features (memoised on the parsed document); what it builds must be
    # what it would build on a fresh parse, and another set of actors must not get the first's.
    from dashboard.extract import _analyse, _tokenized
    from dashboard.extraction import learned_relationships
    from dashboard.nlp import get_nlp

    nlp = get_nlp()
    text = "Japan and Australia signed a defence pact with India on Monday, and China protested to Japan."

    def analysed():  # type: ignore[no-untyped-def]
        parsed = nlp(_tokenized(nlp, text))
        return parsed, _analyse(document(text), parsed)

    def summary(cands):  # type: ignore[no-untyped-def]
        return [(c.sent, c.s, c.t, c.source_id, c.target_id, c.ms.start, c.mt.start, c.feats, c.modal, c.neg,
                 c.src_subj, c.tgt_subj, c.rule_pair, c.rules_here) for c in cands]

    reused, result = analysed()
    assert not reused.user_data  # (the run drops its memo: Tokens in it would tie the document in a cycle)
    fresh, _ = analysed()
    actors = result["actors"]
    learned.candidates(reused, actors, result["events"])  # the event tier first, as in a run
    rels = learned_relationships.candidates(reused, actors, result["relationships"])
    assert len(rels) >= 6  # four states named in one sentence
    assert summary(rels) == summary(learned_relationships.candidates(fresh, actors, result["relationships"]))
    fresh.user_data.clear()
    assert summary(learned.candidates(reused, actors, result["events"])) == summary(learned.candidates(fresh, actors, result["events"]))
    # negative: without India among the actors, India is in no candidate, memo or not
    fewer = [a for a in actors if a.get("country") != "IND"]
    assert not [c for c in learned.candidates(reused, fewer, result["events"]) if "IND" in (c.s, c.t)]
    assert [c for c in learned.candidates(reused, actors, result["events"]) if "IND" in (c.s, c.t)]


# ---------------------------------------------------------------- what is said or promised (session 14)
@pytest.mark.parametrize("text, pair, status", [
    # a reported clause's "would" under the saying that governs both mentions: the speaker's "will"
    ("Peru said on Monday that its navy would return to waters off Bolivia.", ("PER", "BOL", "MOBILIZE"), "planned"),
    ("Peru told Chile that it would back a joint effort to train Bolivian pilots.", ("PER", "BOL", "COOPERATE"), "planned"),
    # the complement of a governing verb of intent ("agreed to pursue"): read through the governor
    ("Peru agreed on Monday to pursue diplomacy with Bolivia.", ("PER", "BOL", "CONSULT"), "planned"),
    # a promise whose object is the act: not yet done
    ("Peru has promised tariffs on Bolivian goods.", ("PER", "BOL", "SANCTION"), "planned"),
])
def test_an_act_said_agreed_or_promised_takes_the_status_of_the_saying_or_promise(
        monkeypatch: pytest.MonkeyPatch, text: str, pair: tuple, status: str) -> None:
    (e,) = _learned_readings(monkeypatch, text, pair)
    assert e["status"] == status


@pytest.mark.parametrize("text, pair", [
    # negatives: a reported clause of fact, the act itself with no governor, a measure imposed
    ("Peru said on Monday that its navy returned to waters off Bolivia.", ("PER", "BOL", "MOBILIZE")),
    ("Peru pursued diplomacy with Bolivia on Monday.", ("PER", "BOL", "CONSULT")),
    ("Peru has imposed tariffs on Bolivian goods.", ("PER", "BOL", "SANCTION")),
    # the governor is itself the act: the agreeing is done
    ("Peru agreed on Monday to open membership talks with Bolivia.", ("PER", "BOL", "AGREE")),
    # a promise that is itself the act (status cues' promise_made_types): the agreement is made
    ("Peru has promised Bolivia a new era of partnership.", ("PER", "BOL", "AGREE")),
    # nor is the reported "would" an accord's mood: the saying makes it
    ("Peru said on Monday it would reopen the zone it once ran jointly with Bolivia.", ("PER", "BOL", "AGREE")),
    # a reported clause with no future modal reads as the saying does
    ("Peru said on Monday it does not rule out supplying weapons to Bolivia.", ("PER", "BOL", "CONSULT")),
])
def test_an_act_reported_as_done_stays_asserted(monkeypatch: pytest.MonkeyPatch, text: str, pair: tuple) -> None:
    (e,) = _learned_readings(monkeypatch, text, pair)
    assert e["status"] == "asserted"


# ---------------------------------------------------------------- sides only referred to (session 16)
def _referenced(text: str) -> tuple[list[learned.Candidate], list, dict]:
    """The event tier's candidates of `text` with the rules' references (as training and run time
    build them), the references, and the rules' result."""
    from dashboard.actors import dictionary
    from dashboard.cues import knowledge
    from dashboard.extract import _tokenized
    from dashboard.extraction.document import _DocumentAnalysis
    from dashboard.nlp import get_nlp
    nlp = get_nlp()
    parsed = nlp(_tokenized(nlp, text))
    analysis = _DocumentAnalysis(document(text), parsed, dictionary(nlp), knowledge(), False)
    result = analysis.run()
    return learned.candidates(parsed, result["actors"], result["events"], references=analysis.references), \
        analysis.references, result


def _ref_pairs(cands: list[learned.Candidate], sent: int) -> dict[tuple[str, str], tuple]:
    return {(c.s, c.t): c.ref for c in cands if c.sent == sent}


def test_a_he_standing_for_a_person_named_before_is_a_reference_candidate() -> None:
    cands, refs, _ = _referenced("Chile's president met Peru's foreign minister in Lima on Monday. "
                                 "He later thanked Argentina for its help with the floods.")
    pairs = _ref_pairs(cands, 1)
    # "He" is read as the rules read it, the person the sentence before was about (Chile's president,
    # its main subject): a side the sentence does not name
    (he,) = [c for c in cands if c.sent == 1 and c.ref == ("personal", None)]
    assert (he.s, he.t) == ("CHL", "ARG") and he.ms.text == "He" and {"ref", "ref:source", "ref:source=personal"} <= set(he.feats)
    assert pairs[(he.t, he.s)] == (None, "personal")
    assert any(r[2] == "personal" for r in refs)
    # the first sentence names both sides: no reference there
    assert all(c.ref == (None, None) and not any(f.startswith("ref") for f in c.feats) for c in cands if c.sent == 0)


def test_the_two_leaders_stand_for_both_sides_as_one_reference() -> None:
    cands, _, _ = _referenced("Chile's president met Peru's president in Lima on Monday. "
                              "The two leaders signed a trade agreement.")
    pairs = _ref_pairs(cands, 1)
    assert pairs == {("CHL", "PER"): ("group", "group"), ("PER", "CHL"): ("group", "group")}
    assert all("ref:both" in c.feats for c in cands if c.sent == 1)


def test_a_side_the_sentence_names_gets_no_reference_candidate() -> None:
    # "he" is read as Chile's president, but the sentence names Chile itself: the named mention wins
    cands, refs, _ = _referenced("Chile's president met Peru's president in Lima on Monday. "
                                 "Chile's president said he had thanked Argentina for its help.")
    assert any(c.sent == 1 for c in cands)
    assert all(c.ref == (None, None) for c in cands if c.sent == 1)
    # and a sentence with nothing referred to has none either
    cands, _, _ = _referenced("Chile thanked Argentina for the aid.")
    assert cands and all(not c.is_ref for c in cands)


def test_without_references_the_candidates_are_the_named_pairs_alone() -> None:
    # the relationship tier (learned_relationships.candidates) passes none: its input does not change
    from dashboard.extraction import learned_relationships
    text = "Chile's president met Peru's president in Lima on Monday. The two leaders signed a trade agreement."
    cands, _, result = _referenced(text)
    assert any(c.is_ref for c in cands)
    from dashboard.extract import _tokenized
    from dashboard.nlp import get_nlp
    nlp = get_nlp()
    parsed = nlp(_tokenized(nlp, text))
    plain = learned.candidates(parsed, result["actors"], result["events"])
    assert [(c.sent, c.s, c.t) for c in plain] == [(c.sent, c.s, c.t) for c in cands if not c.is_ref]
    rels = learned_relationships.candidates(parsed, result["actors"], result["relationships"])
    assert rels and not any(c.is_ref for c in rels)


def test_reference_candidates_get_the_linear_model_alone_never_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    # the encoder was trained on named pairs only: a reference's candidate keeps the linear model's
    # probability, the named pairs the ensemble's mean (the real encoder and model, watched)
    from dashboard.extraction import learned_encoder
    assert learned.model().meta.get("references") is True  # the shipped model reads references
    to_encoder: list[learned.Candidate] = []
    to_linear: list[learned.Candidate] = []
    real_encoder, real_predict = learned_encoder.encoder_probs, learned.Model.predict

    def encoder(cands, *args, **kw):  # type: ignore[no-untyped-def]
        to_encoder.extend(cands)
        return real_encoder(cands, *args, **kw)

    def predict(self, cands):  # type: ignore[no-untyped-def]
        to_linear.extend(cands)
        return real_predict(self, cands)
    monkeypatch.setattr(learned_encoder, "encoder_probs", encoder)
    monkeypatch.setattr(learned.Model, "predict", predict)
    monkeypatch.setattr(config, "LEARNED_ENSEMBLE", str(config.LEARNED_ENCODER_DIR))
    # the event tier's calls only (the relationship tier's encoder reads only sentences past its gate)
    monkeypatch.setattr(config, "LEARNED_RELATIONSHIPS", False)
    run("Chile's president met Peru's foreign minister in Lima on Monday. He later thanked Argentina for its help.")
    assert any(c.is_ref for c in to_linear) and any(not c.is_ref for c in to_linear)
    assert to_encoder and not any(c.is_ref for c in to_encoder)
    assert len(to_encoder) == sum(not c.is_ref for c in to_linear)
