-- events_by_week: incidents and events per ISO week (starting Monday) and quad class in scope (volume over time).
-- params: $actors $match $start $end $types $statuses $min_sources
-- columns: week DATE, quad_class VARCHAR, incidents BIGINT, events BIGINT
-- Each incident counts once, in the week of its date (from its most precise reports in scope);
-- events counts its reports. Undated incidents are left out.
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
) /* scoped_incidents:end */
SELECT date_trunc('week', event_date)::DATE AS week,
       quad_class,
       count(*) AS incidents,
       sum(n_events)::BIGINT AS events
FROM scoped_incidents
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY week, quad_class
