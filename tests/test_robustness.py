"""The extractor on foreign wire text: 682 sentences from the peer data sets (the PLOVER gold
records, PETRARCH-2's unit-test records and its GigaWord sample), written by others for other
coders. Whatever it finds there, it must finish, keep the JSON contract, and trace every claim to
the exact sentence it came from. (An endless recursion once showed up only on an unusual
sentence; this is the net for that kind of defect.) Skipped when ../shared is absent."""
from __future__ import annotations

import html
import json
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
import yaml

from _extract_helpers import SHARED
from dashboard.config import DATA_DIR
from dashboard.extract import extract_many
from dashboard.readers import Document
from dashboard.scope import STATUSES, event_types

PEERS = SHARED / "peers"
RELATIONSHIP_TYPES = {"ALLY", "PARTNER", "TRADE", "PATRON", "SUPPLIER", "ADVERSARY", "MEMBER"}
PRECISIONS = {"day", "month", "year", "published"}


def peer_texts() -> list[tuple[str, str]]:
    texts = []
    plover = PEERS / "plover" / "PLOVER_GSR_CAMEO.txt"
    for record in json.loads(plover.read_text(encoding="utf-8")):
        if record.get("event") != "DOCUMENT":
            texts.append((f"plover:{record['id']}", record["text"]))
    for name in ("PETR.UnitTest.records.xml", "GigaWord.sample.PETR.xml"):
        raw = (PEERS / "petrarch2" / name).read_text(encoding="utf-8", errors="replace")
        for k, m in enumerate(re.finditer(r"<Text>(.*?)</Text>", raw, re.S)):
            texts.append((f"{name}:{k}", " ".join(html.unescape(m.group(1)).split())))
    return texts


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail rather than hang: a loop without end would otherwise hold CI until its limit."""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"extraction did not finish within {seconds} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Document, dict]]:
    if not (PEERS / "plover").is_dir() or not (PEERS / "petrarch2").is_dir():
        pytest.skip("../shared/peers is absent")
    docs = [Document(path=name, text=text, published=date(2008, 8, 4)) for name, text in peer_texts()]
    with time_limit(300):  # about 5 s on this machine
        results = list(extract_many(docs))
    return list(zip(docs, results))


def test_every_peer_sentence_is_extracted(extracted: list[tuple[Document, dict]]) -> None:
    assert len(extracted) == 682
    assert all(set(result) >= {"actors", "events", "relationships"} for _, result in extracted)
    # not a silent no-op: foreign text still yields events (about 150 claims on this material)
    assert sum(len(result["events"]) for _, result in extracted) >= 50


def test_every_claim_quotes_its_sentence_exactly(extracted: list[tuple[Document, dict]]) -> None:
    claims = 0
    for doc, result in extracted:
        for claim in result["events"] + result["relationships"]:
            assert 0 <= claim["start"] < claim["end"] <= len(doc.text), doc.path
            assert doc.text[claim["start"]:claim["end"]] == claim["sentence"], doc.path
            assert 0.0 < claim["confidence"] <= 1.0, doc.path
            claims += 1
    assert claims


def test_every_claim_keeps_the_vocabularies(extracted: list[tuple[Document, dict]]) -> None:
    types = event_types()
    dictionary = yaml.safe_load((DATA_DIR / "actors.yaml").read_text(encoding="utf-8"))
    codes = set(dictionary["countries"]) | set(dictionary["organisations"])  # states and bodies
    for doc, result in extracted:
        mentioned = {a["id"] for a in result["actors"]}
        for event in result["events"]:
            assert event["type"] in types and event["quad_class"] == types[event["type"]]["quad_class"], doc.path
            assert event["status"] in STATUSES, doc.path
            assert event["date_precision"] in PRECISIONS, doc.path
            assert event["source"] in mentioned and event["target"] in mentioned | {None}, doc.path
            # a side's state is a dictionary code or none, never a guess
            assert {event["source_country"], event["target_country"]} <= codes | {None}, doc.path
        for tie in result["relationships"]:
            assert tie["type"] in RELATIONSHIP_TYPES and isinstance(tie["negated"], bool), doc.path
            assert {tie["source_country"], tie["target_country"]} <= codes | {None}, doc.path
