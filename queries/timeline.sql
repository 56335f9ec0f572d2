-- timeline: one row per incident in scope, oldest first, labelled by dyad, with its first report.
-- params: $actors $match $start $end $types $statuses $min_sources $limit
-- defaults: $limit=NULL
-- columns: incident_id VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, n_sources INTEGER, n_events BIGINT, headline VARCHAR, first_document_id VARCHAR, first_doc_title VARCHAR, first_doc_source VARCHAR, first_published DATE, incidents_in_scope BIGINT
-- Sides are countries (or the actor itself when it has none); the dyad label has no arrow when
-- there is no target. first_*: the earliest-published document in scope reporting it. Undated last.
-- $limit keeps the most-corroborated (then most recent) incidents, for charts of large stores;
-- incidents_in_scope says how many there were in all. NULL = every incident.
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
-- Undated events count only when the date range is open (Scope binds 1900-01-01..2100-12-31 then).
-- Minimum sources: a semi-join on incidents, given an empty list when there is nothing to filter.
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
      AND ($min_sources <= 1
           OR e.incident_id IN (SELECT id FROM incidents WHERE n_documents >= $min_sources AND $min_sources > 1))
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
-- scoped_incidents:begin (one row per incident, from its events in scope: identical in every file)
-- Sides are countries, or the actor itself when it has none, taken together from the most confident
-- report (so a meeting reported both ways round keeps one orientation); the date from the most
-- precise reports; status asserted if any report asserts it, else planned, else the reports' own.
scoped_incidents AS (
    SELECT incident_key,
           min({'rank': precision_rank, 'day': event_date}).day AS event_date,
           max({'rank': -precision_rank, 'day': coalesce(event_date_end, event_date)}).day AS event_date_end,
           arg_min(date_precision, precision_rank) AS date_precision,
           arg_min({'source': coalesce(source_country, source_actor),
                    'target': coalesce(target_country, target_actor),
                    'sentence': sentence,
                    'mode': mode},
                   {'confidence': -confidence, 'id': id}) AS head,
           min(type) AS type,
           min(quad_class) AS quad_class,
           CASE WHEN bool_or(status = 'asserted') THEN 'asserted'
                WHEN bool_or(status = 'planned') THEN 'planned'
                ELSE min(status) END AS status,
           count(*) AS n_events
    FROM scoped_events
    GROUP BY incident_key
) /* scoped_incidents:end */,
kept AS (
    SELECT si.*, coalesce(i.n_documents, 1) AS n_sources, i.headline, count(*) OVER () AS incidents_in_scope
    FROM scoped_incidents AS si
    LEFT JOIN incidents AS i ON i.id = si.incident_key
    ORDER BY n_sources DESC, si.event_date DESC NULLS LAST, si.incident_key
    LIMIT $limit
),
first_reports AS (
    SELECT se.incident_key,
           arg_min(se.document_id, {'published': coalesce(d.published, DATE '9999-12-31'), 'id': se.document_id})
             AS document_id
    FROM scoped_events AS se
    JOIN kept AS k ON k.incident_key = se.incident_key
    JOIN documents AS d ON d.id = se.document_id
    GROUP BY se.incident_key
)
SELECT si.incident_key AS incident_id,
       si.event_date,
       si.event_date_end,
       si.date_precision,
       coalesce(sn.name, si.head.source)
         || CASE WHEN si.head.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, si.head.target) END AS dyad,
       si.head.source AS source_country,
       si.head.target AS target_country,
       coalesce(sn.name, si.head.source) AS source_name,
       coalesce(tn.name, si.head.target) AS target_name,
       si.type,
       si.quad_class,
       si.head.mode AS mode,
       si.status,
       si.n_sources,
       si.n_events,
       coalesce(si.headline, si.head.sentence) AS headline,
       fr.document_id AS first_document_id,
       fd.title AS first_doc_title,
       fd.source AS first_doc_source,
       fd.published AS first_published,
       si.incidents_in_scope
FROM kept AS si
JOIN first_reports AS fr ON fr.incident_key = si.incident_key
LEFT JOIN actors AS sn ON sn.id = si.head.source
LEFT JOIN actors AS tn ON tn.id = si.head.target
LEFT JOIN documents AS fd ON fd.id = fr.document_id
ORDER BY si.event_date NULLS LAST, si.incident_key
