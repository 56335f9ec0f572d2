-- relationships: stated relationships in scope with their evidence sentence and document, newest first.
-- params: $actors $match $start $end $limit
-- defaults: $limit=NULL
-- columns: relationship_id VARCHAR, source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR, target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR, type VARCHAR, negated BOOLEAN, stated_on DATE, confidence DOUBLE, sentence VARCHAR, sent_start INTEGER, sent_end INTEGER, document_id VARCHAR, doc_title VARCHAR, doc_source VARCHAR, total BIGINT
-- Filtered by actors/match and by stated_on (the document's date); negated statements are kept and flagged.
-- $limit keeps the most recent (NULL = all); total: how many there are in scope before that cut.
WITH
{{ relationships_involving }},
{{ scoped_relationships }},
kept AS (
    -- cut first, on the statements alone; documents and names are joined to the kept rows only
    SELECT r.*, count(*) OVER () AS total
    FROM scoped_relationships AS r
    ORDER BY r.stated_on DESC NULLS LAST, r.id
    LIMIT $limit
)
SELECT r.id AS relationship_id,
       r.source_actor,
       coalesce(sa.name, r.source_actor) AS source_name,
       r.source_country,
       r.target_actor,
       coalesce(ta.name, r.target_actor) AS target_name,
       r.target_country,
       r.type,
       r.negated,
       r.stated_on,
       r.confidence,
       r.sentence,
       r.sent_start,
       r.sent_end,
       r.document_id,
       d.title AS doc_title,
       d.source AS doc_source,
       r.total
FROM kept AS r
JOIN documents AS d ON d.no = r.document_no  -- integer keys: the join skips most of documents
LEFT JOIN actors AS sa ON sa.id = r.source_actor
LEFT JOIN actors AS ta ON ta.id = r.target_actor
ORDER BY r.stated_on DESC NULLS LAST, r.id
