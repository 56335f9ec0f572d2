-- actor_partners: $actor's counterparts in scope (countries, or actors without one), with cooperation and conflict incidents.
-- params: $actors $match $start $end $types $statuses $min_sources $actor $cooperation_types $cooperation_weights
-- columns: counterpart VARCHAR, name VARCHAR, kind VARCHAR, incidents BIGINT, as_source BIGINT, as_target BIGINT, cooperation BIGINT, conflict BIGINT, mean_cooperation DOUBLE, balance DOUBLE
-- as_source: incidents where $actor acted on the counterpart; as_target: where the counterpart acted on $actor.
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
-- type_weights:begin (cooperation weight per event type, bound from data/event_types.csv)
type_weights AS (
    SELECT unnest($cooperation_types) AS type, unnest($cooperation_weights) AS cooperation
) /* type_weights:end */,
involving AS (
    SELECT *,
           (source_actor = $actor OR source_country = $actor) AS is_source
    FROM scoped_events
    WHERE source_actor = $actor OR source_country = $actor
       OR target_actor = $actor OR target_country = $actor
),
counterparts AS (
    SELECT CASE WHEN is_source THEN coalesce(target_country, target_actor)
                ELSE coalesce(source_country, source_actor) END AS counterpart,
           is_source,
           incident_ref,
           quad_class,
           type
    FROM involving
),
per_incident AS (
    SELECT counterpart, incident_ref, bool_or(is_source) AS as_source, bool_or(NOT is_source) AS as_target,
           min(quad_class) AS quad_class, min(type) AS type
    FROM counterparts
    WHERE counterpart IS NOT NULL AND counterpart <> $actor
    GROUP BY counterpart, incident_ref
)
SELECT p.counterpart,
       coalesce(a.name, p.counterpart) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       count(*) AS incidents,
       count(*) FILTER (WHERE p.as_source) AS as_source,
       count(*) FILTER (WHERE p.as_target) AS as_target,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict')) AS conflict,
       avg(w.cooperation) AS mean_cooperation,
       (count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation'))
        - count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict'))) / count(*)::DOUBLE AS balance
FROM per_incident AS p
LEFT JOIN type_weights AS w ON w.type = p.type
LEFT JOIN actors AS a ON a.id = p.counterpart
GROUP BY p.counterpart, a.name, a.kind
ORDER BY incidents DESC, p.counterpart
