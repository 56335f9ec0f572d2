-- actor_network_edges: links between actors (countries, or the actor itself when it has none): reported events and stated relationships.
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights
-- columns: source VARCHAR, target VARCHAR, edge_kind VARCHAR, type VARCHAR, weight BIGINT, mean_cooperation DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, top_type VARCHAR
-- Event edges: one per directed pair; type is 'cooperation' or 'conflict' by the sign of the mean weight,
-- weight = incidents, hypothetical = no asserted event, negated = every event negated.
-- Relationship edges: one per pair, type and negation; weight = documents stating it; filtered by
-- actors/match and stated_on only (types, statuses and minimum sources describe events).
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
-- type_weights:begin (cooperation weight per event type, bound from data/event_types.csv)
type_weights AS (
    SELECT unnest($cooperation_types) AS type, unnest($cooperation_weights) AS cooperation
) /* type_weights:end */,
per_incident AS (
    SELECT incident_key,
           min(coalesce(source_country, source_actor)) AS source,
           min(coalesce(target_country, target_actor)) AS target,
           min(type) AS type,
           bool_or(status = 'asserted') AS any_asserted,
           bool_and(status = 'negated') AS all_negated
    FROM scoped_events
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
    GROUP BY incident_key
),
event_edges AS (
    SELECT p.source,
           p.target,
           'event' AS edge_kind,
           CASE WHEN avg(w.cooperation) >= 0 THEN 'cooperation' ELSE 'conflict' END AS type,
           count(*) AS weight,
           avg(w.cooperation) AS mean_cooperation,
           bool_and(p.all_negated) AS negated,
           NOT bool_or(p.any_asserted) AS hypothetical,
           mode(p.type) AS top_type
    FROM per_incident AS p
    LEFT JOIN type_weights AS w ON w.type = p.type
    WHERE p.source <> p.target
    GROUP BY p.source, p.target
),
relationship_edges AS (
    SELECT coalesce(source_country, source_actor) AS source,
           coalesce(target_country, target_actor) AS target,
           'relationship' AS edge_kind,
           type,
           count(DISTINCT document_id) AS weight,
           NULL::DOUBLE AS mean_cooperation,
           negated,
           false AS hypothetical,
           type AS top_type
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
    GROUP BY ALL
)
SELECT * FROM event_edges
UNION ALL
SELECT * FROM relationship_edges
ORDER BY edge_kind, weight DESC, source, target, type
