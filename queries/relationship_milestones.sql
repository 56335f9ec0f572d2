-- relationship_milestones: the ties first stated in the window, and those denied in it, one row per tie.
-- params: $actors $match $start $end $symmetric_types $include_learned
-- columns: key_a VARCHAR, key_b VARCHAR, type VARCHAR, first_id VARCHAR, first_on DATE, denial_id VARCHAR, denied_on DATE, first_model_only BOOLEAN, denial_model_only BOOLEAN
-- What the briefing's relationship points need (briefing.relationship_points), counted here rather
-- than over every statement in Python. A tie is a pair of sides (countries, or the actor itself when
-- it has none; unordered for $symmetric_types: key_a is then the smaller) and a type. Its first
-- positive statement over all dates (undated last, then by id) is `first_id`/`first_on` when it falls
-- in the window ($start..$end as the scope binds them: undated statements count only when the range
-- is open), else NULL; its latest negated statement in the window (undated as earliest, then by id)
-- is `denial_id`/`denied_on`. Only ties with either appear. Actors/match filter the statements as
-- on the relationships query; the dates do not filter, they place. Newest first, then by key. The
-- statements' evidence is fetched for the few a point cites (`relationship_statements`). Model-read
-- ties count only with $include_learned (relationships_involving); then `first_model_only` says every
-- positive statement of the tie was read by the model, `denial_model_only` every denial in the window
-- (false when hidden: none is in scope), so the point can say so.
WITH
{{ relationships_involving }},
keyed AS (
    SELECT r.id, r.type, r.negated, r.stated_on, r.method = 'learned' AS model_read,
           (r.stated_on >= $start AND r.stated_on <= $end)
             OR (r.stated_on IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31') AS in_window,
           CASE WHEN list_contains($symmetric_types, r.type) THEN least(s.side_a, s.side_b) ELSE s.side_a END AS key_a,
           CASE WHEN list_contains($symmetric_types, r.type) THEN greatest(s.side_a, s.side_b) ELSE s.side_b END AS key_b
    FROM relationships_involving AS r,
         LATERAL (SELECT coalesce(r.source_country, r.source_actor) AS side_a,
                         coalesce(r.target_country, r.target_actor) AS side_b) AS s
    WHERE s.side_a IS NOT NULL AND s.side_b IS NOT NULL AND s.side_a <> s.side_b
),
firsts AS (
    SELECT key_a, key_b, type,
           arg_min({'id': id, 'on': stated_on, 'in_window': in_window},
                   (stated_on IS NULL, coalesce(stated_on, DATE '0001-01-01'), id)) AS first,
           bool_and(model_read) AS model_only
    FROM keyed
    WHERE NOT negated
    GROUP BY key_a, key_b, type
),
denials AS (
    SELECT key_a, key_b, type,
           arg_max({'id': id, 'on': stated_on}, (coalesce(stated_on, DATE '0001-01-01'), id)) AS denial,
           bool_and(model_read) AS model_only
    FROM keyed
    WHERE negated AND in_window
    GROUP BY key_a, key_b, type
),
ties AS (
    SELECT coalesce(f.key_a, d.key_a) AS key_a,
           coalesce(f.key_b, d.key_b) AS key_b,
           coalesce(f.type, d.type) AS type,
           CASE WHEN f.first.in_window THEN f.first.id END AS first_id,
           CASE WHEN f.first.in_window THEN f.first.on END AS first_on,
           d.denial.id AS denial_id,
           d.denial.on AS denied_on,
           coalesce(f.model_only, false) AS first_model_only,
           coalesce(d.model_only, false) AS denial_model_only
    FROM (SELECT * FROM firsts WHERE first.in_window) AS f
    FULL JOIN denials AS d ON d.key_a = f.key_a AND d.key_b = f.key_b AND d.type = f.type
)
SELECT key_a, key_b, type, first_id, first_on, denial_id, denied_on, first_model_only, denial_model_only
FROM ties
ORDER BY greatest(first_on, denied_on) DESC NULLS LAST, key_a, key_b, type
