CREATE TRIGGER flag_withdrawals_refuse_update BEFORE UPDATE ON flag_withdrawals
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('flag withdrawals are append-only: rows cannot be changed');

CREATE TRIGGER flag_withdrawals_refuse_delete BEFORE DELETE ON flag_withdrawals
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('flag withdrawals are append-only: rows cannot be deleted');

CREATE TRIGGER flag_withdrawals_refuse_truncate BEFORE TRUNCATE ON flag_withdrawals
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('flag withdrawals are append-only: rows cannot be deleted');

CREATE TRIGGER clearance_extensions_refuse_update BEFORE UPDATE ON clearance_extensions
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('clearance extensions are append-only: rows cannot be changed');

CREATE TRIGGER clearance_extensions_refuse_delete BEFORE DELETE ON clearance_extensions
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('clearance extensions are append-only: rows cannot be deleted');

CREATE TRIGGER clearance_extensions_refuse_truncate BEFORE TRUNCATE ON clearance_extensions
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('clearance extensions are append-only: rows cannot be deleted');
