-- timeline: one row per incident in scope, oldest first, labelled by dyad, with its first report.
-- params: $actors $match $start $end $types $statuses $min_sources $limit
-- defaults: $limit=NULL
-- columns: incident_id VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, n_sources INTEGER, n_events BIGINT, headline VARCHAR, first_document_id VARCHAR, first_doc_title VARCHAR, first_doc_source VARCHAR, first_published DATE
-- Sides are countries (or the actor itself when it has none); the dyad label has no arrow when
-- there is no target. first_*: the earliest-published document reporting it. Undated last.
-- $limit keeps the most-corroborated (then most recent) incidents, for charts of large stores
-- (headline_figures.incidents says how many there are in all); NULL = every incident.
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
-- Undated events count only when the date range is open (Scope binds 1900-01-01..2100-12-31 then).
-- Minimum sources: each event carries its incident's number of reporting documents (stored at publish).
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           -- how precise the date is (1 best): an incident takes its date from its most precise reports
           CASE WHEN e.event_date IS NULL THEN 6
                ELSE CASE e.date_precision WHEN 'day' THEN 1 WHEN 'published' THEN 2 WHEN 'month' THEN 3
                                           WHEN 'year' THEN 4 ELSE 5 END END AS precision_rank
    FROM events AS e
    WHERE ((e.event_date >= $start AND e.event_date <= $end)
           OR (e.event_date IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($types) = 0 OR e.type = ANY($types))
      AND (len($statuses) = 0 OR e.status = ANY($statuses))
      AND ($min_sources <= 1 OR (e.incident_id IS NOT NULL AND e.incident_sources >= $min_sources))
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
-- scoped_incidents:begin (one row per incident in scope: identical in every file)
-- An incident is in scope when one of its reports is. Its date comes from the most precise of those
-- reports (rank and day packed in one integer, so a plain min/max finds it) and its status is the
-- strongest of theirs (asserted, planned, hypothetical, negated). Sides, type and the number of
-- reporting documents come from the incidents table (sides taken together from its most confident
-- report); an event without an incident, or a side without a country, falls back to a report in
-- scope (its country, else its actor). Wide columns (headline) are joined by the queries that
-- show them, after they have cut the rows down.
incident_members AS (
    SELECT incident_key,
           count(*) AS n_events,
           min(precision_rank * 10000000 + (event_date - DATE '0001-01-01')) AS first_key,
           max((10 - precision_rank) * 10000000 + (coalesce(event_date_end, event_date) - DATE '0001-01-01')) AS last_key,
           min(CASE status WHEN 'asserted' THEN 1 WHEN 'planned' THEN 2 WHEN 'hypothetical' THEN 3 ELSE 4 END) AS status_rank,
           any_value({'source': coalesce(source_country, source_actor), 'target': coalesce(target_country, target_actor),
                      'type': type, 'quad_class': quad_class})
             FILTER (WHERE incident_id IS NULL OR source_country IS NULL OR target_country IS NULL) AS fallback
    FROM scoped_events
    GROUP BY incident_key
),
scoped_incidents AS (
    SELECT m.incident_key,
           DATE '0001-01-01' + CAST(m.first_key % 10000000 AS INTEGER) AS event_date,
           DATE '0001-01-01' + CAST(m.last_key % 10000000 AS INTEGER) AS event_date_end,
           CASE m.first_key // 10000000 WHEN 1 THEN 'day' WHEN 2 THEN 'published' WHEN 3 THEN 'month'
                                        WHEN 4 THEN 'year' END AS date_precision,
           coalesce(i.source_country, m.fallback.source) AS source,
           coalesce(i.target_country, m.fallback.target) AS target,
           coalesce(i.type, m.fallback.type) AS type,
           coalesce(i.quad_class, m.fallback.quad_class) AS quad_class,
           CASE m.status_rank WHEN 1 THEN 'asserted' WHEN 2 THEN 'planned' WHEN 3 THEN 'hypothetical'
                              ELSE 'negated' END AS status,
           coalesce(i.n_documents, 1) AS n_sources,
           m.n_events
    FROM incident_members AS m
    LEFT JOIN incidents AS i ON i.id = m.incident_key
) /* scoped_incidents:end */,
kept AS (
    SELECT si.*
    FROM scoped_incidents AS si
    ORDER BY si.n_sources DESC, si.event_date DESC NULLS LAST, si.incident_key
    LIMIT $limit
),
first_reports AS (
    -- Over every report of the kept incidents (as n_sources counts every reporting document):
    -- stored per incident at publish (dashboard/incidents.py, REPORT_FACTS_SQL); an event
    -- without an incident is its own only report (and has no headline).
    SELECT k.incident_key, i.headline, i.first_document_id AS document_id, i.mode,
           i.first_doc_title AS title, i.first_doc_source AS source, i.first_published AS published
    FROM kept AS k
    JOIN incidents AS i ON i.id = k.incident_key
    WHERE i.first_document_id IS NOT NULL
    UNION ALL
    SELECT k.incident_key, NULL, e.document_id, e.mode, d.title, d.source, d.published
    FROM kept AS k
    JOIN events AS e ON e.id = k.incident_key
    JOIN documents AS d ON d.id = e.document_id
    WHERE e.incident_id IS NULL
)
SELECT si.incident_key AS incident_id,
       si.event_date,
       si.event_date_end,
       si.date_precision,
       coalesce(sn.name, si.source)
         || CASE WHEN si.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, si.target) END AS dyad,
       si.source AS source_country,
       si.target AS target_country,
       coalesce(sn.name, si.source) AS source_name,
       coalesce(tn.name, si.target) AS target_name,
       si.type,
       si.quad_class,
       fr.mode,
       si.status,
       si.n_sources,
       si.n_events,
       fr.headline,
       fr.document_id AS first_document_id,
       fr.title AS first_doc_title,
       fr.source AS first_doc_source,
       fr.published AS first_published
FROM kept AS si
JOIN first_reports AS fr ON fr.incident_key = si.incident_key
LEFT JOIN actors AS sn ON sn.id = si.source
LEFT JOIN actors AS tn ON tn.id = si.target
ORDER BY si.event_date NULLS LAST, si.incident_key
