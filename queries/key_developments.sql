-- key_developments: the most-corroborated incidents in scope (most documents first, then most recent).
-- params: $actors $match $start $end $types $statuses $min_sources $limit $actor_bits $actor_codes_only $include_learned
-- defaults: $limit=10
-- columns: incident_id VARCHAR, headline VARCHAR, status VARCHAR, type VARCHAR, quad_class VARCHAR, dyad VARCHAR, source_country VARCHAR, target_country VARCHAR, event_date DATE, event_date_end DATE, n_sources INTEGER, document_ids VARCHAR[]
-- document_ids: every document reporting it, earliest published first (model-read reports included).
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is shown as its rule-read reports alone give it (queries/shared/scoped_incidents.sql;
-- headline and document_ids from its rule-read reports: incidents.rules_*).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
top_incidents AS MATERIALIZED (  -- small, and named twice: materialized so scoped_incidents is not
    SELECT si.*
    FROM scoped_incidents AS si
    ORDER BY si.n_sources DESC, si.event_date DESC NULLS LAST, si.incident_key
    LIMIT $limit
),
report_lists AS (
    -- every document reporting a kept incident (n_sources counts them all): stored per incident
    -- at publish (dashboard/incidents.py, INCIDENT_FACTS_STEPS); an event without an incident is its
    -- own only report (and has no headline)
    SELECT t.incident_key, i.headline, i.document_ids
    FROM top_incidents AS t
    JOIN incidents AS i ON i.no = t.no
    WHERE i.document_ids IS NOT NULL AND ($include_learned OR NOT i.has_learned)
    UNION ALL
    -- hidden, a mixed incident's from its rule-read reports (stored at publish: incidents.rules_*)
    SELECT t.incident_key, i.rules_headline, i.rules_document_ids
    FROM top_incidents AS t
    JOIN incidents AS i ON i.no = t.no
    WHERE i.rules_document_ids IS NOT NULL AND NOT $include_learned AND i.has_learned
    UNION ALL
    SELECT t.incident_key, NULL, [e.document_id]
    FROM top_incidents AS t
    JOIN events AS e ON e.id = t.incident_key
    JOIN documents AS d ON d.id = e.document_id
    WHERE e.incident_id IS NULL
)
SELECT t.incident_key AS incident_id,
       r.headline,
       t.status,
       t.type,
       t.quad_class,
       coalesce(sn.name, t.source)
         || CASE WHEN t.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, t.target) END AS dyad,
       t.source AS source_country,
       t.target AS target_country,
       t.event_date,
       t.event_date_end,
       t.n_sources,
       r.document_ids
FROM top_incidents AS t
JOIN report_lists AS r ON r.incident_key = t.incident_key
LEFT JOIN actors AS sn ON sn.id = t.source
LEFT JOIN actors AS tn ON tn.id = t.target
ORDER BY t.n_sources DESC, t.event_date DESC NULLS LAST, t.incident_key
