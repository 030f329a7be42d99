-- The keyed record chain (issue 22). Portable SQL; see 0001.
-- Every audit row, signed session note, addendum and disclosure entry is sealed once, in the
-- transaction that makes it part of the record, by one link: the SHA-256 of the record's content
-- and an HMAC-SHA-256 over the previous link's mac and this link (modules/integrity). The key is
-- never here in the clear, so whoever edits the file without Knotwork cannot forge the links.
-- Appended only (the dialect part refuses changes).
CREATE TABLE record_seals (
    position BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    record_id BIGINT NOT NULL,
    digest VARCHAR(64) NOT NULL,
    mac VARCHAR(64) NOT NULL,
    key_number INTEGER NOT NULL
);
-- A record is sealed once; verify walks a kind's records beside their seals.
CREATE UNIQUE INDEX record_seals_by_record ON record_seals (kind, record_id);

-- The keys the chain was sealed with, by number: the first when the chain started, another only
-- when a lost key had to be replaced. The fingerprint tells a right key (a key file, a recovery
-- code) from a wrong one. wrapped_key: an encrypted practice's key under its passphrase
-- (AES-256-GCM); NULL for a plain practice, whose key is a file in the user's config folder.
CREATE TABLE record_keys (
    key_number INTEGER NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL,
    started_at VARCHAR(20) NOT NULL,
    wrapped_key TEXT
);
