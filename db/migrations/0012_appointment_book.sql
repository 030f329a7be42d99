-- The appointment book (issue 23): services, appointments, time off, the waitlist, the working
-- week and the cancellation policy. Portable SQL; see 0001. Choices are stored by their keys
-- (modules/schedule/schedule_choices.cpp); local wall-clock times as 'YYYY-MM-DDTHH:MM' text,
-- which sorts in time order; moments as UTC 'YYYY-MM-DDTHH:MM:SSZ'.

-- What a visit is booked as. The kind is fixed; name, length, buffer after and fee (in the
-- currency's minor units) are the therapist's. A service no longer offered is kept for the
-- visits booked with it.
CREATE TABLE services (
    id {{id_primary_key}},
    kind VARCHAR(32) NOT NULL CHECK (kind IN ('initial_assessment', 'treatment', 'follow_up')),
    name VARCHAR(200) NOT NULL CHECK (name <> ''),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    buffer_minutes INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 120),
    fee_cents BIGINT NOT NULL CHECK (fee_cents >= 0),
    offered INTEGER NOT NULL CHECK (offered IN (0, 1)),
    row_version INTEGER NOT NULL
);
INSERT INTO services (kind, name, minutes, buffer_minutes, fee_cents, offered, row_version) VALUES
    ('initial_assessment', 'Initial assessment', 90, 15, 0, 1, 1),
    ('treatment', 'Treatment, 30 min', 30, 15, 0, 1, 1),
    ('treatment', 'Treatment, 45 min', 45, 15, 0, 1, 1),
    ('treatment', 'Treatment, 60 min', 60, 15, 0, 1, 1),
    ('treatment', 'Treatment, 90 min', 90, 15, 0, 1, 1),
    ('follow_up', 'Follow-up', 30, 15, 0, 1, 1);

-- One visit on the book. A cancelled visit (cancelled, late_cancelled) says by whom and when
-- word came; no other visit does. note_id: the visit's session note once started (a discarded
-- draft unlinks itself); plan_id: the treatment plan it serves; series_id: the visits booked
-- together from a plan's phases share it.
CREATE TABLE appointments (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    service_id BIGINT NOT NULL REFERENCES services (id),
    starts_at VARCHAR(16) NOT NULL CHECK (starts_at LIKE '____-__-__T__:__'),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    buffer_minutes INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 120),
    status VARCHAR(16) NOT NULL
        CHECK (status IN ('booked', 'arrived', 'completed', 'cancelled', 'late_cancelled', 'no_show')),
    cancelled_by VARCHAR(16) CHECK (cancelled_by IN ('client', 'therapist')),
    cancelled_at VARCHAR(20),
    cancel_reason TEXT NOT NULL,
    note_id BIGINT REFERENCES session_notes (id) ON DELETE SET NULL,
    plan_id BIGINT REFERENCES treatment_plans (id),
    series_id BIGINT,
    referral_only INTEGER NOT NULL CHECK (referral_only IN (0, 1)),
    notes TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    created_at VARCHAR(20) NOT NULL,
    updated_at VARCHAR(20) NOT NULL,
    CHECK ((status IN ('cancelled', 'late_cancelled') AND cancelled_by IS NOT NULL AND cancelled_at IS NOT NULL)
           OR (status NOT IN ('cancelled', 'late_cancelled') AND cancelled_by IS NULL AND cancelled_at IS NULL
               AND cancel_reason = ''))
);
-- A day or a week of the book.
CREATE INDEX appointments_by_start ON appointments (starts_at, id);
-- A client's visits, and their attendance.
CREATE INDEX appointments_by_client ON appointments (client_id, starts_at, id);
CREATE INDEX appointments_by_series ON appointments (series_id, starts_at, id) WHERE series_id IS NOT NULL;
-- One visit per session note.
CREATE UNIQUE INDEX appointments_by_note ON appointments (note_id) WHERE note_id IS NOT NULL;

-- Time away from the practice: [starts_at, ends_at) in local wall-clock time.
CREATE TABLE time_off (
    id {{id_primary_key}},
    starts_at VARCHAR(16) NOT NULL CHECK (starts_at LIKE '____-__-__T__:__'),
    ends_at VARCHAR(16) NOT NULL CHECK (ends_at LIKE '____-__-__T__:__'),
    reason TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX time_off_by_start ON time_off (starts_at, id);

-- Clients who would like an earlier slot (instead of the booking instead_appointment_id), or any
-- slot, between from_date and until_date (none: open-ended). Closed when offered and taken, or
-- no longer wanted.
CREATE TABLE waitlist (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    service_id BIGINT NOT NULL REFERENCES services (id),
    instead_appointment_id BIGINT REFERENCES appointments (id),
    from_date VARCHAR(10) NOT NULL,
    until_date VARCHAR(10),
    preferences TEXT NOT NULL,
    added_at VARCHAR(20) NOT NULL,
    closed_at VARCHAR(20),
    CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX waitlist_open ON waitlist (added_at, id) WHERE closed_at IS NULL;
CREATE INDEX waitlist_by_client ON waitlist (client_id, id);

-- The working week: each weekday's stretches of opening hours (0 Sunday … 6 Saturday, 'HH:MM');
-- a weekday without a row is closed. Until the therapist sets it: Monday to Friday, 9 to 5.
CREATE TABLE opening_hours (
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens VARCHAR(5) NOT NULL CHECK (opens LIKE '__:__'),
    closes VARCHAR(5) NOT NULL CHECK (closes LIKE '__:__'),
    PRIMARY KEY (weekday, opens),
    CHECK (closes > opens)
);
INSERT INTO opening_hours (weekday, opens, closes) VALUES
    (1, '09:00', '17:00'), (2, '09:00', '17:00'), (3, '09:00', '17:00'), (4, '09:00', '17:00'),
    (5, '09:00', '17:00');

-- The most visits in one day (NULL: no cap), and the cancellation policy: its text as the client
-- reads it, the wording's version recorded with each acceptance, the notice (hours) below which a
-- client's cancellation is late, and the fees (minor units) for a late cancellation and a no-show.
ALTER TABLE practice_settings ADD COLUMN daily_cap INTEGER CHECK (daily_cap BETWEEN 1 AND 20);
ALTER TABLE practice_settings ADD COLUMN cancellation_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN cancellation_policy_version VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN late_cancel_window_hours INTEGER NOT NULL DEFAULT 24
    CHECK (late_cancel_window_hours BETWEEN 0 AND 168);
ALTER TABLE practice_settings ADD COLUMN late_cancel_fee_cents BIGINT NOT NULL DEFAULT 0
    CHECK (late_cancel_fee_cents >= 0);
ALTER TABLE practice_settings ADD COLUMN no_show_fee_cents BIGINT NOT NULL DEFAULT 0
    CHECK (no_show_fee_cents >= 0);

-- Reminders by email the day before a visit (docs/REMINDERS.md): whether they are sent, the
-- therapist's own mail account (the password is never here: it is kept in the desktop keyring
-- or a file only its owner can read, so a copy of the practice never carries it) and the
-- reminder's template; an empty subject or body is the default template in the reader's language.
ALTER TABLE practice_settings ADD COLUMN reminders_enabled INTEGER NOT NULL DEFAULT 0
    CHECK (reminders_enabled IN (0, 1));
ALTER TABLE practice_settings ADD COLUMN smtp_host VARCHAR(253) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN smtp_port INTEGER NOT NULL DEFAULT 587 CHECK (smtp_port BETWEEN 1 AND 65535);
ALTER TABLE practice_settings ADD COLUMN smtp_security VARCHAR(16) NOT NULL DEFAULT 'starttls'
    CHECK (smtp_security IN ('starttls', 'tls', 'none'));
ALTER TABLE practice_settings ADD COLUMN smtp_username VARCHAR(320) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN smtp_from_address VARCHAR(320) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN smtp_from_name VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN reminder_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN reminder_body TEXT NOT NULL DEFAULT '';

-- The reminders log: one row per visit and start time reminded (a visit moved to another day is
-- reminded again for its new time). A failed attempt leaves sent_at NULL with the server's
-- answer in failure, for the next run to retry (attempts counts them); a sent row is final (the
-- dialect part refuses changing it) and every attempt has its audit row. A visit deleted with its
-- client (one without clinical records) takes its reminders with it.
CREATE TABLE reminder_log (
    id {{id_primary_key}},
    appointment_id BIGINT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    starts_at VARCHAR(16) NOT NULL CHECK (starts_at LIKE '____-__-__T__:__'),
    to_address VARCHAR(320) NOT NULL,
    attempts INTEGER NOT NULL CHECK (attempts >= 1),
    last_attempt_at VARCHAR(20) NOT NULL,
    sent_at VARCHAR(20),
    failure TEXT NOT NULL,
    CHECK ((sent_at IS NULL AND failure <> '') OR (sent_at IS NOT NULL AND failure = ''))
);
-- A visit is reminded once for each start it had.
CREATE UNIQUE INDEX reminder_log_by_visit ON reminder_log (appointment_id, starts_at);
-- The log of a stretch of days.
CREATE INDEX reminder_log_by_start ON reminder_log (starts_at, id);

-- What keeps the UIDs of the book's calendar file the same from one export to
-- the next, 32 random hex digits made by the first export (NULL until then) and never changed.
ALTER TABLE practice_settings ADD COLUMN calendar_identifier VARCHAR(32)
    CHECK (calendar_identifier IS NULL OR LENGTH(calendar_identifier) = 32);
