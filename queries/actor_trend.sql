-- actor_trend: $actor's cooperation and conflict incidents per month in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor
-- columns: month DATE, cooperation BIGINT, conflict BIGINT, net BIGINT
-- Each incident counts once, in the month of its date (from its most precise reports in scope); net = cooperation - conflict.
WITH
{{ scoped_events }},
per_incident AS (
    -- rank and day packed in one integer (as the shared incident block does): a plain min finds the earliest
    -- of the most precise reports; an incident's reports share its type, hence its quad class
    SELECT incident_ref,
           DATE '0001-01-01' + CAST(min(precision_rank * 10000000 + (event_date - DATE '0001-01-01')) % 10000000 AS INTEGER) AS event_date,
           any_value(quad_class) AS quad_class
    FROM scoped_events
    WHERE event_date IS NOT NULL
      AND (source_actor = $actor OR source_country = $actor
           OR target_actor = $actor OR target_country = $actor)
    GROUP BY incident_ref
)
SELECT date_trunc('month', event_date)::DATE AS month,
       count(*) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict,
       count(*) FILTER (WHERE ends_with(quad_class, 'cooperation'))
         - count(*) FILTER (WHERE ends_with(quad_class, 'conflict')) AS net
FROM per_incident
GROUP BY ALL
ORDER BY month
