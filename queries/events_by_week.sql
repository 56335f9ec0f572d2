-- events_by_week: incidents and events per ISO week (starting Monday) and quad class in scope (volume over time).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: week DATE, quad_class VARCHAR, incidents BIGINT, events BIGINT
-- Each incident counts once, in the week of its date (from its most precise reports in scope);
-- events counts its reports. Undated incidents are left out.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT date_trunc('week', event_date)::DATE AS week,
       quad_class,
       count(*) AS incidents,
       sum(n_events)::BIGINT AS events
FROM scoped_incidents
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY week, quad_class
