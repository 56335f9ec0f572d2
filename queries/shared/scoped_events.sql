-- scoped_events: the events in scope: the shared filter every scoped query starts from.
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- Undated events count only when the date range is open (Scope binds 1900-01-01..2100-12-31 then).
-- Minimum sources: each event carries its incident's number of reporting documents (stored at publish).
-- $include_learned false leaves out the events the learned tier read (method 'learned').
scoped_events AS (
    SELECT e.*,
           coalesce(e.incident_id, e.id) AS incident_key,
           -- the same as an integer (an event without an incident is its own), for distinct counts
           coalesce(e.incident_no, -1 - e.rowid) AS incident_ref,
           -- how precise the date is (1 best): an incident takes its date from its most precise reports
           CASE WHEN e.event_date IS NULL THEN 6
                ELSE CASE e.date_precision WHEN 'day' THEN 1 WHEN 'published' THEN 2 WHEN 'month' THEN 3
                                           WHEN 'year' THEN 4 ELSE 5 END END AS precision_rank
    FROM events AS e
    WHERE ((e.event_date >= $start AND e.event_date <= $end)
           OR (e.event_date IS NULL AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($types) = 0 OR e.type = ANY($types))
      AND (len($statuses) = 0 OR e.status = ANY($statuses))
      AND ($min_sources <= 1 OR (e.incident_id IS NOT NULL
                                 AND CASE WHEN $include_learned THEN e.incident_sources ELSE e.incident_rule_sources END
                                     >= $min_sources))
      AND ($include_learned OR e.method <> 'learned')
      -- Codes only ($actor_codes_only, dashboard/scope.py): a state or organisation acts for itself,
      -- so an event whose actor is one of them has it as its country too, and the countries decide
      -- (bound as a constant, the CASE folds away: half the comparisons on every event in range).
      AND (len($actors) = 0
           OR CASE WHEN $actor_codes_only AND $match = 'between'
                   THEN list_contains($actors, e.source_country) AND list_contains($actors, e.target_country)
                   WHEN $actor_codes_only
                   THEN list_contains($actors, e.source_country) OR list_contains($actors, e.target_country)
                   WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
)
