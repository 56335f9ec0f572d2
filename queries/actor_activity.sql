-- actor_activity: per actor (its country, or the actor itself when it has none), incidents as source and as target, cooperation vs conflict.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only $include_learned
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, incidents BIGINT, as_source BIGINT, as_target BIGINT, cooperation BIGINT, conflict BIGINT, balance DOUBLE
-- Counts are distinct incidents. balance = cooperation share minus conflict share of its incidents (-1..1).
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
WITH
{{ scoped_events }},
sides AS (
    SELECT incident_ref, coalesce(source_country, source_actor) AS actor, 'source' AS side, quad_class
    FROM scoped_events
    WHERE coalesce(source_country, source_actor) IS NOT NULL
    UNION ALL
    SELECT incident_ref, coalesce(target_country, target_actor) AS actor, 'target' AS side, quad_class
    FROM scoped_events
    WHERE coalesce(target_country, target_actor) IS NOT NULL
),
per_actor AS (
    SELECT actor,
           count(DISTINCT incident_ref) AS incidents,
           count(DISTINCT incident_ref) FILTER (WHERE side = 'source') AS as_source,
           count(DISTINCT incident_ref) FILTER (WHERE side = 'target') AS as_target,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict
    FROM sides
    GROUP BY actor
)
SELECT p.actor,
       coalesce(a.name, p.actor) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       p.incidents,
       p.as_source,
       p.as_target,
       p.cooperation,
       p.conflict,
       (p.cooperation - p.conflict) / greatest(p.cooperation + p.conflict, 1)::DOUBLE AS balance
FROM per_actor AS p
LEFT JOIN actors AS a ON a.id = p.actor
ORDER BY p.incidents DESC, p.actor
