-- actor_incidents: one row per incident in scope and counterpart of $actor (needs scoped_events before it).
-- Shared CTE: a query includes it by writing its name in double braces (dashboard/queries.py).
-- $actor matches the actor itself and, for a country code, everyone acting for that country. The
-- counterpart is the other side (its country, or the actor itself when it has none): NULL without
-- a target, $actor itself when the act is within its own side; consumers choose what to leave out.
-- Counts are of reports (events); dates: earliest and latest report, and the incident's date from
-- its most precise reports (rank and day packed in one integer, as the shared incident block does;
-- NULL when every report is undated). An incident's reports share its type, so its quad class.
-- model_only: every report of it (involving $actor, in scope) was read by the learned tier, none by the rules;
-- model_as_source / model_as_target: of events_as_source / events_as_target, the learned tier's.
-- The Actors page's three queries start here: run() keeps it once per scope and actor.
actor_incidents AS (
    SELECT incident_ref,
           counterpart,
           any_value(type) AS type,
           any_value(quad_class) AS quad_class,
           count(*) FILTER (WHERE is_source) AS events_as_source,
           count(*) FILTER (WHERE is_target) AS events_as_target,
           count(*) FILTER (WHERE NOT is_source) AS events_not_as_source,
           count(*) FILTER (WHERE is_source AND method = 'learned') AS model_as_source,
           count(*) FILTER (WHERE is_target AND method = 'learned') AS model_as_target,
           bool_and($include_learned AND method = 'learned') AS model_only,
           min(event_date) AS first_seen,
           max(event_date) AS last_seen,
           min(precision_rank * 10000000 + (event_date - DATE '0001-01-01')) FILTER (WHERE event_date IS NOT NULL) AS date_key
    FROM (SELECT incident_ref, type, quad_class, event_date, precision_rank, method,
                 (source_actor = $actor OR source_country = $actor) AS is_source,
                 (target_actor = $actor OR target_country = $actor) AS is_target,
                 CASE WHEN source_actor = $actor OR source_country = $actor THEN coalesce(target_country, target_actor)
                      ELSE coalesce(source_country, source_actor) END AS counterpart
          FROM scoped_events
          WHERE source_actor = $actor OR source_country = $actor
             OR target_actor = $actor OR target_country = $actor)
    GROUP BY incident_ref, counterpart
)
