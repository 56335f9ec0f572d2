-- relationship_evidence: chosen relationship statements with their names, sentence and document (needs a CTE `chosen` of relationships rows before it).
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- A query picks its statements first (`chosen`, whole relationships rows), so documents and names
-- are joined to those rows only; documents by number (integer keys skip most of the table).
relationship_evidence AS (
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
           r.method
    FROM chosen AS r
    -- the chosen rows' documents first, by number: joined directly, DuckDB built its hash table
    -- on the whole documents table (titles and all) when only a few statements were chosen
    JOIN (SELECT no, title, source FROM documents WHERE no IN (SELECT document_no FROM chosen)) AS d
      ON d.no = r.document_no
    LEFT JOIN actors AS sa ON sa.id = r.source_actor
    LEFT JOIN actors AS ta ON ta.id = r.target_actor
)
