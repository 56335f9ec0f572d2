-- relationships: stated relationships in scope with their evidence sentence and document, newest first.
-- params: $actors $match $start $end $limit $include_learned
-- defaults: $limit=NULL
-- columns: relationship_id VARCHAR, source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR, target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR, type VARCHAR, negated BOOLEAN, stated_on DATE, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, method VARCHAR, total BIGINT
-- Filtered by actors/match and by stated_on (the document's date); negated statements are kept and flagged.
-- $limit keeps the most recent (NULL = all); total: how many there are in scope before that cut.
-- Model-read ties (method 'learned') only with $include_learned (relationships_involving).
WITH
{{ relationships_involving }},
{{ scoped_relationships }},
chosen AS (
    -- cut first, on the statements alone
    SELECT r.*
    FROM scoped_relationships AS r
    ORDER BY r.stated_on DESC NULLS LAST, r.id
    LIMIT $limit
),
{{ relationship_evidence }}
SELECT e.*, (SELECT count(*) FROM scoped_relationships) AS total
FROM relationship_evidence AS e
ORDER BY e.stated_on DESC NULLS LAST, e.relationship_id
