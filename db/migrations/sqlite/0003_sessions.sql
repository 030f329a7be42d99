-- A signed note is part of the record: it is never changed or removed; corrections are addenda.
CREATE TRIGGER session_notes_signed_refuse_update BEFORE UPDATE ON session_notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed session note cannot be changed: add an addendum instead');
END;

CREATE TRIGGER session_notes_signed_refuse_delete BEFORE DELETE ON session_notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed session note cannot be deleted');
END;

-- Signing needs its stamp: who and when.
CREATE TRIGGER session_notes_signing_needs_stamp BEFORE UPDATE ON session_notes
WHEN NEW.status = 'signed' AND (NEW.signed_at IS NULL OR NEW.signed_by = '')
BEGIN
    SELECT RAISE(ABORT, 'a session note is signed with the time and the signer');
END;

CREATE TRIGGER note_addenda_refuse_update BEFORE UPDATE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda are append-only: rows cannot be changed');
END;

CREATE TRIGGER note_addenda_refuse_delete BEFORE DELETE ON note_addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda are append-only: rows cannot be deleted');
END;

CREATE TRIGGER note_addenda_only_on_signed_notes BEFORE INSERT ON note_addenda
WHEN (SELECT status FROM session_notes WHERE id = NEW.note_id) IS NOT 'signed'
BEGIN
    SELECT RAISE(ABORT, 'addenda are added to signed session notes only');
END;
