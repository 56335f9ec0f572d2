-- event_type_counts: incidents and events per event type in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only $include_learned
-- columns: type VARCHAR, quad_class VARCHAR, incidents BIGINT, events BIGINT
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
WITH
{{ scoped_events }}
SELECT type,
       min(quad_class) AS quad_class,
       count(DISTINCT incident_ref) AS incidents,
       count(*) AS events
FROM scoped_events
GROUP BY type
ORDER BY incidents DESC, type
