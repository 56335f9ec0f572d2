-- actors_list: every known actor for the filter widget, busiest first (not scoped).
-- params: none
-- columns: actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, n_events BIGINT
-- n_events: events with the actor as source or target; for a country code, also everyone acting for it.
WITH
involvement AS (
    SELECT id, source_actor AS actor_key FROM events WHERE source_actor IS NOT NULL
    UNION
    SELECT id, target_actor FROM events WHERE target_actor IS NOT NULL
    UNION
    SELECT id, source_country FROM events WHERE source_country IS NOT NULL
    UNION
    SELECT id, target_country FROM events WHERE target_country IS NOT NULL
),
per_key AS (
    SELECT actor_key, count(DISTINCT id) AS n_events FROM involvement GROUP BY actor_key
)
SELECT a.id AS actor_id,
       a.name,
       a.kind,
       a.country,
       coalesce(k.n_events, 0) AS n_events
FROM actors AS a
LEFT JOIN per_key AS k ON k.actor_key = a.id
ORDER BY n_events DESC, a.name, a.id
