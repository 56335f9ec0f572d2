-- timeline: one row per incident in scope, oldest first, labelled by dyad, with its first report.
-- params: $actors $match $start $end $types $statuses $min_sources
-- columns: incident_id VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, n_sources INTEGER, n_events BIGINT, headline VARCHAR, first_document_id VARCHAR, first_doc_title VARCHAR, first_doc_source VARCHAR, first_published DATE
-- Incident attributes come from the incidents table; an event without an incident stands alone.
-- Sides are countries (or the actor itself when it has no country). Undated incidents sort last.
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           coalesce(i.n_documents, 1) AS n_sources
    FROM events AS e
    LEFT JOIN incidents AS i ON i.id = e.incident_id
    WHERE ((e.event_date >= $start AND e.event_date <= $end)
           OR (e.event_date IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($types) = 0 OR list_contains($types, e.type))
      AND (len($statuses) = 0 OR list_contains($statuses, e.status))
      AND coalesce(i.n_documents, 1) >= $min_sources
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
per_incident AS (
    SELECT se.incident_key,
           min(se.event_date) AS event_date,
           max(coalesce(se.event_date_end, se.event_date)) AS event_date_end,
           arg_min(se.date_precision, se.event_date) AS date_precision,
           min(coalesce(se.source_country, se.source_actor)) AS source_country,
           min(coalesce(se.target_country, se.target_actor)) AS target_country,
           min(se.type) AS type,
           min(se.quad_class) AS quad_class,
           arg_min(se.mode, se.event_date) AS mode,
           min(se.status) AS status,
           max(se.n_sources) AS n_sources,
           count(*) AS n_events,
           arg_max(se.sentence, se.confidence) AS sentence,
           arg_min(se.document_id, {'published': coalesce(d.published, DATE '9999-12-31'), 'id': se.document_id}) AS first_document_id
    FROM scoped_events AS se
    JOIN documents AS d ON d.id = se.document_id
    GROUP BY se.incident_key
)
SELECT p.incident_key AS incident_id,
       coalesce(i.event_date, p.event_date) AS event_date,
       coalesce(i.event_date_end, p.event_date_end) AS event_date_end,
       p.date_precision,
       coalesce(sn.name, p.source_country)
         || CASE WHEN p.target_country IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, p.target_country) END AS dyad,
       p.source_country,
       p.target_country,
       coalesce(sn.name, p.source_country) AS source_name,
       coalesce(tn.name, p.target_country) AS target_name,
       coalesce(i.type, p.type) AS type,
       coalesce(i.quad_class, p.quad_class) AS quad_class,
       p.mode,
       coalesce(i.status, p.status) AS status,
       p.n_sources,
       p.n_events,
       coalesce(i.headline, p.sentence) AS headline,
       p.first_document_id,
       fd.title AS first_doc_title,
       fd.source AS first_doc_source,
       fd.published AS first_published
FROM per_incident AS p
LEFT JOIN incidents AS i ON i.id = p.incident_key
LEFT JOIN actors AS sn ON sn.id = p.source_country
LEFT JOIN actors AS tn ON tn.id = p.target_country
LEFT JOIN documents AS fd ON fd.id = p.first_document_id
ORDER BY event_date NULLS LAST, incident_id
