-- The chain is appended to, never changed.
CREATE TRIGGER record_seals_refuse_update BEFORE UPDATE ON record_seals
BEGIN
    SELECT RAISE(ABORT, 'the record chain cannot be changed');
END;

CREATE TRIGGER record_seals_refuse_delete BEFORE DELETE ON record_seals
BEGIN
    SELECT RAISE(ABORT, 'the record chain cannot be deleted from');
END;

-- A key keeps its number and fingerprint; only its wrapping changes, with the passphrase.
CREATE TRIGGER record_keys_refuse_update BEFORE UPDATE ON record_keys
WHEN NEW.key_number IS NOT OLD.key_number OR NEW.fingerprint IS NOT OLD.fingerprint
    OR NEW.started_at IS NOT OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'a record key keeps its number and fingerprint');
END;

CREATE TRIGGER record_keys_refuse_delete BEFORE DELETE ON record_keys
BEGIN
    SELECT RAISE(ABORT, 'a record key cannot be deleted');
END;
