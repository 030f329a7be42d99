CREATE TRIGGER record_seals_refuse_update BEFORE UPDATE ON record_seals
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the record chain cannot be changed');

CREATE TRIGGER record_seals_refuse_delete BEFORE DELETE ON record_seals
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the record chain cannot be deleted from');

CREATE TRIGGER record_seals_refuse_truncate BEFORE TRUNCATE ON record_seals
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('the record chain cannot be deleted from');

CREATE TRIGGER record_keys_refuse_update BEFORE UPDATE ON record_keys
    FOR EACH ROW
    WHEN (NEW.key_number IS DISTINCT FROM OLD.key_number OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint
          OR NEW.started_at IS DISTINCT FROM OLD.started_at)
    EXECUTE FUNCTION knotwork_refuse('a record key keeps its number and fingerprint');

CREATE TRIGGER record_keys_refuse_delete BEFORE DELETE ON record_keys
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a record key cannot be deleted');

CREATE TRIGGER record_keys_refuse_truncate BEFORE TRUNCATE ON record_keys
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a record key cannot be deleted');
