-- actor_trend: $actor's cooperation and conflict incidents per month in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor $actor_codes_only $include_learned
-- columns: month DATE, cooperation BIGINT, conflict BIGINT, net BIGINT, model_only BIGINT
-- Each incident counts once, in the month of its date (from its most precise reports in scope); net = cooperation - conflict.
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
-- model_only: of the month's incidents, those none of whose reports in scope the rules read (0 when model-read events are hidden).
WITH
{{ scoped_events }},
{{ actor_incidents }},
per_incident AS (
    -- the incident's date from its most precise reports (date_key packs rank and day; see the block)
    SELECT incident_ref,
           DATE '0001-01-01' + CAST(min(date_key) % 10000000 AS INTEGER) AS event_date,
           any_value(quad_class) AS quad_class,
           bool_and(model_only) AS model_only
    FROM actor_incidents
    WHERE date_key IS NOT NULL
    GROUP BY incident_ref
)
SELECT date_trunc('month', event_date)::DATE AS month,
       count(*) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict,
       count(*) FILTER (WHERE ends_with(quad_class, 'cooperation'))
         - count(*) FILTER (WHERE ends_with(quad_class, 'conflict')) AS net,
       count(*) FILTER (WHERE model_only) AS model_only
FROM per_incident
GROUP BY ALL
ORDER BY month
