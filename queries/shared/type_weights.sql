-- type_weights: the cooperation weight of each event type, bound from data/event_types.csv.
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
type_weights AS (
    SELECT unnest($cooperation_types) AS type, unnest($cooperation_weights) AS cooperation
)
