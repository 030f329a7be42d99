-- The PostgreSQL part of 0014: the rules that bind each login on the server, whatever program it
-- connects with. The practice's owner (who runs the migrations) is bound by none of them: PostgreSQL
-- exempts a table's owner from row rules, and the triggers below let the owner through, so copying
-- a practice onto the server keeps its rows as they were.

-- The login of the session is the author of what it writes.
ALTER TABLE session_notes ALTER COLUMN author_login SET DEFAULT session_user;
ALTER TABLE note_addenda ALTER COLUMN author_login SET DEFAULT session_user;

-- Whether the session's login is (a member of) the owner of the table a trigger fired on.
CREATE FUNCTION knotwork_session_owns(relation oid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, relowner, 'MEMBER') FROM pg_class WHERE oid = relation
$$;

-- The audit trail names the login that made the change. The row is sealed into the record chain
-- as the program wrote it, so a wrong name is refused rather than rewritten.
CREATE FUNCTION knotwork_audit_names_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text AND NOT knotwork_session_owns(TG_RELID) THEN
        RAISE EXCEPTION 'an audit row names the login that makes the change (%), not %', session_user, NEW.actor
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_log_names_login BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION knotwork_audit_names_login();

-- Row rules: every login with access reads the notes; a login writes, changes and discards only
-- notes and addenda it authors.
ALTER TABLE session_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY session_notes_read ON session_notes FOR SELECT USING (true);
CREATE POLICY session_notes_write_own ON session_notes FOR INSERT WITH CHECK (author_login = session_user);
CREATE POLICY session_notes_change_own ON session_notes FOR UPDATE
    USING (author_login = session_user) WITH CHECK (author_login = session_user);
CREATE POLICY session_notes_discard_own ON session_notes FOR DELETE USING (author_login = session_user);

ALTER TABLE note_addenda ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_addenda_read ON note_addenda FOR SELECT USING (true);
CREATE POLICY note_addenda_write_own ON note_addenda FOR INSERT WITH CHECK (author_login = session_user);

-- Files copied into the practice: the practice's own (its logo, the signature) are read by every
-- login with access; a client's (clearance letters) only by the roles db/server_access.cpp
-- gives a policy of their own.
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachments_of_the_practice ON attachments FOR SELECT USING (client_id IS NULL);
