"""Extraction: a Document -> actors, events and relationships (skeleton: actors only so far)."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import __version__
from .actors import dictionary
from .config import DATA_DIR
from .nlp import get_nlp


def _version() -> str:
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *DATA_DIR.glob("*.yaml")]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


EXTRACTOR_VERSION: str = _version()


def _document_json(doc: Any) -> dict[str, Any]:
    return {"path": doc.path, "title": doc.title, "published": doc.published.isoformat() if doc.published else None,
            "source": doc.source, "url": doc.url}


def _analyse(doc: Any, parsed: Any) -> dict[str, Any]:
    mentions = dictionary(get_nlp()).find(parsed, doc.published)
    actors: dict[str, dict[str, Any]] = {}
    for m in mentions:
        a = actors.setdefault(m.actor.id, {"id": m.actor.id, "name": m.actor.name, "kind": m.actor.kind,
                                          "country": m.actor.country, "role": m.actor.role, "mentions": []})
        span = parsed[m.start:m.end]
        a["mentions"].append([span.start_char, span.end_char])
    return {"document": _document_json(doc), "actors": list(actors.values()), "events": [], "relationships": []}


def extract(doc: Any) -> dict[str, Any]:
    return _analyse(doc, get_nlp()(doc.text))


def extract_many(docs: Iterable[Any], batch_size: int = 32) -> Iterator[dict[str, Any]]:
    nlp = get_nlp()
    docs = list(docs)
    for doc, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield _analyse(doc, parsed)


def cli_extract(path: Path) -> int:
    from .readers import ReadError, read_documents

    try:
        documents, errors = read_documents(path)
    except ReadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not documents:
        print(f"error: {path}: no readable record", file=sys.stderr)
        return 1
    print(json.dumps(extract(documents[0]), ensure_ascii=False))
    return 0
