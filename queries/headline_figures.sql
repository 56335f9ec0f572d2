-- headline_figures: one row of totals for the scope.
-- params: $actors $match $start $end $types $statuses $min_sources $actor_codes_only $include_learned
-- columns: incidents BIGINT, events BIGINT, actors BIGINT, documents BIGINT, first_date DATE, last_date DATE, model_incidents BIGINT, model_events BIGINT
-- actors: distinct actor ids at either end of the events; first/last_date: earliest and latest event_date.
-- Model-read events hidden ($include_learned false): events the learned tier read are left out (an
-- incident counts when one of its rule-read reports is in scope).
-- model_events: events in scope the learned tier read; model_incidents: incidents in scope none of whose
-- reports in scope the rules read (what the counts lose when model-read events are hidden). Both 0
-- when hidden.
WITH
{{ scoped_events }},
-- one pass over the events in scope (naming scoped_events twice would materialize it whole).
-- Distinct incidents and documents are counted as set bits over their dense numbers (assigned at
-- publish): at 10 M events a hash of millions of distinct keys took about a second, the bits 0.1 s.
-- An event without an incident is an incident of its own.
totals AS (
    SELECT coalesce(bit_count(bitstring_agg(incident_no)), 0)
             + count(*) FILTER (WHERE incident_no IS NULL) AS incidents,
           count(*) AS events,
           list(DISTINCT source_actor) AS sources,
           list(DISTINCT target_actor) AS targets,
           coalesce(bit_count(bitstring_agg(document_no)), 0) AS documents,
           -- the incidents a rule-read report is in scope for (none counted when hidden: every
           -- incident then has one, and model_incidents is 0 without a second set of bits)
           coalesce(bit_count(bitstring_agg(incident_no) FILTER (WHERE $include_learned AND method <> 'learned')), 0)
             + count(*) FILTER (WHERE $include_learned AND incident_no IS NULL AND method <> 'learned') AS ruled_incidents,
           count(*) FILTER (WHERE $include_learned AND method = 'learned') AS model_events,
           min(event_date) AS first_date,
           max(event_date) AS last_date
    FROM scoped_events
)
SELECT incidents,
       events,
       len(list_distinct(list_concat(sources, targets)))::BIGINT AS actors,  -- list_distinct drops NULL
       documents,
       first_date,
       last_date,
       CASE WHEN $include_learned THEN incidents - ruled_incidents ELSE 0 END AS model_incidents,
       model_events
FROM totals
