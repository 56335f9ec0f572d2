-- actor_profile: one summary row for $actor (an actor id or a country code) over the events in scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor $actor_codes_only $include_learned
-- columns: actor VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, role VARCHAR, first_seen DATE, last_seen DATE, events_as_source BIGINT, events_as_target BIGINT, incidents BIGINT, cooperation BIGINT, conflict BIGINT, balance DOUBLE, top_partners VARCHAR[], top_adversaries VARCHAR[], model_incidents BIGINT, model_events_as_source BIGINT, model_events_as_target BIGINT
-- An id matches the actor itself and, for a country code, everyone acting for that country.
-- top_partners / top_adversaries: up to 3 counterpart names with the most cooperation / conflict incidents.
-- No row when $actor is not in the actors table; zero counts when it has no events in scope.
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
-- model_incidents: of incidents, those none of whose reports (involving $actor, in scope) the rules read
-- (0 when model-read events are hidden); model_events_as_source / _target: of the events as source /
-- target, those the learned tier read (0 when hidden).
WITH
{{ scoped_events }},
{{ actor_incidents }},
ranked AS (
    -- one actor_incidents row per incident and counterpart: counting rows counts incidents
    SELECT p.counterpart,
           coalesce(a.name, p.counterpart) AS name,
           count(*) FILTER (WHERE ends_with(p.quad_class, 'cooperation')) AS cooperation,
           count(*) FILTER (WHERE ends_with(p.quad_class, 'conflict')) AS conflict
    FROM actor_incidents AS p
    LEFT JOIN actors AS a ON a.id = p.counterpart
    WHERE p.counterpart IS NOT NULL AND p.counterpart <> $actor
    GROUP BY ALL
),
summary AS (
    SELECT min(first_seen) AS first_seen,
           max(last_seen) AS last_seen,
           coalesce(sum(events_as_source), 0)::BIGINT AS events_as_source,
           coalesce(sum(events_as_target), 0)::BIGINT AS events_as_target,
           coalesce(sum(model_as_source), 0)::BIGINT AS model_events_as_source,
           coalesce(sum(model_as_target), 0)::BIGINT AS model_events_as_target,
           count(DISTINCT incident_ref) AS incidents,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'cooperation')) AS cooperation,
           count(DISTINCT incident_ref) FILTER (WHERE ends_with(quad_class, 'conflict')) AS conflict,
           -- an incident with a rule-read report on any of its counterpart rows is not the model's alone
           -- (hidden, every incident has one: no second distinct count)
           CASE WHEN $include_learned
                THEN count(DISTINCT incident_ref) - count(DISTINCT incident_ref) FILTER (WHERE $include_learned AND NOT model_only)
                ELSE 0 END AS model_incidents
    FROM actor_incidents
)
SELECT a.id AS actor,
       a.name,
       a.kind,
       a.country,
       a.role,
       s.first_seen,
       s.last_seen,
       s.events_as_source,
       s.events_as_target,
       s.incidents,
       s.cooperation,
       s.conflict,
       (s.cooperation - s.conflict) / greatest(s.cooperation + s.conflict, 1)::DOUBLE AS balance,
       coalesce((SELECT list(name ORDER BY cooperation DESC, name) FILTER (WHERE cooperation > 0)[1:3] FROM ranked), []) AS top_partners,
       coalesce((SELECT list(name ORDER BY conflict DESC, name) FILTER (WHERE conflict > 0)[1:3] FROM ranked), []) AS top_adversaries,
       s.model_incidents,
       s.model_events_as_source,
       s.model_events_as_target
FROM actors AS a
CROSS JOIN summary AS s
WHERE a.id = $actor
