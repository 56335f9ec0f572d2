"""Incident grouping (dashboard/incidents.py) on a real DuckDB file, from hand-written event rows.

Each test writes the events several reports would give and checks which of them the SQL puts in
one incident. The end-to-end path (real documents through the extractor) is in test_ingest.py.
"""
from __future__ import annotations

from datetime import date
from itertools import count
from pathlib import Path

import pandas as pd
import pytest

from dashboard.db import Builder, open_build
from dashboard.incidents import recompute_incidents
from dashboard.ingest import event_dates
from dashboard.scope import event_types

_serial = count(1)


def event(doc: str, src: str | None, tgt: str | None, kind: str, when: str | None, precision: str | None,
          *, status: str = "asserted", confidence: float = 0.5, sentence: str | None = None) -> dict:
    """One events row as ingest would store it (dates widened by ingest's own event_dates)."""
    n = next(_serial)
    first, last, precision = event_dates(when, precision, None)
    return {
        "id": f"ev{n:05d}", "document_id": doc, "incident_id": None,
        "sentence": sentence or f"sentence {n}", "sent_start": n, "sent_end": n + 1,
        "source_actor": src, "target_actor": tgt, "source_country": src, "target_country": tgt,
        "type": kind, "quad_class": event_types()[kind]["quad_class"], "mode": None, "status": status,
        "event_date": first, "event_date_end": last, "date_precision": precision,
        "location": None, "attribution": None, "confidence": confidence, "method": "rules",
    }


@pytest.fixture
def builder(tmp_path: Path) -> Builder:
    b = open_build(tmp_path / "missing.duckdb", tmp_path / "build.duckdb")
    yield b
    b.close()


def group(builder: Builder, rows: list[dict]) -> dict[str, str]:
    """Store `rows`, regroup, and return event id -> incident id."""
    builder.insert_frame("events", pd.DataFrame(rows, columns=builder.column_names("events")))
    recompute_incidents(builder)
    frame = builder.query("SELECT id, incident_id FROM events")
    assert frame["incident_id"].notna().all(), "every event belongs to an incident"
    return dict(zip(frame["id"], frame["incident_id"]))


def together(assigned: dict[str, str], *rows: dict) -> bool:
    return len({assigned[r["id"]] for r in rows}) == 1


def incident(builder: Builder, row: dict, assigned: dict[str, str]) -> dict:
    frame = builder.query("SELECT * FROM incidents WHERE id = $id", {"id": assigned[row["id"]]})
    return frame.iloc[0].to_dict()


def test_one_summit_reported_by_three_outlets_is_one_incident(builder: Builder) -> None:
    wire = event("wire", "RUS", "PRK", "CONSULT", "2023-09-13", "day", confidence=0.7,
                 sentence="Putin met Kim at the Vostochny Cosmodrome on 13 September.")
    # Reported the other way round: CONSULT is symmetric, so the pair is unordered.
    statement = event("kcna", "PRK", "RUS", "CONSULT", "2023-09-13", "day", confidence=0.9,
                      sentence="Kim Jong Un held talks with Vladimir Putin.")
    digest = event("digest", "RUS", "PRK", "CONSULT", "2023-09-14", "published", confidence=0.6)
    other = event("wire", "RUS", "PRK", "CONSULT", "2023-11-20", "day")
    assigned = group(builder, [wire, statement, digest, other])

    assert together(assigned, wire, statement, digest)
    assert not together(assigned, wire, other)
    summit = incident(builder, wire, assigned)
    assert summit["n_documents"] == 3 and summit["n_events"] == 3
    assert summit["headline"] == "Kim Jong Un held talks with Vladimir Putin."  # the most confident
    assert pd.Timestamp(summit["event_date"]).date() == date(2023, 9, 13)
    assert summit["date_precision"] == "day"
    assert summit["status"] == "asserted" and summit["quad_class"] == "verbal cooperation"
    assert builder.scalar("SELECT count(*) FROM incidents") == 2


def test_directed_types_keep_the_order_of_the_pair(builder: Builder) -> None:
    accuses = event("a", "USA", "PRK", "ACCUSE", "2023-10-13", "day")
    accused = event("b", "PRK", "USA", "ACCUSE", "2023-10-13", "day")
    also = event("c", "USA", "PRK", "ACCUSE", "2023-10-13", "day")
    assigned = group(builder, [accuses, accused, also])
    assert together(assigned, accuses, also)
    assert not together(assigned, accuses, accused)


def test_type_and_dyad_separate_events_on_the_same_day(builder: Builder) -> None:
    consult = event("a", "RUS", "PRK", "CONSULT", "2023-09-13", "day")
    agree = event("a", "RUS", "PRK", "AGREE", "2023-09-13", "day")
    china = event("b", "CHN", "PRK", "CONSULT", "2023-09-13", "day")
    assigned = group(builder, [consult, agree, china])
    assert len(set(assigned.values())) == 3


def test_day_dates_join_within_a_day_either_side_and_chain(builder: Builder) -> None:
    d13 = event("a", "RUS", "PRK", "CONSULT", "2023-09-13", "day")
    d15 = event("b", "RUS", "PRK", "CONSULT", "2023-09-15", "day")  # windows 12-14 and 14-16 touch
    d19 = event("c", "RUS", "PRK", "CONSULT", "2023-09-19", "day")  # window 18-20: apart
    d17 = event("d", "RUS", "PRK", "CONSULT", "2023-09-17", "day")  # bridges 15 and 19 (chained)
    assigned = group(builder, [d13, d15, d19])
    assert together(assigned, d13, d15) and not together(assigned, d13, d19)

    assigned = group(builder, [d17])
    assert together(assigned, d13, d15, d17, d19)


def test_publication_dates_stand_for_three_days_either_side(builder: Builder) -> None:
    day = event("a", "CHN", "RUS", "AGREE", "2024-05-16", "day")
    near = event("b", "CHN", "RUS", "AGREE", "2024-05-19", "published")  # 16-22 meets 15-17
    far = event("c", "CHN", "RUS", "AGREE", "2024-05-22", "published")  # 19-25 vs 15-17: apart
    assigned = group(builder, [day, near, far])
    assert together(assigned, day, near)
    # `far` overlaps `near`'s window (19-22), so it chains into the same incident...
    assert together(assigned, near, far)
    # ...but on its own it would not have joined the day-dated report.
    lone_day = event("x", "CHN", "USA", "AGREE", "2024-05-16", "day")
    lone_far = event("y", "CHN", "USA", "AGREE", "2024-05-22", "published")
    assigned = group(builder, [lone_day, lone_far])
    assert not together(assigned, lone_day, lone_far)


def test_status_compatibility(builder: Builder) -> None:
    planned = event("a", "RUS", "PRK", "CONSULT", "2023-09", "month", status="planned")
    held = event("b", "RUS", "PRK", "CONSULT", "2023-09-13", "day", status="asserted")
    maybe = event("c", "RUS", "PRK", "CONSULT", "2023-09-13", "day", status="hypothetical")
    maybe_too = event("d", "RUS", "PRK", "CONSULT", "2023-09-14", "day", status="hypothetical")
    denied = event("e", "RUS", "PRK", "CONSULT", "2023-09-13", "day", status="negated")
    assigned = group(builder, [planned, held, maybe, maybe_too, denied])
    assert together(assigned, planned, held)
    assert together(assigned, maybe, maybe_too)
    assert len({assigned[r["id"]] for r in (held, maybe, denied)}) == 3
    summit = incident(builder, held, assigned)
    assert summit["status"] == "asserted"  # the summit happened, whatever was planned
    assert summit["date_precision"] == "day"  # dated by its most precise report


def test_only_planned_reports_make_a_planned_incident(builder: Builder) -> None:
    a = event("a", "RUS", "PRK", "CONSULT", "2024-06", "month", status="planned")
    b = event("b", "RUS", "PRK", "CONSULT", "2024-06", "month", status="planned")
    assigned = group(builder, [a, b])
    assert together(assigned, a, b)
    row = incident(builder, a, assigned)
    assert row["status"] == "planned" and row["n_documents"] == 2
    assert (pd.Timestamp(row["event_date"]).date(), pd.Timestamp(row["event_date_end"]).date()) == (
        date(2024, 6, 1), date(2024, 6, 30))


def test_month_dates_join_their_month_only(builder: Builder) -> None:
    sept = event("a", "PRK", "RUS", "AID", "2023-09", "month")
    day = event("b", "PRK", "RUS", "AID", "2023-09-30", "day")
    oct_month = event("c", "PRK", "RUS", "AID", "2023-10", "month")
    oct_again = event("d", "PRK", "RUS", "AID", "2023-10", "month")
    assigned = group(builder, [sept, day, oct_month, oct_again])
    assert together(assigned, sept, day)
    assert together(assigned, oct_month, oct_again)
    # day 30 Sept's window reaches 1 Oct, but a month joins a day-dated incident, it does not chain one
    assert not together(assigned, day, oct_month)


def test_a_year_joins_one_incident_of_that_year_and_never_bridges(builder: Builder) -> None:
    march = event("a", "CHN", "PRK", "CONSULT", "2023-03-10", "day")
    march_too = event("b", "CHN", "PRK", "CONSULT", "2023-03-10", "day")
    sept = event("c", "CHN", "PRK", "CONSULT", "2023-09-01", "day")
    that_year = event("d", "CHN", "PRK", "CONSULT", "2023", "year")
    new_year_eve = event("e", "CHN", "RUS", "CONSULT", "2023-12-31", "day")
    next_year = event("f", "CHN", "RUS", "CONSULT", "2024", "year")
    assigned = group(builder, [march, march_too, sept, that_year, new_year_eve, next_year])
    assert not together(assigned, march, sept)  # the year did not merge the year's meetings
    assert together(assigned, march, march_too, that_year)  # it joined the best-supported one
    assert not together(assigned, new_year_eve, next_year)  # 31 Dec ±1 day is no report of 2024


def test_year_dates_alone_group_by_year(builder: Builder) -> None:
    a = event("a", "RUS", "UKR", "ASSAULT", "2022", "year")
    b = event("b", "RUS", "UKR", "ASSAULT", "2022", "year")
    c = event("c", "RUS", "UKR", "ASSAULT", "2023", "year")
    assigned = group(builder, [a, b, c])
    assert together(assigned, a, b) and not together(assigned, a, c)


def test_events_without_countries_are_incidents_of_their_own(builder: Builder) -> None:
    a = event("a", None, None, "ACCUSE", "2023-09-13", "day")
    b = event("b", None, None, "ACCUSE", "2023-09-13", "day")
    half = event("c", "RUS", None, "ACCUSE", "2023-09-13", "day")
    half_too = event("d", "RUS", None, "ACCUSE", "2023-09-13", "day")
    assigned = group(builder, [a, b, half, half_too])
    assert not together(assigned, a, b)
    assert together(assigned, half, half_too)  # one known side still identifies the event


def test_one_document_repeating_itself_is_one_incident(builder: Builder) -> None:
    first = event("a", "RUS", "PRK", "AGREE", "2024-06-19", "day", confidence=0.4)
    again = event("a", "RUS", "PRK", "AGREE", "2024-06-19", "day", confidence=0.8, sentence="They signed the treaty.")
    undated = event("a", "RUS", "PRK", "COOPERATE", None, None)
    undated_again = event("a", "PRK", "RUS", "COOPERATE", None, None)
    undated_elsewhere = event("b", "RUS", "PRK", "COOPERATE", None, None)
    assigned = group(builder, [first, again, undated, undated_again, undated_elsewhere])
    assert together(assigned, first, again)
    row = incident(builder, first, assigned)
    assert (row["n_documents"], row["n_events"], row["headline"]) == (1, 2, "They signed the treaty.")
    assert together(assigned, undated, undated_again)
    assert not together(assigned, undated, undated_elsewhere)  # no date: no evidence it is the same event
    assert pd.isna(incident(builder, undated, assigned)["event_date"])


def test_regrouping_is_stable_and_replaces_the_table(builder: Builder) -> None:
    a = event("a", "RUS", "PRK", "CONSULT", "2023-09-13", "day")
    b = event("b", "RUS", "PRK", "CONSULT", "2023-09-13", "day")
    first = group(builder, [a, b])
    second = group(builder, [])
    assert first == second
    assert builder.scalar("SELECT count(*) FROM incidents") == 1
    late = event("c", "RUS", "PRK", "CONSULT", "2023-09-14", "published")
    third = group(builder, [late])
    assert third[late["id"]] == third[a["id"]] == first[a["id"]]
    assert incident(builder, a, third)["n_documents"] == 3


def test_event_dates_widen_to_their_period() -> None:
    assert event_dates("2023-09", "month", None) == (date(2023, 9, 1), date(2023, 9, 30), "month")
    assert event_dates("2024-02", "month", None) == (date(2024, 2, 1), date(2024, 2, 29), "month")
    assert event_dates("2019", "year", None) == (date(2019, 1, 1), date(2019, 12, 31), "year")
    assert event_dates("2023-09-13", "day", None) == (date(2023, 9, 13), date(2023, 9, 13), "day")
    assert event_dates(None, "published", date(2023, 11, 11)) == (date(2023, 11, 11), date(2023, 11, 11), "published")
    assert event_dates("2023-11-11", "published", None) == (date(2023, 11, 11), date(2023, 11, 11), "published")
    # Unknown stays unknown: never invented.
    assert event_dates(None, "published", None) == (None, None, None)
    assert event_dates(None, None, date(2023, 1, 1)) == (None, None, None)
    assert event_dates("13 September", "day", None) == (None, None, None)
