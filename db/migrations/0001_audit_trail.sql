-- Schema version history and the audit trail.
-- Portable SQL: double-brace placeholders are filled per database dialect (db/sql_dialect.cpp);
-- dialect-only statements (triggers) live in the same-named file under the dialect's folder.

-- One row per migration applied, written in the migration's own transaction.
CREATE TABLE schema_version (
    version INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    applied_at VARCHAR(20) NOT NULL,
    applied_by_version VARCHAR(32) NOT NULL
);

-- Every change to the practice, in the same transaction as the change. Append-only: the dialect
-- file adds triggers that refuse UPDATE and DELETE. before_state and after_state hold JSON.
CREATE TABLE audit_log (
    id {{id_primary_key}},
    occurred_at VARCHAR(20) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    entity VARCHAR(64) NOT NULL,
    entity_id VARCHAR(64),
    action VARCHAR(32) NOT NULL,
    before_state TEXT,
    after_state TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_by_time ON audit_log (occurred_at);
