-- document_mentions: the actor mentions in one document, in text order, with the text they cover.
-- params: $document_id
-- columns: actor_id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, start INTEGER, end INTEGER, surface VARCHAR
-- Offsets are character offsets into documents.text (0-based, end exclusive).
SELECT m.actor_id,
       coalesce(a.name, m.actor_id) AS name,
       coalesce(a.kind, 'unknown') AS kind,
       a.country,
       m.start,
       m."end",
       substr(d.text, m.start + 1, m."end" - m.start) AS surface
FROM mentions AS m
JOIN documents AS d ON d.id = m.document_id
LEFT JOIN actors AS a ON a.id = m.actor_id
WHERE m.document_id = $document_id
ORDER BY m.start, m."end", m.actor_id
