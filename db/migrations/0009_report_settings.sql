-- What the progress report needs from the practice (issue 20): the change in cervical range of
-- motion below which a difference is within measurement error (about 5–10° by goniometer or
-- inclinometer; 10 by default), and the therapist's signature image printed on the documents
-- sent out (none: "electronically signed by …"). Portable SQL; see 0001.
ALTER TABLE practice_settings ADD COLUMN rom_meaningful_change INTEGER NOT NULL DEFAULT 10;
ALTER TABLE practice_settings ADD COLUMN signature_attachment_id BIGINT REFERENCES attachments (id);
