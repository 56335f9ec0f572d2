-- document_events: every event extracted from one document, in text order (all statuses; only the model-read filter applies).
-- params: $document_id $include_learned
-- columns: event_id VARCHAR, incident_id VARCHAR, sent_start INTEGER, sent_end INTEGER, sentence VARCHAR, source_actor VARCHAR, source_name VARCHAR, target_actor VARCHAR, target_name VARCHAR, source_country VARCHAR, target_country VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, location VARCHAR, attribution VARCHAR, confidence DOUBLE, n_sources INTEGER, method VARCHAR
-- method: who read it, 'rules' or 'learned' (the model; confidence is then its probability);
-- $include_learned false leaves the model-read ones out.
SELECT e.id AS event_id,
       e.incident_id,
       e.sent_start,
       e.sent_end,
       e.sentence,
       e.source_actor,
       coalesce(sa.name, e.source_actor) AS source_name,
       e.target_actor,
       coalesce(ta.name, e.target_actor) AS target_name,
       e.source_country,
       e.target_country,
       e.type,
       e.quad_class,
       e.mode,
       e.status,
       e.event_date,
       e.event_date_end,
       e.date_precision,
       e.location,
       e.attribution,
       e.confidence,
       coalesce(CASE WHEN $include_learned THEN i.n_documents ELSE i.n_rule_documents END, 1) AS n_sources,
       e.method
FROM events AS e
LEFT JOIN incidents AS i ON i.id = e.incident_id
LEFT JOIN actors AS sa ON sa.id = e.source_actor
LEFT JOIN actors AS ta ON ta.id = e.target_actor
WHERE e.document_id = $document_id
  AND ($include_learned OR e.method <> 'learned')
ORDER BY e.sent_start, e.id
