-- A visit's session note and treatment plan are the same client's.
CREATE TRIGGER appointments_note_of_client BEFORE INSERT ON appointments
WHEN NEW.note_id IS NOT NULL AND (SELECT client_id FROM session_notes WHERE id = NEW.note_id) IS NOT NEW.client_id
BEGIN
    SELECT RAISE(ABORT, 'an appointment is linked to a session note of its own client');
END;

CREATE TRIGGER appointments_note_of_client_on_update BEFORE UPDATE ON appointments
WHEN NEW.note_id IS NOT NULL AND (SELECT client_id FROM session_notes WHERE id = NEW.note_id) IS NOT NEW.client_id
BEGIN
    SELECT RAISE(ABORT, 'an appointment is linked to a session note of its own client');
END;

CREATE TRIGGER appointments_plan_of_client BEFORE INSERT ON appointments
WHEN NEW.plan_id IS NOT NULL AND (SELECT client_id FROM treatment_plans WHERE id = NEW.plan_id) IS NOT NEW.client_id
BEGIN
    SELECT RAISE(ABORT, 'an appointment serves a treatment plan of its own client');
END;

CREATE TRIGGER appointments_plan_of_client_on_update BEFORE UPDATE ON appointments
WHEN NEW.plan_id IS NOT NULL AND (SELECT client_id FROM treatment_plans WHERE id = NEW.plan_id) IS NOT NEW.client_id
BEGIN
    SELECT RAISE(ABORT, 'an appointment serves a treatment plan of its own client');
END;

-- A reminder that went out stays on the log as it was sent.
CREATE TRIGGER reminder_log_sent_is_final BEFORE UPDATE ON reminder_log
WHEN OLD.sent_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a sent reminder cannot be changed');
END;
