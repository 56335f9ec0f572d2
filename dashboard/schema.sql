-- Sitrep briefing database. Built whole by `ingest` into a new file, then published atomically
-- (see dashboard/db.py); readers only ever open it read-only.
--
-- Dates: an event's date is the start of the period the text gives (event_date) with its
-- precision; event_date_end is the period's last day, so "in 2019" covers 2019-01-01..2019-12-31.
-- Precision 'published' means the text gave no date and the publication date stands in;
-- NULL dates mean unknown (never invented).

-- meta keys: schema_version, built_at (UTC, ISO 8601), extractor_version, corpus
-- ("N documents · <hash of their ids>", changes whenever the stored documents do).
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id                VARCHAR PRIMARY KEY,   -- sha256 of the stored text (hex)
    path              VARCHAR NOT NULL,      -- as given to ingest; JSONL records as FILE#LINE
    title             VARCHAR,
    published         DATE,                  -- NULL when the document carries no date
    date_precision    VARCHAR,               -- day | month | year | NULL (unknown)
    source            VARCHAR,               -- outlet or issuing body
    url               VARCHAR,
    kind              VARCHAR,               -- wire report | official statement | analysis | ...
    text              VARCHAR NOT NULL,      -- the text offsets refer to
    flags             VARCHAR[] NOT NULL DEFAULT [],  -- date_missing | date_future | no_actors
    ingested_at       TIMESTAMP NOT NULL,
    extractor_version VARCHAR NOT NULL,
    no                INTEGER                -- dense number (schema version 5, assigned at publish), as events.document_no
);

CREATE TABLE IF NOT EXISTS actors (
    id      VARCHAR PRIMARY KEY,  -- country/organisation code (RUS, NATO) or slug (vladimir-putin)
    name    VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,     -- country | organisation | person | agency | military | media | group | unknown
    country VARCHAR,              -- the state or organisation code it acts for; NULL when unknown
    role    VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    document_id VARCHAR NOT NULL,
    actor_id    VARCHAR NOT NULL,
    start       INTEGER NOT NULL,   -- character offsets in documents.text
    "end"       INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS incidents (
    id              VARCHAR PRIMARY KEY,
    source_country  VARCHAR,
    target_country  VARCHAR,
    type            VARCHAR NOT NULL,
    quad_class      VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    event_date      DATE,              -- earliest date among its most precise reports
    event_date_end  DATE,
    date_precision  VARCHAR,           -- precision of event_date: day | published | month | year | NULL
    n_documents     INTEGER NOT NULL,  -- independent documents reporting it
    n_events        INTEGER NOT NULL,
    headline        VARCHAR,           -- the best-supported sentence, for labels
    -- Facts over all of its reports (whatever the scope), computed at publish so the briefing's
    -- queries need not scan every report (dashboard/incidents.py, INCIDENT_FACTS_STEPS). NULL in a
    -- file built before schema version 3 until the next ingest; no row has them for an incident
    -- without a stored document.
    first_document_id VARCHAR,         -- the earliest-published reporting document (then smallest id)
    first_published   DATE,
    first_doc_title   VARCHAR,
    first_doc_source  VARCHAR,
    mode              VARCHAR,         -- of its most confident report
    document_ids      VARCHAR[],       -- every reporting document, earliest published first
    -- The reach of its reports (schema version 5; dashboard/incidents.py, INCIDENT_FACTS_STEPS): from
    -- these alone a query tells whether a scope takes in every report of the incident (then the
    -- stored facts above are what aggregating them would give), none, or possibly some (only then
    -- are its reports aggregated).
    no                INTEGER,         -- dense number, as events.incident_no
    report_date_lo    DATE,            -- earliest and latest event_date among its dated reports
    report_date_hi    DATE,
    has_undated       BOOLEAN,         -- a report without a date
    status_mask       UTINYINT,        -- its reports' statuses: asserted 1, planned 2, hypothetical 4,
                                       -- negated 8, anything else 128
    source_ids        VARCHAR[],       -- every actor and country on the source side of its reports
    target_ids        VARCHAR[],       -- ... and on the target side
    source_bloom      UBIGINT,         -- one bit per id of source_ids (bit md5_number(id) % 64): a cheap
    target_bloom      UBIGINT,         -- test before the list one (a clear bit rules an id out)
    source_side       VARCHAR,         -- the sides as charts show them: the country, else (none) a
    target_side       VARCHAR,         -- report's actor
    -- Who read its reports (schema version 7; dashboard/incidents.py, INCIDENT_FACTS_STEPS), so the
    -- briefing can hide what only the learned tier read (Scope.include_learned):
    learned_only      BOOLEAN,         -- every report was read by the model (events.method 'learned')
    has_learned       BOOLEAN,         -- at least one was (a mixed incident when not learned_only)
    -- Documents with a report of it the rules read (schema version 9): its corroboration while
    -- model-read events are hidden (n_documents counts every reporting document)
    n_rule_documents  INTEGER,
    -- A mixed incident (has_learned AND NOT learned_only) as its rule-read reports alone give it
    -- (schema version 10; dashboard/incidents.py, INCIDENT_FACTS_STEPS, by the same SQL as the columns
    -- above): what the briefing shows of it while model-read events are hidden, so every page shows it
    -- as a store built from the rules' events alone would. NULL for every other incident (its own
    -- columns are then the rules' alone, or it is hidden).
    rules_status            VARCHAR,
    rules_event_date        DATE,
    rules_event_date_end    DATE,
    rules_date_precision    VARCHAR,
    rules_n_events          INTEGER,
    rules_headline          VARCHAR,
    rules_source_side       VARCHAR,
    rules_target_side       VARCHAR,
    rules_mode              VARCHAR,
    rules_first_document_id VARCHAR,
    rules_first_published   DATE,
    rules_first_doc_title   VARCHAR,
    rules_first_doc_source  VARCHAR,
    rules_document_ids      VARCHAR[]
);

CREATE TABLE IF NOT EXISTS events (
    id              VARCHAR PRIMARY KEY,
    document_id     VARCHAR NOT NULL,
    incident_id     VARCHAR,
    sentence        VARCHAR NOT NULL,
    sent_start      INTEGER NOT NULL,
    sent_end        INTEGER NOT NULL,
    source_actor    VARCHAR,
    target_actor    VARCHAR,
    source_country  VARCHAR,
    target_country  VARCHAR,
    type            VARCHAR NOT NULL,   -- PLOVER type, see data/event_types.csv
    quad_class      VARCHAR NOT NULL,
    mode            VARCHAR,
    status          VARCHAR NOT NULL,   -- asserted | planned | hypothetical | negated
    event_date      DATE,
    event_date_end  DATE,
    date_precision  VARCHAR,            -- day | month | year | published | NULL
    location        VARCHAR,
    attribution     VARCHAR,
    confidence      DOUBLE NOT NULL,    -- rules: the rule's confidence; learned: the model's probability (0.2-1.0)
    incident_sources INTEGER,           -- its incident's n_documents, stored at publish (NULL without one)
    -- dense numbers for its incident (incidents.no) and its document (schema version 5, assigned at
    -- publish): joins and distinct counts over millions of events compare integers, not long ids
    incident_no     INTEGER,            -- NULL without an incident
    document_no     INTEGER,
    -- Who read it (schema version 7): 'rules' (the rule-based extractor) or 'learned' (the small model
    -- that adds events the rules missed: on unseen text about half of its additions are right, the
    -- rules' 0.75-0.88). The app marks 'learned' events and can hide them (Scope.include_learned).
    method          VARCHAR NOT NULL,
    incident_rule_sources INTEGER       -- its incident's n_rule_documents (schema version 9), as incident_sources
);

CREATE TABLE IF NOT EXISTS relationships (
    id              VARCHAR PRIMARY KEY,
    document_id     VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    sent_start      INTEGER NOT NULL,
    sent_end        INTEGER NOT NULL,
    source_actor    VARCHAR,
    target_actor    VARCHAR,
    source_country  VARCHAR,
    target_country  VARCHAR,
    type            VARCHAR NOT NULL,   -- ALLY | PARTNER | TRADE | PATRON | SUPPLIER | ADVERSARY | MEMBER
    negated         BOOLEAN NOT NULL,
    stated_on       DATE,               -- the document's publication date
    confidence      DOUBLE NOT NULL,    -- rules: the rule's confidence; learned: the model's probability
    document_no     INTEGER,            -- its document's number (documents.no), assigned at publish
    -- Who read it (schema version 8): 'rules' or 'learned' (the small model that adds ties the rules
    -- missed, dashboard/extraction/learned_relationships.py: out of fold about half of its additions
    -- fit gold). Hidden and marked as model-read events are (Scope.include_learned).
    method          VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_log (
    run_id      VARCHAR NOT NULL,
    path        VARCHAR NOT NULL,
    outcome     VARCHAR NOT NULL,   -- stored | duplicate | failed | flagged
    reason      VARCHAR,
    document_id VARCHAR,
    logged_at   TIMESTAMP NOT NULL
);

-- The opening briefing's query results, computed at publish (dashboard/opening.py, schema
-- version 6): one row per stored call, its rows in the table it names. queries.run serves a call
-- from here only when `call` (the query and its bound values) matches and `sql_hash` is the hash
-- of the query's statement now; otherwise it runs the query.
CREATE TABLE IF NOT EXISTS stored_results (
    call        VARCHAR NOT NULL,
    sql_hash    VARCHAR NOT NULL,
    table_name  VARCHAR NOT NULL,
    stored_rows BIGINT NOT NULL
);
