-- actors_list: every known actor for the filter widget, busiest first (not scoped).
-- params: none
-- columns: actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, n_events BIGINT
-- n_events: events with the actor as source or target; for a country code, also everyone acting for it.
WITH
ends AS (
    -- events per combination of ids at their ends first (thousands of rows, not millions)
    SELECT source_actor, target_actor, source_country, target_country, count(*) AS n
    FROM events
    GROUP BY ALL
),
per_key AS (
    -- each event counts once per distinct id at its ends (an actor and its country both count)
    SELECT actor_key, sum(n)::BIGINT AS n_events
    FROM (SELECT unnest(list_distinct([source_actor, target_actor, source_country, target_country])) AS actor_key, n
          FROM ends)
    GROUP BY actor_key
)
SELECT a.id AS actor_id,
       a.name,
       a.kind,
       a.country,
       coalesce(k.n_events, 0) AS n_events
FROM actors AS a
LEFT JOIN per_key AS k ON k.actor_key = a.id
ORDER BY n_events DESC, a.name, a.id
