"""dashboard.nlp: the configured spaCy model, loaded once per process."""
from __future__ import annotations

import pytest

from dashboard import config
from dashboard.nlp import ModelUnavailable, get_nlp, load_model


def test_model_is_loaded_once_and_parses() -> None:
    nlp = get_nlp()
    assert get_nlp() is nlp
    assert get_nlp(config.SPACY_MODEL) is nlp
    doc = nlp("Russia has backed sanctions on North Korea.")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert doc[2].lemma_ == "back" and doc[0].dep_ == "nsubj"


def test_model_loads_from_a_path(tmp_path) -> None:
    # a site may point SITREP_SPACY_MODEL at a directory instead of a package name
    get_nlp().to_disk(tmp_path / "model")
    nlp = load_model(str(tmp_path / "model"))
    assert nlp("Kim met Putin.")[1].lemma_ == "meet"


@pytest.mark.parametrize("name", ["no_such_spacy_model_package", "/nonexistent/model/dir"])
def test_unknown_model_is_a_clear_error(name: str) -> None:
    with pytest.raises(ModelUnavailable, match="cannot be loaded"):
        load_model(name)
