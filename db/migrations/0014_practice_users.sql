-- The people who work in a practice on a clinic server, each with a login of their own (issue 26).
-- Portable SQL; see 0001. A practice file has no rows here: its therapist (practice_settings)
-- signs, as before. On a server, login is the PostgreSQL role the person connects as; what each
-- role may read and change is db/server_access.cpp's, granted after every upgrade.
CREATE TABLE practice_users (
    login VARCHAR(63) NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL CHECK (display_name <> ''),
    role VARCHAR(16) NOT NULL CHECK (role IN ('therapist', 'front_desk')),
    credentials VARCHAR(100) NOT NULL,
    licence_number VARCHAR(100) NOT NULL,
    created_at VARCHAR(20) NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Who wrote a note or an addendum: the login, set by the server (the PostgreSQL part), which a
-- login's rights to change a draft follow. Empty on a practice file and for what was written
-- before there were accounts.
ALTER TABLE session_notes ADD COLUMN author_login VARCHAR(63);
ALTER TABLE note_addenda ADD COLUMN author_login VARCHAR(63);
