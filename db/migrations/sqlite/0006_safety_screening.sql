-- Withdrawals and extensions are history: rows are added, never changed or removed.
CREATE TRIGGER flag_withdrawals_refuse_update BEFORE UPDATE ON flag_withdrawals
BEGIN
    SELECT RAISE(ABORT, 'flag withdrawals are append-only: rows cannot be changed');
END;

CREATE TRIGGER flag_withdrawals_refuse_delete BEFORE DELETE ON flag_withdrawals
BEGIN
    SELECT RAISE(ABORT, 'flag withdrawals are append-only: rows cannot be deleted');
END;

CREATE TRIGGER clearance_extensions_refuse_update BEFORE UPDATE ON clearance_extensions
BEGIN
    SELECT RAISE(ABORT, 'clearance extensions are append-only: rows cannot be changed');
END;

CREATE TRIGGER clearance_extensions_refuse_delete BEFORE DELETE ON clearance_extensions
BEGIN
    SELECT RAISE(ABORT, 'clearance extensions are append-only: rows cannot be deleted');
END;
