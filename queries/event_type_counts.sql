-- event_type_counts: incidents and events per event type in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only
-- columns: type VARCHAR, quad_class VARCHAR, incidents BIGINT, events BIGINT
WITH
{{ scoped_events }}
SELECT type,
       min(quad_class) AS quad_class,
       count(DISTINCT incident_ref) AS incidents,
       count(*) AS events
FROM scoped_events
GROUP BY type
ORDER BY incidents DESC, type
