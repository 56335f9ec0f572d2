-- event_count: how many events the scope has (for captions of capped lists).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only
-- columns: events BIGINT
-- The same count headline_figures gives, without its distinct counts.
WITH
{{ scoped_events }}
SELECT count(*) AS events
FROM scoped_events
