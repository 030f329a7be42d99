-- Session SOAP notes and their addenda (issue 4). Portable SQL; see 0001 for the placeholders.

-- One row per visit. The clinical content is a JSON document (body) read and written whole; the
-- columns a history list shows are repeated beside it so a client's history never reads a body.
-- A signed note never changes again (the dialect part refuses it).
CREATE TABLE session_notes (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    visit_date VARCHAR(10) NOT NULL,
    visit_time VARCHAR(5),
    status VARCHAR(16) NOT NULL,
    body TEXT NOT NULL,
    diary_days INTEGER NOT NULL,
    headache_days INTEGER,
    average_intensity INTEGER,
    worst_intensity INTEGER,
    rotation_left INTEGER,
    rotation_right INTEGER,
    carried_from_note_id BIGINT,
    created_at VARCHAR(20) NOT NULL,
    updated_at VARCHAR(20) NOT NULL,
    signed_at VARCHAR(20),
    signed_by VARCHAR(300) NOT NULL,
    late_entry INTEGER NOT NULL,
    override_reason TEXT NOT NULL,
    row_version INTEGER NOT NULL
);
-- A client's history, newest visit first, answered from the index alone.
CREATE INDEX session_notes_history ON session_notes (client_id, visit_date, id, status,
    diary_days, headache_days, average_intensity, worst_intensity, rotation_left, rotation_right,
    late_entry, signed_at);
-- At most one unsigned note per client: the visit being charted.
CREATE UNIQUE INDEX session_notes_one_draft ON session_notes (client_id) WHERE status = 'draft';

-- Corrections and later additions to a signed note, appended in order, never changed.
CREATE TABLE note_addenda (
    id {{id_primary_key}},
    note_id BIGINT NOT NULL REFERENCES session_notes (id),
    written_at VARCHAR(20) NOT NULL,
    author VARCHAR(300) NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX note_addenda_by_note ON note_addenda (note_id, id);
