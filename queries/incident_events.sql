-- incident_events: every report of the given incidents: their events with their documents, earliest published first.
-- params: $incident_ids $include_learned
-- columns: incident_id VARCHAR, event_id VARCHAR, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, doc_kind VARCHAR, published DATE, event_date DATE, date_precision VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, status VARCHAR, attribution VARCHAR, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, method VARCHAR
-- Rows come grouped by incident in the order of $incident_ids (a list; one call cites a whole key
-- point). An event without an incident is an incident of its own, cited by its event id.
-- Reports are found by the incidents' dense numbers (integers), not by comparing every event's ids.
-- method: who read the report, 'rules' or 'learned' (the model; confidence is then its probability);
-- $include_learned false leaves the model-read reports out (an incident only the model read then has none).
WITH
wanted AS (
    SELECT incident_id, position
    FROM (SELECT unnest($incident_ids::VARCHAR[]) AS incident_id, generate_subscripts($incident_ids::VARCHAR[], 1) AS position)
),
reports AS (
    SELECT w.incident_id, w.position, e.*
    FROM wanted AS w
    JOIN incidents AS i ON i.id = w.incident_id
    JOIN events AS e ON e.incident_no = i.no
    UNION ALL
    SELECT w.incident_id, w.position, e.*
    FROM wanted AS w
    JOIN events AS e ON e.id = w.incident_id AND e.incident_id IS NULL
)
SELECT r.incident_id,
       r.id AS event_id,
       r.document_id,
       d.title AS doc_title,
       d.source AS doc_source,
       d.kind AS doc_kind,
       d.published,
       r.event_date,
       r.date_precision,
       coalesce(sa.name, r.source_actor) AS source_name,
       coalesce(ta.name, r.target_actor) AS target_name,
       r.type,
       r.status,
       r.attribution,
       r.confidence,
       r.sentence,
       r.sent_start,
       r.sent_end,
       r.method
FROM reports AS r
JOIN documents AS d ON d.no = r.document_no
LEFT JOIN actors AS sa ON sa.id = r.source_actor
LEFT JOIN actors AS ta ON ta.id = r.target_actor
WHERE $include_learned OR r.method <> 'learned'
ORDER BY r.position, d.published NULLS LAST, d.id, r.sent_start
