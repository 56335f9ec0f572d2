-- actor_network_edges: links between actors (countries, or the actor itself when it has none): reported events and stated relationships.
-- params: $actors $match $start $end $types $statuses $min_sources $cooperation_types $cooperation_weights $actor_bits
-- columns: source VARCHAR, target VARCHAR, edge_kind VARCHAR, type VARCHAR, weight BIGINT, mean_cooperation DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, top_type VARCHAR
-- Event edges: one per directed pair; type is 'cooperation' or 'conflict' by the sign of the mean
-- weight, weight = incidents, hypothetical = none of them asserted, negated = all of them negated.
-- Relationship edges: one per pair, type and negation; weight = documents stating it; filtered by
-- actors/match and stated_on only (types, statuses and minimum sources describe events).
WITH
-- scoped_events:begin (the shared filter: identical in every file, checked by tests/test_queries.py)
-- Undated events count only when the date range is open (Scope binds 1900-01-01..2100-12-31 then).
-- Minimum sources: each event carries its incident's number of reporting documents (stored at publish).
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
      AND ($min_sources <= 1 OR (e.incident_id IS NOT NULL AND e.incident_sources >= $min_sources))
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN (list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country))
                    AND (list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country))
                   ELSE list_contains($actors, e.source_actor) OR list_contains($actors, e.source_country)
                     OR list_contains($actors, e.target_actor) OR list_contains($actors, e.target_country)
              END)
) /* scoped_events:end */,
-- scoped_incidents:begin (one row per incident in scope: identical in every file)
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
incidents_in_reach AS NOT MATERIALIZED (
    SELECT i.no, i.id AS incident_key, i.event_date, i.event_date_end, i.date_precision,
           i.source_side AS source, i.target_side AS target, i.type, i.quad_class, i.status,
           i.n_documents AS n_sources, i.n_events,
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
      AND ($min_sources <= 1 OR i.n_documents >= $min_sources)
      AND ((i.report_date_lo <= $end AND i.report_date_hi >= $start)
           OR (i.has_undated AND $start <= DATE '1900-01-01' AND $end >= DATE '2100-12-31'))
      AND (len($statuses) = 0 OR i.status_mask & 128 <> 0
           OR (i.status_mask & 1 <> 0 AND list_contains($statuses, 'asserted'))
           OR (i.status_mask & 2 <> 0 AND list_contains($statuses, 'planned'))
           OR (i.status_mask & 4 <> 0 AND list_contains($statuses, 'hypothetical'))
           OR (i.status_mask & 8 <> 0 AND list_contains($statuses, 'negated')))
      -- (the selected ids' bloom bits first, $actor_bits from dashboard/scope.py: an integer
      -- test pushed into the scan rules out most incidents before their actor lists are read)
      AND (len($actors) = 0
           OR CASE WHEN $match = 'between'
                   THEN i.source_bloom & $actor_bits::UBIGINT <> 0
                    AND i.target_bloom & $actor_bits::UBIGINT <> 0
                    AND list_has_any(i.source_ids, $actors) AND list_has_any(i.target_ids, $actors)
                   ELSE (i.source_bloom & $actor_bits::UBIGINT <> 0
                         AND list_has_any(i.source_ids, $actors))
                     OR (i.target_bloom & $actor_bits::UBIGINT <> 0
                         AND list_has_any(i.target_ids, $actors))
              END)
),
cut_members AS (
    SELECT e.incident_key,
           any_value(e.incident_no) AS no,
           count(*) AS n_events,
           min(e.precision_rank * 10000000 + (e.event_date - DATE '0001-01-01')) AS first_key,
           max((10 - e.precision_rank) * 10000000 + (coalesce(e.event_date_end, e.event_date) - DATE '0001-01-01')) AS last_key,
           min(CASE e.status WHEN 'asserted' THEN 1 WHEN 'planned' THEN 2 WHEN 'hypothetical' THEN 3 ELSE 4 END) AS status_rank,
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
           status, n_sources, n_events
    FROM incidents_in_reach
    WHERE whole
    UNION ALL
    SELECT m.no,
           m.incident_key,
           DATE '0001-01-01' + CAST(m.first_key % 10000000 AS INTEGER) AS event_date,
           DATE '0001-01-01' + CAST(m.last_key % 10000000 AS INTEGER) AS event_date_end,
           CASE m.first_key // 10000000 WHEN 1 THEN 'day' WHEN 2 THEN 'published' WHEN 3 THEN 'month'
                                        WHEN 4 THEN 'year' END AS date_precision,
           coalesce(i.source_side, m.fallback.source) AS source,
           coalesce(i.target_side, m.fallback.target) AS target,
           coalesce(i.type, m.fallback.type) AS type,
           coalesce(i.quad_class, m.fallback.quad_class) AS quad_class,
           CASE m.status_rank WHEN 1 THEN 'asserted' WHEN 2 THEN 'planned' WHEN 3 THEN 'hypothetical'
                              ELSE 'negated' END AS status,
           coalesce(i.n_documents, 1) AS n_sources,
           m.n_events
    FROM cut_members AS m
    LEFT JOIN incidents AS i ON i.no = m.no
) /* scoped_incidents:end */,
-- scoped_relationships:begin (identical in every file, checked by tests/test_queries.py)
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
) /* scoped_relationships:end */,
-- type_weights:begin (cooperation weight per event type, bound from data/event_types.csv)
type_weights AS (
    SELECT unnest($cooperation_types) AS type, unnest($cooperation_weights) AS cooperation
) /* type_weights:end */,
event_edges AS (
    SELECT si.source AS source,
           si.target AS target,
           'event' AS edge_kind,
           CASE WHEN avg(w.cooperation) >= 0 THEN 'cooperation' ELSE 'conflict' END AS type,
           count(*) AS weight,
           avg(w.cooperation) AS mean_cooperation,
           bool_and(si.status = 'negated') AS negated,
           bool_and(si.status <> 'asserted') AS hypothetical,
           mode(si.type) AS top_type
    FROM scoped_incidents AS si
    LEFT JOIN type_weights AS w ON w.type = si.type
    WHERE si.source IS NOT NULL AND si.target IS NOT NULL AND si.source <> si.target
    GROUP BY ALL
),
relationship_edges AS (
    SELECT coalesce(source_country, source_actor) AS source,
           coalesce(target_country, target_actor) AS target,
           'relationship' AS edge_kind,
           type,
           count(DISTINCT document_no) AS weight,
           NULL::DOUBLE AS mean_cooperation,
           negated,
           false AS hypothetical,
           type AS top_type
    FROM scoped_relationships
    WHERE coalesce(source_country, source_actor) IS NOT NULL
      AND coalesce(target_country, target_actor) IS NOT NULL
      AND coalesce(source_country, source_actor) <> coalesce(target_country, target_actor)
    GROUP BY ALL
)
SELECT * FROM event_edges
UNION ALL
SELECT * FROM relationship_edges
ORDER BY edge_kind, weight DESC, source, target, type, negated
