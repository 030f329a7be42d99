-- Documents being written to a file (issue 17): a row lives from before the bytes are written
-- to "<file>.partial" until the partial file has its final name. After a process is killed at
-- any moment, the next opening finishes what the disclosure log already holds (renames the
-- partial file) and removes what it does not, so no PDF exists without its log entry and no
-- partial file is left behind. Bookkeeping, not part of the record: not audited.
CREATE TABLE unfinished_files (
    id {{id_primary_key}},
    partial_path TEXT NOT NULL,
    final_path TEXT NOT NULL,
    disclosure_id BIGINT REFERENCES disclosures (id),
    started_at VARCHAR(20) NOT NULL
);
