-- documents: the documents in scope with metadata, flags and how much was extracted from each, newest first.
-- params: $actors $match $start $end $include_learned
-- columns: document_id VARCHAR, title VARCHAR, published DATE, date_precision VARCHAR, source VARCHAR, kind VARCHAR, url VARCHAR, path VARCHAR, flags VARCHAR[], ingested_at TIMESTAMP, n_chars BIGINT, n_events BIGINT, n_relationships BIGINT, n_actors BIGINT, model_events BIGINT, model_relationships BIGINT
-- Scope: published within the dates (undated documents only when the range is open); with actors,
-- documents mentioning any of them (match 'any') or at least two of them ('between'; all of them
-- when only one is selected). A mention of a person counts for its country too. n_events and
-- n_relationships leave out the model-read ones when $include_learned is false (the documents
-- themselves stay listed); model_events / model_relationships: of those, the ones the learned tiers
-- read (0 when hidden).
WITH
mention_keys AS (
    -- a mention answers to its actor id and to the actor's country
    SELECT m.document_id, m.actor_id AS actor_key FROM mentions AS m
    UNION ALL
    SELECT m.document_id, a.country AS actor_key
    FROM mentions AS m
    JOIN actors AS a ON a.id = m.actor_id
    WHERE a.country IS NOT NULL
),
doc_matches AS (
    SELECT document_id, count(DISTINCT actor_key) AS n_matched
    FROM mention_keys
    WHERE list_contains($actors, actor_key)
    GROUP BY document_id
),
scoped_documents AS (
    SELECT d.*
    FROM documents AS d
    LEFT JOIN doc_matches AS dm ON dm.document_id = d.id
    WHERE ((d.published >= $start AND d.published <= $end)
           OR (d.published IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($actors) = 0
           OR coalesce(dm.n_matched, 0) >= CASE WHEN $match = 'between' THEN least(2, len(list_distinct($actors))) ELSE 1 END)
),
event_counts AS (
    SELECT document_id, count(*) AS n_events, count(*) FILTER (WHERE method = 'learned') AS model_events FROM events
    WHERE $include_learned OR method <> 'learned'
    GROUP BY document_id
),
relationship_counts AS (
    SELECT document_id, count(*) AS n_relationships,
           count(*) FILTER (WHERE method = 'learned') AS model_relationships
    FROM relationships
    WHERE $include_learned OR method <> 'learned'
    GROUP BY document_id
),
actor_counts AS (
    SELECT document_id, count(DISTINCT actor_id) AS n_actors FROM mentions GROUP BY document_id
)
SELECT d.id AS document_id,
       d.title,
       d.published,
       d.date_precision,
       d.source,
       d.kind,
       d.url,
       d.path,
       d.flags,
       d.ingested_at,
       length(d.text)::BIGINT AS n_chars,
       coalesce(ec.n_events, 0) AS n_events,
       coalesce(rc.n_relationships, 0) AS n_relationships,
       coalesce(ac.n_actors, 0) AS n_actors,
       coalesce(ec.model_events, 0) AS model_events,
       coalesce(rc.model_relationships, 0) AS model_relationships
FROM scoped_documents AS d
LEFT JOIN event_counts AS ec ON ec.document_id = d.id
LEFT JOIN relationship_counts AS rc ON rc.document_id = d.id
LEFT JOIN actor_counts AS ac ON ac.document_id = d.id
ORDER BY d.published DESC NULLS LAST, d.title, d.id
