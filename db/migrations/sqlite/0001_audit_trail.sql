-- The audit trail is append-only, whatever program opens the file.
CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be changed');
END;

CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be deleted');
END;
