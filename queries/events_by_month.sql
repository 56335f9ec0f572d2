-- events_by_month: incidents and events per month and quad class in scope (volume over time).
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: month DATE, quad_class VARCHAR, incidents BIGINT, events BIGINT, model_incidents BIGINT
-- Each incident counts once, in the month of its date (from its most precise reports in scope);
-- events counts its reports. Undated incidents are left out.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
-- model_incidents: of incidents, those none of whose reports in scope the rules read (0 when hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }}
SELECT date_trunc('month', event_date)::DATE AS month,
       quad_class,
       count(*) AS incidents,
       sum(n_events)::BIGINT AS events,
       count(*) FILTER (WHERE model_only) AS model_incidents
FROM scoped_incidents
WHERE event_date IS NOT NULL
GROUP BY ALL
ORDER BY month, quad_class
