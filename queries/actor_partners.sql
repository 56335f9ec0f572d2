-- actor_partners: $actor's counterparts in scope (countries, or actors without one), with cooperation and conflict incidents.
-- params: $actors $match $start $end $types $statuses $min_sources $actor $cooperation_types $cooperation_weights
-- columns: counterpart VARCHAR, name VARCHAR, kind VARCHAR, incidents BIGINT, as_source BIGINT, as_target BIGINT, cooperation BIGINT, conflict BIGINT, mean_cooperation DOUBLE, balance DOUBLE
-- as_source: incidents where $actor acted on the counterpart; as_target: where the counterpart acted on $actor.
WITH
{{ scoped_events }},
{{ type_weights }},
involving AS (
    SELECT *,
           (source_actor = $actor OR source_country = $actor) AS is_source
    FROM scoped_events
    WHERE source_actor = $actor OR source_country = $actor
       OR target_actor = $actor OR target_country = $actor
),
counterparts AS (
    SELECT CASE WHEN is_source THEN coalesce(target_country, target_actor)
                ELSE coalesce(source_country, source_actor) END AS counterpart,
           is_source,
           incident_ref,
           quad_class,
           type
    FROM involving
),
per_incident AS (
    SELECT counterpart, incident_ref, bool_or(is_source) AS as_source, bool_or(NOT is_source) AS as_target,
           any_value(quad_class) AS quad_class, any_value(type) AS type  -- an incident has one type
    FROM counterparts
    WHERE counterpart IS NOT NULL AND counterpart <> $actor
    GROUP BY counterpart, incident_ref
)
SELECT p.counterpart,
       coalesce(a.name, p.counterpart) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       count(*) AS incidents,
       count(*) FILTER (WHERE p.as_source) AS as_source,
       count(*) FILTER (WHERE p.as_target) AS as_target,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict')) AS conflict,
       avg(w.cooperation) AS mean_cooperation,
       (count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation'))
        - count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict'))) / count(*)::DOUBLE AS balance
FROM per_incident AS p
LEFT JOIN type_weights AS w ON w.type = p.type
LEFT JOIN actors AS a ON a.id = p.counterpart
GROUP BY p.counterpart, a.name, a.kind
ORDER BY incidents DESC, p.counterpart
