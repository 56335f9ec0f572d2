-- document: one document's text and metadata, with extraction counts (no row when the id is unknown).
-- params: $document_id $include_learned
-- columns: document_id VARCHAR, title VARCHAR, published DATE, date_precision VARCHAR, source VARCHAR, kind VARCHAR, url VARCHAR, path VARCHAR, flags VARCHAR[], ingested_at TIMESTAMP, extractor_version VARCHAR, text VARCHAR, n_events BIGINT, n_relationships BIGINT, n_actors BIGINT
-- n_events, n_relationships: without the model-read ones when $include_learned is false (as
-- document_events and document_relationships list them).
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
       d.extractor_version,
       d.text,
       (SELECT count(*) FROM events AS e WHERE e.document_id = d.id AND ($include_learned OR e.method <> 'learned')) AS n_events,
       (SELECT count(*) FROM relationships AS r WHERE r.document_id = d.id AND ($include_learned OR r.method <> 'learned')) AS n_relationships,
       (SELECT count(DISTINCT m.actor_id) FROM mentions AS m WHERE m.document_id = d.id) AS n_actors
FROM documents AS d
WHERE d.id = $document_id
