-- Screenings and clearances are history: rows are added, never changed or removed.
CREATE TRIGGER screenings_refuse_update BEFORE UPDATE ON screenings
BEGIN
    SELECT RAISE(ABORT, 'screenings are append-only: rows cannot be changed');
END;

CREATE TRIGGER screenings_refuse_delete BEFORE DELETE ON screenings
BEGIN
    SELECT RAISE(ABORT, 'screenings are append-only: rows cannot be deleted');
END;

CREATE TRIGGER clearances_refuse_update BEFORE UPDATE ON clearances
BEGIN
    SELECT RAISE(ABORT, 'clearances are append-only: rows cannot be changed');
END;

CREATE TRIGGER clearances_refuse_delete BEFORE DELETE ON clearances
BEGIN
    SELECT RAISE(ABORT, 'clearances are append-only: rows cannot be deleted');
END;

-- A consent is revoked by dating it, once; what was consented to never changes.
CREATE TRIGGER consents_only_revoke BEFORE UPDATE ON consents
WHEN OLD.revoked_on IS NOT NULL OR NEW.revoked_on IS NULL
    OR NEW.kind IS NOT OLD.kind OR NEW.provider_id IS NOT OLD.provider_id
    OR NEW.given_on IS NOT OLD.given_on OR NEW.wording_version IS NOT OLD.wording_version
    OR NEW.client_id IS NOT OLD.client_id
BEGIN
    SELECT RAISE(ABORT, 'a consent can only be revoked, once');
END;

CREATE TRIGGER consents_refuse_delete BEFORE DELETE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consents are kept: rows cannot be deleted');
END;

-- Attachments carry clinical letters: kept as they were received.
CREATE TRIGGER attachments_refuse_update BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachments cannot be changed');
END;
