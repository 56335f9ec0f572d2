-- timeline: one row per incident in scope, oldest first, labelled by dyad, with its first report.
-- params: $actors $match $start $end $types $statuses $min_sources $limit $actor_bits $actor_codes_only $include_learned
-- defaults: $limit=NULL
-- columns: incident_id VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, source_name VARCHAR, target_name VARCHAR, type VARCHAR, quad_class VARCHAR, mode VARCHAR, status VARCHAR, n_sources INTEGER, n_events BIGINT, headline VARCHAR, first_document_id VARCHAR, first_doc_title VARCHAR, first_doc_source VARCHAR, first_published DATE, model_only BOOLEAN
-- Sides are countries (or the actor itself when it has none); the dyad label has no arrow when
-- there is no target. first_*: the earliest-published document reporting it. Undated last.
-- $limit keeps the most-corroborated (then most recent) incidents, for charts of large stores
-- (headline_figures.incidents says how many there are in all); NULL = every incident.
-- headline, mode and first_*: stored over every report of the incident, model-read ones included.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is shown as its rule-read reports alone give it (queries/shared/scoped_incidents.sql;
-- headline, mode and first_* from its rule-read reports: incidents.rules_*).
-- model_only: none of the incident's reports in scope was read by the rules (false when model-read
-- events are hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
kept AS MATERIALIZED (  -- small, and named twice: materialized so scoped_incidents is not
    SELECT si.*
    FROM scoped_incidents AS si
    ORDER BY si.n_sources DESC, si.event_date DESC NULLS LAST, si.incident_key
    LIMIT $limit
),
first_reports AS (
    -- Over every report of the kept incidents (as n_sources counts every reporting document):
    -- stored per incident at publish (dashboard/incidents.py, INCIDENT_FACTS_STEPS); an event
    -- without an incident is its own only report (and has no headline).
    SELECT k.incident_key, i.headline, i.first_document_id AS document_id, i.mode,
           i.first_doc_title AS title, i.first_doc_source AS source, i.first_published AS published
    FROM kept AS k
    JOIN incidents AS i ON i.no = k.no
    WHERE i.first_document_id IS NOT NULL AND ($include_learned OR NOT i.has_learned)
    UNION ALL
    -- hidden, a mixed incident's from its rule-read reports (stored at publish: incidents.rules_*)
    SELECT k.incident_key, i.rules_headline, i.rules_first_document_id, i.rules_mode,
           i.rules_first_doc_title, i.rules_first_doc_source, i.rules_first_published
    FROM kept AS k
    JOIN incidents AS i ON i.no = k.no
    WHERE i.rules_first_document_id IS NOT NULL AND NOT $include_learned AND i.has_learned
    UNION ALL
    SELECT k.incident_key, NULL, e.document_id, e.mode, d.title, d.source, d.published
    FROM kept AS k
    JOIN events AS e ON e.id = k.incident_key
    JOIN documents AS d ON d.id = e.document_id
    WHERE e.incident_id IS NULL
)
SELECT si.incident_key AS incident_id,
       si.event_date,
       si.event_date_end,
       si.date_precision,
       coalesce(sn.name, si.source)
         || CASE WHEN si.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, si.target) END AS dyad,
       si.source AS source_country,
       si.target AS target_country,
       coalesce(sn.name, si.source) AS source_name,
       coalesce(tn.name, si.target) AS target_name,
       si.type,
       si.quad_class,
       fr.mode,
       si.status,
       si.n_sources,
       si.n_events,
       fr.headline,
       fr.document_id AS first_document_id,
       fr.title AS first_doc_title,
       fr.source AS first_doc_source,
       fr.published AS first_published,
       si.model_only
FROM kept AS si
JOIN first_reports AS fr ON fr.incident_key = si.incident_key
LEFT JOIN actors AS sn ON sn.id = si.source
LEFT JOIN actors AS tn ON tn.id = si.target
ORDER BY si.event_date NULLS LAST, si.incident_key
