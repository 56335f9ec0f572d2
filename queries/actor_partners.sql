-- actor_partners: $actor's counterparts in scope (countries, or actors without one), with cooperation and conflict incidents.
-- params: $actors $match $start $end $types $statuses $min_sources $actor $cooperation_types $cooperation_weights $actor_codes_only $include_learned
-- columns: counterpart VARCHAR, name VARCHAR, kind VARCHAR, incidents BIGINT, as_source BIGINT, as_target BIGINT, cooperation BIGINT, conflict BIGINT, mean_cooperation DOUBLE, balance DOUBLE, model_only BIGINT
-- as_source: incidents where $actor acted on the counterpart; as_target: where the counterpart acted on $actor.
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
-- model_only: of incidents, those none of whose reports in scope the rules read (0 when model-read events are hidden).
WITH
{{ scoped_events }},
{{ actor_incidents }},
{{ type_weights }}
-- one actor_incidents row per incident and counterpart: counting rows counts incidents
SELECT p.counterpart,
       coalesce(a.name, p.counterpart) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       count(*) AS incidents,
       count(*) FILTER (WHERE p.events_as_source > 0) AS as_source,
       count(*) FILTER (WHERE p.events_not_as_source > 0) AS as_target,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation')) AS cooperation,
       count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict')) AS conflict,
       avg(w.cooperation) AS mean_cooperation,
       (count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation'))
        - count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict'))) / count(*)::DOUBLE AS balance,
       count(*) FILTER (WHERE p.model_only) AS model_only
FROM actor_incidents AS p
LEFT JOIN type_weights AS w ON w.type = p.type
LEFT JOIN actors AS a ON a.id = p.counterpart
WHERE p.counterpart IS NOT NULL AND p.counterpart <> $actor
GROUP BY p.counterpart, a.name, a.kind
ORDER BY incidents DESC, p.counterpart
