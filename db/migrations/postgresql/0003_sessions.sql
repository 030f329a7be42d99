-- A signed note is final: an addendum says what was learned later.
CREATE TRIGGER session_notes_signed_refuse_update BEFORE UPDATE ON session_notes
    FOR EACH ROW WHEN (OLD.status = 'signed')
    EXECUTE FUNCTION knotwork_refuse('a signed session note cannot be changed: add an addendum instead');

CREATE TRIGGER session_notes_signed_refuse_delete BEFORE DELETE ON session_notes
    FOR EACH ROW WHEN (OLD.status = 'signed')
    EXECUTE FUNCTION knotwork_refuse('a signed session note cannot be deleted');

CREATE TRIGGER session_notes_refuse_truncate BEFORE TRUNCATE ON session_notes
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a signed session note cannot be deleted');

CREATE TRIGGER session_notes_signing_needs_stamp BEFORE UPDATE ON session_notes
    FOR EACH ROW WHEN (NEW.status = 'signed' AND (NEW.signed_at IS NULL OR NEW.signed_by = ''))
    EXECUTE FUNCTION knotwork_refuse('a session note is signed with the time and the signer');

CREATE TRIGGER note_addenda_refuse_update BEFORE UPDATE ON note_addenda
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('addenda are append-only: rows cannot be changed');

CREATE TRIGGER note_addenda_refuse_delete BEFORE DELETE ON note_addenda
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('addenda are append-only: rows cannot be deleted');

CREATE TRIGGER note_addenda_refuse_truncate BEFORE TRUNCATE ON note_addenda
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('addenda are append-only: rows cannot be deleted');

-- A trigger's condition cannot read another table in PostgreSQL: the function does. Refuses the
-- row unless its note_id names a signed session note, with the message its trigger passes.
CREATE FUNCTION knotwork_require_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT status FROM session_notes WHERE id = NEW.note_id) IS DISTINCT FROM 'signed' THEN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER note_addenda_only_on_signed_notes BEFORE INSERT ON note_addenda
    FOR EACH ROW EXECUTE FUNCTION knotwork_require_signed_note('addenda are added to signed session notes only');
