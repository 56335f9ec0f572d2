"""Incidents: one real-world event however many documents (or sentences) report it.

Ten outlets reporting one summit give ten events but one incident, so charts can count what
happened rather than how loudly it was reported. Events join an incident when they have

* the same source and target countries (an unordered pair for symmetric types: RUS meets PRK is
  PRK meets RUS), and the same type;
* compatible statuses: asserted and planned join each other (the planned summit and the summit
  reported), hypothetical joins only hypothetical, negated only negated;
* overlapping dates. Day- and publication-dated events ("fine" dates) are widened to a window
  (a stated day ±1 day, a publication date standing in for the event ±3 days) and chained: two
  windows that overlap belong to one incident (gaps-and-islands over the sorted windows).
  Coarser dates do not chain, so one "in 2023" cannot merge every meeting of that year: a
  month-dated event joins the best-supported (most events) day-dated incident with a report
  dated in that month, else the other events of that month; a year-dated event likewise joins
  the best-supported incident with a report dated in that year, else the other events of that
  year. Tolerance windows do not reach across a coarse period's edge: 30 September ±1 day is
  not a report of October.

Undated events join only undated events of the same document (one report repeating itself);
events with no country on either side are incidents of their own.

`recompute_incidents` rebuilds the whole table in SQL on every ingest (cheap: sorts, windows and
one range join), so a new report joins the incident that older reports started.
"""
from __future__ import annotations

from typing import Any, Callable

from .db import Builder

#: Types where source and target act together, so the pair's order carries no meaning.
#: (A `symmetric` column in data/event_types.csv would be the better home; see the report.)
SYMMETRIC_TYPES: tuple[str, ...] = ("AGREE", "CONSULT", "COOPERATE")

#: Half-width, in days, of the window a fine date stands for.
DAY_TOLERANCE = 1
PUBLISHED_TOLERANCE = 3

_STEPS: tuple[str, ...] = (
    # Every event with its grouping key: dyad (ordered or not), type, status family.
    """
    CREATE OR REPLACE TEMP TABLE _inc_events AS
    WITH base AS (
        SELECT id, document_id, type, status, event_date,
               coalesce(event_date_end, event_date) AS event_date_end, date_precision,
               coalesce(source_country, '') AS sc, coalesce(target_country, '') AS tc,
               source_country IS NULL AND target_country IS NULL AS no_country,
               list_contains($symmetric, type) AS is_symmetric
        FROM events
    )
    SELECT id, document_id, event_date, event_date_end, date_precision, no_country,
           CASE WHEN is_symmetric THEN least(sc, tc) ELSE sc END || '|'
             || CASE WHEN is_symmetric THEN greatest(sc, tc) ELSE tc END || '|' || type || '|'
             || CASE WHEN status IN ('asserted', 'planned') THEN 'occurred' ELSE status END AS pkey
    FROM base
    """,
    # Fine dates: islands of overlapping windows within each key.
    """
    CREATE OR REPLACE TEMP TABLE _inc_fine AS
    WITH windows AS (
        SELECT id, pkey, event_date, event_date_end,
               event_date - CASE WHEN date_precision = 'published' THEN $published_tol ELSE $day_tol END AS lo,
               event_date_end + CASE WHEN date_precision = 'published' THEN $published_tol ELSE $day_tol END AS hi
        FROM _inc_events
        WHERE NOT no_country AND event_date IS NOT NULL
          AND coalesce(date_precision, '') NOT IN ('month', 'year')
    ), ordered AS (
        SELECT *, max(hi) OVER (PARTITION BY pkey ORDER BY lo, hi, id
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
        FROM windows
    ), numbered AS (
        SELECT *, sum(CASE WHEN reach IS NULL OR lo > reach THEN 1 ELSE 0 END)
                    OVER (PARTITION BY pkey ORDER BY lo, hi, id ROWS UNBOUNDED PRECEDING) AS island
        FROM ordered
    )
    SELECT id, pkey, 'F|' || pkey || '|' || island AS gkey, lo, hi, event_date, event_date_end
    FROM numbered
    """,
    # Month dates: the best-supported fine incident overlapping the month, else the month's own.
    """
    CREATE OR REPLACE TEMP TABLE _inc_month AS
    WITH islands AS (
        SELECT gkey, pkey, min(event_date) AS first, max(event_date_end) AS last, count(*) AS n
        FROM _inc_fine GROUP BY gkey, pkey
    ), months AS (
        SELECT id, pkey, event_date, event_date_end FROM _inc_events
        WHERE NOT no_country AND event_date IS NOT NULL AND date_precision = 'month'
    ), best AS (
        SELECT m.id, i.gkey FROM months m
        JOIN islands i ON i.pkey = m.pkey AND i.first <= m.event_date_end AND i.last >= m.event_date
        QUALIFY row_number() OVER (PARTITION BY m.id ORDER BY i.n DESC, i.first, i.gkey) = 1
    )
    SELECT m.id, m.pkey, coalesce(b.gkey, 'M|' || m.pkey || '|' || strftime(m.event_date, '%Y-%m')) AS gkey,
           m.event_date, m.event_date_end
    FROM months m LEFT JOIN best b ON b.id = m.id
    """,
    # Year dates: the best-supported incident with a report dated in that year, else the year's own.
    """
    CREATE OR REPLACE TEMP TABLE _inc_year AS
    WITH so_far AS (
        SELECT gkey, pkey, event_date, event_date_end AS nominal_end FROM _inc_fine
        UNION ALL
        SELECT gkey, pkey, event_date, event_date_end FROM _inc_month
    ), incidents AS (
        SELECT gkey, pkey, min(event_date) AS first, max(nominal_end) AS last, count(*) AS n
        FROM so_far GROUP BY gkey, pkey
    ), years AS (
        SELECT id, pkey, event_date, event_date_end FROM _inc_events
        WHERE NOT no_country AND event_date IS NOT NULL AND date_precision = 'year'
    ), best AS (
        SELECT y.id, i.gkey FROM years y
        JOIN incidents i ON i.pkey = y.pkey AND i.first <= y.event_date_end AND i.last >= y.event_date
        QUALIFY row_number() OVER (PARTITION BY y.id ORDER BY i.n DESC, i.first, i.gkey) = 1
    )
    SELECT y.id, coalesce(b.gkey, 'Y|' || y.pkey || '|' || CAST(year(y.event_date) AS VARCHAR)) AS gkey
    FROM years y LEFT JOIN best b ON b.id = y.id
    """,
    """
    CREATE OR REPLACE TEMP TABLE _inc_member AS
    SELECT id AS event_id, gkey FROM _inc_fine
    UNION ALL SELECT id, gkey FROM _inc_month
    UNION ALL SELECT id, gkey FROM _inc_year
    UNION ALL SELECT id, 'U|' || pkey || '|' || document_id FROM _inc_events
        WHERE NOT no_country AND event_date IS NULL
    UNION ALL SELECT id, 'E|' || id FROM _inc_events WHERE no_country
    """,
    # One row per incident: headline from its most confident event, date from its most precise.
    """
    CREATE OR REPLACE TEMP TABLE _inc_rows AS
    WITH members AS (
        SELECT e.*, m.gkey,
               CASE e.date_precision WHEN 'day' THEN 1 WHEN 'published' THEN 2 WHEN 'month' THEN 3
                    WHEN 'year' THEN 4 ELSE CASE WHEN e.event_date IS NULL THEN 6 ELSE 5 END END AS precision_rank
        FROM events e JOIN _inc_member m ON m.event_id = e.id
    ), head AS (
        SELECT gkey, source_country, target_country, type, quad_class, trim(sentence) AS sentence FROM members
        QUALIFY row_number() OVER (PARTITION BY gkey ORDER BY confidence DESC, precision_rank,
                                   event_date NULLS LAST, document_id, sent_start, id) = 1
    ), totals AS (
        SELECT gkey, 'inc-' || substr(md5(min(id)), 1, 16) AS id, count(*) AS n_events,
               count(DISTINCT document_id) AS n_documents, min(precision_rank) AS best_rank,
               CASE WHEN bool_or(status = 'asserted') THEN 'asserted'
                    WHEN bool_or(status = 'planned') THEN 'planned' ELSE min(status) END AS status
        FROM members GROUP BY gkey
    ), dates AS (
        SELECT m.gkey, min(m.event_date) AS event_date, max(m.event_date_end) AS event_date_end,
               min(m.date_precision) AS date_precision
        FROM members m JOIN totals t ON t.gkey = m.gkey AND m.precision_rank = t.best_rank
        GROUP BY m.gkey
    )
    SELECT t.id, h.source_country, h.target_country, h.type, h.quad_class, t.status,
           d.event_date, d.event_date_end, d.date_precision, t.n_documents, t.n_events,
           h.sentence AS headline, t.gkey
    FROM totals t JOIN head h ON h.gkey = t.gkey JOIN dates d ON d.gkey = t.gkey
    """,
    "DELETE FROM incidents",
    """
    INSERT INTO incidents (id, source_country, target_country, type, quad_class, status, event_date,
                           event_date_end, date_precision, n_documents, n_events, headline)
    SELECT id, source_country, target_country, type, quad_class, status, event_date,
           event_date_end, date_precision, n_documents, n_events, headline
    FROM _inc_rows
    """,
    """
    UPDATE events SET incident_id = assigned.incident_id
    FROM (SELECT m.event_id, r.id AS incident_id FROM _inc_member m JOIN _inc_rows r ON r.gkey = m.gkey) AS assigned
    WHERE events.id = assigned.event_id
    """,
)

_TEMP_TABLES = ("_inc_events", "_inc_fine", "_inc_month", "_inc_year", "_inc_member", "_inc_rows")


#: Per-incident facts over all of an incident's reports (joined to their stored documents), which
#: the timeline and key developments would otherwise gather from every event at query time. One
#: statement shared by ingest and the test fixture (tests/_fixture_db.py), so the two cannot drift.
REPORT_FACTS_SQL = """
UPDATE incidents
SET first_document_id = r.first.id, first_published = r.first.published, first_doc_title = r.first.title,
    first_doc_source = r.first.source, mode = r.mode, document_ids = r.document_ids
FROM (
    WITH reports AS (
        SELECT e.incident_id, e.document_id, e.mode, e.confidence, d.published, d.title, d.source
        FROM events AS e
        JOIN documents AS d ON d.id = e.document_id
        WHERE e.incident_id IS NOT NULL
    ), firsts AS (
        SELECT incident_id,
               arg_min({'id': document_id, 'published': published, 'title': title, 'source': source},
                       {'published': coalesce(published, DATE '9999-12-31'), 'id': document_id}) AS first,
               arg_max(mode, confidence) AS mode
        FROM reports
        GROUP BY incident_id
    ), lists AS (
        SELECT incident_id, list(document_id ORDER BY published NULLS LAST, document_id) AS document_ids
        FROM (SELECT DISTINCT incident_id, document_id, published FROM reports)
        GROUP BY incident_id
    )
    SELECT f.incident_id, f.first, f.mode, l.document_ids
    FROM firsts AS f
    JOIN lists AS l ON l.incident_id = f.incident_id
) AS r
WHERE incidents.id = r.incident_id
"""


#: Each event's incident's number of reporting documents, so a minimum-sources filter is a plain
#: column test on the events scan rather than a semi-join on every incident id.
EVENT_SOURCES_SQL = """
UPDATE events
SET incident_sources = i.n_documents
FROM incidents AS i
WHERE events.incident_id = i.id
"""


def fill_report_facts(execute: Callable[[str], Any]) -> None:
    """Store the per-incident report facts (REPORT_FACTS_SQL, EVENT_SOURCES_SQL) with `execute`,
    which runs one statement."""
    execute(REPORT_FACTS_SQL)
    execute(EVENT_SOURCES_SQL)


def recompute_incidents(builder: Builder) -> int:
    """Regroup every event in the database into incidents; returns the number of incidents."""
    params = {
        "symmetric": list(SYMMETRIC_TYPES),
        "day_tol": DAY_TOLERANCE,
        "published_tol": PUBLISHED_TOLERANCE,
    }
    for step in _STEPS:
        used = {name: value for name, value in params.items() if f"${name}" in step}
        builder.execute(step, used)
    for table in _TEMP_TABLES:
        builder.execute(f"DROP TABLE {table}")
    fill_report_facts(builder.execute)
    return int(builder.scalar("SELECT count(*) FROM incidents"))
