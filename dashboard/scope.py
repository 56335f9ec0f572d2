"""The briefing's filter scope: one value object shared by queries, figures, pages and URLs.

Every query under queries/ takes the same parameters; `Scope.params()` is the one place that
turns a scope into bound values, so no page builds SQL from what a user typed.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Literal

from .config import DATA_DIR

STATUSES: tuple[str, ...] = ("asserted", "planned", "hypothetical", "negated")
DEFAULT_STATUSES: tuple[str, ...] = ("asserted", "planned", "hypothetical")
MATCHES: tuple[str, ...] = ("any", "between")
#: Whether the briefing shows the learned tier's events unless the reader asks: no. About half of
#: the tier's additions are right on unseen text, and on the sample corpus it turned the Russia-North
#: Korea pair's 8 conflict incidents into 31 ("North Korean troops fought for Russia" read as an
#: assault on Russia): a reader opts in, and every such event is then marked.
DEFAULT_INCLUDE_LEARNED = False
#: How a scope that shows the learned tier's events says so (descriptions, CSV headers, subtitles).
LEARNED_SHOWN = "model-read events and relationships included"
#: Bounds bound in place of an open date range, so SQL compares plain dates.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict[str, object]]:
    """PLOVER event types from data/event_types.csv: type -> {quad_class, cooperation, description}."""
    with open(DATA_DIR / "event_types.csv", newline="", encoding="utf-8") as fh:
        return {
            row["type"]: {
                "quad_class": row["quad_class"],
                "cooperation": float(row["cooperation"]),
                "description": row["description"],
            }
            for row in csv.DictReader(fh)
        }


QUAD_CLASSES: tuple[str, ...] = (
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)


def actor_bits(actors: Iterable[str]) -> int:
    """The 64-bit bloom mask of actor ids as incidents store theirs (`source_bloom`, `target_bloom`,
    dashboard/incidents.py): bit md5(id) % 64, the digest read little-endian as DuckDB's
    md5_number reads it. Bound as a constant, the test `bloom & mask <> 0` is pushed into the scan
    of incidents and rules most out before their actor lists are read."""
    mask = 0
    for actor in actors:
        mask |= 1 << (int.from_bytes(hashlib.md5(str(actor).encode("utf-8")).digest(), "little") % 64)
    return mask


#: How a state or organisation id is written (ISO alpha-3, "UN", "NATO", "G7", "ARAB_LEAGUE"); every other actor id
#: is a lower-case slug (dashboard/actors.py), a convention tests/test_actors.py checks on the dictionary.
_CODE = re.compile(r"[A-Z0-9_]+")


def actor_codes_only(actors: Iterable[str]) -> bool:
    """Whether every selected actor is a state or organisation code. Then an incident involves one
    exactly when its side's country is it, and queries test the incidents' countries instead of
    reading their actor lists: reading those lists cost 7 of 10 ms for a two-state scope at 1 M
    events (benchmarks/query_speed.py), and every scoped query pays it."""
    return all(_CODE.fullmatch(str(actor)) for actor in actors)


@dataclass(frozen=True)
class Scope:
    """What the reader asked to see. Empty tuples mean 'all'."""

    actors: tuple[str, ...] = ()
    match: Literal["any", "between"] = "any"
    start: date | None = None
    end: date | None = None
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = field(default=DEFAULT_STATUSES)
    min_sources: int = 1
    #: Show events the learned tier read (events.method 'learned'), marked as the model's reading.
    #: Off (the default): events lists leave them out and incidents only the model read are hidden;
    #: an incident the rules read too is kept with its stored facts (queries/shared/scoped_incidents.sql).
    include_learned: bool = DEFAULT_INCLUDE_LEARNED

    def params(self) -> dict[str, object]:
        """Values for the shared query parameters ($actors, $match, $start, ...)."""
        return {
            "actors": list(self.actors),
            "match": self.match,
            "start": self.start or EARLIEST,
            "end": self.end or LATEST,
            "types": list(self.types),
            "statuses": list(self.statuses),
            "min_sources": int(self.min_sources),
            "actor_bits": actor_bits(self.actors),
            "actor_codes_only": actor_codes_only(self.actors),
            "include_learned": bool(self.include_learned),
        }

    def with_(self, **changes: object) -> "Scope":
        return replace(self, **changes)

    def describe(self, actor_names: dict[str, str] | None = None) -> str:
        """One line naming the scope, for subtitles, CSV headers and the briefing."""
        names = actor_names or {}
        if self.actors:
            who = ", ".join(names.get(a, a) for a in self.actors)
            who = ("between " if self.match == "between" and len(self.actors) > 1 else "involving ") + who
        else:
            who = "all actors"
        if self.start or self.end:
            when = f"{self.start.isoformat() if self.start else '…'} to {self.end.isoformat() if self.end else '…'}"
        else:
            when = "all dates"
        parts = [who, when]
        if self.types:
            parts.append("types " + ", ".join(self.types))
        parts.append("status " + ", ".join(self.statuses))
        if self.min_sources > 1:
            parts.append(f"reported by ≥{self.min_sources} sources")
        if self.include_learned:
            parts.append(LEARNED_SHOWN)
        return " · ".join(parts)
