-- latest_event_date: the latest incident date in scope (presets and the briefing count back from it).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only
-- columns: latest DATE
-- An incident's date comes from its most precise reports (as on the timeline), so coarse periods
-- ("in 2025") count from their start, not their end. NULL when nothing in scope is dated.
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT max(event_date) AS latest
FROM scoped_incidents
