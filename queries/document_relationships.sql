-- document_relationships: every relationship stated in one document, in text order.
-- params: $document_id $include_learned
-- columns: relationship_id VARCHAR, sent_start INTEGER, sent_end INTEGER, sentence VARCHAR, source_actor VARCHAR, source_name VARCHAR, target_actor VARCHAR, target_name VARCHAR, type VARCHAR, negated BOOLEAN, stated_on DATE, confidence DOUBLE, method VARCHAR
-- $include_learned false leaves out the ties the learned relationship tier read (as document_events).
SELECT r.id AS relationship_id,
       r.sent_start,
       r.sent_end,
       r.sentence,
       r.source_actor,
       coalesce(sa.name, r.source_actor) AS source_name,
       r.target_actor,
       coalesce(ta.name, r.target_actor) AS target_name,
       r.type,
       r.negated,
       r.stated_on,
       r.confidence,
       r.method
FROM relationships AS r
LEFT JOIN actors AS sa ON sa.id = r.source_actor
LEFT JOIN actors AS ta ON ta.id = r.target_actor
WHERE r.document_id = $document_id
  AND ($include_learned OR r.method <> 'learned')
ORDER BY r.sent_start, r.id
