-- Safety screening a clinician can trust (issue 16). Portable SQL; see 0001 for the placeholders.

-- What a screening asked: the intake asks every issue, a visit's re-screen the current flags.
-- Screenings recorded before this asked every issue too.
ALTER TABLE screenings ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'intake';
-- With a pregnancy or postpartum flag: the day that period ends.
ALTER TABLE screenings ADD COLUMN pregnancy_ends_on VARCHAR(10);

-- A flag on record is lifted only by a clearance or by one of these, with its reason. Appended
-- only (the dialect part enforces it).
CREATE TABLE flag_withdrawals (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    issue VARCHAR(40) NOT NULL,
    reason VARCHAR(40) NOT NULL,
    details TEXT NOT NULL,
    withdrawn_at VARCHAR(20) NOT NULL,
    withdrawn_by VARCHAR(200) NOT NULL
);
CREATE INDEX flag_withdrawals_by_client ON flag_withdrawals (client_id, id);

-- A lapsed clearance extended by the therapist: once (the key), never changed.
CREATE TABLE clearance_extensions (
    clearance_id BIGINT NOT NULL PRIMARY KEY REFERENCES clearances (id),
    extended_to VARCHAR(10) NOT NULL,
    reason TEXT NOT NULL,
    recorded_at VARCHAR(20) NOT NULL,
    recorded_by VARCHAR(200) NOT NULL
);

-- A visit is charted as a treatment or as a referral visit (no treatment given). The history
-- list shows which, still from its index alone.
ALTER TABLE session_notes ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'treatment';
DROP INDEX session_notes_history;
CREATE INDEX session_notes_history ON session_notes (client_id, visit_date, id, status, kind,
    diary_days, headache_days, average_intensity, worst_intensity, rotation_left, rotation_right,
    late_entry, signed_at);
