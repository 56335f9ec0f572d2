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

#: How an event's date precision ranks (1 best): an incident takes its date from its most precise reports.
_PRECISION_RANK = """CASE e.date_precision WHEN 'day' THEN 1 WHEN 'published' THEN 2 WHEN 'month' THEN 3
                    WHEN 'year' THEN 4 ELSE CASE WHEN e.event_date IS NULL THEN 6 ELSE 5 END END"""

#: An incident's row from its members (a `members` CTE before it: events with their `gkey` and
#: `precision_rank`): the headline and sides from its most confident report, the date from its most
#: precise, the strongest status, the counts. Grouping writes every incident's row with it; the facts
#: stored at publish write a mixed incident's row as its rule-read reports alone give it (the
#: `rules_*` columns), so the two cannot drift.
_SUMMARY = """head AS (
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
        SELECT m.gkey, min(m.event_date) AS event_date,
               max(coalesce(m.event_date_end, m.event_date)) AS event_date_end,
               min(m.date_precision) AS date_precision
        FROM members m JOIN totals t ON t.gkey = m.gkey AND m.precision_rank = t.best_rank
        GROUP BY m.gkey
    )
    SELECT t.id, h.source_country, h.target_country, h.type, h.quad_class, t.status,
           d.event_date, d.event_date_end, d.date_precision, t.n_documents, t.n_events,
           h.sentence AS headline, t.gkey
    FROM totals t JOIN head h ON h.gkey = t.gkey JOIN dates d ON d.gkey = t.gkey"""

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
    f"""
    CREATE OR REPLACE TEMP TABLE _inc_rows AS
    WITH members AS (
        SELECT e.*, m.gkey, {_PRECISION_RANK} AS precision_rank
        FROM events e JOIN _inc_member m ON m.event_id = e.id
    ), {_SUMMARY}
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


#: The reach of an incident's reports and who read them (see INCIDENT_FACTS_STEPS), which only the
#: facts over all of its reports need.
_REACH = """,
               min(e.event_date) AS date_lo,
               max(e.event_date) AS date_hi,
               bool_or(e.event_date IS NULL) AS has_undated,
               bit_or(CASE e.status WHEN 'asserted' THEN 1 WHEN 'planned' THEN 2 WHEN 'hypothetical' THEN 4
                                    WHEN 'negated' THEN 8 ELSE 128 END)::UTINYINT AS status_mask,
               list_sort(list_distinct(flatten(list([e.source_actor, e.source_country])))) AS source_ids,
               list_sort(list_distinct(flatten(list([e.target_actor, e.target_country])))) AS target_ids,
               -- md5, not hash(): the bits must not change with the DuckDB version reading the file
               bit_or(coalesce(1::UBIGINT << (md5_number(e.source_actor) % 64)::INTEGER, 0)
                      | coalesce(1::UBIGINT << (md5_number(e.source_country) % 64)::INTEGER, 0)) AS source_bloom,
               bit_or(coalesce(1::UBIGINT << (md5_number(e.target_actor) % 64)::INTEGER, 0)
                      | coalesce(1::UBIGINT << (md5_number(e.target_country) % 64)::INTEGER, 0)) AS target_bloom,
               -- who read its reports: hiding the learned tier hides an incident only it read
               bool_and(e.method = 'learned') AS learned_only,
               bool_or(e.method = 'learned') AS has_learned,
               -- its corroboration as the rules read it (what the briefing counts while model-read
               -- events are hidden: a document whose only report the model read does not count)
               count(DISTINCT e.document_id) FILTER (WHERE e.method <> 'learned') AS rule_documents"""


def _facts_step(table: str, only: str = "", reach: bool = True) -> str:
    """The statement writing per-incident facts over its reports into temp table `table`: the first
    report, mode, documents and fallback sides, and with `reach` the reach and who read them;
    `only` (SQL, ANDed) narrows the reports."""
    return """
    CREATE OR REPLACE TEMP TABLE {table} AS
    WITH reports AS (
        SELECT e.incident_id, e.document_id, e.mode, e.confidence, d.published, d.title, d.source
        FROM events AS e
        JOIN documents AS d ON d.id = e.document_id
        WHERE e.incident_id IS NOT NULL{only}
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
    ), reach AS (
        SELECT e.incident_id,
               -- both sides from one report, as a query aggregating the reports takes them
               any_value({'source': coalesce(e.source_country, e.source_actor),
                          'target': coalesce(e.target_country, e.target_actor)})
                 FILTER (WHERE e.source_country IS NULL OR e.target_country IS NULL) AS fallback{reach}
        FROM events AS e
        WHERE e.incident_id IS NOT NULL{only}
        GROUP BY e.incident_id
    )
    SELECT r.*, f.first, f.mode, l.document_ids
    FROM reach AS r
    LEFT JOIN firsts AS f ON f.incident_id = r.incident_id
    LEFT JOIN lists AS l ON l.incident_id = r.incident_id
    """.replace("{table}", table).replace("{only}", only).replace("{reach}", _REACH if reach else "")


#: The rule-read reports of mixed incidents (some reports read by the model, not all): the reports a
#: store built from the rules' events alone would hold (after `_incident_facts` is written).
_MIXED_RULE_REPORTS = """ AND e.method <> 'learned'
          AND e.incident_id IN (SELECT incident_id FROM _incident_facts WHERE has_learned AND NOT learned_only)"""


#: Per-incident facts over all of an incident's reports, stored at publish so the briefing's queries
#: need not gather them from every event at query time. Steps shared by ingest, the test fixture
#: (tests/_fixture_db.py) and the query benchmark, so they cannot drift:
#:
#: * the reporting documents: the first (earliest published, then smallest id) with its title and
#:   source, every one in that order, and the mode of the most confident report;
#: * a dense number (as events.incident_no, in the briefing's ranking order) and the reach of its
#:   reports: the range of their dates, whether one is undated, which statuses they carry (one bit
#:   each, as `status_mask` in schema.sql) and every actor on each side (with a 64-bit bloom of
#:   them for a cheap first test). Type, sides and source count are the same for
#:   every report of an incident, so from these a query tells whether a scope takes in all of its
#:   reports (then the stored facts stand for them), none, or possibly some
#:   (queries/shared/scoped_incidents.sql);
#: * the sides as charts show them: the country, else (none) a report's actor;
#: * who read its reports (events.method): all by the learned tier (`learned_only`, hidden with it)
#:   or some (`has_learned`: a mixed incident); the documents with a rule-read report
#:   (`n_rule_documents`); and, for a mixed incident only, the incident as its rule-read reports
#:   alone give it (`rules_*`: status, date, counts, headline, sides, mode, first and every document,
#:   by the same SQL as the grouping's rows and the facts above), which the briefing shows while
#:   model-read events are hidden, as a store built from the rules' events alone would.
#:
#: The table is rewritten whole rather than UPDATEd: updating a list column row by row took
#: 85 s at 1 M events, the rewrite about 2 s.
INCIDENT_FACTS_STEPS: tuple[str, ...] = (
    _facts_step("_incident_facts"),
    # A mixed incident as the rules alone read it (the `rules_*` columns): what the briefing shows of
    # it while model-read events are hidden. Only mixed incidents' rule-read reports are read.
    _facts_step("_incident_rule_facts", _MIXED_RULE_REPORTS, reach=False),
    f"""
    CREATE OR REPLACE TEMP TABLE _incident_rule_rows AS
    WITH members AS (
        SELECT e.*, e.incident_id AS gkey, {_PRECISION_RANK} AS precision_rank
        FROM events AS e
        WHERE e.incident_id IS NOT NULL{_MIXED_RULE_REPORTS}
    ), {_SUMMARY}
    """,
    """
    CREATE OR REPLACE TEMP TABLE _incidents_rewritten AS
    SELECT i.* REPLACE (
               f.first.id AS first_document_id, f.first.published AS first_published,
               f.first.title AS first_doc_title, f.first.source AS first_doc_source, f.mode AS mode,
               f.document_ids AS document_ids,
               -- numbered (and the table rewritten) by corroboration, then recency: the order the
               -- briefing ranks incidents in, so its top incidents are the first rows and fetching
               -- their wide columns (headline, first report) reads only the first row groups
               row_number() OVER (ORDER BY i.n_documents DESC, i.event_date DESC NULLS LAST, i.id) AS no,
               f.date_lo AS report_date_lo,
               f.date_hi AS report_date_hi, f.has_undated AS has_undated, f.status_mask AS status_mask,
               f.source_ids AS source_ids, f.target_ids AS target_ids,
               f.source_bloom AS source_bloom, f.target_bloom AS target_bloom,
               coalesce(i.source_country, f.fallback.source) AS source_side,
               coalesce(i.target_country, f.fallback.target) AS target_side,
               coalesce(f.learned_only, false) AS learned_only, coalesce(f.has_learned, false) AS has_learned,
               coalesce(f.rule_documents, 0) AS n_rule_documents,
               -- a mixed incident as its rule-read reports alone give it (NULL for any other)
               rr.status AS rules_status, rr.event_date AS rules_event_date,
               rr.event_date_end AS rules_event_date_end, rr.date_precision AS rules_date_precision,
               rr.n_events AS rules_n_events, rr.headline AS rules_headline,
               coalesce(rr.source_country, rf.fallback.source) AS rules_source_side,
               coalesce(rr.target_country, rf.fallback.target) AS rules_target_side,
               rf.mode AS rules_mode, rf.first.id AS rules_first_document_id,
               rf.first.published AS rules_first_published, rf.first.title AS rules_first_doc_title,
               rf.first.source AS rules_first_doc_source, rf.document_ids AS rules_document_ids)
    FROM incidents AS i
    LEFT JOIN _incident_facts AS f ON f.incident_id = i.id
    LEFT JOIN _incident_rule_rows AS rr ON rr.gkey = i.id
    LEFT JOIN _incident_rule_facts AS rf ON rf.incident_id = i.id
    ORDER BY no
    """,
    "DELETE FROM incidents",
    "INSERT INTO incidents SELECT * FROM _incidents_rewritten",
    # Each event's incident's source count and number, and its document's number, so the scan
    # that filters events applies a minimum-sources filter without a join, joins the incidents a
    # scope cuts through on an integer, and counts distinct incidents and documents as integers.
    # (Two plain joins: one UPDATE joining both took 30 s at 1 M events, these take under one.)
    """
    UPDATE events
    SET incident_sources = i.n_documents, incident_rule_sources = i.n_rule_documents, incident_no = i.no
    FROM incidents AS i
    WHERE events.incident_id = i.id
    """,
    """
    UPDATE documents
    SET no = d.no
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS no FROM documents) AS d
    WHERE documents.id = d.id
    """,
    """
    UPDATE events
    SET document_no = d.no
    FROM documents AS d
    WHERE events.document_id = d.id
    """,
    """
    UPDATE relationships
    SET document_no = d.no
    FROM documents AS d
    WHERE relationships.document_id = d.id
    """,
    "DROP TABLE _incident_facts",
    "DROP TABLE _incident_rule_facts",
    "DROP TABLE _incident_rule_rows",
    "DROP TABLE _incidents_rewritten",
)


def fill_report_facts(execute: Callable[[str], Any]) -> None:
    """Store the per-incident facts and each event's incident facts and numbers
    (INCIDENT_FACTS_STEPS) with `execute`, which runs one statement."""
    for step in INCIDENT_FACTS_STEPS:
        execute(step)


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
