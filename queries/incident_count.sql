-- incident_count: how many incidents the scope has (for captions of capped lists).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: incidents BIGINT, model_only BIGINT
-- The same count headline_figures gives, without its pass over every event in scope.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
-- model_only: incidents none of whose reports in scope the rules read (0 when they are hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT count(*) AS incidents,
       count(*) FILTER (WHERE model_only) AS model_only
FROM scoped_incidents
