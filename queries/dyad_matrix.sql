-- dyad_matrix: directed country pairs (source → target) with incidents and mean cooperation weight.
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights $actor_bits $actor_codes_only $include_learned
-- columns: source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, dyad VARCHAR, incidents BIGINT, events BIGINT, mean_cooperation DOUBLE
-- mean_cooperation: mean over incidents of the type's weight in data/event_types.csv (-10 conflict .. +10 cooperation).
-- Sides are countries, or the actor itself when it has none; incidents without a target are left out.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
{{ type_weights }},
per_dyad AS (
    SELECT si.source AS source_country,
           si.target AS target_country,
           count(*) AS incidents,
           sum(si.n_events)::BIGINT AS events,
           avg(w.cooperation) AS mean_cooperation
    FROM scoped_incidents AS si
    LEFT JOIN type_weights AS w ON w.type = si.type
    WHERE si.source IS NOT NULL AND si.target IS NOT NULL
    GROUP BY ALL
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
