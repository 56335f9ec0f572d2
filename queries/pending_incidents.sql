-- pending_incidents: planned and hypothetical incidents in scope, newest first, with how many there are of each.
-- params: $actors $match $start $end $types $statuses $min_sources $limit $actor_bits $actor_codes_only $include_learned
-- defaults: $limit=50
-- columns: incident_id VARCHAR, status VARCHAR, headline VARCHAR, dyad VARCHAR, event_date DATE, event_date_end DATE, date_precision VARCHAR, n_sources INTEGER, planned BIGINT, possible BIGINT, model_only BIGINT
-- Order: latest event date first (undated last), then most documents, then id. $limit bounds the
-- rows; planned / possible count every planned / hypothetical incident in scope (the same on each row).
-- The headline is the incident's (stored at publish); an event without an incident has none.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is shown as its rule-read reports alone give it (queries/shared/scoped_incidents.sql;
-- its headline from its rule-read reports: incidents.rules_headline).
-- model_only: of the planned and possible incidents, those none of whose reports in scope the rules
-- read (the same on each row; 0 when model-read events are hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
pending AS MATERIALIZED (  -- named twice (counted, then cut to the newest): computed once
    SELECT si.no, si.incident_key, si.status, si.source, si.target, si.event_date, si.event_date_end,
           si.date_precision, si.n_sources, si.model_only
    FROM scoped_incidents AS si
    WHERE si.status IN ('planned', 'hypothetical')
),
counts AS (
    SELECT count(*) FILTER (WHERE status = 'planned') AS planned,
           count(*) FILTER (WHERE status = 'hypothetical') AS possible,
           count(*) FILTER (WHERE model_only) AS model_only
    FROM pending
),
kept AS (
    SELECT p.* EXCLUDE (model_only), c.planned, c.possible, c.model_only
    FROM pending AS p
    CROSS JOIN counts AS c
    ORDER BY p.event_date DESC NULLS LAST, p.n_sources DESC, p.incident_key
    LIMIT $limit
)
SELECT k.incident_key AS incident_id,
       k.status,
       CASE WHEN $include_learned OR NOT i.has_learned THEN i.headline ELSE i.rules_headline END AS headline,
       coalesce(sn.name, k.source)
         || CASE WHEN k.target IS NULL THEN '' ELSE ' → ' || coalesce(tn.name, k.target) END AS dyad,
       k.event_date,
       k.event_date_end,
       k.date_precision,
       k.n_sources,
       k.planned,
       k.possible,
       k.model_only
FROM kept AS k
LEFT JOIN incidents AS i ON i.no = k.no
LEFT JOIN actors AS sn ON sn.id = k.source
LEFT JOIN actors AS tn ON tn.id = k.target
ORDER BY k.event_date DESC NULLS LAST, k.n_sources DESC, k.incident_key
