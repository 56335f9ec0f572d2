-- document_count: how many documents the briefing database holds (not scoped).
-- params: none
-- columns: documents BIGINT
SELECT count(*) AS documents FROM documents
