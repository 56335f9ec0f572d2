-- actor_profile: one summary row for $actor (an actor id or a country code) over the events in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, role VARCHAR, first_seen DATE, last_seen DATE, events_as_source BIGINT, events_as_target BIGINT, incidents BIGINT, cooperation BIGINT, conflict BIGINT, balance DOUBLE, top_partners VARCHAR[], top_adversaries VARCHAR[]
-- An id matches the actor itself and, for a country code, everyone acting for that country.
-- top_partners / top_adversaries: up to 3 counterpart names with the most cooperation / conflict incidents.
-- No row when $actor is not in the actors table; zero counts when it has no events in scope.
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
involving AS (
    SELECT incident_ref, event_date, quad_class,
           (source_actor = $actor OR source_country = $actor) AS is_source,
           (target_actor = $actor OR target_country = $actor) AS is_target,
           CASE WHEN source_actor = $actor OR source_country = $actor THEN coalesce(target_country, target_actor)
                ELSE coalesce(source_country, source_actor) END AS counterpart
    FROM scoped_events
    WHERE source_actor = $actor OR source_country = $actor
       OR target_actor = $actor OR target_country = $actor
),
per_incident AS (
    -- one row per incident and counterpart (an incident's reports share its type, so its quad
    -- class): the distinct counts below count these few rows, not every report
    SELECT incident_ref, counterpart, quad_class,
           count(*) FILTER (WHERE is_source) AS events_as_source,
           count(*) FILTER (WHERE is_target) AS events_as_target,
           min(event_date) AS first_seen,
           max(event_date) AS last_seen
    FROM involving
    GROUP BY incident_ref, counterpart, quad_class
),
ranked AS (
    SELECT p.counterpart,
           coalesce(a.name, p.counterpart) AS name,
           count(DISTINCT p.incident_ref) FILTER (WHERE ends_with(p.quad_class, 'cooperation')) AS cooperation,
           count(DISTINCT p.incident_ref) FILTER (WHERE ends_with(p.quad_class, 'conflict')) AS conflict
    FROM per_incident AS p
    LEFT JOIN actors AS a ON a.id = p.counterpart
    WHERE p.counterpart IS NOT NULL AND p.counterpart <> $actor
    GROUP BY ALL
),
summary AS (
    SELECT min(first_seen) AS first_seen,
           max(last_seen) AS last_seen,
           coalesce(sum(events_as_source), 0)::BIGINT AS events_as_source,
           coalesce(sum(events_as_target), 0)::BIGINT AS events_as_target,
           count(DISTINCT incident_ref) AS incidents,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict
    FROM per_incident
)
SELECT a.id AS actor,
       a.name,
       a.kind,
       a.country,
       a.role,
       s.first_seen,
       s.last_seen,
       s.events_as_source,
       s.events_as_target,
       s.incidents,
       s.cooperation,
       s.conflict,
       (s.cooperation - s.conflict) / greatest(s.cooperation + s.conflict, 1)::DOUBLE AS balance,
       coalesce((SELECT list(name ORDER BY cooperation DESC, name) FILTER (WHERE cooperation > 0)[1:3] FROM ranked), []) AS top_partners,
       coalesce((SELECT list(name ORDER BY conflict DESC, name) FILTER (WHERE conflict > 0)[1:3] FROM ranked), []) AS top_adversaries
FROM actors AS a
CROSS JOIN summary AS s
WHERE a.id = $actor
