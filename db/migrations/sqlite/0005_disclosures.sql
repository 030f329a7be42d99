-- What left the practice stays on record as it was logged.
CREATE TRIGGER disclosures_refuse_update BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log cannot be changed');
END;

CREATE TRIGGER disclosures_refuse_delete BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the disclosure log cannot be deleted from');
END;
