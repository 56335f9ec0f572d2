"""dashboard.cues: the cue files load into lookups, and a file that would load wrongly is refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cues import EVENT_CUES_FILE, RELATIONSHIP_CUES_FILE, CueFileError, knowledge


def test_the_shipped_cue_files_load() -> None:
    cues = knowledge()
    # one key per lemma: "receive" keeps both its readings (shells from X, a person as a visit)
    assert set(cues.verbs["receive"].objects) >= {"person", "munitions"}
    assert cues.verbs["respond"].only_modal and "alliance" not in cues.verbs


def test_a_repeated_cue_is_refused_naming_the_file_and_key(tmp_path: Path) -> None:
    broken = tmp_path / "event_cues.yaml"
    broken.write_text("verbs:\n  meet: {type: CONSULT}\n  meet: {type: AGREE}\nnouns: {}\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"event_cues\.yaml.*line 3.*'meet' is given twice"):
        knowledge(broken, RELATIONSHIP_CUES_FILE)
    assert knowledge(EVENT_CUES_FILE, RELATIONSHIP_CUES_FILE).verbs["meet"].type == "CONSULT"


def test_the_verb_lexicon_loads_as_fallbacks_that_never_shadow_a_cue() -> None:
    cues = knowledge()
    assert len(cues.fallback_verbs) >= 150
    assert cues.fallback_verbs["mock"].type == "ACCUSE" and cues.fallback_verbs["mock"].fallback
    # a cue that takes only some objects leaves the others to the lexicon ("share" information is
    # the cue's cooperation, "share" technology the lexicon's transfer), as one that takes only a
    # particle leaves the verb without it ("defend" against X is the cue's, "defend" X the lexicon's;
    # pass 26); any other cue shadows it
    assert all(cues.verbs[verb].only_objects or cues.verbs[verb].only_preps
               for verb in set(cues.fallback_verbs) & set(cues.verbs))
    assert cues.verbs["defend"].only_preps and "defend" in cues.fallback_verbs
    assert "share" in cues.fallback_verbs and "mock" not in cues.verbs


def test_a_malformed_verb_lexicon_is_refused_naming_the_file(tmp_path: Path) -> None:
    bad_type = tmp_path / "verb_lexicon.yaml"
    bad_type.write_text("verbs:\n  mock: {type: TEASE}\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"verb_lexicon\.yaml.*'mock'.*type"):
        knowledge(EVENT_CUES_FILE, RELATIONSHIP_CUES_FILE, bad_type)
    repeated = tmp_path / "lexicon.yaml"
    repeated.write_text("verbs:\n  mock: {type: ACCUSE}\n  mock: {type: SUPPORT}\n", encoding="utf-8")
    with pytest.raises(CueFileError, match=r"lexicon\.yaml.*line 3.*'mock' is given twice"):
        knowledge(EVENT_CUES_FILE, RELATIONSHIP_CUES_FILE, repeated)
