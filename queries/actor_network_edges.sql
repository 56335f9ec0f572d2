-- actor_network_edges: links between actors (countries, or the actor itself when it has none): reported events and stated relationships.
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights $actor_bits $actor_codes_only $include_learned
-- columns: source VARCHAR, target VARCHAR, edge_kind VARCHAR, type VARCHAR, weight BIGINT, mean_cooperation DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, top_type VARCHAR, model_only BIGINT
-- Event edges: one per directed pair; type is 'cooperation' or 'conflict' by the sign of the mean
-- weight, weight = incidents, hypothetical = none of them asserted, negated = all of them negated.
-- Relationship edges: one per pair, type and negation; weight = documents stating it; filtered by
-- actors/match and stated_on only (types, statuses and minimum sources describe events).
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
-- model_only: of an event edge's incidents, those none of whose reports in scope the rules read; of a
-- relationship edge's documents, those in which only the learned relationship tier read it (0 when
-- model-read events and ties are hidden). model_only = weight: the edge rests on the model's reading alone.
WITH
{{ scoped_events }},
{{ scoped_incidents }},
{{ relationships_involving }},
{{ scoped_relationships }},
{{ type_weights }},
per_type AS (
    -- one row per pair and event type first (thousands, not millions): the edge is summed from them
    SELECT si.source, si.target, si.type,
           count(*) AS n,
           count(*) FILTER (WHERE si.model_only) AS n_model,
           bool_and(si.status = 'negated') AS all_negated,
           bool_and(si.status <> 'asserted') AS none_asserted
    FROM scoped_incidents AS si
    WHERE si.source IS NOT NULL AND si.target IS NOT NULL AND si.source <> si.target
    GROUP BY ALL
),
event_edges AS (
    SELECT p.source AS source,
           p.target AS target,
           'event' AS edge_kind,
           CASE WHEN sum(w.cooperation * p.n) / sum(p.n) FILTER (WHERE w.cooperation IS NOT NULL) >= 0
                THEN 'cooperation' ELSE 'conflict' END AS type,
           sum(p.n)::BIGINT AS weight,
           sum(w.cooperation * p.n) / sum(p.n) FILTER (WHERE w.cooperation IS NOT NULL) AS mean_cooperation,
           bool_and(p.all_negated) AS negated,
           bool_and(p.none_asserted) AS hypothetical,
           first(p.type ORDER BY p.n DESC, p.type) AS top_type,  -- the commonest type (ties: first by name)
           sum(p.n_model)::BIGINT AS model_only
    FROM per_type AS p
    LEFT JOIN type_weights AS w ON w.type = p.type
    GROUP BY p.source, p.target
),
relationship_edges AS (
    SELECT coalesce(source_country, source_actor) AS source,
           coalesce(target_country, target_actor) AS target,
           'relationship' AS edge_kind,
           type,
           count(DISTINCT document_no) AS weight,
           NULL::DOUBLE AS mean_cooperation,
           negated,
           false AS hypothetical,
           type AS top_type,
           (count(DISTINCT document_no) - count(DISTINCT document_no) FILTER (WHERE method <> 'learned'))::BIGINT
             AS model_only
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
    GROUP BY ALL
)
SELECT * FROM event_edges
UNION ALL
SELECT * FROM relationship_edges
ORDER BY edge_kind, weight DESC, source, target, type, negated
