-- latest_event_date: the latest incident date in scope (presets and the briefing count back from it).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: latest DATE
-- An incident's date comes from its most precise reports (as on the timeline), so coarse periods
-- ("in 2025") count from their start, not their end. NULL when nothing in scope is dated.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT max(event_date) AS latest
FROM scoped_incidents
