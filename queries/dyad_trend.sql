-- dyad_trend: per directed country pair and month, incidents and mean cooperation weight (the cooperation–conflict trend).
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights
-- columns: month DATE, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, incidents BIGINT, mean_cooperation DOUBLE, dyad_incidents BIGINT
-- Each incident counts once, in the month of its earliest event in scope. dyad_incidents: the pair's total
-- in scope, for picking the busiest pairs. Undated events and events without a target are left out.
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           coalesce(i.n_documents, 1) AS n_sources
    FROM events AS e
    LEFT JOIN incidents AS i ON i.id = e.incident_id
    WHERE ((e.event_date >= $start AND e.event_date <= $end)
           OR (e.event_date IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($types) = 0 OR list_contains($types, e.type))
      AND (len($statuses) = 0 OR list_contains($statuses, e.status))
      AND coalesce(i.n_documents, 1) >= $min_sources
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
-- type_weights:begin (cooperation weight per event type, bound from data/event_types.csv)
type_weights AS (
    SELECT unnest($cooperation_types) AS type, unnest($cooperation_weights) AS cooperation
) /* type_weights:end */,
per_incident AS (
    SELECT incident_key,
           min(event_date) AS first_date,
           min(coalesce(source_country, source_actor)) AS source_country,
           min(coalesce(target_country, target_actor)) AS target_country,
           min(type) AS type
    FROM scoped_events
    WHERE event_date IS NOT NULL
      AND coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
    GROUP BY incident_key
),
per_month AS (
    SELECT date_trunc('month', p.first_date)::DATE AS month,
           p.source_country,
           p.target_country,
           count(*) AS incidents,
           avg(w.cooperation) AS mean_cooperation
    FROM per_incident AS p
    LEFT JOIN type_weights AS w ON w.type = p.type
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
