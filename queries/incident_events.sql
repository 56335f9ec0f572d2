-- incident_events: every report of one incident: its events with their documents, earliest published first.
-- params: $incident_id
-- columns: event_id VARCHAR, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, doc_kind VARCHAR, published DATE, event_date DATE, date_precision VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, status VARCHAR, attribution VARCHAR, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER
SELECT e.id AS event_id,
       e.document_id,
       d.title AS doc_title,
       d.source AS doc_source,
       d.kind AS doc_kind,
       d.published,
       e.event_date,
       e.date_precision,
       coalesce(sa.name, e.source_actor) AS source_name,
       coalesce(ta.name, e.target_actor) AS target_name,
       e.type,
       e.status,
       e.attribution,
       e.confidence,
       e.sentence,
       e.sent_start,
       e.sent_end
FROM events AS e
JOIN documents AS d ON d.id = e.document_id
LEFT JOIN actors AS sa ON sa.id = e.source_actor
LEFT JOIN actors AS ta ON ta.id = e.target_actor
WHERE coalesce(e.incident_id, e.id) = $incident_id
ORDER BY d.published NULLS LAST, d.id, e.sent_start
