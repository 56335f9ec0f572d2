-- scoped_relationships: the stated relationships in scope.
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
scoped_relationships AS (
    SELECT r.*
    FROM relationships AS r
    WHERE ((r.stated_on >= $start AND r.stated_on <= $end)
           OR (r.stated_on IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country))
                    AND (list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country))
                   ELSE list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country)
                     OR list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country)
              END)
)
