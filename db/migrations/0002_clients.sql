-- Client records, care team, intake, safety screening, clearances, consents, attachments and the
-- practice's own settings (issue 3). Portable SQL; see 0001 for the placeholders.

-- Files copied into the practice: clearance letters, the practice logo.
CREATE TABLE attachments (
    id {{id_primary_key}},
    client_id BIGINT,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    byte_count BIGINT NOT NULL,
    content {{blob}} NOT NULL,
    added_at VARCHAR(20) NOT NULL
);
CREATE INDEX attachments_by_client ON attachments (client_id);

CREATE TABLE providers (
    id {{id_primary_key}},
    name VARCHAR(200) NOT NULL,
    role VARCHAR(32) NOT NULL,
    clinic VARCHAR(200) NOT NULL,
    phone VARCHAR(50) NOT NULL,
    email VARCHAR(254) NOT NULL,
    fax VARCHAR(50) NOT NULL,
    address TEXT NOT NULL,
    notes TEXT NOT NULL,
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL
);
CREATE INDEX providers_by_name ON providers (search_text);

-- One row per client. sort_name and search_text are folded (case, accents and punctuation
-- removed) by the application so lists sort and search the way people read names. safety_* repeat the latest
-- screening assessment so lists can filter and badge without reading every chart.
CREATE TABLE clients (
    id {{id_primary_key}},
    family_name VARCHAR(200) NOT NULL,
    given_names VARCHAR(200) NOT NULL,
    preferred_name VARCHAR(200) NOT NULL,
    pronouns VARCHAR(50) NOT NULL,
    date_of_birth VARCHAR(10),
    phone VARCHAR(50) NOT NULL,
    email VARCHAR(254) NOT NULL,
    address TEXT NOT NULL,
    emergency_name VARCHAR(200) NOT NULL,
    emergency_relationship VARCHAR(100) NOT NULL,
    emergency_phone VARCHAR(50) NOT NULL,
    occupation VARCHAR(200) NOT NULL,
    screen_hours_per_day REAL,
    notes TEXT NOT NULL,
    intake TEXT NOT NULL,
    archived INTEGER NOT NULL,
    archived_on VARCHAR(10),
    archive_reason TEXT NOT NULL,
    sort_name VARCHAR(400) NOT NULL,
    search_text TEXT NOT NULL,
    last_visit_on VARCHAR(10),
    safety_status VARCHAR(32) NOT NULL,
    safety_status_uncleared VARCHAR(32) NOT NULL,
    cleared_until VARCHAR(10),
    created_at VARCHAR(20) NOT NULL,
    row_version INTEGER NOT NULL
);
-- The client list in name order: every filter and search is answered from this index alone (it
-- covers them), so a keystroke never reads the wide rows with their intake document.
CREATE INDEX clients_for_list ON clients (sort_name, id, archived, search_text, safety_status,
                                          safety_status_uncleared, cleared_until);
CREATE INDEX clients_by_last_visit ON clients (last_visit_on, sort_name, id);

CREATE TABLE diagnoses (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    position INTEGER NOT NULL,
    headache_type VARCHAR(32) NOT NULL,
    provider_id BIGINT REFERENCES providers (id),
    diagnosed_by VARCHAR(200) NOT NULL,
    diagnosed_on VARCHAR(10),
    notes TEXT NOT NULL
);
CREATE INDEX diagnoses_by_client ON diagnoses (client_id, position);

CREATE TABLE care_team (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    provider_id BIGINT NOT NULL REFERENCES providers (id),
    relation VARCHAR(32) NOT NULL,
    since VARCHAR(10),
    referral_reason TEXT NOT NULL,
    PRIMARY KEY (client_id, provider_id, relation)
);
CREATE INDEX care_team_by_provider ON care_team (provider_id);

-- Append-only (triggers in the dialect file): each screening as it was recorded.
CREATE TABLE screenings (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    screened_at VARCHAR(20) NOT NULL,
    screened_by VARCHAR(200) NOT NULL,
    issues TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX screenings_by_client ON screenings (client_id, id);

-- Append-only: a clearance is a letter on file; a new one replaces it in effect, never in place.
CREATE TABLE clearances (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    provider_id BIGINT REFERENCES providers (id),
    provider_name VARCHAR(200) NOT NULL,
    cleared_on VARCHAR(10) NOT NULL,
    conditions TEXT NOT NULL,
    expires_on VARCHAR(10),
    covers TEXT NOT NULL,
    letter_attachment_id BIGINT REFERENCES attachments (id),
    recorded_at VARCHAR(20) NOT NULL
);
CREATE INDEX clearances_by_client ON clearances (client_id, id);

-- A consent is given once; revoking it only fills revoked_on (the dialect file enforces that).
CREATE TABLE consents (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    kind VARCHAR(32) NOT NULL,
    provider_id BIGINT REFERENCES providers (id),
    given_on VARCHAR(10) NOT NULL,
    wording_version VARCHAR(50) NOT NULL,
    revoked_on VARCHAR(10),
    notes TEXT NOT NULL
);
CREATE INDEX consents_by_client ON consents (client_id, id);

-- One row: the practice's letterhead and preferences.
CREATE TABLE practice_settings (
    id INTEGER NOT NULL PRIMARY KEY,
    practice_name VARCHAR(200) NOT NULL,
    therapist_name VARCHAR(200) NOT NULL,
    credentials VARCHAR(100) NOT NULL,
    licence_number VARCHAR(100) NOT NULL,
    address TEXT NOT NULL,
    phone VARCHAR(50) NOT NULL,
    email VARCHAR(254) NOT NULL,
    logo_attachment_id BIGINT REFERENCES attachments (id),
    paper_size VARCHAR(16) NOT NULL,
    row_version INTEGER NOT NULL
);
-- The row exists from the start (row_version 0: never saved), so saving is always an update that
-- checks the version it read.
INSERT INTO practice_settings (id, practice_name, therapist_name, credentials, licence_number,
                               address, phone, email, paper_size, row_version)
VALUES (1, '', '', '', '', '', '', '', 'a4', 0);
