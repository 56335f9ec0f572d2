-- actor_activity: per actor (its country, or the actor itself when it has none), incidents as source and as target, cooperation vs conflict.
-- params: $actors $match $start $end $types $statuses $min_sources
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, incidents BIGINT, as_source BIGINT, as_target BIGINT, cooperation BIGINT, conflict BIGINT, balance DOUBLE
-- Counts are distinct incidents. balance = cooperation share minus conflict share of its incidents (-1..1).
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
-- Undated events count only when the date range is open (Scope binds 1900-01-01..2100-12-31 then).
-- Minimum sources: each event carries its incident's number of reporting documents (stored at publish).
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           -- the same as an integer (an event without an incident is its own), for distinct counts
           coalesce(e.incident_no, -1 - e.rowid) AS incident_ref,
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
sides AS (
    SELECT incident_ref, coalesce(source_country, source_actor) AS actor, 'source' AS side, quad_class
    FROM scoped_events
    WHERE coalesce(source_country, source_actor) IS NOT NULL
    UNION ALL
    SELECT incident_ref, coalesce(target_country, target_actor) AS actor, 'target' AS side, quad_class
    FROM scoped_events
    WHERE coalesce(target_country, target_actor) IS NOT NULL
),
per_actor AS (
    SELECT actor,
           count(DISTINCT incident_ref) AS incidents,
           count(DISTINCT incident_ref) FILTER (WHERE side = 'source') AS as_source,
           count(DISTINCT incident_ref) FILTER (WHERE side = 'target') AS as_target,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict
    FROM sides
    GROUP BY actor
)
SELECT p.actor,
       coalesce(a.name, p.actor) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       p.incidents,
       p.as_source,
       p.as_target,
       p.cooperation,
       p.conflict,
       (p.cooperation - p.conflict) / greatest(p.cooperation + p.conflict, 1)::DOUBLE AS balance
FROM per_actor AS p
LEFT JOIN actors AS a ON a.id = p.actor
ORDER BY p.incidents DESC, p.actor
