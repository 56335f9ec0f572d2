"""The spaCy pipeline, loaded once per process.

`config.SPACY_MODEL` names an installed model package (imported and `.load()`ed, which works for
packages that spacy.load cannot find by name) or a path to a model directory (spacy.load).
"""
from __future__ import annotations

import importlib
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from . import config

_lock = threading.Lock()
_cache: dict[str, Language] = {}


class ModelUnavailable(RuntimeError):
    """The configured spaCy model cannot be loaded (not installed, bad path)."""


def load_model(name: str) -> Language:
    """Load a pipeline by package name or path, without caching."""
    looks_like_path = any(sep in name for sep in ("/", "\\")) or name.startswith(".") or Path(name).exists()
    try:
        if looks_like_path:
            return spacy.load(Path(name).expanduser())
        return importlib.import_module(name).load()
    except (ImportError, OSError, ValueError) as exc:
        raise ModelUnavailable(f"spaCy model {name!r} cannot be loaded: {exc}") from exc


def get_nlp(name: str | None = None) -> Language:
    """The process-wide pipeline for `name` (default `config.SPACY_MODEL`)."""
    key = name or config.SPACY_MODEL
    nlp = _cache.get(key)
    if nlp is None:
        with _lock:
            nlp = _cache.get(key)
            if nlp is None:
                nlp = _cache[key] = load_model(key)
    return nlp
