-- Screenings and clearances are history: rows are added, never changed or removed.

CREATE TRIGGER screenings_refuse_update BEFORE UPDATE ON screenings
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('screenings are append-only: rows cannot be changed');

CREATE TRIGGER screenings_refuse_delete BEFORE DELETE ON screenings
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('screenings are append-only: rows cannot be deleted');

CREATE TRIGGER screenings_refuse_truncate BEFORE TRUNCATE ON screenings
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('screenings are append-only: rows cannot be deleted');

CREATE TRIGGER clearances_refuse_update BEFORE UPDATE ON clearances
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('clearances are append-only: rows cannot be changed');

CREATE TRIGGER clearances_refuse_delete BEFORE DELETE ON clearances
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('clearances are append-only: rows cannot be deleted');

CREATE TRIGGER clearances_refuse_truncate BEFORE TRUNCATE ON clearances
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('clearances are append-only: rows cannot be deleted');

-- A consent is revoked by dating it, once; what was consented to never changes.
CREATE TRIGGER consents_only_revoke BEFORE UPDATE ON consents
    FOR EACH ROW
    WHEN (OLD.revoked_on IS NOT NULL OR NEW.revoked_on IS NULL
          OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
          OR NEW.given_on IS DISTINCT FROM OLD.given_on
          OR NEW.wording_version IS DISTINCT FROM OLD.wording_version
          OR NEW.client_id IS DISTINCT FROM OLD.client_id)
    EXECUTE FUNCTION knotwork_refuse('a consent can only be revoked, once');

CREATE TRIGGER consents_refuse_delete BEFORE DELETE ON consents
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('consents are kept: rows cannot be deleted');

CREATE TRIGGER consents_refuse_truncate BEFORE TRUNCATE ON consents
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('consents are kept: rows cannot be deleted');

-- Attachments carry clinical letters: kept as they were received.
CREATE TRIGGER attachments_refuse_update BEFORE UPDATE ON attachments
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('attachments cannot be changed');
