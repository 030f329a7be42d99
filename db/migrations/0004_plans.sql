-- Treatment plans, plan templates, outcome measures, and what each signed note measured
-- (issue 5). Portable SQL; see 0001 for the placeholders.

-- One episode of care. The treatment, phases and goals are a JSON document (body) read and
-- written whole; the columns lists and reminders need are repeated beside it.
CREATE TABLE treatment_plans (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    focus VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason TEXT NOT NULL,
    start_date VARCHAR(10) NOT NULL,
    review_date VARCHAR(10) NOT NULL,
    current_phase INTEGER NOT NULL,
    phase_count INTEGER NOT NULL,
    phase_started_on VARCHAR(10) NOT NULL,
    goal_count INTEGER NOT NULL,
    template_id BIGINT,
    body TEXT NOT NULL,
    created_at VARCHAR(20) NOT NULL,
    updated_at VARCHAR(20) NOT NULL,
    row_version INTEGER NOT NULL
);
CREATE INDEX treatment_plans_by_client ON treatment_plans (client_id, start_date, id);
-- At most one open plan per client.
CREATE UNIQUE INDEX treatment_plans_one_open ON treatment_plans (client_id)
    WHERE status IN ('active', 'on_hold');
-- The Today view's reminders: active plans by review date.
CREATE INDEX treatment_plans_by_review ON treatment_plans (status, review_date, id);

-- The practice's own plan templates (the built-in ones live in the code).
CREATE TABLE plan_templates (
    id {{id_primary_key}},
    name VARCHAR(200) NOT NULL,
    focus VARCHAR(16) NOT NULL,
    body TEXT NOT NULL,
    row_version INTEGER NOT NULL
);

-- Completed questionnaires and ratings: entered, then only ever voided (the dialect part enforces
-- it). The answers are a JSON document; the score is kept beside them for lists.
CREATE TABLE outcome_measures (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    kind VARCHAR(16) NOT NULL,
    taken_on VARCHAR(10) NOT NULL,
    answers TEXT NOT NULL,
    score DOUBLE PRECISION,
    notes TEXT NOT NULL,
    entered_at VARCHAR(20) NOT NULL,
    entered_by VARCHAR(300) NOT NULL,
    voided_at VARCHAR(20),
    void_reason TEXT NOT NULL
);
CREATE INDEX outcome_measures_by_client ON outcome_measures (client_id, taken_on, id);

-- What a signed note measured, written when it is signed and never changed: progress over years
-- of visits reads these rows, never the note bodies. ROM is per direction, at the start of the
-- visit (before) and after treatment.
CREATE TABLE note_findings (
    note_id BIGINT NOT NULL PRIMARY KEY REFERENCES session_notes (id),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    visit_date VARCHAR(10) NOT NULL,
    diary_days INTEGER NOT NULL,
    headache_days INTEGER,
    average_intensity INTEGER,
    worst_intensity INTEGER,
    medication_days INTEGER,
    flexion_before INTEGER,
    flexion_after INTEGER,
    extension_before INTEGER,
    extension_after INTEGER,
    rotation_left_before INTEGER,
    rotation_left_after INTEGER,
    rotation_right_before INTEGER,
    rotation_right_after INTEGER,
    lateral_flexion_left_before INTEGER,
    lateral_flexion_left_after INTEGER,
    lateral_flexion_right_before INTEGER,
    lateral_flexion_right_after INTEGER,
    cfrt_left INTEGER,
    cfrt_right INTEGER,
    pain_before INTEGER,
    pain_after INTEGER
);
CREATE INDEX note_findings_by_client ON note_findings (client_id, visit_date, note_id);
