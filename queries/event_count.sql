-- event_count: how many events the scope has (for captions of capped lists).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only $include_learned
-- columns: events BIGINT, model_events BIGINT
-- The same count headline_figures gives, without its distinct counts.
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
-- model_events: the events the learned tier read (0 when they are hidden).
WITH
{{ scoped_events }}
SELECT count(*) AS events,
       count(*) FILTER (WHERE method = 'learned') AS model_events
FROM scoped_events
