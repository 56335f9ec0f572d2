-- key_developments: the most-corroborated incidents in scope (most documents first, then most recent).
-- params: $actors $match $start $end $types $statuses $min_sources $limit
-- defaults: $limit=10
-- columns: incident_id VARCHAR, headline VARCHAR, status VARCHAR, type VARCHAR, quad_class VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, event_date DATE, event_date_end DATE, n_sources INTEGER, document_ids VARCHAR[]
-- document_ids: the documents in scope reporting it, earliest published first.
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
top_incidents AS (
    SELECT si.*, coalesce(i.n_documents, 1) AS n_sources, i.headline
    FROM scoped_incidents AS si
    LEFT JOIN incidents AS i ON i.id = si.incident_key
    ORDER BY n_sources DESC, si.event_date DESC NULLS LAST, si.incident_key
    LIMIT $limit
),
reports AS (
    SELECT DISTINCT se.incident_key, se.document_id, d.published
    FROM scoped_events AS se
    JOIN top_incidents AS t ON t.incident_key = se.incident_key
    JOIN documents AS d ON d.id = se.document_id
),
report_lists AS (
    SELECT incident_key, list(document_id ORDER BY published NULLS LAST, document_id) AS document_ids
    FROM reports
    GROUP BY incident_key
)
SELECT t.incident_key AS incident_id,
       coalesce(t.headline, t.head.sentence) AS headline,
       t.status,
       t.type,
       t.quad_class,
       coalesce(sn.name, t.head.source)
         || CASE WHEN t.head.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, t.head.target) END AS dyad,
       t.head.source AS source_country,
       t.head.target AS target_country,
       t.event_date,
       t.event_date_end,
       t.n_sources,
       r.document_ids
FROM top_incidents AS t
JOIN report_lists AS r ON r.incident_key = t.incident_key
LEFT JOIN actors AS sn ON sn.id = t.head.source
LEFT JOIN actors AS tn ON tn.id = t.head.target
ORDER BY t.n_sources DESC, t.event_date DESC NULLS LAST, t.incident_key
