-- dyad_matrix: directed country pairs (source → target) with incidents and mean cooperation weight.
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights
-- columns: source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, dyad VARCHAR, incidents BIGINT, events BIGINT, mean_cooperation DOUBLE
-- mean_cooperation: mean over incidents of the type's weight in data/event_types.csv (-10 conflict .. +10 cooperation).
-- Sides are countries, or the actor itself when it has no country; events without a target are left out.
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
           min(coalesce(source_country, source_actor)) AS source_country,
           min(coalesce(target_country, target_actor)) AS target_country,
           min(type) AS type,
           count(*) AS events
    FROM scoped_events
    WHERE coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) IS NOT NULL
    GROUP BY incident_key
),
per_dyad AS (
    SELECT p.source_country,
           p.target_country,
           count(*) AS incidents,
           sum(p.events)::BIGINT AS events,
           avg(w.cooperation) AS mean_cooperation
    FROM per_incident AS p
    LEFT JOIN type_weights AS w ON w.type = p.type
    GROUP BY p.source_country, p.target_country
)
SELECT d.source_country,
       d.target_country,
       coalesce(sn.name, d.source_country) AS source_name,
       coalesce(tn.name, d.target_country) AS target_name,
       coalesce(sn.name, d.source_country) || ' → ' || coalesce(tn.name, d.target_country) AS dyad,
       d.incidents,
       d.events,
       d.mean_cooperation
FROM per_dyad AS d
LEFT JOIN actors AS sn ON sn.id = d.source_country
LEFT JOIN actors AS tn ON tn.id = d.target_country
ORDER BY d.incidents DESC, d.source_country, d.target_country
