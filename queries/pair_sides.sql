-- pair_sides: incidents per unordered pair of sides and per cooperation/conflict, with the best-corroborated few of each.
-- params: $actors $match $start $end $types $statuses $min_sources $limit $actor_bits $actor_codes_only $include_learned
-- defaults: $limit=3
-- columns: level VARCHAR, a VARCHAR, b VARCHAR, pair VARCHAR, side VARCHAR, incidents BIGINT, incident_ids VARCHAR[], model_only BIGINT
-- One statement, three levels of rows (the key points of dashboard/briefing.py count over the whole
-- scope but cite only a few incidents, so the counting stays here and the rows stay few):
--   level 'pair_side': a pair (a < b by id; sides are the incident's source and target) and a side;
--   level 'pair':      a pair over both sides (side NULL);
--   level 'side':      every incident in scope on that side, paired or not (a, b, pair NULL).
-- Incidents without a target, or whose source is their target, belong to no pair.
-- side: 'conflict' when the quad class ends with 'conflict', else 'cooperation' (briefing.side_of).
-- incident_ids: up to $limit of the pair's incidents in citation order (most documents first, then
-- most recent, undated last, then id); empty on 'side' rows.
-- Model-read events hidden ($include_learned false): incidents only the learned tier read are left
-- out; a mixed incident is kept, counted from its rule-read reports (queries/shared/scoped_incidents.sql).
-- model_only: of incidents, those none of whose reports in scope the rules read (0 when model-read
-- events are hidden).
WITH
{{ scoped_events }},
{{ scoped_incidents }},
sided AS (
    SELECT si.incident_key,
           CASE WHEN si.target IS NOT NULL AND si.source IS NOT NULL AND si.source <> si.target
                THEN least(si.source, si.target) END AS a,
           CASE WHEN si.target IS NOT NULL AND si.source IS NOT NULL AND si.source <> si.target
                THEN greatest(si.source, si.target) END AS b,
           CASE WHEN si.quad_class LIKE '%conflict' THEN 'conflict' ELSE 'cooperation' END AS side,
           si.model_only,
           -- citation order as one ascending key, so a top-n aggregate (min_by) finds the few
           -- without sorting every incident of a pair
           {'documents': -si.n_sources,
            'newest': coalesce(DATE '9999-12-31' - si.event_date, 2147483647),
            'id': si.incident_key} AS citation_rank
    FROM scoped_incidents AS si
),
counted AS (
    SELECT CASE grouping(a, b, side) WHEN 0 THEN 'pair_side' WHEN 1 THEN 'pair' ELSE 'side' END AS level,
           a, b, side,
           count(*) AS incidents,
           count(*) FILTER (WHERE model_only) AS model_only,
           CASE WHEN grouping(a, b, side) = 6 THEN []::VARCHAR[]
                ELSE min_by(incident_key, citation_rank, $limit) END AS incident_ids
    FROM sided
    GROUP BY GROUPING SETS ((a, b, side), (a, b), (side))
)
SELECT c.level,
       c.a,
       c.b,
       CASE WHEN c.a IS NOT NULL THEN coalesce(an.name, c.a) || ' – ' || coalesce(bn.name, c.b) END AS pair,
       c.side,
       c.incidents,
       c.incident_ids,
       c.model_only
FROM counted AS c
LEFT JOIN actors AS an ON an.id = c.a
LEFT JOIN actors AS bn ON bn.id = c.b
WHERE c.level = 'side' OR c.a IS NOT NULL
ORDER BY c.level, c.incidents DESC, c.a, c.b, c.side
