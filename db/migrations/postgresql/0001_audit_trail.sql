-- The PostgreSQL part of 0001: the rules the SQLite part writes as triggers, as PostgreSQL writes
-- them. PostgreSQL's TRUNCATE skips row triggers, so every append-only table also refuses it.

-- Refuses the change with the message its trigger passes, as a constraint violation: the same
-- refusal, and the same message, as SQLite's RAISE(ABORT, …).
CREATE FUNCTION knotwork_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the audit trail is append-only: rows cannot be changed');

CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the audit trail is append-only: rows cannot be deleted');

CREATE TRIGGER audit_log_refuse_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('the audit trail is append-only: rows cannot be deleted');
