-- actor_network_nodes: the actors at either end of actor_network_edges, with their activity.
-- params: $actors $match $start $end $types $statuses $min_sources
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, activity BIGINT, incidents BIGINT, relationships BIGINT
-- activity = incidents it took part in + relationship statements about it (same scope as the edges).
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
-- scoped_relationships:begin (identical in every file, checked by tests/test_queries.py)
scoped_relationships AS (
    SELECT r.*
    FROM relationships AS r
    WHERE ((r.stated_on >= $start AND r.stated_on <= $end)
           OR (r.stated_on IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country))
                    AND (list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country))
                   ELSE list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country)
                     OR list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country)
              END)
) /* scoped_relationships:end */,
event_sides AS (
    SELECT coalesce(source_country, source_actor) AS actor, incident_key
    FROM scoped_events
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
    UNION ALL
    SELECT coalesce(target_country, target_actor) AS actor, incident_key
    FROM scoped_events
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
),
relationship_sides AS (
    SELECT coalesce(source_country, source_actor) AS actor, id
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
    UNION ALL
    SELECT coalesce(target_country, target_actor) AS actor, id
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
),
per_actor AS (
    SELECT coalesce(e.actor, r.actor) AS actor,
           coalesce(e.incidents, 0) AS incidents,
           coalesce(r.relationships, 0) AS relationships
    FROM (SELECT actor, count(DISTINCT incident_key) AS incidents FROM event_sides GROUP BY actor) AS e
    FULL OUTER JOIN (SELECT actor, count(DISTINCT id) AS relationships FROM relationship_sides GROUP BY actor) AS r
      ON r.actor = e.actor
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
