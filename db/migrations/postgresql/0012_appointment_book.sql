-- An appointment's note and plan are its own client's. Refuses the row otherwise, with the
-- message its trigger passes.
CREATE FUNCTION knotwork_appointment_note_of_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT client_id FROM session_notes WHERE id = NEW.note_id) IS DISTINCT FROM NEW.client_id THEN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION knotwork_appointment_plan_of_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT client_id FROM treatment_plans WHERE id = NEW.plan_id) IS DISTINCT FROM NEW.client_id THEN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER appointments_note_of_client BEFORE INSERT ON appointments
    FOR EACH ROW WHEN (NEW.note_id IS NOT NULL)
    EXECUTE FUNCTION knotwork_appointment_note_of_client('an appointment is linked to a session note of its own client');

CREATE TRIGGER appointments_note_of_client_on_update BEFORE UPDATE ON appointments
    FOR EACH ROW WHEN (NEW.note_id IS NOT NULL)
    EXECUTE FUNCTION knotwork_appointment_note_of_client('an appointment is linked to a session note of its own client');

CREATE TRIGGER appointments_plan_of_client BEFORE INSERT ON appointments
    FOR EACH ROW WHEN (NEW.plan_id IS NOT NULL)
    EXECUTE FUNCTION knotwork_appointment_plan_of_client('an appointment serves a treatment plan of its own client');

CREATE TRIGGER appointments_plan_of_client_on_update BEFORE UPDATE ON appointments
    FOR EACH ROW WHEN (NEW.plan_id IS NOT NULL)
    EXECUTE FUNCTION knotwork_appointment_plan_of_client('an appointment serves a treatment plan of its own client');

CREATE TRIGGER reminder_log_sent_is_final BEFORE UPDATE ON reminder_log
    FOR EACH ROW WHEN (OLD.sent_at IS NOT NULL)
    EXECUTE FUNCTION knotwork_refuse('a sent reminder cannot be changed');
