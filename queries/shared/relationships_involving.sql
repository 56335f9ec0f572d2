-- relationships_involving: the stated relationships involving the selected actors, at any date.
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- An actor id matches either end by the actor itself or its country ('between': both ends).
-- $include_learned false leaves out the ties the learned relationship tier read (method 'learned'),
-- as scoped_events does with model-read events.
relationships_involving AS (
    SELECT r.*
    FROM relationships AS r
    WHERE ($include_learned OR r.method <> 'learned')
      AND (len($actors) = 0
       OR CASE WHEN $match = 'between'
               THEN (list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country))
                AND (list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country))
               ELSE list_contains($actors, r.source_actor) OR list_contains($actors, r.source_country)
                 OR list_contains($actors, r.target_actor) OR list_contains($actors, r.target_country)
          END)
)
