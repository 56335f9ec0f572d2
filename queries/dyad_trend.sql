-- dyad_trend: per directed country pair and month, incidents and mean cooperation weight (the cooperation–conflict trend).
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights $actor_bits $actor_codes_only $include_learned
-- columns: month DATE, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, incidents BIGINT, mean_cooperation DOUBLE, dyad_incidents BIGINT
-- Each incident counts once, in the month of its date (from its most precise reports in scope).
-- dyad_incidents: the pair's total in scope, for picking the busiest pairs. Undated incidents and
-- incidents without a target are left out.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
{{ type_weights }},
per_month AS (
    SELECT date_trunc('month', si.event_date)::DATE AS month,
           si.source AS source_country,
           si.target AS target_country,
           count(*) AS incidents,
           avg(w.cooperation) AS mean_cooperation
    FROM scoped_incidents AS si
    LEFT JOIN type_weights AS w ON w.type = si.type
    WHERE si.event_date IS NOT NULL AND si.source IS NOT NULL AND si.target IS NOT NULL
    GROUP BY ALL
)
SELECT m.month,
       coalesce(sn.name, m.source_country) || ' → ' || coalesce(tn.name, m.target_country) AS dyad,
       m.source_country,
       m.target_country,
       m.incidents,
       m.mean_cooperation,
       sum(m.incidents) OVER (PARTITION BY m.source_country, m.target_country)::BIGINT AS dyad_incidents
FROM per_month AS m
LEFT JOIN actors AS sn ON sn.id = m.source_country
LEFT JOIN actors AS tn ON tn.id = m.target_country
ORDER BY m.month, dyad_incidents DESC, m.source_country, m.target_country
