-- ingest_log: what ingest did with each file, newest first.
-- params: none
-- columns: logged_at TIMESTAMP, run_id VARCHAR, path VARCHAR, outcome VARCHAR, reason VARCHAR, document_id VARCHAR
SELECT logged_at, run_id, path, outcome, reason, document_id
FROM ingest_log
ORDER BY logged_at DESC, path
