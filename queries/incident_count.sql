-- incident_count: how many incidents the scope has (for captions of capped lists).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only
-- columns: incidents BIGINT
-- The same count headline_figures gives, without its pass over every event in scope.
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT count(*) AS incidents
FROM scoped_incidents
