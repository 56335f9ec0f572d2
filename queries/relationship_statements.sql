-- relationship_statements: the given relationship statements with their evidence sentence and document, in the list's order.
-- params: $relationship_ids
-- columns: relationship_id VARCHAR, source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR, target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR, type VARCHAR, negated BOOLEAN, stated_on DATE, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, method VARCHAR
-- What a key point cites (dashboard/briefing.py): a few statements picked from
-- relationship_milestones. Same columns as `relationships` (without its total). A short list of
-- ids is looked up by the table's key rather than by reading every statement.
WITH
wanted AS (
    SELECT relationship_id, position
    FROM (SELECT unnest($relationship_ids::VARCHAR[]) AS relationship_id,
                 generate_subscripts($relationship_ids::VARCHAR[], 1) AS position)
),
chosen AS (
    SELECT r.* FROM relationships AS r WHERE r.id = ANY($relationship_ids::VARCHAR[])
),
{{ relationship_evidence }}
SELECT e.*
FROM relationship_evidence AS e
JOIN wanted AS w ON w.relationship_id = e.relationship_id
ORDER BY w.position
