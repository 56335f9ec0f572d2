-- scoped_incidents: one row per incident in scope (needs scoped_events before it).
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- An incident is in scope when one of its reports is. Its date comes from the most precise of those
-- reports (rank and day packed in one integer, so a plain min/max finds it) and its status is the
-- strongest of theirs (asserted, planned, hypothetical, negated); sides, type and the number of
-- reporting documents are the incident's own (a side without a country: a report's actor). The
-- reach of its reports, stored at publish (dashboard/incidents.py), tells from the incident alone
-- whether the scope can take in any of them and whether it takes in all: then (the usual case) the
-- stored facts are what aggregating them gives. Only incidents the scope may cut through (a date
-- bound between their reports, a status filter splitting asserted from planned, an actor named in
-- some reports only) and events without an incident are aggregated from their reports in scope.
-- Wide columns (headline) are joined by the queries that show them, after they cut the rows down.
-- Model-read events hidden ($include_learned false, the app's default): an incident only the learned
-- tier read is out; a mixed one (read by the rules and the model) is shown as its rule-read reports
-- alone give it, as a store built from the rules' events alone would: its status, date, report count
-- and sides are the rules_* facts stored at publish (dashboard/incidents.py), its n_sources the
-- documents with a rule-read report (incidents.n_rule_documents): read, not aggregated (the scan of
-- incidents reads seven more columns: docs/architecture.md gives the cost); a scope cutting it
-- aggregates its rule-read reports in scope (scoped_events has no other).
-- Whether a scope takes it whole is told from the reach of all its reports (a wider reach than its
-- rule-read ones': at worst it is aggregated when it need not be, never taken whole wrongly).
-- model_only: no report of it in scope was read by the rules (only with $include_learned true: hidden,
-- there is none). A whole incident: the stored learned_only; a cut one: its reports in scope. Counted,
-- these are the incidents a count loses when model-read events are hidden.
incidents_in_reach AS MATERIALIZED (
    SELECT i.no, i.id AS incident_key,
           -- hidden, a mixed incident's own facts are the rules' (stored; NULL for any other incident)
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.event_date ELSE i.rules_event_date END AS event_date,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.event_date_end ELSE i.rules_event_date_end END AS event_date_end,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.date_precision ELSE i.rules_date_precision END AS date_precision,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.source_side ELSE i.rules_source_side END AS source,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.target_side ELSE i.rules_target_side END AS target,
           i.type, i.quad_class,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.status ELSE i.rules_status END AS status,
           CASE WHEN $include_learned THEN i.n_documents ELSE i.n_rule_documents END AS n_sources,
           CASE WHEN $include_learned OR NOT i.has_learned THEN i.n_events ELSE i.rules_n_events END AS n_events,
           i.learned_only,
           coalesce(((NOT i.has_undated OR ($start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
                     AND (i.report_date_lo IS NULL OR (i.report_date_lo >= $start AND i.report_date_hi <= $end))
                     AND (len($statuses) = 0
                          OR (i.status_mask & 128 = 0
                              AND (i.status_mask & 1 = 0 OR list_contains($statuses, 'asserted'))
                              AND (i.status_mask & 2 = 0 OR list_contains($statuses, 'planned'))
                              AND (i.status_mask & 4 = 0 OR list_contains($statuses, 'hypothetical'))
                              AND (i.status_mask & 8 = 0 OR list_contains($statuses, 'negated'))))
                     AND (len($actors) = 0
                          OR CASE WHEN $match = 'between'
                                  THEN list_contains($actors, i.source_country) AND list_contains($actors, i.target_country)
                                  ELSE list_contains($actors, i.source_country) OR list_contains($actors, i.target_country)
                             END)), false) AS whole
    FROM incidents AS i
    -- a report of it may be in scope (type and source count are the same for all its reports)
    WHERE (len($types) = 0 OR i.type = ANY($types))
      AND ($min_sources <= 1 OR CASE WHEN $include_learned THEN i.n_documents ELSE i.n_rule_documents END >= $min_sources)
      AND ($include_learned OR NOT i.learned_only)
      AND ((i.report_date_lo <= $end AND i.report_date_hi >= $start)
           OR (i.has_undated AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($statuses) = 0 OR i.status_mask & 128 <> 0
           OR (i.status_mask & 1 <> 0 AND list_contains($statuses, 'asserted'))
           OR (i.status_mask & 2 <> 0 AND list_contains($statuses, 'planned'))
           OR (i.status_mask & 4 <> 0 AND list_contains($statuses, 'hypothetical'))
           OR (i.status_mask & 8 <> 0 AND list_contains($statuses, 'negated')))
      -- Codes only ($actor_codes_only from dashboard/scope.py: states and organisations, the usual
      -- case): an incident's reports all have its two countries (a symmetric one's perhaps swapped),
      -- so its countries decide, and the actor lists are not read at all (bound as a constant, the
      -- CASE folds away; reading the lists was 7 of 10 ms at 1 M events). Otherwise the selected
      -- ids' bloom bits first ($actor_bits): the integer test is cheap and rules out most incidents;
      -- CASE keeps DuckDB from running list_has_any on the rows it rules out.
      AND (len($actors) = 0
           OR CASE WHEN $actor_codes_only
                   THEN CASE WHEN $match = 'between'
                             THEN list_contains($actors, i.source_country) AND list_contains($actors, i.target_country)
                             ELSE list_contains($actors, i.source_country) OR list_contains($actors, i.target_country)
                        END
                   WHEN $match = 'between'
                   THEN CASE WHEN i.source_bloom & $actor_bits::UBIGINT <> 0
                              AND i.target_bloom & $actor_bits::UBIGINT <> 0
                             THEN list_has_any(i.source_ids, $actors) AND list_has_any(i.target_ids, $actors)
                             ELSE false END
                   ELSE CASE WHEN i.source_bloom & $actor_bits::UBIGINT <> 0
                              AND list_has_any(i.source_ids, $actors) THEN true
                             WHEN i.target_bloom & $actor_bits::UBIGINT <> 0
                             THEN list_has_any(i.target_ids, $actors)
                             ELSE false END
              END)
),
cut_members AS (
    SELECT e.incident_key,
           any_value(e.incident_no) AS no,
           count(*) AS n_events,
           min(e.precision_rank * 10000000 + (e.event_date - DATE '0001-01-01')) AS first_key,
           max((10 - e.precision_rank) * 10000000 + (coalesce(e.event_date_end, e.event_date) - DATE '0001-01-01')) AS last_key,
           min(CASE e.status WHEN 'asserted' THEN 1 WHEN 'planned' THEN 2 WHEN 'hypothetical' THEN 3 ELSE 4 END) AS status_rank,
           bool_and(e.method = 'learned') AS model_only,
           any_value({'source': coalesce(e.source_country, e.source_actor), 'target': coalesce(e.target_country, e.target_actor),
                      'type': e.type, 'quad_class': e.quad_class})
             FILTER (WHERE e.incident_id IS NULL OR e.source_country IS NULL OR e.target_country IS NULL) AS fallback
    FROM scoped_events AS e
    LEFT JOIN incidents_in_reach AS r ON r.no = e.incident_no AND NOT r.whole
    WHERE r.no IS NOT NULL OR e.incident_id IS NULL
    GROUP BY e.incident_key
),
scoped_incidents AS (
    SELECT no, incident_key, event_date, event_date_end, date_precision, source, target, type, quad_class,
           status, n_sources, n_events, coalesce(learned_only, false) AS model_only
    FROM incidents_in_reach
    WHERE whole
    UNION ALL
    SELECT m.no,
           m.incident_key,
           DATE '0001-01-01' + CAST(m.first_key % 10000000 AS INTEGER) AS event_date,
           DATE '0001-01-01' + CAST(m.last_key % 10000000 AS INTEGER) AS event_date_end,
           CASE m.first_key // 10000000 WHEN 1 THEN 'day' WHEN 2 THEN 'published' WHEN 3 THEN 'month'
                                        WHEN 4 THEN 'year' END AS date_precision,
           coalesce(CASE WHEN $include_learned OR NOT i.has_learned THEN i.source_side ELSE i.rules_source_side END,
                    m.fallback.source) AS source,
           coalesce(CASE WHEN $include_learned OR NOT i.has_learned THEN i.target_side ELSE i.rules_target_side END,
                    m.fallback.target) AS target,
           coalesce(i.type, m.fallback.type) AS type,
           coalesce(i.quad_class, m.fallback.quad_class) AS quad_class,
           CASE m.status_rank WHEN 1 THEN 'asserted' WHEN 2 THEN 'planned' WHEN 3 THEN 'hypothetical'
                              ELSE 'negated' END AS status,
           coalesce(CASE WHEN $include_learned THEN i.n_documents ELSE i.n_rule_documents END, 1) AS n_sources,
           m.n_events,
           m.model_only
    FROM cut_members AS m
    LEFT JOIN incidents AS i ON i.no = m.no
)
