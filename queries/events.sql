-- events: one row per event in scope, newest first, with its document and the incident's corroboration.
-- params: $actors $match $start $end $types $statuses $min_sources $limit $actor_codes_only $include_learned
-- defaults: $limit=NULL
-- columns: event_id VARCHAR, incident_id VARCHAR, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, doc_kind VARCHAR, published DATE, event_date DATE, event_date_end DATE, date_precision VARCHAR, source_actor VARCHAR, source_name VARCHAR, target_actor VARCHAR, target_name VARCHAR, source_country VARCHAR, target_country VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, location VARCHAR, attribution VARCHAR, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, n_sources INTEGER, method VARCHAR
-- Undated events (event_date NULL) appear only when the date range is open. $limit NULL = all rows.
-- method: who read it, 'rules' or 'learned' (the model; confidence is then its probability).
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
WITH
{{ scoped_events }},
page_ids AS (
    -- The page is cut on narrow columns, then wide ones (sentence) are read for its rows only
    -- (sorting whole rows of every event in scope ran out of memory at 10 M). Joining on the date
    -- too lets the date-ordered events table skip row groups outside the page's dates.
    SELECT id, event_date FROM scoped_events ORDER BY event_date DESC NULLS LAST, id LIMIT $limit
),
page AS (
    SELECT e.* FROM events AS e JOIN page_ids AS p ON e.id = p.id AND e.event_date = p.event_date
    UNION ALL
    SELECT e.* FROM events AS e JOIN page_ids AS p ON e.id = p.id
    WHERE e.event_date IS NULL AND p.event_date IS NULL
)
SELECT se.id AS event_id,
       se.incident_id,
       se.document_id,
       d.title AS doc_title,
       d.source AS doc_source,
       d.kind AS doc_kind,
       d.published,
       se.event_date,
       se.event_date_end,
       se.date_precision,
       se.source_actor,
       coalesce(sa.name, se.source_actor) AS source_name,
       se.target_actor,
       coalesce(ta.name, se.target_actor) AS target_name,
       se.source_country,
       se.target_country,
       se.type,
       se.quad_class,
       se.mode,
       se.status,
       se.location,
       se.attribution,
       se.confidence,
       se.sentence,
       se.sent_start,
       se.sent_end,
       coalesce(CASE WHEN $include_learned THEN se.incident_sources ELSE se.incident_rule_sources END, 1) AS n_sources,
       se.method
FROM page AS se
JOIN documents AS d ON d.no = se.document_no  -- integer keys: the join skips most of documents
LEFT JOIN actors AS sa ON sa.id = se.source_actor
LEFT JOIN actors AS ta ON ta.id = se.target_actor
ORDER BY se.event_date DESC NULLS LAST, se.id
LIMIT $limit
