"""Extraction: a Document -> its actors, events (source -> action -> target, status, date) and
standing relationships, each with the sentence it came from.

Pipeline per document: spaCy parse (nlp.py) -> actor mentions (actors.py, PhraseMatcher-based)
-> per sentence: event triggers by lemma (cues.py), roles from the dependency parse, status from
modality/negation/conditionals, date (dates.py) -> relationships from relational nouns. A small
discourse context resolves "it", "their", "both leaders", "the two countries" across sentences.
All knowledge is in data/*.yaml; the rules only walk the parse.

This module is the public entry: `extract`, `extract_many`, `cli_extract` and `EXTRACTOR_VERSION`,
plus tokenizing (datelines, paragraph breaks, hyphenated verbs). The rules live in the
`dashboard.extraction` package, one module per stage (see its __init__); `_analyse` and
`_tokenized` stay here because they read `knowledge` through this module, where tests replace it.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

from . import __version__, config
from .actors import dictionary
from .config import DATA_DIR
from .cues import knowledge
from .extraction.dateline import _parse_text
from .extraction.document import _DocumentAnalysis
from .nlp import get_nlp


def _version() -> str:
    """Changes whenever extraction code or its knowledge files change."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    sources = [here / name for name in ("extract.py", "actors.py", "dates.py", "cues.py", "nlp.py")]
    # every module of the rules package, so that editing any rule marks stored extractions stale
    sources += sorted((here / "extraction").glob("*.py"))
    knowledge_files = [DATA_DIR / name for name in ("actors.yaml", "event_cues.yaml", "relationship_cues.yaml", "verb_lexicon.yaml",
                                                    "event_types.csv",
                                                    # the learned tier's weights (extraction/learned.py)
                                                    "learned_events.npz", "learned_relationships.npz")]
    for path in [*sources, *knowledge_files]:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    # the learned tiers' encoders as configured (SITREP_LEARNED_ENSEMBLE, SITREP_LEARNED_REL_ENCODER):
    # switching one off or to another folder, or changing its files, changes the output. A meta.json
    # carries the sha256 of the model and tokenizer (checked when they load), so hashing it stands
    # for all three files without reading 23 MB at every start.
    for name, on, folder in (("encoder", config.LEARNED_EVENTS, config.LEARNED_ENSEMBLE),
                             ("rel encoder", config.LEARNED_RELATIONSHIPS, config.LEARNED_REL_ENCODER)):
        if on and folder:
            path = Path(folder) / "meta.json"
            h.update(f"{name}/meta.json".encode())
            h.update(path.read_bytes() if path.exists() else b"")
        else:
            h.update(f"{name} off".encode())
    return f"{__version__}+{h.hexdigest()[:10]}"


EXTRACTOR_VERSION: str = _version()


def _analyse(document: Any, parsed: Doc, skip_failing_sentences: bool = False) -> dict[str, Any]:
    nlp = get_nlp()
    return _DocumentAnalysis(document, parsed, dictionary(nlp), knowledge(), skip_failing_sentences).run()


_ABBREVIATED_COMPOUND = re.compile(r"^((?:[A-Z]\.){2,})-([A-Za-z]+)$")


def _tokenized(nlp: Any, text: str) -> Doc:
    """The text tokenized for the pipeline, a sentence starting after each blank line: the parser
    otherwise runs a paragraph's last sentence into the next one's."""
    doc = nlp.make_doc(_parse_text(text))
    cues = knowledge()
    prefixes = cues.hyphen_prefixes
    joined: list[int] = []
    nouns: list[tuple[int, str]] = []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
        elif tok.text == "-" and not before.whitespace_ and not tok.whitespace_ and before.lower_ in prefixes \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha and not doc[tok.i + 1].lower_.endswith("ing"):
            joined.append(before.i)  # ("the test-firing of": the noun parses well as it is)
        elif tok.text == "-" and not before.whitespace_ and not tok.whitespace_ and before.is_alpha \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha:
            # "the build-up of troops", "a cease-fire": a hyphenated spelling of a cue noun written
            # solid ("buildup", "ceasefire") is that noun (pass 24)
            whole = before.lower_ + doc[tok.i + 1].lower_
            lemma = whole if whole in cues.nouns else whole[:-1] if whole.endswith("s") and whole[:-1] in cues.nouns else None
            if lemma is not None and (not nouns or nouns[-1][0] + 2 < before.i) and (not joined or joined[-1] + 2 < before.i):
                nouns.append((before.i, lemma))
    if joined or nouns:
        # "test-fired": one verb, not a noun "test" the parser makes the subject
        with doc.retokenize() as retokenizer:
            for i in joined:
                retokenizer.merge(doc[i:i + 3])
            for i, lemma in nouns:
                retokenizer.merge(doc[i:i + 3], attrs={"LEMMA": lemma})
    split = [(tok, m) for tok in doc if ".-" in tok.text and (m := _ABBREVIATED_COMPOUND.match(tok.text))]
    if split:
        # "a U.S.-drafted resolution": the tokenizer keeps the abbreviation and its participle as
        # one word, hiding the state; split as "French-drafted" is (pass twenty)
        with doc.retokenize() as retokenizer:
            for tok, m in split:
                retokenizer.split(tok, [m.group(1), "-", m.group(2)], heads=[(tok, 2), (tok, 2), tok.head])
    return doc


def extract(doc: Any, skip_failing_sentences: bool = False) -> dict[str, Any]:
    """One document's actors, events and relationships as a JSON-ready object.
    `skip_failing_sentences`: a rule defect on one sentence drops that sentence's claims with a
    logged warning instead of raising (ingest and the command line use it)."""
    nlp = get_nlp()
    return _analyse(doc, nlp(_tokenized(nlp, doc.text)), skip_failing_sentences)


def extract_many(docs: Iterable[Any], batch_size: int = 32,
                 skip_failing_sentences: bool = False) -> Iterator[dict[str, Any]]:
    """The same results as `extract` for each document, parsed in batches with nlp.pipe."""
    nlp = get_nlp()
    pending = iter(docs)
    # nlp.pipe with as_tuples keeps each document beside its parse without holding all in memory
    for parsed, document in nlp.pipe(((_tokenized(nlp, d.text), d) for d in pending), batch_size=batch_size, as_tuples=True):
        yield _analyse(document, parsed, skip_failing_sentences)


@contextmanager
def _warnings_to_stderr() -> Iterator[None]:
    """The rule layer's warnings (a skipped sentence) as "warning: ..." lines, like the reader's."""
    class ToStderr(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            print(f"warning: {record.getMessage()}", file=sys.stderr)

    logger, handler = logging.getLogger("dashboard.extraction"), ToStderr(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def cli_extract(path: Path) -> int:
    """`python -m dashboard extract FILE`: print the first record's extraction as JSON."""
    from .extraction.learned_encoder import EncoderError
    from .nlp import ModelUnavailable
    from .readers import ReadError, read_documents

    try:
        documents, errors = read_documents(path)
    except ReadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # anything the reader did not anticipate, still one line
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for err in errors:
        print(f"warning: {err}", file=sys.stderr)
    if not documents:
        print(f"error: {path}: no readable record", file=sys.stderr)
        return 1
    if len(documents) + len(errors) > 1:
        print(f"note: {path} holds {len(documents) + len(errors)} records; printing the first "
              f"({documents[0].path})", file=sys.stderr)
    try:
        with _warnings_to_stderr():
            result = extract(documents[0], skip_failing_sentences=True)
    except (ModelUnavailable, EncoderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (RecursionError, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
        # An extractor defect on one text: one line naming the file (as ingest logs it), not a
        # traceback. (A broken cue file, CueFileError, is reported by the command line itself.)
        from .cues import CueFileError

        if isinstance(exc, CueFileError):
            raise
        print(f"error: {path}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0
