-- actor_network_nodes: the actors at either end of actor_network_edges, with their activity.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_bits
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, activity BIGINT, incidents BIGINT, relationships BIGINT
-- activity = incidents it took part in + relationship statements about it (the edges' scope).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
{{ scoped_relationships }},
incident_sides AS (
    SELECT unnest([si.source, si.target]) AS actor
    FROM scoped_incidents AS si
    WHERE si.source IS NOT NULL AND si.target IS NOT NULL AND si.source <> si.target
),
relationship_sides AS (
    SELECT unnest([coalesce(source_country, source_actor), coalesce(target_country, target_actor)]) AS actor
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
),
per_actor AS (
    SELECT actor, sum(incidents)::BIGINT AS incidents, sum(relationships)::BIGINT AS relationships
    FROM (SELECT actor, 1 AS incidents, 0 AS relationships FROM incident_sides
          UNION ALL
          SELECT actor, 0, 1 FROM relationship_sides)
    GROUP BY actor
)
SELECT p.actor,
       coalesce(a.name, p.actor) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       p.incidents + p.relationships AS activity,
       p.incidents,
       p.relationships
FROM per_actor AS p
LEFT JOIN actors AS a ON a.id = p.actor
ORDER BY activity DESC, p.actor
