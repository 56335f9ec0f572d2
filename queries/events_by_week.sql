-- events_by_week: incidents and events per ISO week (Monday) and quad class in scope (volume over time).
-- params: $actors $match $start $end $types $statuses $min_sources
-- columns: week DATE, quad_class VARCHAR, incidents BIGINT, events BIGINT
-- Each incident counts once, in the week of its earliest event in scope; undated events are left out.
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           coalesce(i.n_documents, 1) AS n_sources
    FROM events AS e
    LEFT JOIN incidents AS i ON i.id = e.incident_id
    WHERE ((e.event_date >= $start AND e.event_date <= $end)
           OR (e.event_date IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($types) = 0 OR list_contains($types, e.type))
      AND (len($statuses) = 0 OR list_contains($statuses, e.status))
      AND coalesce(i.n_documents, 1) >= $min_sources
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
per_incident AS (
    SELECT incident_key,
           min(event_date) AS first_date,
           min(quad_class) AS quad_class,
           count(*) AS events
    FROM scoped_events
    WHERE event_date IS NOT NULL
    GROUP BY incident_key
)
SELECT date_trunc('week', first_date)::DATE AS week,
       quad_class,
       count(*) AS incidents,
       sum(events)::BIGINT AS events
FROM per_incident
GROUP BY ALL
ORDER BY week, quad_class
