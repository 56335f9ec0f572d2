-- scoped_relationships: the stated relationships in scope (needs relationships_involving before it).
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- Stated on a date in the range; undated statements count only when the range is open.
scoped_relationships AS (
    SELECT r.*
    FROM relationships_involving AS r
    WHERE (r.stated_on >= $start AND r.stated_on <= $end)
       OR (r.stated_on IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31')
)
