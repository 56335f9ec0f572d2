-- relationship_milestones: for each stated tie, its first statement ever and its latest denial in the window.
-- params: $actors $match $start $end $symmetric_types
-- columns: relationship_id VARCHAR, source_actor VARCHAR, source_country VARCHAR, target_actor VARCHAR, target_country VARCHAR, type VARCHAR, negated BOOLEAN, stated_on DATE
-- The rows the briefing's relationship points need (briefing.relationship_points), not every
-- statement: a tie is a pair of sides (countries, or the actor itself when it has none; unordered
-- for $symmetric_types) and a type. Its first positive statement over all dates (undated last,
-- then by id) says whether it was first stated in the window ($start..$end, as the scope binds
-- them: undated statements count only when the range is open); its latest negated statement in
-- the window says whether (and when) it was denied or broken there. Actors/match filter as on the relationships
-- query; the dates do not filter, they place. Order as `relationships`. The statements only, not
-- their evidence: the points cite a few of them, fetched by `relationship_statements` (joining
-- sentences and documents to every milestone read every statement's row: 40 ms of 70 at 10 M).
WITH
{{ relationships_involving }},
ties AS (
    SELECT r.*,
           coalesce(r.source_country, r.source_actor) AS side_a,
           coalesce(r.target_country, r.target_actor) AS side_b,
           (r.stated_on >= $start AND r.stated_on <= $end)
             OR (r.stated_on IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31') AS in_window
    FROM relationships_involving AS r
),
keyed AS (
    SELECT t.*,
           CASE WHEN list_contains($symmetric_types, t.type) THEN least(t.side_a, t.side_b) ELSE t.side_a END AS key_a,
           CASE WHEN list_contains($symmetric_types, t.type) THEN greatest(t.side_a, t.side_b) ELSE t.side_b END AS key_b
    FROM ties AS t
    WHERE t.side_a IS NOT NULL AND t.side_b IS NOT NULL AND t.side_a <> t.side_b
),
firsts AS (
    SELECT arg_min(id, (stated_on IS NULL, coalesce(stated_on, DATE '0001-01-01'), id)) AS id
    FROM keyed
    WHERE NOT negated
    GROUP BY key_a, key_b, type
),
latest_denials AS (  -- only the latest counts: the point cites it
    SELECT arg_max(id, (coalesce(stated_on, DATE '0001-01-01'), id)) AS id
    FROM keyed
    WHERE negated AND in_window
    GROUP BY key_a, key_b, type
),
milestones AS (
    SELECT id FROM firsts
    UNION
    SELECT id FROM latest_denials
),
chosen AS (
    SELECT r.* FROM relationships AS r WHERE r.id IN (SELECT id FROM milestones)
)
SELECT id AS relationship_id, source_actor, source_country, target_actor, target_country, type, negated, stated_on
FROM chosen
ORDER BY stated_on DESC NULLS LAST, relationship_id
