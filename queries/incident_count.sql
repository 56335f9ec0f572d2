-- incident_count: how many incidents the scope has (for captions of capped lists).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: incidents BIGINT
-- The same count headline_figures gives, without its pass over every event in scope.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT count(*) AS incidents
FROM scoped_incidents
