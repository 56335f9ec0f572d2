-- actor_network_nodes: the actors at either end of actor_network_edges, with their activity.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits $actor_codes_only $include_learned
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, activity BIGINT, incidents BIGINT, relationships BIGINT, model_incidents BIGINT, model_relationships BIGINT
-- activity = incidents it took part in + relationship statements about it (the edges' scope).
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
-- model_incidents: of incidents, those none of whose reports in scope the rules read (0 when model-read events are hidden).
-- model_relationships: of relationships, the statements the learned relationship tier read (0 when hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
{{ relationships_involving }},
{{ scoped_relationships }},
incident_sides AS (
    -- counted per pair first (thousands of rows, not millions), then split into its two ends
    SELECT unnest([source, target]) AS actor, n, n_model
    FROM (SELECT si.source, si.target, count(*) AS n, count(*) FILTER (WHERE si.model_only) AS n_model
          FROM scoped_incidents AS si
          WHERE si.source IS NOT NULL AND si.target IS NOT NULL AND si.source <> si.target
          GROUP BY ALL)
),
relationship_sides AS (
    SELECT unnest([source, target]) AS actor, n, n_model
    FROM (SELECT coalesce(source_country, source_actor) AS source, coalesce(target_country, target_actor) AS target,
                 count(*) AS n, count(*) FILTER (WHERE method = 'learned') AS n_model
          FROM scoped_relationships
          WHERE coalesce(source_country, source_actor) IS NOT NULL
            AND coalesce(target_country, target_actor) IS NOT NULL
            AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
          GROUP BY ALL)
),
per_actor AS (
    SELECT actor, sum(incidents)::BIGINT AS incidents, sum(relationships)::BIGINT AS relationships,
           sum(model_incidents)::BIGINT AS model_incidents, sum(model_relationships)::BIGINT AS model_relationships
    FROM (SELECT actor, n AS incidents, 0 AS relationships, n_model AS model_incidents, 0 AS model_relationships
          FROM incident_sides
          UNION ALL
          SELECT actor, 0, n, 0, n_model FROM relationship_sides)
    GROUP BY actor
)
SELECT p.actor,
       coalesce(a.name, p.actor) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       p.incidents + p.relationships AS activity,
       p.incidents,
       p.relationships,
       p.model_incidents,
       p.model_relationships
FROM per_actor AS p
LEFT JOIN actors AS a ON a.id = p.actor
ORDER BY activity DESC, p.actor
