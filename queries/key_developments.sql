-- key_developments: the most-corroborated incidents in scope (most documents first, then most recent).
-- params: $actors $match $start $end $types $statuses $min_sources $limit
-- defaults: $limit=10
-- columns: incident_id VARCHAR, headline VARCHAR, status VARCHAR, type VARCHAR, quad_class VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, event_date DATE, event_date_end DATE, n_sources INTEGER, document_ids VARCHAR[]
-- document_ids: the documents in scope reporting it, earliest published first.
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
per_incident AS (
    SELECT se.incident_key,
           min(se.event_date) AS event_date,
           max(coalesce(se.event_date_end, se.event_date)) AS event_date_end,
           min(coalesce(se.source_country, se.source_actor)) AS source_country,
           min(coalesce(se.target_country, se.target_actor)) AS target_country,
           min(se.type) AS type,
           min(se.quad_class) AS quad_class,
           min(se.status) AS status,
           max(se.n_sources) AS n_sources,
           arg_max(se.sentence, se.confidence) AS sentence,
           list(DISTINCT se.document_id) AS document_ids
    FROM scoped_events AS se
    GROUP BY se.incident_key
),
top_incidents AS (
    SELECT *
    FROM per_incident
    ORDER BY n_sources DESC, event_date DESC NULLS LAST, incident_key
    LIMIT $limit
)
SELECT t.incident_key AS incident_id,
       coalesce(i.headline, t.sentence) AS headline,
       coalesce(i.status, t.status) AS status,
       coalesce(i.type, t.type) AS type,
       coalesce(i.quad_class, t.quad_class) AS quad_class,
       coalesce(sn.name, t.source_country)
         || CASE WHEN t.target_country IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, t.target_country) END AS dyad,
       t.source_country,
       t.target_country,
       coalesce(i.event_date, t.event_date) AS event_date,
       coalesce(i.event_date_end, t.event_date_end) AS event_date_end,
       t.n_sources,
       (SELECT list(d.id ORDER BY d.published NULLS LAST, d.id)
        FROM documents AS d
        WHERE list_contains(t.document_ids, d.id)) AS document_ids
FROM top_incidents AS t
LEFT JOIN incidents AS i ON i.id = t.incident_key
LEFT JOIN actors AS sn ON sn.id = t.source_country
LEFT JOIN actors AS tn ON tn.id = t.target_country
ORDER BY t.n_sources DESC, t.event_date DESC NULLS LAST, t.incident_key
