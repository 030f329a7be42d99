-- The disclosure log (issue 6): every document written about a client, for whom, when, and the
-- file's SHA-256. Appended only (the dialect part enforces it). Portable SQL; see 0001.
CREATE TABLE disclosures (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    document VARCHAR(24) NOT NULL,
    recipient_id BIGINT REFERENCES providers (id),
    recipient_name VARCHAR(200) NOT NULL,
    period_from VARCHAR(10),
    period_to VARCHAR(10),
    note_id BIGINT REFERENCES session_notes (id),
    file_name TEXT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    byte_count BIGINT NOT NULL,
    disclosed_at VARCHAR(20) NOT NULL,
    disclosed_by VARCHAR(200) NOT NULL
);
-- The chart's list, newest first.
CREATE INDEX disclosures_by_client ON disclosures (client_id, disclosed_at, id);
